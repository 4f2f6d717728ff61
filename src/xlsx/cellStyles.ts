/**
 * The add-in's cell looks in exceljs terms. A look only says what the add-in has an opinion on;
 * everything else of the cell's existing style (the user's fill, borders, font face…) is kept.
 */
import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../core/workbook/types";

export const DATE_FORMAT = "dd/mm/yyyy";
export const DATETIME_FORMAT = "dd/mm/yyyy hh:mm";

interface Look {
  readonly numFmt?: string;
  readonly font?: Partial<ExcelJS.Font>;
  readonly fill?: ExcelJS.Fill;
  readonly alignment?: Partial<ExcelJS.Alignment>;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };

const LOOKS: Record<CellStyle, Look> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, color: { argb: "FF404040" } } },
  header: { font: { bold: true }, fill: HEADER_FILL, alignment: { vertical: "middle", wrapText: true } },
  label: { font: { bold: true } },
  text: {},
  wrap: { alignment: { wrapText: true, vertical: "top" } },
  // Plain digits: a year written as an integer must not read "2,021".
  integer: { numFmt: "0" },
  percent: { numFmt: "0.0%" },
  date: { numFmt: DATE_FORMAT },
  datetime: { numFmt: DATETIME_FORMAT },
  error: { font: { color: { argb: "FFC00000" } } },
  warning: { font: { color: { argb: "FF9C5700" } } },
  info: { font: { color: { argb: "FF1F4E79" } } },
  muted: { font: { italic: true, color: { argb: "FF808080" } } },
};

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/**
 * The style of `base` (the cell's current style, never mutated — exceljs shares style objects
 * between cells loaded with the same format) with the look of `style` on top. The result is shared
 * too: the same base and look give the same object, so writing 50,000 cells of a few looks makes
 * a few objects, not 50,000 deep copies (nothing in the adapter mutates a style in place).
 */
export function styleWith(base: Partial<ExcelJS.Style> | undefined, style: CellStyle | undefined): Partial<ExcelJS.Style> {
  const key = base && Object.keys(base).length > 0 ? base : NO_STYLE;
  let looks = STYLED.get(key);
  if (!looks) STYLED.set(key, (looks = new Map()));
  let next = looks.get(style ?? "");
  if (!next) {
    next = withLook(key, style);
    looks.set(style ?? "", next);
    // The result may come back as a base: the same look on it changes nothing.
    if (next !== key) STYLED.set(next, new Map([[style ?? "", next]]));
  }
  return next;
}

const NO_STYLE: Partial<ExcelJS.Style> = {};
const STYLED = new WeakMap<Partial<ExcelJS.Style>, Map<CellStyle | "", Partial<ExcelJS.Style>>>();

function withLook(base: Partial<ExcelJS.Style>, style: CellStyle | undefined): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = clone(base);
  if (!style) return next;
  const look = LOOKS[style];
  if (look.numFmt) next.numFmt = look.numFmt;
  if (look.font) next.font = { ...(next.font ?? {}), ...clone(look.font) } as ExcelJS.Font;
  if (look.fill) next.fill = clone(look.fill);
  if (look.alignment) next.alignment = { ...(next.alignment ?? {}), ...look.alignment } as ExcelJS.Alignment;
  return next;
}

/** A copy of a style, for a new cell that continues a column's formatting. */
export function copyStyle(style: Partial<ExcelJS.Style> | undefined): Partial<ExcelJS.Style> {
  return clone(style ?? {});
}
