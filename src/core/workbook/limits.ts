/** Excel's limits that data written by the add-in must respect. */

/** Characters a cell holds. A longer string makes Office.js fail and an .xlsx unreadable. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Text the add-in composes (warnings, summary lists) cut to fit one cell, marked with "…". Only
 * for the add-in's own text: a user's text is refused whole rather than cut (see importPlan).
 */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_CHARS) return text;
  let end = MAX_CELL_CHARS - 1;
  // Never keep half of a surrogate pair (an emoji): it is not a character Excel can store.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
