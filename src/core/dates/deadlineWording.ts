/**
 * Deadline wording that is a rule, not a date: one line per phrase, reviewable as a list. A new
 * phrase is a new line here (with its example, which the tests read back), not a new branch.
 *
 * - ongoing: continuous work with nothing to check on a day ("Thường xuyên").
 * - recurring: a rule that repeats, each time a day a clerk can follow up ("Hằng quý", "Ngày 20
 *   hằng tháng", "Tháng 3, 6, 9, 12").
 * - untracked: the wording names no day a clerk can check — it waits on someone else's guidance, an
 *   event, or a date that moves ("Theo hướng dẫn của Trung ương", "Khi có yêu cầu", "Sau 03 tháng kể
 *   từ ngày …", "Trước Tết Nguyên đán").
 * None of them is an error. A day written as the deadline outranks all three (see parseDeadline).
 *
 * Patterns are written against foldForDates text: lower case, no diacritics, đ as d, one dash,
 * no spaces around "/". Each is matched as whole words. No lookbehind and no named groups: the
 * ribbon commands run in Internet Explorer 11, which cannot parse them.
 */

export type WordingKind = "ongoing" | "recurring" | "untracked";

export interface Wording {
  readonly kind: WordingKind;
  readonly pattern: string;
  /** A deadline cell that says it, as a plan writes it: read back by the tests. */
  readonly example: string;
}

// Numbers as plans write a count: digits or a word.
const COUNT = String.raw`(?:\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)`;
const UNIT = String.raw`(?:ngay|tuan|thang|quy|nam)`;
const QUARTER = String.raw`(?:iv|iii|ii|i|[1-4])`;

export const DEADLINE_WORDING: readonly Wording[] = [
  // --- ongoing: no day to check ---
  { kind: "ongoing", pattern: "thuong xuyen", example: "Thường xuyên" }, // regularly, all the time
  { kind: "ongoing", pattern: "lien tuc", example: "Liên tục" }, // continuously
  { kind: "ongoing", pattern: "(?:hang|moi) ngay", example: "Hằng ngày" }, // daily: continuous work, not a checkpoint to chase
  { kind: "ongoing", pattern: "(?:ca|trong suot) qua trinh", example: "Trong suốt quá trình thực hiện" }, // for as long as the work runs

  // --- recurring: a rule that repeats ---
  { kind: "recurring", pattern: "dinh ky", example: "Định kỳ" }, // periodically; alone it still promises checkpoints, so not "ongoing"
  { kind: "recurring", pattern: "(?:hang|moi) (?:tuan|thang|quy|nam|ky|dot)", example: "Hằng quý" }, // weekly … yearly; "hàng" and "hằng" fold alike
  { kind: "recurring", pattern: `(?:cac|tung) (?:thang|quy)(?! ?(?:\\d|${QUARTER}(?![a-z])))`, example: "Các quý trong năm" }, // each month / quarter (but "các tháng 3, 4" is a window)
  { kind: "recurring", pattern: `${COUNT} ${UNIT} ?/? ?(?:1 |mot )?lan`, example: "6 tháng/lần" }, // "6 tháng/lần", "3 tháng 1 lần"
  { kind: "recurring", pattern: `(?:1|mot|2|hai) lan ?(?:/|mot|moi|trong) ?${UNIT}`, example: "1 lần/quý" }, // "1 lần/quý", "2 lần một năm"
  { kind: "recurring", pattern: "(?:thang|quy) (?:lien ke|ke tiep|tiep theo|lien sau)", example: "Trước ngày 05 của tháng liền kề" }, // due in the following month or quarter, every time
  { kind: "recurring", pattern: "(?:cua|dau) (?:thang|quy) sau", example: "Trước ngày 10 của tháng sau" }, // next month; folded, "tháng Sáu" (June) reads the same, but plans write June as a number
  { kind: "recurring", pattern: "(?:cac|nhung) nam (?:tiep theo|ke tiep|sau)", example: "Năm 2026 và các năm tiếp theo" }, // this year and every year after
  { kind: "recurring", pattern: String.raw`thang ?\d{1,2}(?: ?(?:,|;|va) ?\d{1,2}(?!\d)){2,}`, example: "Tháng 3, 6, 9, 12" }, // three or more months listed: a report each time (two are a window, see deadline.ts)
  { kind: "recurring", pattern: `quy ?${QUARTER}(?: ?(?:,|;|va) ?(?:quy ?)?${QUARTER}(?![a-z0-9])){2,}`, example: "Quý I, II, III, IV" }, // three or more quarters listed

  // --- untracked: no day a clerk can check ---
  { kind: "untracked", pattern: "theo (?:huong dan|chi dao|yeu cau|de nghi|thong bao|quy dinh|lo trinh|tien do|phan cong|lich|thoi gian)", example: "Theo hướng dẫn của Trung ương" }, // when someone else says
  { kind: "untracked", pattern: "theo (?:ke hoach|chuong trinh|van ban|cong van|quyet dinh|nghi quyet|de an)", example: "Theo kế hoạch riêng" }, // another document's timetable
  { kind: "untracked", pattern: "khi (?:co|duoc|du|phat sinh|can)", example: "Khi có yêu cầu" }, // when something happens
  { kind: "untracked", pattern: "(?:dot xuat|phat sinh)", example: "Đột xuất" }, // as things come up
  { kind: "untracked", pattern: "tuy (?:theo|thuoc|tinh hinh)", example: "Tùy theo tình hình thực tế" }, // depending on circumstances
  { kind: "untracked", pattern: "(?:chua xac dinh|se thong bao|bo sung sau|thong bao sau)", example: "Sẽ thông báo sau" }, // to be announced
  // A time counted from an event: the count and its unit are part of the phrase, so "3 tháng" in
  // "Trong 3 tháng kể từ ngày …" is not read as March.
  { kind: "untracked", pattern: `(?:(?:sau|trong(?: vong| thoi han| thoi gian)?|chua qua|khong qua|cham nhat) )?${COUNT} ${UNIT}(?: lam viec)? (?:ke tu|tinh tu|sau khi|sau ngay)`, example: "Sau 03 tháng kể từ ngày ban hành" },
  { kind: "untracked", pattern: "(?:ke tu|tinh tu|sau khi|ngay sau khi)", example: "Kể từ ngày Quyết định có hiệu lực" }, // counted from an event
  // Lunar festivals move every year; Tết Dương lịch (01/01) and Tết Thiếu nhi (01/6) do not.
  { kind: "untracked", pattern: "tet(?! duong lich| thieu nhi)", example: "Trước Tết Nguyên đán" },
  { kind: "untracked", pattern: "ram thang (?:gieng|bay|tam)", example: "Dịp Rằm tháng Giêng" }, // lunar full-moon festivals
];

/** The table as three patterns, one per kind, each matching a whole-word phrase; group 1 is what precedes it. */
export function wordingPatterns(): Record<WordingKind, RegExp> {
  const join = (kind: WordingKind): RegExp =>
    new RegExp(
      String.raw`(^|[^a-z0-9])(?:` +
        DEADLINE_WORDING.filter((w) => w.kind === kind).map((w) => w.pattern).join("|") +
        String.raw`)(?![a-z0-9])`,
      "g",
    );
  return { ongoing: join("ongoing"), recurring: join("recurring"), untracked: join("untracked") };
}
