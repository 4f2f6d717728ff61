/**
 * .docx import: the bench's generated plans (bench/plan.ts) written as Word files at bench time, and
 * the time from the file's bytes to the workbook's edits — readDocx (unzip, parse the XML, resolve
 * merges and numbering into the document model), then importPlanText on that document against an
 * empty workbook (read the plan, plan the tables and warnings) — at 50, 500 and 5,000 tasks, with the
 * same plan as text beside it. What the pane does with a picked .docx, short of Excel's writes
 * (bench/syncs.ts counts those).
 *
 * The Word file is written as Word writes one, with JSZip: the plan's paragraphs, then its task
 * table — a header row repeated on each page, each "QUÝ …" row one cell merged across the table
 * (w:gridSpan), a row per task — then the sections after it.
 */
import JSZip from "jszip";
import { importPlanText } from "../src/app/importPlan";
import type { ApplyResult, WorkbookPort } from "../src/app/port";
import type { WorkbookEdit, WorkbookSnapshot } from "../src/core/workbook/types";
import { readDocx } from "../src/readers/docx";
import { planText, TABLE_HEADER } from "./plan";
import { OPTS } from "./syncs";
import { cpus, median, timeRuns, walls, type Timing } from "./timing";

export interface DocxSizeFigures {
  readonly tasks: number;
  /** The .docx file, bytes. */
  readonly bytes: number;
  /** readDocx, importPlanText on its document, and both (medians of the runs, ms; CPU ms beside). */
  readonly readMs: number;
  readonly importMs: number;
  readonly totalMs: number;
  readonly totalCpuMs: number;
  /** totalMs per task, µs (and totalCpuMs per task). */
  readonly perTaskUs: number;
  readonly perTaskCpuUs: number;
  /** The same plan as text (importPlanText on the string), for comparison. */
  readonly textMs: number;
  readonly runs: number;
  readonly totalRuns: number[];
}

export interface DocxFigures {
  readonly sizes: DocxSizeFigures[];
  /** perTaskUs at the largest size over perTaskUs at the smallest: ≤ 1 when the time grows linearly
   *  (a fixed cost per file makes it below 1), above 1 when it grows faster than the plan. */
  readonly perTaskRatio: number | null;
  /** The same on CPU time, which holds when other work shares the machine. */
  readonly perTaskCpuRatio: number | null;
}

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const run = (text: string): string => (text === "" ? "" : `<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r>`);
const para = (text: string): string => `<w:p>${run(text)}</w:p>`;
const cell = (text: string, span = 1): string =>
  `<w:tc><w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}<w:tcW w:w="0" w:type="auto"/></w:tcPr>${para(text)}</w:tc>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The generated plan of n tasks (bench/plan.ts) as a .docx: its text's lines as paragraphs, its table as a Word table. */
export async function planDocx(n: number): Promise<Uint8Array> {
  const lines = planText(n).split("\n");
  const head = lines.indexOf(TABLE_HEADER);
  const end = lines.indexOf("", head);
  const headers = TABLE_HEADER.split("\t");
  const width = headers.length;
  const rows = [`<w:tr><w:trPr><w:tblHeader/></w:trPr>${headers.map((h) => cell(h)).join("")}</w:tr>`];
  for (const line of lines.slice(head + 1, end)) {
    const cells = line.split("\t");
    rows.push(`<w:tr>${cells.length === 1 ? cell(cells[0], width) : cells.map((c) => cell(c)).join("")}</w:tr>`);
  }
  const table =
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>` +
    `<w:tblGrid>${headers.map(() => '<w:gridCol w:w="1134"/>').join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
  const body = [...lines.slice(0, head).map(para), table, ...lines.slice(end).map(para)].join("");
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701"/></w:sectPr></w:body></w:document>`;
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  zip.file("word/document.xml", document);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** A workbook that starts empty and keeps what it is given: the import's work without Excel's. */
class EmptyWorkbook implements WorkbookPort {
  edits = 0;
  async read(): Promise<WorkbookSnapshot> {
    return { sheets: [], tables: [] };
  }
  async apply(edits: readonly WorkbookEdit[]): Promise<ApplyResult> {
    this.edits += edits.length;
    return { ownedSheets: {} };
  }
}

async function importOf(source: Parameters<typeof importPlanText>[1]): Promise<number> {
  const outcome = await importPlanText(new EmptyWorkbook(), source, OPTS);
  return outcome.tasksAdded;
}

/**
 * One size: the .docx made once, then `warmup` untimed and `runs` timed runs of read + import (and
 * of the text import), medians.
 */
export async function measureDocxSize(tasks: number, runs: number, warmup: number): Promise<DocxSizeFigures> {
  const bytes = await planDocx(tasks);
  const text = planText(tasks);
  // The file must give the plan's tasks, and the same number as its text, or the time is of nothing.
  const fromWord = await importOf(await readDocx(bytes));
  const fromText = await importOf(text);
  if (fromWord !== tasks || fromText !== tasks) throw new Error(`bench docx: ${tasks} tasks written, ${fromWord} read from the .docx, ${fromText} from the text`);
  for (let i = 0; i < warmup; i++) await importOf(await readDocx(bytes));

  const reads: number[] = [];
  const imports: number[] = [];
  const totals: Timing[] = await timeRuns(runs, async () => {
    const t0 = performance.now();
    const document = await readDocx(bytes);
    const t1 = performance.now();
    await importOf(document);
    reads.push(t1 - t0);
    imports.push(performance.now() - t1);
  });
  const textRuns = await timeRuns(runs, () => importOf(text));
  const totalMs = median(walls(totals));
  const totalCpuMs = median(cpus(totals));
  return {
    tasks,
    bytes: bytes.length,
    readMs: median(reads),
    importMs: median(imports),
    totalMs,
    totalCpuMs,
    perTaskUs: (totalMs * 1000) / tasks,
    perTaskCpuUs: (totalCpuMs * 1000) / tasks,
    textMs: median(walls(textRuns)),
    runs,
    totalRuns: walls(totals),
  };
}

/** 50 and 5,000 tasks, and 500 between them (the smaller plans run more often: their runs are short). */
export async function measureDocx(log: (s: string) => void): Promise<DocxFigures> {
  const sizes: DocxSizeFigures[] = [];
  for (const [tasks, runs, warmup] of [
    [50, 41, 20],
    [500, 15, 5],
    [5_000, 7, 2],
  ] as const) {
    log(`  .docx of ${tasks.toLocaleString("en-US")} tasks`);
    sizes.push(await measureDocxSize(tasks, runs, warmup));
  }
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  return {
    sizes,
    perTaskRatio: sizes.length > 1 ? large.perTaskUs / small.perTaskUs : null,
    perTaskCpuRatio: sizes.length > 1 ? large.perTaskCpuUs / small.perTaskCpuUs : null,
  };
}
