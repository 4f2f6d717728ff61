/**
 * Chasing (đôn đốc): as of a day, what each unit owes — the tasks it leads that are overdue, the
 * tasks it leads that fall due within the next N days, and the reports it has not sent although
 * their deadline has passed — with a polite, official text ready to send. A unit that owes
 * nothing is not named.
 *
 * The classes are the official ones (official.ts): a task not done whose deadline is today is
 * "within its deadline" — due soon, not overdue. Paused tasks and tasks with no deadline (recurring
 * work) are not chased; neither is a task that names no lead unit (there is nobody to write to).
 */
import { addDays, compareDates, daysBetween, formatDateVi, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import type { PlanModel } from "../plan/workbookModel";
import { classifyTask } from "../summary/official";

export interface ChasedTask {
  readonly id: string;
  readonly content: string;
  readonly deadline: CalendarDate;
  /** Days past the deadline (overdue) or left until it (due soon; 0 = today). */
  readonly days: number;
}

export interface ChasedReport {
  readonly requirementId: string;
  readonly title: string;
  readonly due: CalendarDate;
  readonly recipient: string;
  /** Days since the deadline passed. */
  readonly daysLate: number;
}

export interface UnitReminder {
  readonly unit: string;
  /** Most overdue first. */
  readonly overdue: readonly ChasedTask[];
  /** Soonest first. */
  readonly dueSoon: readonly ChasedTask[];
  /** Longest missing first. */
  readonly reports: readonly ChasedReport[];
}

export interface Reminders {
  readonly planNumber: string;
  readonly planTitle: string;
  readonly issuedOn: CalendarDate | null;
  readonly asOf: CalendarDate;
  readonly within: number;
  /** Units that owe something, in the order of the registry where known, then by name. */
  readonly units: readonly UnitReminder[];
}

export const DEFAULT_WITHIN_DAYS = 7;

export function computeReminders(model: PlanModel, asOf: CalendarDate, within = DEFAULT_WITHIN_DAYS): Reminders {
  const horizon = addDays(asOf, within);
  const byUnit = new Map<string, { overdue: ChasedTask[]; dueSoon: ChasedTask[]; reports: ChasedReport[] }>();
  const entry = (unit: string) => {
    let e = byUnit.get(unit);
    if (!e) byUnit.set(unit, (e = { overdue: [], dueSoon: [], reports: [] }));
    return e;
  };
  for (const r of model.taskRows) {
    if (r.blank || !r.task.deadline) continue;
    const t = r.task;
    const deadline = t.deadline as CalendarDate;
    const cls = classifyTask(t, asOf);
    const overdue = cls === "not-done-overdue";
    const soon = (cls === "not-done-within" || cls === "not-yet-due") && compareDates(deadline, horizon) <= 0;
    if (!overdue && !soon) continue;
    const item: ChasedTask = { id: t.id, content: t.content, deadline, days: overdue ? daysBetween(deadline, asOf) : daysBetween(asOf, deadline) };
    for (const unit of t.leadUnits) (overdue ? entry(unit).overdue : entry(unit).dueSoon).push(item);
  }
  const requirements = new Map(model.requirements.map((q) => [q.id, q]));
  for (const s of model.submissionRows) {
    const q = requirements.get(s.submission.requirementId);
    if (!q || !q.due || !s.submission.unit || s.submission.receivedOn) continue;
    if (compareDates(q.due, asOf) >= 0) continue; // not late yet: due today or later
    entry(s.submission.unit).reports.push({ requirementId: q.id, title: q.title, due: q.due, recipient: q.recipient, daysLate: daysBetween(q.due, asOf) });
  }
  const order = new Map(model.registry.units.map((u, i) => [u.name, i]));
  const units = [...byUnit]
    .map(([unit, e]) => ({
      unit,
      overdue: e.overdue.sort((a, b) => b.days - a.days),
      dueSoon: e.dueSoon.sort((a, b) => a.days - b.days),
      reports: e.reports.sort((a, b) => b.daysLate - a.daysLate),
    }))
    .sort((a, b) => (order.get(a.unit) ?? Infinity) - (order.get(b.unit) ?? Infinity) || a.unit.localeCompare(b.unit, "vi"));
  return { planNumber: model.info.number, planTitle: model.info.title, issuedOn: model.info.issuedOn, asOf, within, units };
}

/** "Kế hoạch số 217/KH-LĐLD ngày 20/01/2021 về Công tác thi đua…" as a text names the plan. */
function planPhrase(r: Reminders, lang: Lang): string {
  const number = r.planNumber || (lang === "vi" ? "(chưa ghi số)" : "(no number)");
  if (lang === "vi") {
    return `Kế hoạch số ${number}${r.issuedOn ? ` ngày ${formatDateVi(r.issuedOn)}` : ""}${r.planTitle ? ` về ${lowerFirst(r.planTitle)}` : ""}`;
  }
  return `Plan No. ${number}${r.issuedOn ? ` of ${formatDateVi(r.issuedOn)}` : ""}${r.planTitle ? ` (${r.planTitle})` : ""}`;
}

const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase("vi") + s.slice(1) : s);
const trimEnd = (s: string): string => s.trim().replace(/[.;,:\s]+$/u, "");

/** The ready-to-send text for one unit: polite, official, naming the plan and each item with its date. */
export function reminderText(r: Reminders, u: UnitReminder, lang: Lang): string {
  const date = formatDateVi(r.asOf);
  const lines: string[] = [];
  let n = 0;
  if (lang === "vi") {
    lines.push(`Kính gửi: ${u.unit}.`, "");
    lines.push(`Thực hiện ${planPhrase(r, lang)}, tính đến ngày ${date}, ${u.unit} còn các nội dung sau chưa hoàn thành:`);
    if (u.overdue.length) {
      lines.push(`${++n}. Nhiệm vụ đã quá hạn:`);
      for (const t of u.overdue) lines.push(`- Nhiệm vụ số ${t.id}: ${trimEnd(t.content)} (hạn hoàn thành ${formatDateVi(t.deadline)}, đã quá hạn ${t.days} ngày);`);
    }
    if (u.dueSoon.length) {
      lines.push(`${++n}. Nhiệm vụ sắp đến hạn (trong ${r.within} ngày tới):`);
      for (const t of u.dueSoon) lines.push(`- Nhiệm vụ số ${t.id}: ${trimEnd(t.content)} (hạn hoàn thành ${formatDateVi(t.deadline)}${t.days === 0 ? ", đến hạn hôm nay" : `, còn ${t.days} ngày`});`);
    }
    if (u.reports.length) {
      lines.push(`${++n}. Báo cáo chưa gửi:`);
      for (const q of u.reports) lines.push(`- ${trimEnd(q.title)} (hạn gửi ${formatDateVi(q.due)}${q.recipient ? ` về ${q.recipient}` : ""}, đã quá hạn ${q.daysLate} ngày);`);
    }
    lines.push(
      "",
      `Đề nghị ${u.unit} quan tâm, khẩn trương chỉ đạo hoàn thành các nội dung nêu trên và gửi báo cáo kết quả theo quy định. Trường hợp đã thực hiện, đề nghị thông tin lại để cập nhật.`,
      "Trân trọng./.",
    );
  } else {
    lines.push(`To: ${u.unit}.`, "");
    lines.push(`Under ${planPhrase(r, lang)}, as of ${date} the following items of ${u.unit} are outstanding:`);
    if (u.overdue.length) {
      lines.push(`${++n}. Overdue tasks:`);
      for (const t of u.overdue) lines.push(`- Task ${t.id}: ${trimEnd(t.content)} (due ${formatDateVi(t.deadline)}, ${t.days} days overdue);`);
    }
    if (u.dueSoon.length) {
      lines.push(`${++n}. Tasks due within the next ${r.within} days:`);
      for (const t of u.dueSoon) lines.push(`- Task ${t.id}: ${trimEnd(t.content)} (due ${formatDateVi(t.deadline)}${t.days === 0 ? ", due today" : `, in ${t.days} days`});`);
    }
    if (u.reports.length) {
      lines.push(`${++n}. Reports not sent:`);
      for (const q of u.reports) lines.push(`- ${trimEnd(q.title)} (due ${formatDateVi(q.due)}${q.recipient ? ` to ${q.recipient}` : ""}, ${q.daysLate} days late);`);
    }
    lines.push("", `We kindly ask ${u.unit} to complete the items above promptly and report the results. If they are already done, please let us know so that we can update our records.`, "Thank you.");
  }
  return lines.join("\n");
}
