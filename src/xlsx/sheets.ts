/**
 * Sheets and Excel tables (ListObjects) in an exceljs workbook, managed through the table model
 * exceljs writes (name, tableRef, autoFilterRef, columns) rather than its table API, which
 * rewrites cells from its own copy of the rows and breaks tables loaded from files.
 */
import type * as ExcelJS from "exceljs";
import { hasContent } from "./cellValues";
import { columnLetters } from "./chartXml";

/** Members exceljs has at run time but leaves out of its typings. */
export interface WorksheetInternals {
  orderNo: number;
  /** Merged areas by master address. */
  readonly _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } } | undefined>;
  readonly dataValidations: {
    find(address: string): unknown;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}

export function internals(ws: ExcelJS.Worksheet): ExcelJS.Worksheet & WorksheetInternals {
  return ws as ExcelJS.Worksheet & WorksheetInternals;
}

/** The part of exceljs's table model that ends up in xl/tables/tableN.xml. */
export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  totalsRowFormula?: string;
}

export interface TableModel {
  name: string;
  displayName?: string;
  /** Top-left address (exceljs's creation input). */
  ref?: string;
  /** Whole table, header and totals included: what Excel reads. */
  tableRef: string;
  /** Header and data rows. */
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  style?: {
    theme?: string | null;
    showFirstColumn?: boolean;
    showLastColumn?: boolean;
    showRowStripes?: boolean;
    showColumnStripes?: boolean;
  } | null;
  tl?: { row: number; col: number };
}

/** Inclusive, 1-based rectangle. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface LocatedTable {
  readonly ws: ExcelJS.Worksheet;
  readonly model: TableModel;
}

export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

function parseAddress(text: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text.trim());
  if (!m) throw new Error(`Not a cell address: ${text}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

export function parseBox(ref: string): Box {
  const [a, b] = ref.split(":");
  const tl = parseAddress(a);
  const br = parseAddress(b ?? a);
  return { top: tl.row, left: tl.column, bottom: br.row, right: br.column };
}

export function boxRef(box: Box): string {
  return `${address(box.top, box.left)}:${address(box.bottom, box.right)}`;
}

function tablesOf(ws: ExcelJS.Worksheet): Record<string, { model: TableModel }> {
  return (ws as unknown as { tables: Record<string, { model: TableModel }> }).tables;
}

export function sheetTables(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(tablesOf(ws)).map((t) => t.model);
}

export function removeTable(ws: ExcelJS.Worksheet, name: string): void {
  delete tablesOf(ws)[name];
}

export function tableBox(model: TableModel): Box {
  return parseBox(model.tableRef);
}

/** Move the table to `box` (header row first, totals row last when it has one). */
export function setTableBox(model: TableModel, box: Box): void {
  model.tableRef = boxRef(box);
  model.ref = address(box.top, box.left);
  model.tl = { row: box.top, col: box.left };
  const filterBottom = box.bottom - (model.totalsRow ? 1 : 0);
  model.autoFilterRef = boxRef({ ...box, bottom: filterBottom });
}

/** Excel names (sheets, tables) compare without case. */
const sameName = (a: string, b: string): boolean => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

export function findTable(wb: ExcelJS.Workbook, name: string): LocatedTable | undefined {
  for (const ws of wb.worksheets) {
    const model = sheetTables(ws).find((t) => sameName(t.name, name));
    if (model) return { ws, model };
  }
  return undefined;
}

export const MAX_SHEET_NAME = 31;

/** A name Excel accepts for a sheet: no \ / ? * [ ] :, no apostrophe at either end, 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, " ").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trimEnd();
}

export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameName(ws.name, name));
}

/** 1-based last row holding a value or belonging to a table or merged area; 0 for an empty sheet. */
export function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = 0;
  for (const t of sheetTables(ws)) last = Math.max(last, tableBox(t).bottom);
  for (const merge of mergedAreas(ws)) last = Math.max(last, merge.bottom);
  for (let r = ws.rowCount; r > last; r--) {
    const row = ws.findRow(r);
    if (!row) continue;
    let used = false;
    row.eachCell((cell) => {
      if (!used && hasContent(cell)) used = true;
    });
    if (used) return r;
  }
  return last;
}

/** The merged areas of a sheet. */
export function mergedAreas(ws: ExcelJS.Worksheet): Box[] {
  const areas: Box[] = [];
  for (const merge of Object.values(internals(ws)._merges)) if (merge) areas.push(merge.model);
  return areas;
}

export const overlap = (a: Box, b: Box): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * The first cell of `box` a user's data, another table or a merged area occupies (its address),
 * or null when the box is free. Formats alone do not occupy a cell. (Excel reports a file whose
 * table overlaps another table or a merged area as corrupt.)
 */
export function firstOccupied(ws: ExcelJS.Worksheet, box: Box, except?: TableModel): string | null {
  const areas: Box[] = [
    ...sheetTables(ws)
      .filter((t) => t !== except)
      .map(tableBox),
    ...mergedAreas(ws),
  ];
  for (const b of areas) {
    if (overlap(b, box)) return address(Math.max(b.top, box.top), Math.max(b.left, box.left));
  }
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = box.left; c <= box.right; c++) {
      const cell = row.findCell(c);
      if (cell && hasContent(cell)) return address(r, c);
    }
  }
  return null;
}

/**
 * Create a table over cells already holding its header texts, with `dataRows` data rows (at
 * least one: Excel does not accept a table without a data row).
 */
export function addTableModel(
  ws: ExcelJS.Worksheet,
  name: string,
  top: number,
  left: number,
  headers: readonly string[],
  dataRows: number,
): TableModel {
  // addTable with no rows writes only the header texts (which the cells already hold).
  const table = ws.addTable({
    name,
    ref: address(top, left),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((h) => ({ name: h, filterButton: true })),
    rows: [],
  });
  const model = (table as unknown as { model: TableModel }).model;
  setTableBox(model, { top, left, bottom: top + Math.max(dataRows, 1), right: left + headers.length - 1 });
  return model;
}

/** Column names as Excel requires them: non-empty and unique without case. */
export function uniqueColumnNames(texts: readonly string[], taken: readonly string[] = []): string[] {
  const seen = new Set(taken.map((t) => t.toLocaleLowerCase("vi")));
  return texts.map((text, i) => {
    const base = text.replace(/\s+/g, " ").trim() || `Column${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLocaleLowerCase("vi")); n++) name = `${base} ${n}`;
    seen.add(name.toLocaleLowerCase("vi"));
    return name;
  });
}

/**
 * Repair what exceljs gets wrong when it loads tables: it reads a header row only when the file
 * says headerRowCount="1" (Excel leaves the default out) and hides every filter button the file
 * does not mention, and it crashes on saving a table that has no style. `headerless` names the tables whose file says headerRowCount="0".
 */
export function repairLoadedTables(wb: ExcelJS.Workbook, headerless: ReadonlySet<string> = new Set()): void {
  for (const ws of wb.worksheets) {
    for (const model of sheetTables(ws)) {
      model.headerRow = !headerless.has(model.name);
      model.totalsRow = Boolean(model.totalsRow);
      // A table without <tableStyleInfo> (LibreOffice writes none) makes exceljs crash on save.
      if (!model.style) model.style = { theme: null, showRowStripes: false };
      for (const column of model.columns) if (column.filterButton === undefined) column.filterButton = true;
      if (!model.autoFilterRef || !model.tl) setTableBox(model, tableBox(model));
    }
  }
}
