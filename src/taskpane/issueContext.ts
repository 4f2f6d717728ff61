/**
 * Issues carry where they are (sheet, row) but not the task's quarter or units, which the filters
 * need; these come from the plan as the use case left the workbook.
 */
import type { ApplyResult, Progress, WorkbookPort } from "../app/port";
import { quarterOf } from "../core/dates/calendarDate";
import { readPlanModel, type PlanModel } from "../core/plan/workbookModel";
import type { Issue } from "../core/validate/issue";
import { simulateEdits } from "../core/workbook/simulate";
import type { WorkbookEdit, WorkbookSnapshot } from "../core/workbook/types";
import { rowKey, type IssueContext, type IssueList } from "./issues";

/** Quarter and units of every task row and submission row of a plan model. */
export function contextFromModel(model: PlanModel): Map<string, IssueContext> {
  const map = new Map<string, IssueContext>();
  const taskSheet = model.tasks?.table.sheet;
  for (const r of model.taskRows) {
    if (r.blank) continue;
    map.set(rowKey(taskSheet, r.sheetRow), { quarter: r.task.quarter, units: [...r.task.leadUnits, ...r.task.partnerUnits] });
  }
  const dueQuarter = new Map(model.requirements.map((q) => [q.id, q.due ? quarterOf(q.due) : null]));
  const submissionSheet = model.submissionsTable?.table.sheet;
  for (const s of model.submissionRows) {
    map.set(rowKey(submissionSheet, s.sheetRow), {
      quarter: dueQuarter.get(s.submission.requirementId) ?? null,
      units: s.submission.unit ? [s.submission.unit] : [],
    });
  }
  return map;
}

/**
 * A port that remembers the snapshot a use case read and the edits it applied, so the pane can see
 * the plan as the use case left it (simulateEdits) without another round trip to Excel.
 */
export function recordingPort(port: WorkbookPort): WorkbookPort & { readonly after: () => WorkbookSnapshot | null } {
  let snapshot: WorkbookSnapshot | null = null;
  const applied: WorkbookEdit[] = [];
  return {
    async read() {
      snapshot = await port.read();
      applied.length = 0;
      return snapshot;
    },
    async apply(edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> {
      const result = await port.apply(edits, progress);
      applied.push(...edits);
      return result;
    },
    after: () => (snapshot ? simulateEdits(snapshot, applied) : null),
  };
}

/** The issue list for issues a use case returned, with context from the workbook it left. */
export function issueList(issues: readonly Issue[], taskCount: number, after: WorkbookSnapshot | null, year: number): IssueList {
  const context = after ? contextFromModel(readPlanModel(after, year)) : new Map<string, IssueContext>();
  return { issues, context, taskCount };
}

