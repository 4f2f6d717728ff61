import type { ApplyResult, Progress, WorkbookPort } from "../../src/app/port";
import { simulateEdits } from "../../src/core/workbook/simulate";
import type { OwnedSheetContent, SelectEdit, WorkbookEdit, WorkbookSnapshot } from "../../src/core/workbook/types";

/**
 * A workbook port in memory, for the pane's component tests: table edits go through the core's
 * simulateEdits (the reference the adapters are held to), owned sheets are kept by marker table,
 * and the last "select" is the selection. Every read and apply is logged.
 */
export class MemoryPort implements WorkbookPort {
  snapshot: WorkbookSnapshot = { sheets: [], tables: [] };
  readonly ownedSheets = new Map<string, { name: string; content: OwnedSheetContent }>();
  selection: Omit<SelectEdit, "kind"> | null = null;
  readonly applied: WorkbookEdit[][] = [];
  reads = 0;
  private failures: Error[] = [];

  /** The next read or apply rejects with this error. */
  failNext(error: Error): void {
    this.failures.push(error);
  }

  async read(): Promise<WorkbookSnapshot> {
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.reads++;
    return JSON.parse(JSON.stringify(this.snapshot)) as WorkbookSnapshot;
  }

  async apply(edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> {
    await Promise.resolve();
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.applied.push([...edits]);
    this.snapshot = simulateEdits(this.snapshot, edits);
    const owned: Record<string, string> = {};
    for (const edit of edits) {
      if (edit.kind === "select") this.selection = { sheet: edit.sheet, row: edit.row, column: edit.column };
      if (edit.kind === "ownedSheet") {
        const marker = edit.content.markerTable;
        const name = this.ownedSheets.get(marker)?.name ?? edit.content.preferredName;
        this.ownedSheets.set(marker, { name, content: edit.content });
        if (!this.snapshot.sheets.some((s) => s.name === name)) {
          this.snapshot = { ...this.snapshot, sheets: [...this.snapshot.sheets, { name, lastRow: 0 }] };
        }
        owned[marker] = name;
      }
    }
    progress?.(1, 1);
    return { ownedSheets: owned };
  }

  /** Data rows of a table, by name. */
  rows(table: string) {
    return this.snapshot.tables.find((t) => t.name === table)?.rows ?? [];
  }

  /** Sets one cell of a table, by header (a user's edit). */
  edit(table: string, rowIndex: number, header: string, value: string | number | null): void {
    this.snapshot = {
      ...this.snapshot,
      tables: this.snapshot.tables.map((t) => {
        if (t.name !== table) return t;
        const col = t.headers.indexOf(header);
        if (col < 0) throw new Error(`no column ${header} in ${table}`);
        return { ...t, rows: t.rows.map((r, i) => (i === rowIndex ? r.map((v, j) => (j === col ? value : v)) : r)) };
      }),
    };
  }
}
