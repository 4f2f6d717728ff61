/** Excel's error values, as cells show them and adapters and copied text hand them over. */
import type { CellValue } from "./types";

// What Excel shows in a cell whose formula fails; adapters hand them over as this text.
const EXCEL_ERRORS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!",
]);

/** True for a cell showing an Excel error value, such as #N/A or #REF!. */
export const isErrorValue = (v: CellValue | undefined): v is string => {
  if (typeof v !== "string" || v === "") return false;
  // Every error value starts with "#" (after any spaces trim() removes): most cells are turned
  // down on their first character, without a copy.
  const c = v.charCodeAt(0);
  return (c === 35 || isTrimmedSpace(c)) && EXCEL_ERRORS.has(v.trim().toUpperCase());
};

/** Characters String.prototype.trim() removes (and the control characters below the space). */
const isTrimmedSpace = (c: number): boolean =>
  c <= 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
