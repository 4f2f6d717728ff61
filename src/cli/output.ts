import { formatDateVi } from "../core/dates/calendarDate";
import { issueMessage } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/lang";
import type { PlanModel } from "../core/plan/workbookModel";
import { PERIOD_LABELS, summaryParagraph, type SummaryFigures } from "../core/summary/figures";
import { formatRate } from "../core/summary/official";
import type { Issue } from "../core/validate/issue";
import { countBySeverity } from "../core/validate/validate";
import type { Io } from "./io";
import { formatTable } from "./table";

// What the commands print as text (their --json output is in json.ts).

export function printIssues(issues: readonly Issue[], lang: Lang, io: Io): void {
  if (!issues.length) {
    io.out(lang === "vi" ? "Không có cảnh báo.\n" : "No warnings.\n");
    return;
  }
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...issues].sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.sheet ?? "").localeCompare(b.sheet ?? "", "vi") || (a.row ?? 0) - (b.row ?? 0),
  );
  const headers = lang === "vi" ? ["Mức", "Mã", "Nơi", "TT", "Đơn vị", "Nội dung"] : ["Severity", "Code", "Where", "Task", "Unit", "Message"];
  io.out(
    formatTable(
      headers,
      sorted.map((i) => [
        i.severity,
        i.code,
        i.sheet ? `${i.sheet}!${i.row ?? ""}` : i.line ? `line ${i.line}` : "",
        i.taskId ?? "",
        i.unit ?? "",
        issueMessage(i, lang),
      ]),
      70,
    ) + "\n",
  );
  const c = countBySeverity(issues);
  io.out(lang === "vi" ? `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý.\n` : `${c.error} errors, ${c.warning} warnings, ${c.info} notes.\n`);
}

export function describePlan(model: PlanModel, io: Io, lang: Lang): void {
  const tasks = model.taskRows.filter((r) => !r.blank);
  const perQuarter = [1, 2, 3, 4].map((q) => tasks.filter((r) => r.task.quarter === q).length);
  const vi = lang === "vi";
  io.out(
    [
      `${vi ? "Kế hoạch" : "Plan"} ${model.info.number || "—"}: ${model.info.title || "—"}`,
      `${vi ? "Ngày ban hành" : "Issued on"}: ${model.info.issuedOn ? formatDateVi(model.info.issuedOn) : "—"}   ${vi ? "Năm" : "Year"}: ${model.year}`,
      `${vi ? "Nhiệm vụ" : "Tasks"}: ${tasks.length} (${perQuarter.map((n, i) => `${vi ? "Quý" : "Q"} ${["I", "II", "III", "IV"][i]}: ${n}`).join(", ")})`,
      `${vi ? "Báo cáo phải nộp" : "Required submissions"}: ${model.requirements.length}`,
      "",
    ].join("\n"),
  );
}

/** The summary in the official vocabulary: the paragraph, the table by period, the units ranked. */
export function printSummary(f: SummaryFigures, sheet: string, file: string, lang: Lang, io: Io): void {
  const vi = lang === "vi";
  const n = (v: number): string => String(v);
  io.out(`${vi ? "Tổng hợp tính đến" : "Summary as of"} ${formatDateVi(f.asOf)} — ${f.planNumber} ${f.title}\n\n`);
  io.out(summaryParagraph(f, lang) + "\n\n");
  io.out(
    formatTable(
      vi
        ? ["Kỳ", "Tổng số", "Đến hạn", "HT đúng hạn", "HT quá hạn", "Chưa HT trong hạn", "Chưa HT quá hạn", "Chưa đến hạn", "Thường xuyên", "Tạm dừng", "Tỷ lệ đúng hạn"]
        : ["Period", "Total", "Due", "Done on time", "Done late", "Not done, within", "Not done, overdue", "Not yet due", "Recurring", "Paused", "On-time rate"],
      f.periods.map((p) => [
        PERIOD_LABELS[p.period][lang],
        n(p.total),
        n(p.due),
        n(p.doneOnTime),
        n(p.doneLate),
        n(p.notDoneWithinDeadline),
        n(p.notDoneOverdue),
        n(p.notYetDue),
        n(p.noDeadline),
        n(p.paused),
        formatRate(p.onTimeRate, lang),
      ]),
    ) + "\n\n",
  );
  if (f.units.length) {
    io.out(
      formatTable(
        vi ? ["Hạng", "Đơn vị chủ trì", "Số NV", "Đến hạn", "HT đúng hạn", "HT quá hạn", "Chưa HT quá hạn", "Tỷ lệ đúng hạn"] : ["Rank", "Lead unit", "Tasks", "Due", "On time", "Late", "Overdue", "On-time rate"],
        f.units.map((u) => [u.rank === null ? "—" : n(u.rank), u.unit, n(u.led), n(u.due), n(u.doneOnTime), n(u.doneLate), n(u.notDoneOverdue), formatRate(u.onTimeRate, lang)]),
        50,
      ) + "\n\n",
    );
  }
  if (f.ineligibleUnits.length) io.out(`${vi ? "Không đủ điều kiện xét khen thưởng" : "Not eligible for commendation"}: ${f.ineligibleUnits.join("; ")}\n`);
  io.out(`${vi ? "Đã ghi trang" : "Wrote sheet"} "${sheet}" → ${file}\n`);
}
