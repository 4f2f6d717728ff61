import { formatDateVi, toExcelSerial, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import type { Block, CellStyle, CellWrite, ChartSpec, OwnedSheetContent, OwnedTable } from "../workbook/types";
import { fitCellText } from "../workbook/limits";
import { TABLES } from "../workbook/types";
import { planFooter } from "../print/pageSetup";
import { sheetRowHeights } from "../print/rowHeight";
import { PERIOD_LABELS, summaryParagraph, type SummaryFigures } from "./figures";

const L = {
  title: { vi: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH", en: "PLAN PROGRESS SUMMARY" },
  number: { vi: "Kế hoạch số", en: "Plan number" },
  planTitle: { vi: "Tên kế hoạch", en: "Plan title" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  generated: { vi: "Lập lúc", en: "Generated at" },
  period: { vi: "Kỳ báo cáo", en: "Reporting period" },
  overview: { vi: "Tình hình chung", en: "Overview" },
  byPeriod: { vi: "1. Theo quý và kỳ", en: "1. By quarter and period" },
  byUnit: { vi: "2. Theo đơn vị chủ trì (xếp hạng theo tỷ lệ hoàn thành đúng hạn)", en: "2. By lead unit (ranked by on-time rate)" },
  submissions: { vi: "3. Nộp báo cáo của đơn vị", en: "3. Submissions from units" },
  lateMissing: { vi: "Đơn vị nộp trễ hoặc chưa nộp", en: "Units late or missing" },
  ineligible: { vi: "Đơn vị không đủ điều kiện xét khen thưởng", en: "Units not eligible for commendation" },
  none: { vi: "Không có", en: "None" },
  overdueList: { vi: "4. Nhiệm vụ chưa hoàn thành quá hạn (quá hạn lâu nhất trước)", en: "4. Tasks not done, overdue (most overdue first)" },
  chart: { vi: "Tình hình thực hiện nhiệm vụ theo quý", en: "Tasks by quarter" },
  periodCol: { vi: "Kỳ", en: "Period" },
  total: { vi: "Tổng số nhiệm vụ", en: "Total tasks" },
  due: { vi: "Nhiệm vụ đến hạn", en: "Tasks due" },
  doneOnTime: { vi: "Đã hoàn thành đúng hạn", en: "Done on time" },
  doneLate: { vi: "Đã hoàn thành quá hạn", en: "Done late" },
  within: { vi: "Chưa hoàn thành, trong hạn", en: "Not done, within deadline" },
  overdue: { vi: "Chưa hoàn thành, quá hạn", en: "Not done, overdue" },
  notYetDue: { vi: "Chưa đến hạn", en: "Not yet due" },
  noDeadline: { vi: "Thường xuyên (không có hạn)", en: "Recurring (no deadline)" },
  paused: { vi: "Tạm dừng", en: "Paused" },
  onTimeRate: { vi: "Tỷ lệ hoàn thành đúng hạn", en: "On-time rate" },
  unit: { vi: "Đơn vị", en: "Unit" },
  led: { vi: "Số nhiệm vụ chủ trì", en: "Tasks led" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  report: { vi: "Báo cáo", en: "Submission" },
  reportId: { vi: "Mã báo cáo", en: "Report code" },
  dueOn: { vi: "Hạn nộp", en: "Due" },
  required: { vi: "Bắt buộc để xét khen thưởng", en: "Required for commendation" },
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
  onTime: { vi: "Nộp đúng hạn", en: "On time" },
  late: { vi: "Nộp trễ", en: "Late" },
  missing: { vi: "Chưa nộp", en: "Missing" },
  pending: { vi: "Chưa đến hạn", en: "Not yet due" },
  state: { vi: "Tình trạng", en: "State" },
  received: { vi: "Ngày nhận", en: "Received" },
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
// Nothing due: no rate (an empty cell; the pane and the CLI show "—").
const rate = (v: number | null): CellWrite => (v === null ? { value: "" } : { value: v, style: "percent" });
const d = (v: CalendarDate | null): CellWrite => (v ? { value: toExcelSerial(v), style: "date" } : { value: "" });

/** Columns A..K: labels and contents in A, figures after; together one landscape A4 page wide. */
const COLUMN_WIDTHS = [38, 11, 11, 12, 12, 24, 12, 11, 13, 10, 12];
const LAST_COLUMN = COLUMN_WIDTHS.length;
const CHART_ROWS = 16;

/**
 * The summary sheet as data: the same figures always give the same cells; only `generatedAt`
 * (a stamp the caller formats from its clock) changes between rebuilds. It prints on A4
 * landscape, one page wide, the chart between two tables so no page break cuts it.
 */
export function buildSummarySheet(f: SummaryFigures, lang: Lang, generatedAt: string): OwnedSheetContent {
  const tr = (k: keyof typeof L): string => L[k][lang];
  const blocks: Block[] = [];
  const tables: OwnedTable[] = [];
  const merges: { row: number; column: number; rows: number; columns: number }[] = [];
  let row = 1;
  const put = (rows: Row[], column = 1): void => {
    if (rows.length) blocks.push({ row, column, cells: rows });
    row += rows.length;
  };
  /** A paragraph across the whole width of the sheet, under its heading. */
  const paragraph = (heading: string, text: string): void => {
    put([[t(heading, "subtitle")]]);
    merges.push({ row, column: 1, rows: 1, columns: LAST_COLUMN });
    put([[t(text, "wrap")]]);
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
  paragraph(tr("overview"), summaryParagraph(f, lang));
  row++;

  put([[t(tr("byPeriod"), "subtitle")]]);
  const periodHeader = ["periodCol", "total", "due", "doneOnTime", "doneLate", "within", "overdue", "notYetDue", "noDeadline", "paused", "onTimeRate"] as const;
  const periodTop = row;
  tables.push({ name: TABLES.summary, row: periodTop, column: 1, rowCount: f.periods.length, columnCount: periodHeader.length });
  put([
    periodHeader.map((h) => t(tr(h), "header")),
    ...f.periods.map((p) => [
      t(PERIOD_LABELS[p.period][lang], "label"),
      n(p.total),
      n(p.due),
      n(p.doneOnTime),
      n(p.doneLate),
      n(p.notDoneWithinDeadline),
      n(p.notDoneOverdue),
      n(p.notYetDue),
      n(p.noDeadline),
      n(p.paused),
      rate(p.onTimeRate),
    ]),
  ]);
  row++;
  // The chart sits here, on rows of its own: the page breaks fall around it, not through it.
  const chartTop = row;
  row += CHART_ROWS + 1;

  put([[t(tr("byUnit"), "subtitle")]]);
  put([
    (["unit", "led", "due", "doneOnTime", "doneLate", "overdue", "onTimeRate", "rank"] as const).map((h) => t(tr(h), "header")),
    ...f.units.map((u) => [t(u.unit, "wrap"), n(u.led), n(u.due), n(u.doneOnTime), n(u.doneLate), n(u.notDoneOverdue), rate(u.onTimeRate), u.rank === null ? t("—") : n(u.rank)]),
  ]);
  row++;

  put([[t(tr("submissions"), "subtitle")]]);
  put([
    (["report", "dueOn", "required", "onTime", "late", "missing", "pending"] as const).map((h) => t(tr(h), "header")),
    ...f.requirements.map((r) => [t(r.title, "wrap"), d(r.due), t(r.requiredForEligibility ? tr("yes") : tr("no")), n(r.onTime), n(r.late), n(r.missing), n(r.pending)]),
  ]);
  const owing = f.requirements.flatMap((r) => [
    ...r.lateReceipts.map((x) => [t(x.unit, "wrap"), t(r.id), d(r.due), t(tr("late"), "warning"), d(x.receivedOn)]),
    ...r.missingUnits.map((u) => [t(u, "wrap"), t(r.id), d(r.due), t(tr("missing"), "error"), t("")]),
  ]);
  if (owing.length) {
    row++;
    put([[t(tr("lateMissing"), "label")]]);
    put([(["unit", "reportId", "dueOn", "state", "received"] as const).map((h) => t(tr(h), "header")), ...owing]);
  }
  row++;
  paragraph(tr("ineligible"), f.ineligibleUnits.length ? f.ineligibleUnits.join("; ") : tr("none"));
  row++;

  put([[t(tr("overdueList"), "subtitle")]]);
  put([
    (["content", "id", "quarter", "deadline", "days", "lead"] as const).map((h) => t(tr(h), "header")),
    ...f.overdue.map((o) => [t(o.content, "wrap"), t(o.id), o.quarter === null ? t("") : n(o.quarter), d(o.deadline), n(o.days, "error"), t(o.leadUnits.join("; "), "wrap")]),
  ]);

  // Each quarter's bar is its total split the official way (the classes partition the tasks).
  const firstData = periodTop + 1;
  const series = (["doneOnTime", "doneLate", "within", "overdue", "notYetDue", "noDeadline", "paused"] as const).map((k, i) => ({ name: tr(k), row: firstData, column: 4 + i }));
  const chart: ChartSpec = {
    title: tr("chart"),
    categories: { row: firstData, column: 1, count: 4 },
    series,
    anchor: { row: chartTop, column: 1, columns: 8, rows: CHART_ROWS },
  };

  const content: OwnedSheetContent = {
    preferredName: lang === "vi" ? "Tổng hợp" : "Summary",
    markerTable: TABLES.summary,
    blocks,
    tables,
    columnWidths: COLUMN_WIDTHS,
    charts: [chart],
    activate: true,
    merges,
    print: { orientation: "landscape", onePageWide: true, footer: planFooter(f.planNumber, lang) },
  };
  return { ...content, rowHeights: sheetRowHeights(content) };
}

export function formatStamp(date: CalendarDate, hours: number, minutes: number): string {
  return `${formatDateVi(date)} ${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
