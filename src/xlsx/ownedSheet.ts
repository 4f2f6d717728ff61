/**
 * OwnedSheetEdit on an exceljs workbook. The sheet holding the marker table is the add-in's and is
 * rebuilt from nothing: the old worksheet is removed and a fresh one takes its name, id and place,
 * so no value, format, merge, table, validation or chart of the previous build can linger.
 * A sheet without the marker table is a user's and is never touched.
 */
import type * as ExcelJS from "exceljs";
import type { OwnedSheetContent } from "../core/workbook/types";
import { cellText } from "./cellValues";
import { writeCell } from "./cellWrite";
import { setPageSetup, setRowHeights } from "./printSetup";
import { setAddInCharts } from "./sheetDrawings";
import { MAX_SHEET_NAME, addTableModel, internals, cleanSheetName, findSheet, findTable, uniqueColumnNames } from "./sheets";


const TOP: Partial<ExcelJS.Style> = { alignment: { vertical: "top" } as ExcelJS.Alignment };

/** preferredName, or "preferredName (2)", "(3)"… — the first no sheet of the workbook has. */
export function freeSheetName(wb: ExcelJS.Workbook, preferredName: string): string {
  const base = cleanSheetName(preferredName);
  if (!findSheet(wb, base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!findSheet(wb, name)) return name;
  }
}

function freshSheet(wb: ExcelJS.Workbook, content: OwnedSheetContent): ExcelJS.Worksheet {
  const holder = findTable(wb, content.markerTable);
  if (!holder) return wb.addWorksheet(freeSheetName(wb, content.preferredName));
  const old = holder.ws;
  const { name, state } = old;
  const { orderNo } = internals(old);
  wb.removeWorksheet(old.id);
  // exceljs reuses the freed id, so the sheet keeps its id and file name as well as its place.
  const ws = wb.addWorksheet(name);
  internals(ws).orderNo = orderNo;
  ws.state = state;
  return ws;
}

function activate(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const sheets = wb.worksheets;
  for (const other of sheets) {
    // Only the view's selection changes on other sheets: two selected tabs would group them.
    if (other.views && other.views.length > 0) {
      other.views = other.views.map((v) => ({ ...v, tabSelected: other === ws }) as unknown as Partial<ExcelJS.WorksheetView>);
    }
  }
  if (!ws.views || ws.views.length === 0) ws.views = [{ state: "normal", tabSelected: true } as unknown as Partial<ExcelJS.WorksheetView>];
  const view = wb.views && wb.views[0] ? wb.views[0] : { x: 0, y: 0, width: 12000, height: 8000, visibility: "visible" };
  wb.views = [{ ...view, activeTab: sheets.indexOf(ws), firstSheet: 0 }];
}

/** Rebuild (or create) the add-in's sheet; returns the name it has. */
export function applyOwnedSheet(wb: ExcelJS.Workbook, content: OwnedSheetContent): string {
  if (!content.tables.some((t) => t.name.toLowerCase() === content.markerTable.toLowerCase())) {
    throw new Error(`Owned sheet content has no table named ${content.markerTable}, so it could not be found again`);
  }
  const ws = freshSheet(wb, content);

  for (const block of content.blocks) {
    block.cells.forEach((line, i) => {
      line.forEach((write, j) => {
        if (write.value === null && !write.style) return;
        // Top-aligned: in a row that wraps, every cell starts on the first line (headers stay centred).
        writeCell(ws.getCell(block.row + i, block.column + j), write, undefined, TOP);
      });
    });
  }

  for (const t of content.tables) {
    const texts = Array.from({ length: t.columnCount }, (_, j) => cellText(ws.getCell(t.row, t.column + j)));
    const names = uniqueColumnNames(texts);
    names.forEach((name, j) => {
      const cell = ws.getCell(t.row, t.column + j);
      // Excel needs the header cell to read exactly the column name.
      if (cell.value !== name) cell.value = name;
    });
    addTableModel(ws, t.name, t.row, t.column, names, t.rowCount);
  }

  content.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = width;
  });

  for (const m of content.merges ?? []) ws.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
  setRowHeights(ws, content.rowHeights ?? []);
  if (content.print) setPageSetup(ws, content.print);

  // The summary's series are the parts of each period's total (done, in progress, …): stacked.
  setAddInCharts(ws, { specs: content.charts, grouping: "stacked" });
  if (content.activate) activate(wb, ws);
  return ws.name;
}
