/**
 * Row heights for wrapped text. An .xlsx stores a row's height; Excel re-measures rows only when it
 * edits them and LibreOffice keeps the stored height, so a row left at the default height shows
 * one line of a wrapped cell and the rest overlaps or is cut when printed. The height is estimated
 * here from the text and the column widths, on the generous side (a line too many is harmless).
 */

/** Default line height of an 11-point Calibri row, in points. */
export const LINE_POINTS = 15;
const PADDING_POINTS = 3;
/** Excel's default row height; never write less. */
export const DEFAULT_ROW_POINTS = 15;
/** Excel's limit. */
export const MAX_ROW_POINTS = 409;

/**
 * Lines a text takes in a column `width` characters wide (Excel's width unit: digits of the default
 * font), word-wrapped greedily. Vietnamese letters with marks are no wider than a digit, but bold
 * text and capitals are: `factor` < 1 narrows the line to stay on the safe side.
 */
export function wrappedLines(text: string, width: number, factor = 0.95): number {
  const perLine = Math.max(1, Math.floor((width - 1) * factor));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let w = word.length;
      if (used > 0 && used + 1 + w <= perLine) {
        used += 1 + w;
        continue;
      }
      if (used > 0) count++;
      // A word longer than the line is broken across lines.
      while (w > perLine) {
        count++;
        w -= perLine;
      }
      used = w;
    }
    lines += count;
  }
  return Math.max(1, lines);
}

export interface WrappedCell {
  readonly text: string;
  /** Column width in characters. */
  readonly width: number;
  readonly bold?: boolean;
  /** Font size in points (11 when absent). */
  readonly size?: number;
}

/** Height in points for a row whose wrapping cells are these (DEFAULT_ROW_POINTS when one line). */
export function rowHeightFor(cells: readonly WrappedCell[]): number {
  let points = DEFAULT_ROW_POINTS;
  for (const c of cells) {
    if (!c.text) continue;
    const scale = (c.size ?? 11) / 11;
    const lines = wrappedLines(c.text, c.width / scale, c.bold ? 0.85 : 0.95);
    if (lines > 1) points = Math.max(points, Math.ceil(lines * LINE_POINTS * scale + PADDING_POINTS));
  }
  return Math.min(points, MAX_ROW_POINTS);
}

interface SheetLike {
  readonly blocks: readonly { readonly row: number; readonly column: number; readonly cells: readonly (readonly { readonly value: unknown; readonly style?: string }[])[] }[];
  readonly columnWidths: readonly number[];
  readonly merges?: readonly { readonly row: number; readonly column: number; readonly columns: number }[];
}

/** Excel's default column width, for columns a sheet does not size. */
const DEFAULT_WIDTH = 8.43;

/** Heights for the rows of an owned sheet whose "wrap" and "header" cells need more than one line. */
export function sheetRowHeights(sheet: SheetLike): { row: number; points: number }[] {
  const cellsByRow = new Map<number, WrappedCell[]>();
  for (const block of sheet.blocks) {
    block.cells.forEach((line, i) => {
      line.forEach((cell, j) => {
        if ((cell.style !== "wrap" && cell.style !== "header") || typeof cell.value !== "string") return;
        const row = block.row + i;
        const column = block.column + j;
        const merge = sheet.merges?.find((m) => m.row === row && m.column === column);
        let width = 0;
        for (let k = 0; k < (merge?.columns ?? 1); k++) width += sheet.columnWidths[column + k - 1] || DEFAULT_WIDTH;
        const list = cellsByRow.get(row) ?? [];
        list.push({ text: cell.value, width, bold: cell.style === "header" });
        cellsByRow.set(row, list);
      });
    });
  }
  const out: { row: number; points: number }[] = [];
  for (const [row, cells] of [...cellsByRow].sort((a, b) => a[0] - b[0])) {
    const points = rowHeightFor(cells);
    if (points > DEFAULT_ROW_POINTS) out.push({ row, points });
  }
  return out;
}
