/**
 * The bytes of an .xlsx for an exceljs workbook: exceljs writes the package, then it is finished
 * here with what exceljs cannot do or gets wrong:
 * - charts (the add-in's, and those carried over from the loaded file) — see drawingParts.ts;
 * - custom document properties, custom XML parts and the defined names of the loaded file that
 *   exceljs drops or degrades — see packageExtras.ts;
 * - worksheet elements in the order the schema requires (exceljs writes <legacyDrawing> after
 *   <tableParts>, which Excel rejects on a sheet with both a table and a comment: exceljs #1369);
 * - comment (VML) shape ids unique across the workbook (exceljs gives every sheet the same block,
 *   which Excel reports as corrupt when two sheets have comments).
 */
import type * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { injectDrawings } from "./drawingParts";
import { injectDefinedNames, injectExtras } from "./packageExtras";
import { type ElementSpan, childElements, localName, rootElement, worksheetEndTag } from "./xml";

// CT_Worksheet's children, in schema order (ECMA-376 Part 1, 18.3.1.99).
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
  "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
  "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
  "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
  "tableParts", "extLst",
];

const rank = (name: string): number => {
  const i = WORKSHEET_ORDER.indexOf(localName(name));
  return i < 0 ? WORKSHEET_ORDER.length : i;
};
const SHEET_DATA = WORKSHEET_ORDER.indexOf("sheetData");
const SHEET_DATA_END = "</sheetData>";

/** `children` of `parent` in schema order; `xml` itself when they already are. */
function sortChildren(xml: string, parent: ElementSpan, children: readonly ElementSpan[]): string {
  const sorted = children
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.name) - rank(b.c.name) || a.i - b.i)
    .map(({ c }) => c);
  if (sorted.every((c, i) => c === children[i])) return xml;
  const body = sorted.map((c) => xml.slice(c.start, c.end)).join("");
  return xml.slice(0, parent.contentStart) + body + xml.slice(parent.contentEnd);
}

/**
 * The worksheet with its elements in schema order. exceljs writes everything up to <sheetData> in
 * order; what it (and drawingParts) puts after the rows may not be. So only the elements after
 * </sheetData> are looked at: walking the rows themselves cost as much as the rest of the save.
 */
export function reorderWorksheet(xml: string): string {
  const dataEnd = xml.lastIndexOf(SHEET_DATA_END);
  const rootEnd = worksheetEndTag(xml);
  if (dataEnd >= 0 && rootEnd > dataEnd) {
    const start = dataEnd + SHEET_DATA_END.length;
    const tail: ElementSpan = { name: "", start, end: rootEnd, contentStart: start, contentEnd: rootEnd };
    const children = childElements(xml, tail);
    if (children.every((c) => rank(c.name) > SHEET_DATA)) return sortChildren(xml, tail, children);
  }
  const root = rootElement(xml);
  return sortChildren(xml, root, childElements(xml, root));
}

/** Give the comment shapes of vmlDrawingN their own block of 1024 ids (N = the sheet's id). */
export function renumberVml(xml: string, block: number): string {
  return xml
    .replace(/(<o:idmap\b[^>]*\bdata=")([^"]*)(")/, `$1${block}$3`)
    .replace(/\b_x0000_s(\d+)\b/g, (_, n: string) => `_x0000_s${block * 1024 + (Number(n) - 1024)}`);
}

export async function finishPackage(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  await injectDrawings(zip, wb);
  await injectExtras(zip, wb);
  await injectDefinedNames(zip, wb);
  for (const path of Object.keys(zip.files)) {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(path)) {
      // Written back only when changed: an untouched part keeps exceljs's compressed bytes.
      const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
      const ordered = reorderWorksheet(xml);
      if (ordered !== xml) zip.file(path, ordered);
    }
    const vml = /^xl\/drawings\/vmlDrawing(\d+)\.vml$/.exec(path);
    if (vml) {
      const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
      zip.file(path, renumberVml(xml, Number(vml[1])));
    }
  }
}

/** The finished .xlsx bytes of `wb`. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  const written = await wb.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  await finishPackage(zip, wb);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
