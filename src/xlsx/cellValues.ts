/**
 * Cell values between exceljs and the core: dates as Excel serials (never through local time),
 * formulas by their result, rich text and hyperlinks as their text, errors as "#N/A" etc.
 */
import type * as ExcelJS from "exceljs";
import type { CellValue } from "../core/workbook/types";

const MS_PER_DAY = 86_400_000;
// Serial of 1970-01-01 in Excel's 1900 date system.
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * exceljs builds Dates in UTC from the serial it read (and for the 1904 system it has already
 * shifted them), so the UTC instant maps straight back to a 1900-system serial.
 */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const whole = Math.round(serial);
  // A pure date comes back as an integer; only float noise is removed from a date-time.
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

/** The Date exceljs writes back as `serial` (it converts with UTC arithmetic too). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

function richText(parts: readonly { text?: string }[]): string {
  return parts.map((p) => p.text ?? "").join("");
}

/** A raw exceljs value as the core sees it. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return toCellValue(v.result);
    if ("error" in v && typeof v.error === "string") return v.error;
    if (Array.isArray(v.richText)) return richText(v.richText as { text?: string }[]);
    if ("hyperlink" in v || "text" in v) return toCellValue(v.text);
  }
  return null;
}

/** True for exceljs's value of a formula cell, shared and array formulas included. */
export function isFormulaValue(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/** The value the user sees in a cell; for a merged area only its top-left cell has it. */
export function readCellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master !== cell) return null;
  return toCellValue(cell.value);
}

/** Text of a header cell as the user sees it (numbers and dates as plain text). */
export function cellText(cell: ExcelJS.Cell): string {
  const v = readCellValue(cell);
  return v === null ? "" : String(v).trim();
}

/** True when a cell holds something a user typed (a value or a formula), not only a format. */
export function hasContent(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.length > 0;
  return true;
}

/** The value at (row, column) without creating the cell (reading must not grow the sheet). */
export function peekValue(ws: ExcelJS.Worksheet, row: number, column: number): CellValue {
  const cell = ws.findCell(row, column);
  return cell ? readCellValue(cell) : null;
}

/**
 * A table data cell as the user sees it, without creating the cell: its value (a merged area
 * shows its first cell's value across all its cells) and whether it shows a formula's result.
 */
export function peekDataCell(ws: ExcelJS.Worksheet, row: number, column: number): { value: CellValue; formula: boolean } {
  const cell = ws.findCell(row, column);
  if (!cell) return { value: null, formula: false };
  // `master` is the cell itself when it is not merged; exceljs reads every cell of a merged area
  // from its first cell.
  const value = cell.master.value;
  return { value: toCellValue(value), formula: isFormulaValue(value) };
}

/** Header text at (row, column), without creating the cell. */
export function peekText(ws: ExcelJS.Worksheet, row: number, column: number): string {
  const cell = ws.findCell(row, column);
  return cell ? cellText(cell) : "";
}

/** True when (row, column) holds a value or formula, without creating the cell. */
export function peekHasContent(ws: ExcelJS.Worksheet, row: number, column: number): boolean {
  const cell = ws.findCell(row, column);
  return cell ? hasContent(cell) : false;
}
