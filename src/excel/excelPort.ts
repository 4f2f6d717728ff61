import type { ApplyResult, Progress, WorkbookPort } from "../app/port";
import type { WorkbookEdit, WorkbookSnapshot } from "../core/workbook/types";
import { EditPlanner, executePlan } from "./applyEdits";
import { officeCapabilities, type Capabilities } from "./capabilities";
import { ownWrites, type OwnWriteGuard } from "./ownWrites";
import { DEFAULT_PAYLOAD_BUDGET } from "./payload";
import { loadWorkbook, toSnapshot } from "./readWorkbook";

export interface ExcelPortOptions {
  /** Bytes per sync before a write is split (default 4 MB, under Excel on the web's 5 MB). */
  readonly payloadBudget?: number;
  /** Shared with live sync so the add-in's own writes do not count as user edits. */
  readonly guard?: OwnWriteGuard;
}

/**
 * The workbook port over Office.js.
 *
 * read(): 2 syncs (names; then every sheet's used range and every table's header, position and
 * rows), whatever the size. apply(): 2 syncs to look at the workbook as it is now (the same two,
 * without table rows), then one sync per chunk of at most `payloadBudget` bytes of queued writes:
 * 3 syncs for a command that writes under 4 MB.
 */
export function createExcelPort(run: typeof Excel.run, caps: Capabilities = officeCapabilities(), options: ExcelPortOptions = {}): WorkbookPort {
  const budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  const guard = options.guard ?? ownWrites;

  const read = (): Promise<WorkbookSnapshot> =>
    run(async (context) => toSnapshot(await loadWorkbook(context, caps, { bodies: true, charts: false })));

  const apply = (edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> => {
    if (edits.length === 0) return Promise.resolve({ ownedSheets: {} });
    const events = (context: Excel.RequestContext, on: boolean): void => {
      if (caps.toggleEvents) context.runtime.enableEvents = on;
    };
    return guard.run(() =>
      run(async (context) => {
        const state = await loadWorkbook(context, caps, { bodies: false, charts: true, beforeFirstSync: (c) => events(c, false) });
        try {
          const planner = new EditPlanner(state, caps, budget, guard).plan(edits);
          return await executePlan(context, planner, caps, budget, progress, (c) => events(c, true));
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
