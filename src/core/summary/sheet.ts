import { formatDateVi, toExcelSerial, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import { STATUS_LABELS } from "../plan/model";
import type { Block, CellStyle, CellWrite, ChartSpec, OwnedSheetContent, OwnedTable } from "../workbook/types";
import { fitCellText } from "../workbook/limits";
import { TABLES } from "../workbook/types";
import { PERIOD_LABELS, type SummaryFigures } from "./figures";

const L = {
  title: { vi: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH", en: "PLAN PROGRESS SUMMARY" },
  number: { vi: "Kế hoạch số", en: "Plan number" },
  planTitle: { vi: "Tên kế hoạch", en: "Plan title" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  generated: { vi: "Lập lúc", en: "Generated at" },
  period: { vi: "Kỳ báo cáo", en: "Reporting period" },
  byPeriod: { vi: "1. Theo quý và kỳ", en: "1. By quarter and period" },
  byUnit: { vi: "2. Theo đơn vị chủ trì", en: "2. By lead unit" },
  submissions: { vi: "3. Nộp báo cáo của đơn vị", en: "3. Submissions from units" },
  ineligible: { vi: "Đơn vị không đủ điều kiện xét khen thưởng", en: "Units not eligible for commendation" },
  none: { vi: "Không có", en: "None" },
  overdueList: { vi: "4. Nhiệm vụ quá hạn (quá hạn lâu nhất trước)", en: "4. Overdue tasks (most overdue first)" },
  chart: { vi: "Trạng thái nhiệm vụ theo quý", en: "Task status by quarter" },
  periodCol: { vi: "Kỳ", en: "Period" },
  total: { vi: "Tổng số", en: "Total" },
  done: { vi: "Hoàn thành", en: "Done" },
  onTime: { vi: "Đúng hạn", en: "On time" },
  late: { vi: "Trễ hạn", en: "Late" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  percent: { vi: "Tỷ lệ hoàn thành", en: "% done" },
  unit: { vi: "Đơn vị", en: "Unit" },
  led: { vi: "Số nhiệm vụ chủ trì", en: "Tasks led" },
  report: { vi: "Báo cáo", en: "Submission" },
  due: { vi: "Hạn nộp", en: "Due" },
  required: { vi: "Bắt buộc để xét khen thưởng", en: "Required for commendation" },
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
  missing: { vi: "Chưa nộp", en: "Missing" },
  pending: { vi: "Chưa đến hạn", en: "Not yet due" },
  lateUnits: { vi: "Đơn vị nộp trễ", en: "Late units" },
  missingUnits: { vi: "Đơn vị chưa nộp", en: "Missing units" },
  id: { vi: "TT", en: "No." },
  content: { vi: "Nội dung", en: "Content" },
  quarter: { vi: "Quý", en: "Quarter" },
  deadline: { vi: "Hạn hoàn thành", en: "Deadline" },
  days: { vi: "Số ngày quá hạn", en: "Days overdue" },
  lead: { vi: "Đơn vị chủ trì", en: "Lead units" },
} as const;

type Row = CellWrite[];
// Unit lists are joined here and may outgrow the cells they came from: every text must fit one.
const t = (s: string, style?: CellStyle): CellWrite => (style ? { value: fitCellText(s), style } : { value: fitCellText(s) });
const n = (v: number, style: CellStyle = "integer"): CellWrite => ({ value: v, style });
const d = (v: CalendarDate | null): CellWrite => (v ? { value: toExcelSerial(v), style: "date" } : { value: "" });

/**
 * The summary sheet as data: the same figures always give the same cells; only `generatedAt`
 * (a stamp the caller formats from its clock) changes between rebuilds.
 */
export function buildSummarySheet(f: SummaryFigures, lang: Lang, generatedAt: string): OwnedSheetContent {
  const tr = (k: keyof typeof L): string => L[k][lang];
  const blocks: Block[] = [];
  const tables: OwnedTable[] = [];
  let row = 1;
  const put = (rows: Row[], column = 1): void => {
    if (rows.length) blocks.push({ row, column, cells: rows });
    row += rows.length;
  };

  put([[t(tr("title"), "title")]]);
  put([
    [t(tr("number"), "label"), t(f.planNumber)],
    [t(tr("planTitle"), "label"), t(f.title)],
    [t(tr("asOf"), "label"), d(f.asOf)],
    [t(tr("generated"), "label"), t(generatedAt, "muted")],
    [t(tr("period"), "label"), t(PERIOD_LABELS[f.period][lang])],
  ]);
  row++;

  put([[t(tr("byPeriod"), "subtitle")]]);
  const periodHeader = [tr("periodCol"), tr("total"), tr("done"), tr("onTime"), tr("late"), STATUS_LABELS["in-progress"][lang], STATUS_LABELS["not-started"][lang], STATUS_LABELS.paused[lang], tr("overdue"), tr("percent")];
  const periodTop = row;
  tables.push({ name: TABLES.summary, row: periodTop, column: 1, rowCount: f.periods.length, columnCount: periodHeader.length });
  put([
    periodHeader.map((h) => t(h, "header")),
    ...f.periods.map((p) => [
      t(PERIOD_LABELS[p.period][lang], "label"),
      n(p.total),
      n(p.done),
      n(p.doneOnTime),
      n(p.doneLate),
      n(p.inProgress),
      n(p.notStarted),
      n(p.paused),
      n(p.overdue),
      n(p.percentDone, "percent"),
    ]),
  ]);
  row++;

  put([[t(tr("byUnit"), "subtitle")]]);
  put([[tr("unit"), tr("led"), tr("done"), tr("overdue")].map((h) => t(h, "header")), ...f.units.map((u) => [t(u.unit), n(u.led), n(u.done), n(u.overdue)])]);
  row++;

  put([[t(tr("submissions"), "subtitle")]]);
  put([
    [tr("report"), tr("due"), tr("required"), tr("onTime"), tr("late"), tr("missing"), tr("pending"), tr("lateUnits"), tr("missingUnits")].map((h) => t(h, "header")),
    ...f.requirements.map((r) => [
      t(r.title),
      d(r.due),
      t(r.requiredForEligibility ? tr("yes") : tr("no")),
      n(r.onTime),
      n(r.late),
      n(r.missing),
      n(r.pending),
      t(r.lateUnits.join("; ")),
      t(r.missingUnits.join("; ")),
    ]),
  ]);
  put([[t(tr("ineligible"), "label"), t(f.ineligibleUnits.length ? f.ineligibleUnits.join("; ") : tr("none"), f.ineligibleUnits.length ? "warning" : "text")]]);
  row++;

  put([[t(tr("overdueList"), "subtitle")]]);
  put([
    [tr("content"), tr("id"), tr("quarter"), tr("deadline"), tr("days"), tr("lead")].map((h) => t(h, "header")),
    ...f.overdue.map((o) => [t(o.content), t(o.id), o.quarter === null ? t("") : n(o.quarter), d(o.deadline), n(o.days, "error"), t(o.leadUnits.join("; "))]),
  ]);

  // Status by quarter: done, in progress, not started, paused — the four parts of each total.
  const firstData = periodTop + 1;
  const chart: ChartSpec = {
    title: tr("chart"),
    categories: { row: firstData, column: 1, count: 4 },
    series: [
      { name: tr("done"), row: firstData, column: 3 },
      { name: STATUS_LABELS["in-progress"][lang], row: firstData, column: 6 },
      { name: STATUS_LABELS["not-started"][lang], row: firstData, column: 7 },
      { name: STATUS_LABELS.paused[lang], row: firstData, column: 8 },
    ],
    anchor: { row: 1, column: 12, columns: 8, rows: 18 },
  };

  return {
    preferredName: lang === "vi" ? "Tổng hợp" : "Summary",
    markerTable: TABLES.summary,
    blocks,
    tables,
    // Column A carries labels, unit names, report titles and task contents: wide, never wrapped
    // (row heights are not re-measured everywhere the file is opened).
    columnWidths: [60, 12, 12, 12, 12, 15, 15, 11, 11, 16],
    charts: [chart],
    activate: true,
  };
}

export function formatStamp(date: CalendarDate, hours: number, minutes: number): string {
  return `${formatDateVi(date)} ${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
