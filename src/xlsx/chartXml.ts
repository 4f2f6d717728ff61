/**
 * DrawingML for the add-in's charts: a column chart (c:chartSpace) and the drawing anchor that
 * places it on a sheet. exceljs cannot write charts, so these parts are added to the saved package.
 *
 * A ChartSpec's ranges run down a column: categories are `count` cells from (row, column)
 * downward, and each series is the `count` cells from its own (row, column) downward.
 */
import type { ChartSpec } from "../core/workbook/types";
import { escapeText, escapeXml } from "./xml";
import { columnLetters } from "../core/workbook/a1";

export type ChartGrouping = "clustered" | "stacked";

/** The values a chart shows, read from the sheet at save time (caches for viewers that do not recalculate). */
export interface ChartData {
  readonly sheetName: string;
  readonly spec: ChartSpec;
  readonly grouping: ChartGrouping;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
}

export { columnLetters };

/** 'Sheet'!$A$2:$A$5 — always quoted, so names with spaces or Vietnamese letters work. */
export function absoluteRange(sheetName: string, row: number, column: number, count: number): string {
  const col = columnLetters(column);
  const last = row + Math.max(count, 1) - 1;
  return `'${sheetName.replace(/'/g, "''")}'!$${col}$${row}:$${col}$${last}`;
}

function strCache(values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeText(v)}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: readonly (number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

const CAT_AXIS_ID = 500000001;
const VAL_AXIS_ID = 500000002;

export function renderChartXml(data: ChartData): string {
  const { spec, sheetName } = data;
  const count = spec.categories.count;
  const catRef = absoluteRange(sheetName, spec.categories.row, spec.categories.column, count);
  const series = spec.series
    .map((s, i) => {
      const valRef = absoluteRange(sheetName, s.row, s.column, count);
      const values = data.series[i]?.values ?? [];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:v>${escapeText(s.name)}</c:v></c:tx>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(catRef)}</c:f>${strCache(data.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(valRef)}</c:f>${numCache(values)}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const stacked = data.grouping === "stacked";
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" b="1"/><a:t>${escapeText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:date1904 val="0"/><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart>${spec.title ? title : `<c:autoTitleDeleted val="1"/>`}` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
    `<c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="150"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
    `<c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS_ID}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** A twoCellAnchor placing the chart of relationship `relId` over the spec's anchor cells. */
export function renderChartAnchor(spec: ChartSpec, relId: string, shapeId: number, name: string): string {
  const { row, column, columns, rows } = spec.anchor;
  const marker = (tag: string, r: number, c: number): string =>
    `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    marker("from", row - 1, column - 1) +
    marker("to", row - 1 + Math.max(rows, 1), column - 1 + Math.max(columns, 1)) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function emptyDrawingXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`
  );
}
