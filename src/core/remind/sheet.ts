import { formatDateVi, toExcelSerial, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import { planFooter } from "../print/pageSetup";
import { sheetRowHeights } from "../print/rowHeight";
import { fitCellText } from "../workbook/limits";
import type { Block, CellStyle, CellWrite, OwnedSheetContent, OwnedTable } from "../workbook/types";
import { reminderText, type Reminders } from "./reminders";

/** The table that proves the Đôn đốc sheet is the add-in's (found by it, never by the sheet's name). */
export const REMINDERS_TABLE = "PT_Reminders";
export const REMINDER_ITEMS_TABLE = "PT_ReminderItems";

const L = {
  title: { vi: "ĐÔN ĐỐC THỰC HIỆN KẾ HOẠCH", en: "REMINDERS" },
  number: { vi: "Kế hoạch số", en: "Plan number" },
  asOf: { vi: "Tính đến ngày", en: "As of" },
  within: { vi: "Sắp đến hạn trong (ngày)", en: "Due within (days)" },
  generated: { vi: "Lập lúc", en: "Generated at" },
  none: { vi: "Không có đơn vị nào cần đôn đốc vào ngày này.", en: "No unit owes anything on that day." },
  byUnit: { vi: "1. Văn bản đôn đốc theo đơn vị", en: "1. Reminder per unit" },
  items: { vi: "2. Chi tiết", en: "2. Items" },
  unit: { vi: "Đơn vị", en: "Unit" },
  overdue: { vi: "Nhiệm vụ quá hạn", en: "Overdue tasks" },
  dueSoon: { vi: "Nhiệm vụ sắp đến hạn", en: "Tasks due soon" },
  reports: { vi: "Báo cáo chưa gửi", en: "Reports not sent" },
  text: { vi: "Văn bản đôn đốc (soạn sẵn)", en: "Reminder text (ready to send)" },
  kind: { vi: "Loại", en: "Kind" },
  ref: { vi: "TT / Mã", en: "No. / Code" },
  content: { vi: "Nội dung", en: "Content" },
  due: { vi: "Hạn", en: "Due" },
  days: { vi: "Số ngày", en: "Days" },
  daysNote: { vi: "quá hạn (+) / còn lại", en: "late (+) / left" },
  kindOverdue: { vi: "Quá hạn", en: "Overdue" },
  kindSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  kindReport: { vi: "Chưa gửi báo cáo", en: "Report not sent" },
} as const;

const t = (s: string, style?: CellStyle): CellWrite => (style ? { value: fitCellText(s), style } : { value: fitCellText(s) });
const n = (v: number, style: CellStyle = "integer"): CellWrite => ({ value: v, style });
const d = (v: CalendarDate): CellWrite => ({ value: toExcelSerial(v), style: "date" });

// The texts and the items' contents share column E.
const COLUMN_WIDTHS = [30, 16, 14, 14, 90, 14];

/** The Đôn đốc sheet: one row per unit that owes something with its text, then every item. */
export function buildRemindersSheet(r: Reminders, lang: Lang, generatedAt: string): OwnedSheetContent {
  const tr = (k: keyof typeof L): string => L[k][lang];
  const blocks: Block[] = [];
  const tables: OwnedTable[] = [];
  let row = 1;
  const put = (rows: CellWrite[][]): void => {
    if (rows.length) blocks.push({ row, column: 1, cells: rows });
    row += rows.length;
  };
  put([[t(tr("title"), "title")]]);
  put([
    [t(tr("number"), "label"), t(r.planNumber)],
    [t(tr("asOf"), "label"), { value: formatDateVi(r.asOf) }],
    [t(tr("within"), "label"), n(r.within)],
    [t(tr("generated"), "label"), t(generatedAt, "muted")],
  ]);
  row++;
  put([[t(tr("byUnit"), "subtitle")]]);
  tables.push({ name: REMINDERS_TABLE, row, column: 1, rowCount: Math.max(1, r.units.length), columnCount: 5 });
  put([
    [t(tr("unit"), "header"), t(tr("overdue"), "header"), t(tr("dueSoon"), "header"), t(tr("reports"), "header"), t(tr("text"), "header")],
    ...(r.units.length
      ? r.units.map((u) => [t(u.unit, "wrap"), n(u.overdue.length), n(u.dueSoon.length), n(u.reports.length), t(reminderText(r, u, lang), "wrap")])
      : [[t(tr("none")), t(""), t(""), t(""), t("")]]),
  ]);
  if (r.units.length) {
    row++;
    put([[t(tr("items"), "subtitle")]]);
    const items: CellWrite[][] = [];
    for (const u of r.units) {
      for (const x of u.overdue) items.push([t(u.unit, "wrap"), t(tr("kindOverdue"), "error"), t(x.id), d(x.deadline), t(x.content, "wrap"), n(x.days)]);
      for (const x of u.dueSoon) items.push([t(u.unit, "wrap"), t(tr("kindSoon"), "warning"), t(x.id), d(x.deadline), t(x.content, "wrap"), n(-x.days)]);
      for (const x of u.reports) items.push([t(u.unit, "wrap"), t(tr("kindReport"), "error"), t(x.requirementId), d(x.due), t(x.title, "wrap"), n(x.daysLate)]);
    }
    tables.push({ name: REMINDER_ITEMS_TABLE, row, column: 1, rowCount: items.length, columnCount: 6 });
    put([[t(tr("unit"), "header"), t(tr("kind"), "header"), t(tr("ref"), "header"), t(tr("due"), "header"), t(tr("content"), "header"), t(`${tr("days")}: ${tr("daysNote")}`, "header")], ...items]);
  }
  const content: OwnedSheetContent = {
    preferredName: lang === "vi" ? "Đôn đốc" : "Reminders",
    markerTable: REMINDERS_TABLE,
    blocks,
    tables,
    columnWidths: COLUMN_WIDTHS,
    charts: [],
    print: { orientation: "landscape", onePageWide: true, footer: planFooter(r.planNumber, lang) },
  };
  return { ...content, rowHeights: sheetRowHeights(content) };
}
