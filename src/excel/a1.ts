/** A1-style addresses from 1-based rows and columns (worksheet-relative, no sheet name). */

import { columnLetters } from "../core/workbook/a1";

export { columnLetters };

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** "'Kế hoạch'!A9:J33": a range on a named sheet (quotes doubled inside the name, as Excel writes it). */
export function sheetRangeAddress(sheet: string, row: number, column: number, rows: number, columns: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeAddress(row, column, rows, columns)}`;
}

/** Whole columns, e.g. "B:D". */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** A rectangle of cells, 1-based. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}

/** Parses "B3", "B3:D9" or "Sheet!B3:D9" (sheet part ignored); null for anything else. */
export function parseRect(address: string): Rect | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(bare.trim());
  if (!m) return null;
  const col = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r1 = Number(m[2]);
  const c1 = col(m[1]);
  const r2 = m[4] ? Number(m[4]) : r1;
  const c2 = m[3] ? col(m[3]) : c1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}
