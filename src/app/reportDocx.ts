/**
 * The report as a Word file, with the `docx` library (well kept, MIT): A4, margins of Nghị định
 * 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 14 for the body
 * and 12 in tables; the header as a borderless two-column table (issuing body and number left,
 * quốc hiệu and tiêu ngữ right), Nơi nhận and the signature block the same way at the end.
 * Loaded only when a report is made (the pane imports it on demand).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { ReportBlock, ReportModel } from "../core/report/reportModel";

const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const TABLE_TEXT = 24; // 12 pt: nine columns fit the page's width
const SMALL = 24; // 12 pt
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
// In twips (1/1440 inch), rounded as Word writes them.
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MM20 = 1134;
const MM30 = 1701;
const MM15 = 850;
/** Text width of the page: A4 (210 mm) less 30 + 15 mm of margins. */
const TEXT_WIDTH = A4_WIDTH - MM30 - MM15;

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? BODY, bold: o.bold, italics: o.italics, underline: o.underline ? {} : undefined });

const centered = (text: string, o: Parameters<typeof run>[1] = {}, after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, o)] });

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } });
}

/** The short rule NĐ 30 draws under the issuing body and under the motto: an empty paragraph's top border. */
const rule = (indent: number) => new Paragraph({ border: { top: LINE }, indent: { left: indent, right: indent }, spacing: { after: 60 }, children: [] });

function header(m: ReportModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centered(m.issuer, { bold: true, size: 26 }), rule(Math.round(left / 3)), centered(m.docNumber, { size: 26 })], left),
          cell([centered(m.nationalTitle, { bold: true, size: 24 }), centered(m.motto, { bold: true, size: 26 }), rule(Math.round(right / 4)), centered(m.placeDate, { italics: true, size: 26 })], right),
        ],
      }),
    ],
  });
}

function block(b: ReportBlock): (Paragraph | Table)[] {
  if (b.kind === "heading") return [new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(b.text, { bold: true })] })];
  if (b.kind === "paragraph") {
    return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 /* 10 mm */ }, spacing: { after: 60, line: 312 }, children: [run(b.text)] })];
  }
  const total = b.widths.reduce((a, c) => a + c, 0);
  const widths = b.widths.map((w) => Math.round((TEXT_WIDTH * w) / total));
  const row = (cells: readonly string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 60, right: 60 },
            // Figures centred, names and contents from the left.
            children: [new Paragraph({ alignment: head || /^[\d.,%—/ -]*$/.test(text) ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(text, { bold: head, size: TABLE_TEXT })] })],
          }),
      ),
    });
  return [new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [row(b.headers, true), ...b.rows.map((r) => row(r, false))] }), new Paragraph({ children: [] })];
}

function footer(m: ReportModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.5);
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([new Paragraph({ children: [run(m.recipientsHeading, { bold: true, italics: true, size: SMALL })] }), ...m.recipients.map((r) => new Paragraph({ children: [run(r, { size: 22 })] }))], left),
          cell(
            [
              ...m.signerRole.map((r) => centered(r, { bold: true })),
              centered(m.signerNote, { italics: true, size: SMALL }),
              ...Array.from({ length: 4 }, () => centered("")),
              centered(m.signerName, { bold: true }),
            ],
            right,
          ),
        ],
      }),
    ],
  });
}

export function reportDocument(m: ReportModel): Document {
  return new Document({
    creator: "Plan Tracker",
    title: `${m.title} ${m.subtitle}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT },
            margin: { top: MM20, bottom: MM20, left: MM30, right: MM15 },
          },
        },
        children: [
          header(m),
          new Paragraph({ children: [] }),
          centered(m.title, { bold: true }),
          centered(m.subtitle, { bold: true }),
          centered(m.periodLine, { italics: true }, 240),
          ...m.blocks.flatMap(block),
          new Paragraph({ children: [] }),
          footer(m),
        ],
      },
    ],
  });
}

/** The .docx bytes (Node: the CLI). */
export function reportBuffer(m: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(m));
}

/** The .docx as a Blob (the pane saves it). */
export function reportBlob(m: ReportModel): Promise<Blob> {
  return Packer.toBlob(reportDocument(m));
}
