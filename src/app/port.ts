import type { WorkbookEdit, WorkbookSnapshot } from "../core/workbook/types";

export interface Progress {
  (done: number, total: number, label?: string): void;
}

/** What applying edits produced that a surface may need to show. */
export interface ApplyResult {
  /** For each owned sheet written: its marker table → the sheet name it has (it may differ from
   *  the preferred name when a user's sheet already had that name). */
  readonly ownedSheets: Readonly<Record<string, string>>;
}

/**
 * The one port every workbook adapter offers (Office.js in src/excel, exceljs in src/xlsx).
 *
 * read(): every sheet (name, last used row) and every table (name, sheet, headers, data rows,
 *   position), in a constant number of round trips. Dates come as Excel serials, empty cells as null,
 *   error values (#N/A) as their text.
 *
 * apply(edits), in order:
 *   - TableEdit: create the table at sheet/anchor when missing (creating the sheet if needed, and
 *     never on a sheet whose cells it would cover: then it is placed below the used range); append
 *     missing columns at its right (found by header key, any synonym); write `cells`; write
 *     `ownedColumns` whole; append `append` rows. Columns are found by header, never position. Cells
 *     styled "date" are written as dates shown dd/mm/yyyy. A string that starts with = + - @ is
 *     written as text, never as a formula. Nothing else is touched.
 *   - OwnedSheetEdit: the sheet holding table `markerTable` is the add-in's: clear it and write the
 *     content. When no sheet holds it, create a sheet named preferredName, or, when a sheet of that
 *     name exists (a user's), "preferredName (2)", "(3)", …. Never write into a sheet it does not own.
 *   - SelectEdit: activate the sheet and select the cell (Excel only; files ignore it).
 */
export interface WorkbookPort {
  read(): Promise<WorkbookSnapshot>;
  apply(edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult>;
}
