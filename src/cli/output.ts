import { formatDateVi } from "../core/dates/calendarDate";
import { issueMessage } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/lang";
import type { PlanModel } from "../core/plan/workbookModel";
import { PERIOD_LABELS, type SummaryFigures } from "../core/summary/figures";
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

export function printSummary(f: SummaryFigures, sheet: string, file: string, lang: Lang, io: Io): void {
  const vi = lang === "vi";
  io.out(`${vi ? "Tổng hợp tính đến" : "Summary as of"} ${formatDateVi(f.asOf)} — ${f.planNumber} ${f.title}\n`);
  io.out(
    formatTable(
      vi ? ["Kỳ", "Tổng", "Hoàn thành", "Đang TH", "Chưa TH", "Quá hạn", "% HT"] : ["Period", "Total", "Done", "In progress", "Not started", "Overdue", "% done"],
      f.periods.map((p) => [PERIOD_LABELS[p.period][lang], String(p.total), String(p.done), String(p.inProgress), String(p.notStarted), String(p.overdue), `${Math.round(p.percentDone * 100)}%`]),
    ) + "\n",
  );
  if (f.ineligibleUnits.length) io.out(`${vi ? "Không đủ điều kiện xét khen thưởng" : "Not eligible for commendation"}: ${f.ineligibleUnits.join("; ")}\n`);
  io.out(`${vi ? "Đã ghi trang" : "Wrote sheet"} "${sheet}" → ${file}\n`);
}
