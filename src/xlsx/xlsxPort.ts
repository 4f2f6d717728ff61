/**
 * The workbook port over an .xlsx file held in memory by exceljs (for the CLI and end-to-end
 * tests). read() and apply() work on the in-memory workbook; saveWorkbookFile() writes it.
 *
 * Load with loadWorkbookFile() (it repairs exceljs's reading of tables and keeps the charts
 * exceljs drops) and save with saveWorkbookFile() (it puts the charts back, the add-in's from the
 * ChartSpecs apply() records, and fixes exceljs's packaging). If apply() throws, the in-memory
 * workbook may hold the edits before the failing one: do not save it.
 */
import type * as ExcelJS from "exceljs";
import type { ApplyResult, Progress, WorkbookPort } from "../app/port";
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookEdit, WorkbookSnapshot } from "../core/workbook/types";
import { peekDataCell, peekText } from "./cellValues";
import { applyOwnedSheet } from "./ownedSheet";
import { applyPrintEdit } from "./printSetup";
import { lastUsedRow, sheetTables, tableBox } from "./sheets";
import { applyTableEdit, dataRowCount } from "./tableEdit";

export class XlsxWorkbookPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  async read(): Promise<WorkbookSnapshot> {
    const sheets: SheetSnapshot[] = [];
    const tables: TableSnapshot[] = [];
    for (const ws of this.workbook.worksheets) {
      sheets.push({ name: ws.name, lastRow: lastUsedRow(ws) });
      for (const model of sheetTables(ws)) {
        const box = tableBox(model);
        const width = box.right - box.left + 1;
        const headerRow = model.headerRow ? box.top : box.top - 1;
        const headers = Array.from({ length: width }, (_, j) =>
          model.headerRow ? peekText(ws, box.top, box.left + j) || model.columns[j]?.name || "" : model.columns[j]?.name ?? "",
        );
        const count = dataRowCount(ws, model);
        const rows: CellValue[][] = [];
        const formulas: boolean[][] = [];
        let anyFormula = false;
        for (let i = 0; i < count; i++) {
          const r = headerRow + 1 + i;
          const values: CellValue[] = [];
          const flags: boolean[] = [];
          for (let j = 0; j < width; j++) {
            const cell = peekDataCell(ws, r, box.left + j);
            values.push(cell.value);
            flags.push(cell.formula);
            anyFormula ||= cell.formula;
          }
          rows.push(values);
          formulas.push(flags);
        }
        // Left out when no cell holds a formula: a large plan's snapshot stays small.
        const table: TableSnapshot = { name: model.name, sheet: ws.name, headers, rows, headerRow, firstColumn: box.left };
        tables.push(anyFormula ? { ...table, formulas } : table);
      }
    }
    return { sheets, tables };
  }

  async apply(edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> {
    const ownedSheets: Record<string, string> = {};
    edits.forEach((edit, i) => {
      switch (edit.kind) {
        case "table":
          applyTableEdit(this.workbook, edit);
          progress?.(i + 1, edits.length, edit.table);
          break;
        case "ownedSheet":
          ownedSheets[edit.content.markerTable] = applyOwnedSheet(this.workbook, edit.content);
          progress?.(i + 1, edits.length, edit.content.preferredName);
          break;
        case "print":
          applyPrintEdit(this.workbook, edit);
          progress?.(i + 1, edits.length, edit.table);
          break;
        case "select":
          // A file has no selection worth keeping; Excel's adapter moves the cursor.
          progress?.(i + 1, edits.length);
          break;
      }
    });
    return { ownedSheets };
  }
}
