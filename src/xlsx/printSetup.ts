/**
 * Page setup and row heights in an .xlsx (exceljs): A4, one page wide, header rows repeated, a
 * footer; rows tall enough for their wrapped text (LibreOffice and Excel keep a stored height and
 * do not re-measure a row nobody edits, so a default-height row shows one line and prints
 * overlapping or cut text).
 */
import type * as ExcelJS from "exceljs";
import type { PrintEdit, PrintSetup } from "../core/print/pageSetup";
import { rowHeightFor, type WrappedCell } from "../core/print/rowHeight";
import { cellText } from "./cellValues";
import { findTable, tableBox } from "./sheets";

const A4 = 9;
const DEFAULT_WIDTH = 8.43;

export function setPageSetup(ws: ExcelJS.Worksheet, setup: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    printTitlesRow: setup.repeatRows ? `${setup.repeatRows.first}:${setup.repeatRows.last}` : undefined,
  } as ExcelJS.PageSetup;
  if (setup.footer) ws.headerFooter = { ...ws.headerFooter, oddFooter: `&C${setup.footer}` } as ExcelJS.HeaderFooter;
}

export function setRowHeights(ws: ExcelJS.Worksheet, heights: readonly { row: number; points: number }[]): void {
  for (const h of heights) ws.getRow(h.row).height = h.points;
}

/** Fit rows top..bottom to the wrapped text of their cells (never lower than they are). */
export function fitRowHeights(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): void {
  const widths: number[] = [];
  for (let c = left; c <= right; c++) widths.push(ws.getColumn(c).width ?? DEFAULT_WIDTH);
  for (let r = top; r <= bottom; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    const cells: WrappedCell[] = [];
    for (let c = left; c <= right; c++) {
      const cell = ws.findCell(r, c);
      // Only the row's height changes: the cells (values, looks, alignment) are the user's.
      if (!cell || !cell.alignment?.wrapText || cell.isMerged) continue;
      const text = cellText(cell);
      if (text) cells.push({ text, width: widths[c - left], bold: Boolean(cell.font?.bold), size: cell.font?.size });
    }
    const points = rowHeightFor(cells);
    if (points > (row.height ?? 15)) row.height = points;
  }
}

/** PrintEdit: page setup on the sheet that holds the table; rows fitted; nothing when it is gone. */
export function applyPrintEdit(wb: ExcelJS.Workbook, edit: PrintEdit): void {
  const located = findTable(wb, edit.table);
  if (!located) return;
  const { ws, model } = located;
  const box = tableBox(model);
  const header = model.headerRow === false ? undefined : box.top;
  const setup = edit.repeatHeader && header ? { ...edit.setup, repeatRows: { first: header, last: header } } : edit.setup;
  setPageSetup(ws, setup);
  if (edit.fitRows) fitRowHeights(ws, box.top, box.bottom, box.left, box.right);
}
