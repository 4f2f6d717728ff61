import { compareDates, type CalendarDate, type Quarter } from "../dates/calendarDate";
import type { TaskStatus } from "../plan/model";
import { doneLateDays, overdueDays } from "../plan/taskRules";
import type { PlanModel } from "../plan/workbookModel";

export type PeriodId = "q1" | "q2" | "q3" | "q4" | "h1" | "m9" | "year";
export const PERIODS: readonly PeriodId[] = ["q1", "q2", "q3", "q4", "h1", "m9", "year"];

export const PERIOD_LABELS: Readonly<Record<PeriodId, { vi: string; en: string }>> = {
  q1: { vi: "Quý I", en: "Quarter I" },
  q2: { vi: "Quý II", en: "Quarter II" },
  q3: { vi: "Quý III", en: "Quarter III" },
  q4: { vi: "Quý IV", en: "Quarter IV" },
  h1: { vi: "6 tháng đầu năm", en: "First 6 months" },
  m9: { vi: "9 tháng", en: "9 months" },
  year: { vi: "Cả năm", en: "Full year" },
};

/** Whether a task of this quarter (null: no quarter, e.g. ongoing) counts in the period. */
export function inPeriod(quarter: Quarter | null, period: PeriodId): boolean {
  switch (period) {
    case "year":
      return true;
    case "h1":
      return quarter !== null && quarter <= 2;
    case "m9":
      return quarter !== null && quarter <= 3;
    default:
      return quarter === Number(period[1]);
  }
}

export interface PeriodFigures {
  readonly period: PeriodId;
  readonly total: number;
  readonly done: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly paused: number;
  readonly overdue: number;
  /** Share of tasks done, 0..1 (0 when the period has no task). */
  readonly percentDone: number;
}

export interface UnitFigures {
  readonly unit: string;
  readonly led: number;
  readonly done: number;
  readonly overdue: number;
}

export interface RequirementFigures {
  readonly id: string;
  readonly title: string;
  readonly due: CalendarDate | null;
  readonly requiredForEligibility: boolean;
  readonly onTime: number;
  readonly late: number;
  readonly missing: number;
  /** Not received, not yet due. */
  readonly pending: number;
  readonly lateUnits: readonly string[];
  readonly missingUnits: readonly string[];
}

export interface OverdueTask {
  readonly id: string;
  readonly content: string;
  readonly quarter: Quarter | null;
  readonly deadline: CalendarDate;
  readonly days: number;
  readonly leadUnits: readonly string[];
  readonly sheetRow: number;
}

export interface SummaryFigures {
  readonly planNumber: string;
  readonly title: string;
  readonly year: number;
  readonly asOf: CalendarDate;
  readonly period: PeriodId;
  readonly periods: readonly PeriodFigures[];
  readonly units: readonly UnitFigures[];
  readonly requirements: readonly RequirementFigures[];
  /** Units that missed a submission required for commendation. */
  readonly ineligibleUnits: readonly string[];
  /** Most overdue first. */
  readonly overdue: readonly OverdueTask[];
}

interface Counter {
  total: number;
  done: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  paused: number;
  overdue: number;
}

const STATUS_FIELD: Readonly<Record<Exclude<TaskStatus, "done">, "inProgress" | "notStarted" | "paused">> = {
  "in-progress": "inProgress",
  "not-started": "notStarted",
  paused: "paused",
};

/**
 * The figures of the summary, in one pass over the tasks and one over the submissions. `period`
 * narrows the unit and overdue sections; the period table always shows every period.
 */
export function computeSummary(model: PlanModel, asOf: CalendarDate, period: PeriodId = "year"): SummaryFigures {
  // Per quarter (index 1..4) plus "no quarter" (index 0); periods are sums of these.
  const byQuarter: Counter[] = Array.from({ length: 5 }, () => ({ total: 0, done: 0, doneLate: 0, inProgress: 0, notStarted: 0, paused: 0, overdue: 0 }));
  const units = new Map<string, { led: number; done: number; overdue: number }>();
  const overdue: OverdueTask[] = [];
  for (const r of model.taskRows) {
    if (r.blank) continue;
    const t = r.task;
    const c = byQuarter[t.quarter ?? 0];
    c.total++;
    if (t.status === "done") {
      c.done++;
      if (doneLateDays(t) !== null) c.doneLate++;
    } else c[STATUS_FIELD[t.status]]++;
    const days = overdueDays(t, asOf);
    if (days !== null) c.overdue++;
    if (!inPeriod(t.quarter, period)) continue;
    for (const unit of t.leadUnits) {
      let u = units.get(unit);
      if (!u) units.set(unit, (u = { led: 0, done: 0, overdue: 0 }));
      u.led++;
      if (t.status === "done") u.done++;
      if (days !== null) u.overdue++;
    }
    if (days !== null && t.deadline) {
      overdue.push({ id: t.id, content: t.content, quarter: t.quarter, deadline: t.deadline, days, leadUnits: t.leadUnits, sheetRow: r.sheetRow });
    }
  }
  const periods = PERIODS.map((p): PeriodFigures => {
    const sum: Counter = { total: 0, done: 0, doneLate: 0, inProgress: 0, notStarted: 0, paused: 0, overdue: 0 };
    byQuarter.forEach((c, q) => {
      if (!inPeriod(q === 0 ? null : (q as Quarter), p)) return;
      for (const k of Object.keys(sum) as (keyof Counter)[]) sum[k] += c[k];
    });
    return {
      period: p,
      ...sum,
      doneOnTime: sum.done - sum.doneLate,
      percentDone: sum.total ? sum.done / sum.total : 0,
    };
  });

  const requirements = model.requirements.map((req) => {
    const f = { onTime: 0, late: 0, missing: 0, pending: 0, lateUnits: [] as string[], missingUnits: [] as string[] };
    for (const s of model.submissionRows) {
      if (s.submission.requirementId !== req.id || !s.submission.unit) continue;
      const received = s.submission.receivedOn;
      if (received) {
        if (req.due && compareDates(received, req.due) > 0) {
          f.late++;
          f.lateUnits.push(s.submission.unit);
        } else f.onTime++;
      } else if (req.due && compareDates(req.due, asOf) < 0) {
        f.missing++;
        f.missingUnits.push(s.submission.unit);
      } else f.pending++;
    }
    return { id: req.id, title: req.title, due: req.due, requiredForEligibility: req.requiredForEligibility, ...f };
  });
  const ineligible = new Set(requirements.filter((r) => r.requiredForEligibility).flatMap((r) => r.missingUnits));

  overdue.sort((a, b) => b.days - a.days || a.sheetRow - b.sheetRow);
  return {
    planNumber: model.info.number,
    title: model.info.title,
    year: model.year,
    asOf,
    period,
    periods,
    units: [...units].map(([unit, u]) => ({ unit, ...u })).sort((a, b) => b.led - a.led || a.unit.localeCompare(b.unit, "vi")),
    requirements,
    ineligibleUnits: [...ineligible],
    overdue,
  };
}
