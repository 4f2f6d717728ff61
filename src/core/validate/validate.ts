import { isWithinSpan } from "../dates/span";
import { compareDates, daysBetween, formatDateVi, quarterOf, type CalendarDate } from "../dates/calendarDate";
import type { PlanModel, TaskRow } from "../plan/workbookModel";
import { TASK_COLUMNS } from "../plan/headers";
import { doneLateDays, overdueDays } from "../plan/taskRules";
import { SUBMISSION_COLUMNS, UNIT_COLUMNS } from "../plan/tables";
import type { TaskField } from "../plan/headers";
import { matchKey, normalizeText } from "../text/normalize";
import { refersToDocument } from "../units/split";
import type { Issue, IssueCode, Severity } from "./issue";

/** The severity each code carries (deadline-invalid: only a day that does not exist is an error); errors make `validate` exit 1. */
export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  "task-id-missing": "error",
  "task-id-duplicate": "error",
  "task-content-missing": "error",
  "unit-missing": "warning",
  "unit-unknown": "warning",
  "status-unknown": "warning",
  "deadline-invalid": "error",
  "deadline-outside-year": "warning",
  "deadline-outside-quarter": "warning",
  "task-overdue": "warning",
  "task-done-late": "info",
  "done-date-invalid": "warning",
  "submission-late": "warning",
  "submission-missing": "warning",
  "submission-date-invalid": "warning",
  "unit-ineligible": "warning",
  "plan-table-missing": "error",
  "plan-empty": "error",
  "header-missing": "error",
  "header-duplicate": "warning",
  "cell-error": "error",
  // "info" when PT_Tasks is used by name; readPlanModel raises it to "warning" when it had to choose.
  "plan-table-ambiguous": "info",
  // A units cell that refers to a document ("Theo phân công tại Quyết định số…"): kept as text.
  "unit-reference": "info",
};

/** Task numbers listed in one unit's warning; more are counted, not listed. */
const MAX_LISTED_TASKS = 10;

const NO_FIELDS: ReadonlySet<TaskField> = new Set();

/**
 * Every rule over the plan, as of a day. Pure and linear in the number of rows: one pass over the
 * tasks, one over the submissions.
 */
export function validatePlan(model: PlanModel, asOf: CalendarDate): Issue[] {
  const issues: Issue[] = [...model.issues];
  const tasks = model.tasks;
  if (tasks) {
    const sheet = tasks.table.sheet;
    const { headers, firstColumn } = tasks.table;
    // Built field by field, not spread: a large plan makes hundreds of thousands of these.
    const add = (code: IssueCode, r: TaskRow, field: TaskField, params: Issue["params"] = {}, extra: { unit?: string; severity?: Severity } = {}) => {
      const index = tasks.columns[field];
      const column = index === undefined ? TASK_COLUMNS[field].header : headers[index];
      const columnIndex = index === undefined ? undefined : firstColumn + index;
      const severity = extra.severity ?? SEVERITY[code];
      const taskId = r.task.id || undefined;
      issues.push(
        extra.unit === undefined
          ? { code, severity, sheet, row: r.sheetRow, column, columnIndex, taskId, params }
          : { code, severity, sheet, row: r.sheetRow, column, columnIndex, taskId, unit: extra.unit, params },
      );
    };
    // Unknown units are gathered over the whole plan and reported once each (see reportUnit).
    const unknown = new Map<string, UnknownUse>();
    const unknownUnits = (r: TaskRow, field: UnitField, units: readonly string[]): void => {
      for (const unit of units) {
        if (model.registry.isKnown(unit)) continue;
        const use = unknown.get(unit);
        const taskId = r.task.id || String(r.sheetRow);
        if (!use) unknown.set(unit, { first: r, field, taskIds: [taskId] });
        else if (use.taskIds[use.taskIds.length - 1] !== taskId) use.taskIds.push(taskId);
      }
    };
    const seenIds = new Map<string, number>();
    for (const r of model.taskRows) {
      if (r.blank) continue;
      const t = r.task;
      const failed: ReadonlySet<TaskField> = r.errorCells.length === 0 ? NO_FIELDS : new Set(r.errorCells.map((e) => e.field));
      for (const e of r.errorCells) add("cell-error", r, e.field, { text: e.text });
      if (!r.rawId) {
        if (!failed.has("id")) add("task-id-missing", r, "id");
      }
      else {
        const firstRow = seenIds.get(r.rawId);
        if (firstRow !== undefined) add("task-id-duplicate", r, "id", { firstRow });
        else seenIds.set(r.rawId, r.sheetRow);
      }
      if (!t.content && !failed.has("content")) add("task-content-missing", r, "content");
      if (t.leadUnits.length === 0 && !failed.has("leadUnits")) add("unit-missing", r, "leadUnits");
      unknownUnits(r, "leadUnits", t.leadUnits);
      unknownUnits(r, "partnerUnits", t.partnerUnits);
      if (t.monitorUnits) unknownUnits(r, "monitorUnits", t.monitorUnits);
      if (!r.statusKnown) add("status-unknown", r, "status", { text: r.statusText });
      if (r.deadlineState === "impossible-date" || r.deadlineState === "unrecognised") {
        // A day that does not exist (31/02) is a mistake; wording the parser cannot read ("Theo kế
        // hoạch") may be meant as a note, so it only warns that the task cannot be tracked.
        const severity = r.deadlineState === "impossible-date" ? "error" : "warning";
        add("deadline-invalid", r, "deadline", { text: t.deadlineText, reason: r.deadlineState }, { severity });
      }
      if (t.deadline && r.deadlineState === "ok") {
        // A school-year or multi-year plan is judged against its span, not one calendar year.
        const span = model.info.span ?? null;
        if (!isWithinSpan(t.deadline, model.year, span)) add("deadline-outside-year", r, "deadline", { date: formatDateVi(t.deadline), year: span ? `${span.from}-${span.to}` : model.year });
        else if (t.quarter !== null && !r.quarterBlank && quarterOf(t.deadline) !== t.quarter) {
          add("deadline-outside-quarter", r, "deadline", { date: formatDateVi(t.deadline), quarter: t.quarter });
        }
      }
      if (!r.completedValid) add("done-date-invalid", r, "completedOn", { text: r.completedText });
      const overdue = overdueDays(t, asOf);
      if (overdue !== null && t.deadline) add("task-overdue", r, "deadline", { days: overdue, date: formatDateVi(t.deadline) });
      const late = doneLateDays(t);
      if (late !== null && t.deadline) add("task-done-late", r, "completedOn", { days: late, date: formatDateVi(t.deadline) });
    }
    const unitRows = unknown.size > 0 ? unitRowsOf(model) : () => null;
    for (const [unit, use] of unknown) reportUnit(model, unit, use, add, issues, unitRows);
  }
  validateSubmissions(model, asOf, issues);
  return issues;
}

type UnitField = "leadUnits" | "partnerUnits" | "monitorUnits";

interface UnknownUse {
  /** The first task row naming the unit, and in which column. */
  readonly first: TaskRow;
  readonly field: UnitField;
  /** Every task naming it, by number (or sheet row when it has none), in order. */
  readonly taskIds: string[];
}

type AddTaskIssue = (code: IssueCode, r: TaskRow, field: TaskField, params?: Issue["params"], extra?: { unit?: string; severity?: Severity }) => void;

/**
 * One warning per unknown unit, not one per task: on its row of the Đơn vị sheet when it has one
 * (marked for review there), else on the first task that names it; with the tasks that name it.
 * A "did you mean" only for a near miss (see UnitRegistry.closest). A cell that refers to a
 * document instead of naming units is a note, not an unknown unit.
 */
function reportUnit(model: PlanModel, unit: string, use: UnknownUse, add: AddTaskIssue, issues: Issue[], unitRow: UnitRows): void {
  const listed = use.taskIds.slice(0, MAX_LISTED_TASKS).join(", ");
  const tasks = use.taskIds.length > MAX_LISTED_TASKS ? `${listed}, … (${use.taskIds.length})` : listed;
  const taskCount = use.taskIds.length;
  if (refersToDocument(unit)) {
    add("unit-reference", use.first, use.field, { text: unit, tasks, taskCount }, { unit });
    return;
  }
  const closest = model.registry.closest(unit);
  const params: Record<string, string | number> = { unit, tasks, taskCount };
  if (closest) params.closest = closest;
  const row = unitRow(unit);
  if (row) issues.push({ code: "unit-unknown", severity: SEVERITY["unit-unknown"], ...row, unit, params: { ...params, review: 1 } });
  else add("unit-unknown", use.first, use.field, params, { unit });
}

/** Where a unit's row is on the Đơn vị sheet, by its canonical name; built once per validation. */
type UnitRows = (unit: string) => Pick<Issue, "sheet" | "row" | "column" | "columnIndex"> | null;

function unitRowsOf(model: PlanModel): UnitRows {
  const b = model.unitsTable;
  const index = b?.columns.name;
  if (!b || index === undefined) return () => null;
  const rows = new Map<string, number>();
  b.table.rows.forEach((r, at) => {
    const key = typeof r[index] === "string" ? matchKey(normalizeText(r[index] as string)) : "";
    if (key && !rows.has(key)) rows.set(key, b.table.headerRow + 1 + at);
  });
  const column = b.table.headers[index] ?? UNIT_COLUMNS.name.header;
  const columnIndex = b.table.firstColumn + index;
  return (unit) => {
    const row = rows.get(matchKey(model.registry.find(unit)?.name ?? unit));
    return row === undefined ? null : { sheet: b.table.sheet, row, column, columnIndex };
  };
}

function validateSubmissions(model: PlanModel, asOf: CalendarDate, issues: Issue[]): void {
  const b = model.submissionsTable;
  if (!b) return;
  const requirements = new Map(model.requirements.map((r) => [r.id, r]));
  const column = (field: keyof typeof SUBMISSION_COLUMNS) => {
    const index = b.columns[field];
    return {
      column: index === undefined ? SUBMISSION_COLUMNS[field].header : b.table.headers[index],
      columnIndex: index === undefined ? undefined : b.table.firstColumn + index,
    };
  };
  for (const r of model.submissionRows) {
    const req = requirements.get(r.submission.requirementId);
    if (!req || !r.submission.unit) continue;
    const base = { sheet: b.table.sheet, row: r.sheetRow, unit: r.submission.unit, requirement: req.title, ...column("receivedOn") };
    const received = r.submission.receivedOn;
    if (!r.receivedValid) {
      issues.push({ code: "submission-date-invalid", severity: SEVERITY["submission-date-invalid"], ...base, params: { text: r.receivedText } });
      continue;
    }
    if (!req.due) continue;
    const due = req.due;
    if (received && compareDates(received, due) > 0) {
      issues.push({ code: "submission-late", severity: SEVERITY["submission-late"], ...base, params: { days: daysBetween(due, received), due: formatDateVi(due), title: req.title } });
    }
    if (!received && compareDates(due, asOf) < 0) {
      issues.push({ code: "submission-missing", severity: SEVERITY["submission-missing"], ...base, params: { due: formatDateVi(due), title: req.title, days: daysBetween(due, asOf) } });
      if (req.requiredForEligibility) {
        issues.push({ code: "unit-ineligible", severity: SEVERITY["unit-ineligible"], ...base, ...column("unit"), params: { title: req.title } });
      }
    }
  }
}

export function countBySeverity(issues: readonly Issue[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
