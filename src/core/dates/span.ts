/**
 * Plans that run over more than one calendar year — a school year ("năm học 2025-2026") or a
 * period ("giai đoạn 2026-2030") — and which year a date written without one belongs to.
 */
import { CalendarDate, compareDates, endOfMonth, isValidDate } from "./calendarDate";
import { foldForDates } from "./fold";

export type SpanKind = "school-year" | "period";

/**
 * When a school's terms end, as its plan states them ("Học kỳ I: từ ngày 08/9/2025 đến ngày
 * 17/01/2026"; see schoolTermsOf). Either may be missing: then the Ministry's usual calendar.
 */
export interface SchoolTerms {
  readonly firstEnds?: CalendarDate;
  readonly secondEnds?: CalendarDate;
}

/**
 * The years a plan covers. `kind` may be left out: then two consecutive years are a school year and
 * anything longer a period (planSpanOf always says which). A school year may carry its terms.
 */
export interface PlanSpan {
  readonly from: number;
  readonly to: number;
  readonly kind?: SpanKind;
  readonly terms?: SchoolTerms;
}

/** A span with its kind known and its years usable. */
export interface KnownSpan {
  readonly from: number;
  readonly to: number;
  readonly kind: SpanKind;
  readonly terms?: SchoolTerms;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;
// Longer than any plan, strategy or term of office ("tầm nhìn đến 2045" is a vision, not a span).
const LONGEST_SPAN = 30;

/**
 * A school year starts in August (the Ministry's calendar opens the year in early September, and
 * preparation starts the month before) and its months 1–7 are in the next calendar year.
 */
export const SCHOOL_YEAR_FIRST_MONTH = 8;
/**
 * Học kỳ I ends in mid-January by the Ministry's yearly calendar (before about 18/01); when the plan
 * does not say when, its end is taken as the end of January, the month it ends in, as every period
 * phrase ends at its month's end — the term's reports come in the days after the term. A plan that
 * states its terms (SchoolTerms) is taken at its word.
 */
export const FIRST_TERM_LAST_MONTH = 1;
/** Học kỳ II and the school year end by 31/05 in the Ministry's calendar (summer is June–August). */
export const SCHOOL_YEAR_LAST_MONTH = 5;

const validYear = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** The span with its kind, or null when it is not a usable span of two or more years (never throws). */
export function knownSpan(span: PlanSpan | null | undefined): KnownSpan | null {
  if (span === null || typeof span !== "object") return null;
  const { from, to, kind } = span;
  if (!validYear(from) || !validYear(to) || to <= from || to - from > LONGEST_SPAN) return null;
  const known = kind === "school-year" || kind === "period" ? kind : to === from + 1 ? "school-year" : "period";
  if (known === "school-year" && to !== from + 1) return null;
  const terms = known === "school-year" ? usableTerms(span.terms) : undefined;
  return terms ? { from, to, kind: known, terms } : { from, to, kind: known };
}

function usableTerms(terms: SchoolTerms | undefined): SchoolTerms | undefined {
  if (terms === null || typeof terms !== "object") return undefined;
  const real = (d: CalendarDate | undefined): d is CalendarDate =>
    d !== null && typeof d === "object" && isValidDate(d.year, d.month, d.day);
  const firstEnds = real(terms.firstEnds) ? terms.firstEnds : undefined;
  const secondEnds = real(terms.secondEnds) ? terms.secondEnds : undefined;
  if (!firstEnds && !secondEnds) return undefined;
  return { ...(firstEnds ? { firstEnds } : {}), ...(secondEnds ? { secondEnds } : {}) };
}

/**
 * The year of a month written without one: the plan's year; in a school year, months 8–12 are the
 * first year and 1–7 the second; in a period, the period's first year.
 */
export function yearOfMonth(month: number, planYear: number, span: KnownSpan | null): number {
  if (!span) return planYear;
  if (span.kind === "period") return span.from;
  return month >= SCHOOL_YEAR_FIRST_MONTH ? span.from : span.to;
}

/**
 * Whether a deadline is inside the plan's time: its year, or for a span plan the span — a school
 * year from 01/08 of its first year to 31/07 of its second (exactly where a month written without a
 * year lands), a period from 01/01 of its first year to 31/12 of its last.
 */
export function isWithinSpan(date: CalendarDate, year: number, span?: PlanSpan | null): boolean {
  const known = knownSpan(span);
  if (!known) return date.year === year;
  if (known.kind === "period") return date.year >= known.from && date.year <= known.to;
  const first: CalendarDate = { year: known.from, month: SCHOOL_YEAR_FIRST_MONTH, day: 1 };
  const last = endOfMonth(known.to, SCHOOL_YEAR_FIRST_MONTH - 1);
  return compareDates(date, first) >= 0 && compareDates(date, last) <= 0;
}

/**
 * Two years written as a range, by what precedes them: "năm học" is a school year (the years must
 * follow each other), "giai đoạn" / "nhiệm kỳ" / "thời kỳ" a period, "năm" before two consecutive
 * years a school year ("năm 2025-2026": a calendar period would say "giai đoạn"), anything else a
 * period. Null when the years are not a span.
 */
export function yearRange(prefix: string | undefined, from: number, to: number): KnownSpan | null {
  const p = (prefix ?? "").trim();
  const schoolYear = p === "nam hoc" || (p === "nam" && to === from + 1);
  return knownSpan({ from, to, kind: schoolYear ? "school-year" : "period" });
}

const twoDigitYear = (from: number, digits: string): number =>
  digits.length === 2 ? Math.floor(from / 100) * 100 + Number(digits) : Number(digits);

// A span in a title: "năm học 2025-2026", "năm học 2025 - 26", "giai đoạn 2026 - 2030", "nhiệm kỳ
// 2023-2028", "từ năm 2026 đến năm 2030", a bare "2021-2025". Two-digit second years only after
// "năm học", where "2025-26" is common.
const SPAN_PATTERNS: readonly RegExp[] = [
  /(?:^|[^a-z0-9])(nam hoc) ?:? ?(\d{4}) ?(?:-|\/|den) ?(\d{4}|\d{2})(?![\d/])/,
  /(?:^|[^a-z0-9])(giai doan|nhiem ky|thoi ky)(?: tu)?(?: nam)? ?(\d{4}) ?(?:-|den)(?: het)?(?: nam)? ?(\d{4})(?![\d/])/,
  /(?:^|[^a-z0-9])tu (nam) ?(\d{4}) ?(?:-|den)(?: het)?(?: nam)? ?(\d{4})(?![\d/])/,
  /(?:^|[^a-z0-9/.-])(nam )?(\d{4}) ?- ?(\d{4})(?![\d/])/,
];
// A single year named as the plan's ("Kế hoạch … năm 2026"), not a day's year ("ngày 10 tháng 01
// năm 2026") nor the start of a range.
const SINGLE_YEAR = /(^|[^a-z0-9])nam (\d{4})(?! ?(?:-|den) ?\d)(?!\d)/g;
const DAY_BEFORE = /thang \d{1,2},? $/;
// A line that cites another document, whose years are not this plan's: "Căn cứ …", a bullet of a
// list of such, or the sentence that introduces the plan ("Thực hiện Chương trình … giai đoạn
// 2021-2030, UBND xã ban hành Kế hoạch … như sau:").
const CITING = /^(?:[-+*•]|\.* ?(?:can cu|tren co so)(?![a-z]))|nhu sau ?:?$/;
// The first section of the body ("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"): the opening is over.
const BODY_STARTS = /^(?:[ivx]+|\d{1,2})[.)] |^muc dich/;

/**
 * The span a plan covers, from its title or opening lines (its letterhead, "KẾ HOẠCH", the title):
 * the first span named, or null when the plan names a single year first ("… năm 2026 thực hiện
 * Chiến lược giai đoạn 2021-2030") or no span at all. Lines citing other documents ("Căn cứ …")
 * are skipped, and reading stops where the body starts ("I. MỤC ĐÍCH"). Never throws.
 */
export function planSpanOf(text: string): KnownSpan | null {
  if (typeof text !== "string") return null;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = foldForDates(raw);
    if (CITING.test(line)) continue;
    if (BODY_STARTS.test(line)) return null;
    let best: { index: number; span: KnownSpan | null } | null = null;
    for (const pattern of SPAN_PATTERNS) {
      const m = pattern.exec(line);
      if (!m || (best && best.index <= m.index)) continue;
      const from = Number(m[2]);
      best = { index: m.index, span: yearRange(m[1], from, twoDigitYear(from, m[3])) };
    }
    const single = singleYearAt(line);
    if (single >= 0 && (!best || single < best.index)) return null;
    if (best?.span) return best.span;
  }
  return null;
}

function singleYearAt(line: string): number {
  SINGLE_YEAR.lastIndex = 0;
  for (let m = SINGLE_YEAR.exec(line); m !== null; m = SINGLE_YEAR.exec(line)) {
    const at = m.index + m[1].length;
    if (!DAY_BEFORE.test(line.slice(Math.max(0, at - 12), at))) return at;
  }
  return -1;
}
