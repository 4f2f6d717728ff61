/**
 * The official vocabulary of task tracking in Vietnamese administration (the Government Office's
 * system and the provincial ones modelled on it), defined once. Every surface — the Tổng hợp
 * sheet, the pane, `summary --json`, the CLI table, the report and the reminders — takes its
 * figures from here.
 *
 * As of a day D, a task with a deadline d is in exactly one class:
 * - done on time (đã hoàn thành đúng hạn): done, finished on or before d (or the day is not
 *   written: nothing says it was late). Done on the deadline day is on time.
 * - done late (đã hoàn thành quá hạn): done, finished after d.
 * - not done, within its deadline (chưa hoàn thành trong hạn): not done and d = D — due today,
 *   not yet overdue.
 * - not done, overdue (chưa hoàn thành quá hạn): not done and d < D.
 * - not yet due (chưa đến hạn): not done and d > D.
 * The tasks due (nhiệm vụ đến hạn) are the first four: those whose deadline has come (d ≤ D), and
 * those already finished before it (a task done early has come due by being done).
 * Outside the count: tasks with no deadline (recurring or ongoing work, "Thường xuyên", or a
 * deadline nobody could read) and paused tasks (Tạm dừng), each counted on its own.
 */
import { compareDates, formatDateVi, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import type { Task } from "../plan/model";

export type OfficialClass = "done-on-time" | "done-late" | "not-done-within" | "not-done-overdue" | "not-yet-due" | "no-deadline" | "paused";

export function classifyTask(task: Pick<Task, "status" | "deadline" | "completedOn">, asOf: CalendarDate): OfficialClass {
  if (task.status === "paused") return "paused";
  if (!task.deadline) return "no-deadline";
  if (task.status === "done") {
    return task.completedOn && compareDates(task.completedOn, task.deadline) > 0 ? "done-late" : "done-on-time";
  }
  const c = compareDates(task.deadline, asOf);
  return c < 0 ? "not-done-overdue" : c === 0 ? "not-done-within" : "not-yet-due";
}

/** The official counts of a set of tasks as of a day. */
export interface OfficialCounts {
  /** Nhiệm vụ đến hạn: doneOnTime + doneLate + notDoneWithinDeadline + notDoneOverdue. */
  readonly due: number;
  readonly doneOnTime: number;
  readonly doneLate: number;
  readonly notDoneWithinDeadline: number;
  /** Chưa hoàn thành quá hạn (the same tasks as the `task-overdue` warning). */
  readonly notDoneOverdue: number;
  readonly notYetDue: number;
  /** Recurring or ongoing work, or a deadline that could not be read. */
  readonly noDeadline: number;
  readonly paused: number;
}

export const EMPTY_COUNTS: OfficialCounts = { due: 0, doneOnTime: 0, doneLate: 0, notDoneWithinDeadline: 0, notDoneOverdue: 0, notYetDue: 0, noDeadline: 0, paused: 0 };

const FIELD: Readonly<Record<OfficialClass, keyof OfficialCounts>> = {
  "done-on-time": "doneOnTime",
  "done-late": "doneLate",
  "not-done-within": "notDoneWithinDeadline",
  "not-done-overdue": "notDoneOverdue",
  "not-yet-due": "notYetDue",
  "no-deadline": "noDeadline",
  paused: "paused",
};

/** Counts with one more task of class `c`. */
export function addToCounts(counts: OfficialCounts, c: OfficialClass): OfficialCounts {
  const field = FIELD[c];
  const due = c === "done-on-time" || c === "done-late" || c === "not-done-within" || c === "not-done-overdue";
  return { ...counts, [field]: counts[field] + 1, due: counts.due + (due ? 1 : 0) };
}

export function sumCounts(a: OfficialCounts, b: OfficialCounts): OfficialCounts {
  const out = { ...a } as Record<keyof OfficialCounts, number>;
  for (const k of Object.keys(EMPTY_COUNTS) as (keyof OfficialCounts)[]) out[k] = a[k] + b[k];
  return out;
}

/** Share of the tasks due that were done on time, 0..1; null when none is due. */
export function onTimeRate(c: OfficialCounts): number | null {
  return c.due ? c.doneOnTime / c.due : null;
}

/** Share of the tasks due that are done (on time or late), 0..1; null when none is due. */
export function doneRate(c: OfficialCounts): number | null {
  return c.due ? (c.doneOnTime + c.doneLate) / c.due : null;
}

/**
 * Ranks by on-time rate, highest first; equal rates share a rank and the next rank skips (1, 1, 3).
 * Entries with nothing due have no rank (null). Rates are compared as exact fractions.
 */
export function rankByOnTime<T extends { readonly due: number; readonly doneOnTime: number }>(entries: readonly T[]): (number | null)[] {
  const ranked = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.due > 0);
  const cmp = (a: T, b: T): number => b.doneOnTime * a.due - a.doneOnTime * b.due;
  ranked.sort((a, b) => cmp(a.e, b.e));
  const out: (number | null)[] = entries.map(() => null);
  ranked.forEach(({ e, i }, k) => {
    out[i] = k > 0 && cmp(ranked[k - 1].e, e) === 0 ? (out[ranked[k - 1].i] as number) : k + 1;
  });
  return out;
}

/** A rate as people write it: "71,4%" in Vietnamese, "71.4%" in English; "—" when there is none. */
export function formatRate(rate: number | null, lang: Lang): string {
  if (rate === null) return "—";
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

/** How the paragraph names a period: "Trong 6 tháng đầu năm, tính đến ngày …". */
const PERIOD_PHRASE: Readonly<Record<string, { vi: string; en: string }>> = {
  q1: { vi: "quý I", en: "quarter I" },
  q2: { vi: "quý II", en: "quarter II" },
  q3: { vi: "quý III", en: "quarter III" },
  q4: { vi: "quý IV", en: "quarter IV" },
  h1: { vi: "6 tháng đầu năm", en: "the first 6 months" },
  m9: { vi: "9 tháng đầu năm", en: "the first 9 months" },
};

/**
 * The paragraph staff paste into their report, in the official phrasing:
 * "Tính đến ngày 15/07/2021, có 10/14 nhiệm vụ đến hạn đã hoàn thành (71,4%), trong đó 7 nhiệm vụ
 * hoàn thành đúng hạn, 3 nhiệm vụ hoàn thành quá hạn; 4 nhiệm vụ chưa hoàn thành, trong đó …".
 */
export function officialParagraph(c: OfficialCounts, asOf: CalendarDate, lang: Lang, period = "year"): string {
  const date = formatDateVi(asOf);
  const phrase = PERIOD_PHRASE[period]?.[lang];
  const done = c.doneOnTime + c.doneLate;
  const notDone = c.notDoneWithinDeadline + c.notDoneOverdue;
  const rate = formatRate(doneRate(c), lang);
  const onTime = formatRate(onTimeRate(c), lang);
  const parts: string[] = [];
  if (lang === "vi") {
    const lead = phrase ? `Trong ${phrase}, tính đến ngày ${date}` : `Tính đến ngày ${date}`;
    if (c.due === 0) parts.push(`${lead}, chưa có nhiệm vụ nào đến hạn.`);
    else {
      parts.push(
        `${lead}, có ${done}/${c.due} nhiệm vụ đến hạn đã hoàn thành (${rate}), trong đó ${c.doneOnTime} nhiệm vụ hoàn thành đúng hạn, ${c.doneLate} nhiệm vụ hoàn thành quá hạn; ` +
          `${notDone} nhiệm vụ chưa hoàn thành, trong đó ${c.notDoneWithinDeadline} nhiệm vụ còn trong hạn, ${c.notDoneOverdue} nhiệm vụ đã quá hạn. ` +
          `Tỷ lệ hoàn thành đúng hạn đạt ${onTime}.`,
      );
    }
    const rest: string[] = [];
    if (c.notYetDue) rest.push(`${c.notYetDue} nhiệm vụ chưa đến hạn`);
    if (c.noDeadline) rest.push(`${c.noDeadline} nhiệm vụ thực hiện thường xuyên (không có hạn cụ thể)`);
    if (c.paused) rest.push(`${c.paused} nhiệm vụ tạm dừng`);
    if (rest.length) parts.push(`Ngoài ra, có ${rest.join(", ")}.`);
  } else {
    const lead = phrase ? `In ${phrase}, as of ${date}` : `As of ${date}`;
    if (c.due === 0) parts.push(`${lead}, no task has come due.`);
    else {
      parts.push(
        `${lead}, ${done} of ${c.due} tasks due have been completed (${rate}): ${c.doneOnTime} on time and ${c.doneLate} late; ` +
          `${notDone} tasks are not completed: ${c.notDoneWithinDeadline} still within the deadline and ${c.notDoneOverdue} overdue. ` +
          `The on-time completion rate is ${onTime}.`,
      );
    }
    const rest: string[] = [];
    if (c.notYetDue) rest.push(`${c.notYetDue} tasks are not yet due`);
    if (c.noDeadline) rest.push(`${c.noDeadline} are recurring (no fixed deadline)`);
    if (c.paused) rest.push(`${c.paused} are paused`);
    if (rest.length) parts.push(`In addition, ${rest.join(", ")}.`);
  }
  return parts.join(" ");
}
