import type { ApplyResult, Progress, WorkbookPort } from "../app/port";
import type { WorkbookEdit, WorkbookSnapshot } from "../core/workbook/types";
import { EditPlanner, executePlan } from "./applyEdits";
import { officeCapabilities, type Capabilities } from "./capabilities";
import { ownWrites, type OwnWriteGuard } from "./ownWrites";
import { DEFAULT_PAYLOAD_BUDGET } from "./payload";
import { loadWorkbook, namesOf, toSnapshot, type KnownNames, type SizeHint } from "./readWorkbook";
import { RowWeights } from "./rowWeights";

export interface ExcelPortOptions {
  /** Bytes per sync before a write is split (default 4 MB, under Excel on the web's 5 MB). */
  readonly payloadBudget?: number;
  /** Bytes one sync may read back before table rows are read in slices (default 4.5 MB). */
  readonly responseBudget?: number;
  /** Shared with live sync so the add-in's own writes do not count as user edits. */
  readonly guard?: OwnWriteGuard;
}

/**
 * Table sizes seen in this runtime, per host (Excel.run): the pane keeps one port, but each ribbon
 * click makes its own, and both read the same workbook again and again. Only hints (see LoadOptions).
 */
const sizeHints = new WeakMap<object, Map<string, SizeHint>>();

function hintsOf(run: object): Map<string, SizeHint> {
  let hints = sizeHints.get(run);
  if (!hints) sizeHints.set(run, (hints = new Map()));
  return hints;
}

/**
 * The workbook port over Office.js.
 *
 * read(): 2 syncs (names; then every sheet's used range and every table's header, position and
 * rows), whatever the size, until the rows pass the response budget (4.5 MB, under Excel on the
 * web's 5 MB): then they are read in slices of about that size, several tables' to a sync; a table
 * this runtime has read or written before is sliced at once, without first trying to read it whole.
 * apply() right after read(): 1 sync to look at the workbook as it is now (the sheets and tables
 * read() saw, by name, together with the lists of names, which must still match: otherwise one more
 * sync looks at what is there), then one sync per chunk of at most `payloadBudget` bytes of queued
 * writes: 4 syncs for a command that writes under 4 MB.
 *
 * apply() never plans from read()'s snapshot itself: the rows may have changed in between (the
 * user typing, a co-author), and the edits are checked against the row counts of that fresh look;
 * a table read() saw that is gone by then is not created anew (the edits were made for it).
 */
export function createExcelPort(run: typeof Excel.run, caps: Capabilities = officeCapabilities(), options: ExcelPortOptions = {}): WorkbookPort {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const guard = options.guard ?? ownWrites;
  const hints = hintsOf(run);
  // The names the last read() saw, for the apply() that follows it; an apply() changes them.
  let known: KnownNames | undefined;

  const read = (): Promise<WorkbookSnapshot> =>
    run(async (context) => {
      known = undefined;
      const state = await loadWorkbook(context, caps, { bodies: true, charts: false, responseBudget: options.responseBudget, hints });
      known = namesOf(state);
      hints.clear();
      for (const t of state.tables) {
        const at = { sheet: t.sheet, headerRow: t.headerRow, firstColumn: t.firstColumn, columns: t.headers.length };
        if (t.rows) hints.set(t.name, { weights: RowWeights.of(t.rows), at });
      }
      return toSnapshot(state);
    });

  const apply = (edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> => {
    if (edits.length === 0) return Promise.resolve({ ownedSheets: {} });
    const events = (context: Excel.RequestContext, on: boolean): void => {
      if (caps.toggleEvents) context.runtime.enableEvents = on;
    };
    const names = known;
    known = undefined;
    return guard.run(() =>
      run(async (context) => {
        const state = await loadWorkbook(context, caps, { bodies: false, charts: true, known: names, beforeFirstSync: (c) => events(c, false) });
        try {
          const planner = new EditPlanner(state, caps, budget, guard, names?.tables).plan(edits);
          const result = await executePlan(context, planner, caps, budget, progress, (c) => events(c, true));
          const sizes = planner.tableSizes();
          const before = new Map(hints);
          hints.clear();
          for (const t of sizes) {
            const seen = before.get(t.name)?.weights;
            const w = t.written;
            // Rows appended: after the rows seen before (or, not seen, guessed as heavy as the new).
            const weights = w ? (seen ?? RowWeights.uniform(w.from, w.weights.perRow)).then(w.from, w.weights) : seen;
            if (weights) hints.set(t.name, { weights, at: t.at });
          }
          return result;
        } catch (e) {
          if (caps.toggleEvents) {
            events(context, true);
            await context.sync().catch(() => undefined);
          }
          throw e;
        }
      }),
    );
  };

  return { read, apply };
}
