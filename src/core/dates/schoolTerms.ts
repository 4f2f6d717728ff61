/** When a school's terms end, read from its plan's own words. */
import { CalendarDate } from "./calendarDate";
import { parseDeadline } from "./deadline";
import { foldForDates } from "./fold";
import { SchoolTerms } from "./span";

// A line that defines a term, as school plans copy the Ministry's calendar: "- Học kỳ I: từ ngày
// 08/9/2025 đến ngày 17/01/2026", "Kết thúc học kỳ I trước ngày 17/01/2026", "Hoàn thành chương
// trình học kỳ II trước ngày 25/5/2026". It must start the line: a task that mentions a term ("Kiểm
// tra cuối học kỳ I …") is not its definition.
const TERM_LINE = /^[-+*•. ]*(?:[a-z0-9]\) )?(?:(?:ket thuc|hoan thanh)(?: chuong trinh)? )?(?:hoc k[yi]|hk) ?(ii|i|1|2)(?![a-z0-9]) ?:?/;

/**
 * The ends of the terms a plan states, first statement of each; a term stated without a full day
 * (year included) is left to the usual calendar. Never throws.
 */
export function schoolTermsOf(text: string): SchoolTerms {
  if (typeof text !== "string") return {};
  let firstEnds: CalendarDate | undefined;
  let secondEnds: CalendarDate | undefined;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = foldForDates(raw);
    const m = TERM_LINE.exec(line);
    if (!m) continue;
    // No plan year: a day without its year says nothing sure.
    const parsed = parseDeadline(line.slice(m[0].length), Number.NaN);
    if (parsed.kind !== "date") continue;
    if (m[1] === "i" || m[1] === "1") firstEnds ??= parsed.date;
    else secondEnds ??= parsed.date;
  }
  return { ...(firstEnds ? { firstEnds } : {}), ...(secondEnds ? { secondEnds } : {}) };
}
