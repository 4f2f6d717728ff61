import { parseRect, type Rect } from "./a1";
import type { Capabilities } from "./capabilities";

/**
 * Which cells of a range hold a formula, asked in the same sync that reads the range's values
 * (the caller loads them).
 * `marks` (after that sync) gives one row of flags per row of `at` (the range's 1-based rectangle),
 * or null when none of its cells holds a formula.
 */
export interface FormulaCells {
  marks(at: Rect): boolean[][] | null;
}

/**
 * From ExcelApi 1.9 Excel answers with the formula cells' areas ("'Kế hoạch'!F10:F12,…"), a few
 * bytes whatever the range's size. Before, the range's formulas come back whole, as heavy as its
 * values (the reads halve their response budget for it: see formulaShare).
 */
export function queueFormulaCells(caps: Capabilities, range: Excel.Range): FormulaCells {
  if (caps.formulaCells) {
    const areas = range.getSpecialCellsOrNullObject("Formulas").load("address");
    return {
      marks: (at) => {
        if (areas.isNullObject) return null;
        return marksOf(areaRects(areas.address), at);
      },
    };
  }
  range.load("formulas");
  return {
    marks: (at) => {
      const values = range.values;
      const marks = range.formulas.slice(0, at.rows).map((row, i) => row.map((entry, j) => isFormula(entry, values[i]?.[j])));
      return marks.some((row) => row.includes(true)) ? marks : null;
    },
  };
}

/** Bytes a read of values and their formula cells weighs per byte of values. */
export function formulaShare(caps: Capabilities): number {
  return caps.formulaCells ? 1 : 2;
}

/**
 * An entry of Range.formulas is the formula's text for a formula cell, the value for any other: a
 * text cell that starts with "=" (as the add-in writes one) shows the same text as its value.
 */
function isFormula(entry: unknown, value: unknown): boolean {
  return typeof entry === "string" && entry.startsWith("=") && entry !== value;
}

/**
 * The rectangles of a RangeAreas address: areas separated by commas, each with its sheet's name,
 * which may itself hold a comma when quoted ('Kế hoạch, 2021'!A1; '' is a quote inside one).
 */
export function areaRects(address: string): Rect[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => parseRect(p.trim())).filter((r): r is Rect => r !== null);
}

function marksOf(areas: readonly Rect[], at: Rect): boolean[][] | null {
  const marks = Array.from({ length: at.rows }, () => Array<boolean>(at.columns).fill(false));
  let any = false;
  for (const a of areas) {
    const top = Math.max(a.row, at.row);
    const bottom = Math.min(a.row + a.rows, at.row + at.rows);
    const left = Math.max(a.column, at.column);
    const right = Math.min(a.column + a.columns, at.column + at.columns);
    for (let r = top; r < bottom; r++) {
      for (let c = left; c < right; c++) {
        marks[r - at.row][c - at.column] = true;
        any = true;
      }
    }
  }
  return any ? marks : null;
}
