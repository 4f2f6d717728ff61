import type { CellStyle, CellValue } from "../core/workbook/types";

/** What a cell is given through Range.values / rows.add: Excel has no null, "" empties a cell. */
export type ExcelInput = string | number | boolean;

// Excel reads a typed string starting with = + - @ as a formula, and coerces strings that look like
// numbers, dates, times, percentages or TRUE/FALSE. A leading apostrophe makes Excel keep the rest as
// text exactly (and is itself not stored), so text stays text: the same cell the .xlsx adapter writes.
const FORMULA_START = /^[=+\-@']/;
const COERCIBLE = /^\s*[-+(]?\s*[$€£¥₫]?\s*\d[\d\s.,/:\-]*(?:%|\s*[ap]m|e[-+]?\d+)?\s*\)?\s*[₫đ]?\s*$/i;
const LOGICAL = /^\s*(true|false)\s*$/i;

export function needsTextPrefix(text: string): boolean {
  return FORMULA_START.test(text) || COERCIBLE.test(text) || LOGICAL.test(text);
}

/** The value to hand Excel so that it stores exactly `value` (a string as text, never a formula). */
export function toExcelInput(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (typeof value === "string") return needsTextPrefix(value) ? `'${value}` : value;
  if (typeof value === "number" && !Number.isFinite(value)) return "";
  return value;
}

/** A value as read back: Excel gives "" for an empty cell; error values (#N/A) stay their text. */
export function fromExcelOutput(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** How each core style looks in Excel. Number formats use Excel's invariant codes. */
export interface Look {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
}

export const DATE_FORMAT = "dd/mm/yyyy";

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12, fontColor: "#1F4E79" },
  header: { bold: true, fill: "#DDEBF7", wrap: true },
  label: { bold: true },
  text: {},
  wrap: { wrap: true },
  integer: { numberFormat: "0" },
  percent: { numberFormat: "0.0%" },
  date: { numberFormat: DATE_FORMAT },
  datetime: { numberFormat: "dd/mm/yyyy hh:mm" },
  error: { fontColor: "#9C0006", fill: "#FFC7CE" },
  warning: { fontColor: "#9C5700", fill: "#FFEB9C" },
  info: { fontColor: "#1F4E79", fill: "#EAF1FB" },
  muted: { fontColor: "#7F7F7F" },
};

/** The number format a style asks for, if any. */
export function styleNumberFormat(style: CellStyle | undefined): string | undefined {
  return style ? LOOKS[style].numberFormat : undefined;
}

/** Fill and font of non-empty Cảnh báo cells (conditional format, ExcelApi 1.6). */
export const WARNING_HIGHLIGHT = { fill: "#FFEB9C", fontColor: "#9C5700" } as const;

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px). */
export function widthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
