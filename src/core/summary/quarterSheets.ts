import type { Quarter } from "../dates/calendarDate";
import { toExcelSerial } from "../dates/calendarDate";
import { issueMessage } from "../i18n/messages";
import type { Lang } from "../i18n/lang";
import { STATUS_LABELS } from "../plan/model";
import type { PlanModel } from "../plan/workbookModel";
import type { Issue } from "../validate/issue";
import { fitCellText } from "../workbook/limits";
import type { CellWrite, OwnedSheetContent } from "../workbook/types";
import { planFooter } from "../print/pageSetup";
import { sheetRowHeights } from "../print/rowHeight";

const ROMAN = ["", "I", "II", "III", "IV"] as const;
const HEADERS = {
  vi: ["TT", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Cảnh báo"],
  en: ["No.", "Content", "Lead units", "Deadline", "Status", "Warnings"],
};

/** One sheet per quarter with that quarter's tasks and their warnings, each owned by its table. */
export function buildQuarterSheets(model: PlanModel, issues: readonly Issue[], lang: Lang): OwnedSheetContent[] {
  const warnings = new Map<number, string[]>();
  const sheet = model.tasks?.table.sheet;
  for (const issue of issues) {
    if (issue.sheet !== sheet || issue.row === undefined) continue;
    const list = warnings.get(issue.row) ?? [];
    list.push(issueMessage(issue, lang));
    warnings.set(issue.row, list);
  }
  return ([1, 2, 3, 4] as Quarter[]).map((q) => {
    const rows: CellWrite[][] = model.taskRows
      .filter((r) => !r.blank && r.task.quarter === q)
      .map((r) => [
        { value: r.task.id },
        { value: r.task.content, style: "wrap" },
        { value: fitCellText(r.task.leadUnits.join("; ")), style: "wrap" },
        r.task.deadline ? { value: toExcelSerial(r.task.deadline), style: "date" } : { value: r.task.deadlineText },
        { value: STATUS_LABELS[r.task.status][lang] },
        { value: fitCellText((warnings.get(r.sheetRow) ?? []).join("\n")) || null, style: "wrap" },
      ]);
    const title = lang === "vi" ? `Quý ${ROMAN[q]}` : `Quarter ${ROMAN[q]}`;
    const content: OwnedSheetContent = {
      preferredName: title,
      markerTable: `PT_Q${q}`,
      blocks: [
        { row: 1, column: 1, cells: [[{ value: title, style: "title" }]] },
        { row: 3, column: 1, cells: [HEADERS[lang].map((h) => ({ value: h, style: "header" as const })), ...rows] },
      ],
      tables: [{ name: `PT_Q${q}`, row: 3, column: 1, rowCount: Math.max(rows.length, 1), columnCount: 6 }],
      columnWidths: [6, 60, 30, 14, 16, 40],
      charts: [],
      print: { orientation: "landscape", onePageWide: true, repeatRows: { first: 3, last: 3 }, footer: planFooter(model.info.number, lang) },
    };
    return { ...content, rowHeights: sheetRowHeights(content) };
  });
}
