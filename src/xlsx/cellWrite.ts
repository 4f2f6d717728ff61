/** Writing one cell the way the port promises: dates as dates, strings as text, styles merged. */
import type * as ExcelJS from "exceljs";
import type { CellStyle, CellWrite } from "../core/workbook/types";
import { isFormulaValue, serialToDate } from "./cellValues";
import { styleWith } from "./cellStyles";

/**
 * Write `write` into `cell`. The cell keeps its current style (or takes `base` when given) and
 * gets the look of the write's style (or `fallback`, the column's) on top. Strings are stored as
 * text: exceljs never turns a string into a formula, so "=1+1" stays "=1+1".
 */
export function writeCell(
  cell: ExcelJS.Cell,
  write: CellWrite,
  fallback?: CellStyle,
  base?: Partial<ExcelJS.Style>,
): void {
  const style = write.style ?? fallback;
  const { value } = write;
  if (typeof value === "number" && (style === "date" || style === "datetime")) {
    cell.value = serialToDate(value);
  } else if (typeof value === "number" && !Number.isFinite(value)) {
    cell.value = null;
  } else {
    cell.value = value;
  }
  cell.style = styleWith(base ?? cell.style, style) as ExcelJS.Style;
}

/**
 * Whether an edit of a user's table may write `cell`. Not a formula: the add-in never writes one,
 * so a formula is the user's, even where it shows blank. Not a merged cell other than its area's
 * first: exceljs sends a write there to the first cell, which holds the user's value for the
 * whole area (Excel cannot merge cells in a table, but LibreOffice and others do).
 */
export function mayWrite(cell: ExcelJS.Cell): boolean {
  return cell.master === cell && !isFormulaValue(cell.value);
}
