import { matchKey } from "../text/normalize";
import type { CellValue, ColumnSpec, TableEdit, TableSnapshot, WorkbookEdit, WorkbookSnapshot } from "./types";

/** Index of the table column a spec means, by header key (any synonym), or -1. */
export function findColumn(headers: readonly string[], spec: ColumnSpec): number {
  const keys = new Set([spec.header, ...spec.synonyms].map(matchKey));
  return headers.findIndex((h) => keys.has(matchKey(String(h ?? ""))));
}

function applyTableEdit(tables: TableSnapshot[], edit: TableEdit): void {
  let i = tables.findIndex((t) => t.name === edit.table);
  if (i < 0) {
    tables.push({
      name: edit.table,
      sheet: edit.sheet,
      headers: edit.columns.map((c) => c.header),
      rows: [],
      headerRow: edit.anchor.row,
      firstColumn: edit.anchor.column,
    });
    i = tables.length - 1;
  }
  const t = tables[i];
  const headers = [...t.headers];
  for (const spec of edit.columns) if (findColumn(headers, spec) < 0) headers.push(spec.header);
  const rows: CellValue[][] = t.rows.map((r) => [...r, ...Array<CellValue>(headers.length - r.length).fill(null)]);
  // Adapters never write over a formula (it is the user's, even where it shows blank).
  const formula = (r: number, j: number): boolean => t.formulas?.[r]?.[j] === true;
  // Resolved once per edit: a plan of 100,000 rows must not look its headers up per cell.
  const indexByName = new Map(edit.columns.map((c) => [c.header, findColumn(headers, c)]));
  const col = (name: string): number => indexByName.get(name) ?? -1;
  for (const c of edit.cells) {
    const j = col(c.column);
    if (j >= 0 && rows[c.row] && !formula(c.row, j)) rows[c.row][j] = c.value.value;
  }
  const existing = rows.length;
  for (const record of edit.append) {
    const row = Array<CellValue>(headers.length).fill(null);
    for (const [name, cell] of Object.entries(record)) {
      const j = col(name);
      if (j >= 0) row[j] = cell.value;
    }
    rows.push(row);
  }
  for (const owned of edit.ownedColumns) {
    const j = col(owned.column);
    if (j >= 0) owned.values.forEach((v, r) => rows[r] && !formula(r, j) && (rows[r][j] = v.value));
  }
  if (!t.formulas) {
    tables[i] = { ...t, headers, rows };
    return;
  }
  // Same shape as the rows: new columns and rows hold no formula.
  const formulas = rows.map((_, r) =>
    Array.from({ length: headers.length }, (__, j) => r < existing && formula(r, j)),
  );
  tables[i] = { ...t, headers, rows, formulas };
}

/**
 * The snapshot as it will read after the adapter applies these edits: lets the core validate the
 * result of a sync before anything is written, and gives the tests a reference to hold adapters to.
 */
export function simulateEdits(snapshot: WorkbookSnapshot, edits: readonly WorkbookEdit[]): WorkbookSnapshot {
  const tables = [...snapshot.tables];
  const sheets = [...snapshot.sheets];
  for (const edit of edits) {
    if (edit.kind !== "table") continue;
    if (!sheets.some((s) => s.name === edit.sheet) && !tables.some((t) => t.name === edit.table)) {
      sheets.push({ name: edit.sheet, lastRow: 0 });
    }
    applyTableEdit(tables, edit);
  }
  return { sheets, tables };
}
