import type { Lang } from "../core/i18n/lang";

/**
 * Words of the views that speak the official vocabulary (summary figures, report, reminders), in
 * both languages. The figures' own names come from the core (src/core/summary).
 */
const vi = {
  colTotal: "Tổng số",
  colDue: "Đến hạn",
  colOnTime: "HT đúng hạn",
  colLate: "HT quá hạn",
  colNotDoneOverdue: "Chưa HT, quá hạn",
  colOnTimeRate: "Tỷ lệ đúng hạn",
  figuresCaption: (d: string) => `Nhiệm vụ theo kỳ, tính đến ${d}`,
  unitsCaption: "Đơn vị chủ trì, xếp hạng theo tỷ lệ hoàn thành đúng hạn",
  colRank: "Hạng",
  colUnit: "Đơn vị",
  paragraphHeading: "Đoạn tổng hợp để dán vào báo cáo",
  copy: "Sao chép",
  copyNamed: (what: string) => `Sao chép: ${what}`,
  copied: "Đã sao chép.",
  copyFailed: "Không sao chép được; hãy chọn đoạn văn và nhấn Ctrl+C.",
  reportButton: "Lưu báo cáo (.docx)",
  reportSaved: (file: string) => `Đã tạo báo cáo “${file}”.`,
  // Reminders
  tabRemind: "Đôn đốc",
  remindHint: "Đơn vị còn nhiệm vụ quá hạn, sắp đến hạn hoặc chưa nộp báo cáo, kèm văn bản đôn đốc soạn sẵn.",
  withinLabel: "Sắp đến hạn trong (ngày)",
  withinInvalid: "Hãy nhập số ngày từ 0 đến 366.",
  remindButton: "Lập danh sách đôn đốc",
  remindDone: (sheet: string, units: number) => `Đã ghi trang “${sheet}”: ${units} đơn vị cần đôn đốc.`,
  remindNone: "Không có đơn vị nào cần đôn đốc vào ngày này.",
  remindResult: (d: string) => `Đơn vị cần đôn đốc, tính đến ${d}`,
  // Dates
  dateFormatHint: "dd/mm/yyyy",
  dateInvalid: (text: string) => `“${text}” không phải một ngày dạng dd/mm/yyyy (ví dụ 15/07/2021).`,
  dateEmpty: "Hãy nhập ngày dạng dd/mm/yyyy (ví dụ 15/07/2021).",
};

export type OfficeStrings = typeof vi;

const en: OfficeStrings = {
  colTotal: "Total",
  colDue: "Due",
  colOnTime: "On time",
  colLate: "Late",
  colNotDoneOverdue: "Not done, overdue",
  colOnTimeRate: "On-time rate",
  figuresCaption: (d) => `Tasks per period, as of ${d}`,
  unitsCaption: "Lead units, ranked by on-time rate",
  colRank: "Rank",
  colUnit: "Unit",
  paragraphHeading: "Paragraph to paste into the report",
  copy: "Copy",
  copyNamed: (what) => `Copy: ${what}`,
  copied: "Copied.",
  copyFailed: "Could not copy; select the text and press Ctrl+C.",
  reportButton: "Save the report (.docx)",
  reportSaved: (file) => `Report “${file}” created.`,
  tabRemind: "Reminders",
  remindHint: "Units with tasks overdue or due soon, or reports not sent, each with a ready-to-send reminder.",
  withinLabel: "Due within (days)",
  withinInvalid: "Enter a number of days from 0 to 366.",
  remindButton: "List the reminders",
  remindDone: (sheet, units) => `Wrote sheet “${sheet}”: ${units} units to remind.`,
  remindNone: "No unit owes anything on that day.",
  remindResult: (d) => `Units to remind, as of ${d}`,
  dateFormatHint: "dd/mm/yyyy",
  dateInvalid: (text) => `“${text}” is not a date as dd/mm/yyyy (for example 15/07/2021).`,
  dateEmpty: "Enter a date as dd/mm/yyyy (for example 15/07/2021).",
};

export function officeStringsFor(lang: Lang): OfficeStrings {
  return lang === "vi" ? vi : en;
}

/** The as-of field's error, naming what was typed (undefined when the date is good). */
export function dateError(text: string, valid: boolean, o: OfficeStrings): string | undefined {
  if (valid) return undefined;
  return text.trim() ? o.dateInvalid(text.trim()) : o.dateEmpty;
}
