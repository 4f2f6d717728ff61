import { compareDates, type CalendarDate, type Quarter } from "../dates/calendarDate";
import type { TaskStatus } from "../plan/model";
import type { Lang } from "../i18n/lang";
import { overdueDays } from "../plan/taskRules";
import type { PlanModel } from "../plan/workbookModel";
import { inPeriod, PERIODS, type PeriodId } from "./periods";
import { addToCounts, classifyTask, doneRate, EMPTY_COUNTS, officialParagraph, onTimeRate, rankByOnTime, sumCounts, type OfficialCounts } from "./official";

export { inPeriod, PERIOD_LABELS, PERIODS, type PeriodId } from "./periods";

/** A period's figures: the official counts (see official.ts) and the count by status. */
export interface PeriodFigures extends OfficialCounts {
  readonly period: PeriodId;
  readonly total: number;
  /** Status Hoàn thành, whatever the deadline (done recurring work included). */
  readonly done: number;
  readonly inProgress: number;
  readonly notStarted: number;
  /** = notDoneOverdue. */
  readonly overdue: number;
  /** Share of tasks done by status, 0..1 (0 when the period has no task). */
  readonly percentDone: number;
  /** Of the tasks due, the share done (on time or late); null when none is due. */
  readonly doneRate: number | null;
  /** Of the tasks due, the share done on time; null when none is due. */
  readonly onTimeRate: number | null;
}

/** A lead unit's record in the period: the tasks it leads, counted the official way, and its rank. */
export interface UnitFigures extends OfficialCounts {
  readonly unit: string;
  /** Tasks it leads in the period. */
  readonly led: number;
  /** Done by status, whatever the deadline. */
  readonly done: number;
  /** = notDoneOverdue. */
  readonly overdue: number;
  readonly onTimeRate: number | null;
  /** 1 = best on-time rate; equal rates share a rank; null when nothing it leads is due yet. */
  readonly rank: number | null;
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
  /** The late ones with the day each was received, in the order of lateUnits. */
  readonly lateReceipts: readonly { readonly unit: string; readonly receivedOn: CalendarDate }[];
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
  inProgress: number;
  notStarted: number;
  official: OfficialCounts;
}

const STATUS_FIELD: Readonly<Record<Exclude<TaskStatus, "done" | "paused">, "inProgress" | "notStarted">> = {
  "in-progress": "inProgress",
  "not-started": "notStarted",
};

const newCounter = (): Counter => ({ total: 0, done: 0, inProgress: 0, notStarted: 0, official: EMPTY_COUNTS });

/**
 * The figures of the summary, in one pass over the tasks and one over the submissions. `period`
 * narrows the unit and overdue sections; the period table always shows every period.
 */
export function computeSummary(model: PlanModel, asOf: CalendarDate, period: PeriodId = "year"): SummaryFigures {
  // Per quarter (index 1..4) plus "no quarter" (index 0); periods are sums of these.
  const byQuarter: Counter[] = Array.from({ length: 5 }, newCounter);
  const units = new Map<string, { led: number; done: number; official: OfficialCounts }>();
  const overdue: OverdueTask[] = [];
  for (const r of model.taskRows) {
    if (r.blank) continue;
    const t = r.task;
    const c = byQuarter[t.quarter ?? 0];
    const cls = classifyTask(t, asOf);
    c.total++;
    if (t.status === "done") c.done++;
    else if (t.status !== "paused") c[STATUS_FIELD[t.status]]++;
    c.official = addToCounts(c.official, cls);
    if (!inPeriod(t.quarter, period)) continue;
    for (const unit of t.leadUnits) {
      let u = units.get(unit);
      if (!u) units.set(unit, (u = { led: 0, done: 0, official: EMPTY_COUNTS }));
      u.led++;
      if (t.status === "done") u.done++;
      u.official = addToCounts(u.official, cls);
    }
    const days = overdueDays(t, asOf);
    if (days !== null && t.deadline) {
      overdue.push({ id: t.id, content: t.content, quarter: t.quarter, deadline: t.deadline, days, leadUnits: t.leadUnits, sheetRow: r.sheetRow });
    }
  }
  const periods = PERIODS.map((p): PeriodFigures => {
    let sum = newCounter();
    byQuarter.forEach((c, q) => {
      if (!inPeriod(q === 0 ? null : (q as Quarter), p)) return;
      sum = { total: sum.total + c.total, done: sum.done + c.done, inProgress: sum.inProgress + c.inProgress, notStarted: sum.notStarted + c.notStarted, official: sumCounts(sum.official, c.official) };
    });
    return {
      period: p,
      total: sum.total,
      done: sum.done,
      inProgress: sum.inProgress,
      notStarted: sum.notStarted,
      ...sum.official,
      overdue: sum.official.notDoneOverdue,
      percentDone: sum.total ? sum.done / sum.total : 0,
      doneRate: doneRate(sum.official),
      onTimeRate: onTimeRate(sum.official),
    };
  });
  const unitList = [...units].map(([unit, u]) => ({ unit, led: u.led, done: u.done, ...u.official, overdue: u.official.notDoneOverdue, onTimeRate: onTimeRate(u.official) }));
  const ranks = rankByOnTime(unitList);
  const rankedUnits: UnitFigures[] = unitList.map((u, i) => ({ ...u, rank: ranks[i] }));
  rankedUnits.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.led - a.led || a.unit.localeCompare(b.unit, "vi"));

  const requirements = model.requirements.map((req) => {
    const f = { onTime: 0, late: 0, missing: 0, pending: 0, lateUnits: [] as string[], missingUnits: [] as string[], lateReceipts: [] as { unit: string; receivedOn: CalendarDate }[] };
    for (const s of model.submissionRows) {
      if (s.submission.requirementId !== req.id || !s.submission.unit) continue;
      const received = s.submission.receivedOn;
      if (received) {
        if (req.due && compareDates(received, req.due) > 0) {
          f.late++;
          f.lateUnits.push(s.submission.unit);
          f.lateReceipts.push({ unit: s.submission.unit, receivedOn: received });
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
    units: rankedUnits,
    requirements,
    ineligibleUnits: [...ineligible],
    overdue,
  };
}

/** The figures of the summary's own period (the one `computeSummary` was asked for). */
export function periodOf(f: SummaryFigures, period: PeriodId = f.period): PeriodFigures {
  return f.periods.find((p) => p.period === period) as PeriodFigures;
}

/** The official paragraph for the summary's period (see official.ts). */
export function summaryParagraph(f: SummaryFigures, lang: Lang, period: PeriodId = f.period): string {
  return officialParagraph(periodOf(f, period), f.asOf, lang, period);
}
