/**
 * Deadline phrases from Vietnamese plans ("Trước 15/5/2021", "Quý II", "6 tháng đầu năm", "Học kỳ
 * I", "Thường xuyên", "Hằng quý", "Theo hướng dẫn của Trung ương") read into a day or a kind of
 * rule, and quarter section headings read into a Quarter.
 */
import { CalendarDate, Quarter, compareDates, daysInMonth, makeDate } from "./calendarDate";
import { normalizeText } from "../text/normalize";
import { foldForDates } from "./fold";
import { wordingPatterns } from "./deadlineWording";
import {
  FIRST_TERM_LAST_MONTH,
  KnownSpan,
  PlanSpan,
  SCHOOL_YEAR_LAST_MONTH,
  SchoolTerms,
  knownSpan,
  yearOfMonth,
  yearRange,
} from "./span";

export type DeadlineParse =
  | { kind: "date"; date: CalendarDate } // a day (end of month / quarter / half / year / term where the phrase names a period)
  | { kind: "ongoing" } // "Thường xuyên", "Liên tục", "Hằng ngày": continuous work, no deadline, not an error
  | { kind: "recurring" } // "Định kỳ hằng tháng", "Hằng quý", "Ngày 20 hằng tháng", "Tháng 3, 6, 9, 12": repeats, not an error
  | { kind: "untracked" } // "Theo hướng dẫn của Trung ương", "Khi có yêu cầu", "Sau 03 tháng kể từ …": no day to check, not an error
  | { kind: "none" } // blank / only punctuation
  | { kind: "invalid"; reason: "impossible-date" | "unrecognised" };

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * A date-like phrase found in the text. `day` undefined means the last day of the month, which is
 * how a period (month, quarter, half year, year) becomes a deadline.
 */
interface Found {
  readonly start: number;
  readonly end: number;
  readonly year: number | undefined; // as written; undefined when the phrase names no year
  readonly month: number;
  readonly day: number | undefined;
  /** Names a particular day, not a period: such a phrase outranks a period and "Thường xuyên". */
  readonly dayLevel: boolean;
  /**
   * Names "the year" without writing it ("Cả năm", "6 tháng đầu năm"): in a period plan
   * (2026-2030) that is every year of it, a recurring rule, not the period's first year.
   */
  readonly ofYear?: boolean;
}

type Parts = Omit<Found, "start" | "end">;

interface Rule {
  readonly pattern: RegExp; // global; no lookbehind, see nextMatch
  /** What a match must not start straight after (see nextMatch). */
  readonly notAfter: RegExp;
  /** Parts of the date, or null when the match turns out not to be a date after all. */
  readonly read: (m: RegExpExecArray, text: string, span: KnownSpan | null) => Parts | null;
}

const ROMAN: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const SPELLED_MONTHS: Record<string, number> = { ba: 3, sau: 6, chin: 9 };
// Weeks of a month by number or word; 5 stands for the last week (the month's end).
const WEEKS: Record<string, number> = { "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, dau: 1, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, cuoi: 5 };

function fullYear(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const n = Number(digits);
  // Plans are recent; a two-digit year is always this century.
  return digits.length === 2 ? 2000 + n : n;
}

const period = (year: number | undefined, month: number): Parts => ({ year, month, day: undefined, dayLevel: false });
/** A part of "the year" as a phrase names it; `ofYear` when the year is not written. */
const partOfYear = (year: number | undefined, month: number): Parts => ({ ...period(year, month), ofYear: year === undefined });
/**
 * The whole year: 31/12, but in a school-year plan an unwritten "năm" is the school year ("Cả năm",
 * "Tổng kết cuối năm" in a school's plan mean the school year, which ends with its second term).
 */
function wholeYear(year: number | undefined, span: KnownSpan | null): Parts {
  if (year !== undefined || span?.kind !== "school-year") return partOfYear(year, 12);
  return termEnd(span, span, "secondEnds") ?? partOfYear(undefined, SCHOOL_YEAR_LAST_MONTH);
}
// Early, middle and late in a month, and their formal names thượng, trung and hạ tuần (a "tuần"
// here is ten days): the 10th, the 20th and the month's end. Not the month's end for all three:
// "Đầu tháng 3" done on 25/03 is late, and a clerk chases it after the 10th.
const THIRDS: Record<string, number | undefined> = { dau: 10, "thuong tuan": 10, giua: 20, "trung tuan": 20, cuoi: undefined, "ha tuan": undefined };
const TWO_DIGIT_YEAR_AFTER = (from: number, digits: string): number =>
  digits.length === 2 ? Math.floor(from / 100) * 100 + Number(digits) : Number(digits);
/** A term's end as the plan states it, when the phrase's school year is the plan's own. */
function termEnd(span: KnownSpan | null, plan: KnownSpan | null, which: keyof SchoolTerms): Parts | null {
  const day = plan?.terms?.[which];
  if (!day || !span || span.from !== plan.from || span.to !== plan.to) return null;
  return { year: day.year, month: day.month, day: day.day, dayLevel: false };
}

// Year suffix of a period, in two groups: "/2023", "-2023", " năm 2023", or "/23". Two digits only
// right after "/": "tháng 3 - 15" is not March 2015.
const YEAR_SUFFIX = String.raw`(?: ?(?:[/.-]|,? ?nam) ?(\d{4})(?!\d)|\/(\d{2})(?![\d/]))?`;
const suffixYear = (m: RegExpExecArray, group: number): number | undefined => fullYear(m[group] ?? m[group + 1]);
// Year straight after a phrase that ends in "năm": "6 tháng đầu năm 2022".
const YEAR_AFTER_NAM = String.raw`(?: ?(\d{4})(?!\d))?`;
const QUARTER_NUMBER = String.raw`(iv|iii|ii|i|[1-4])(?![a-z0-9])`;

// Office 2016/2019 on Windows run the ribbon commands in Internet Explorer 11, which cannot parse a
// lookbehind or a named group, and no transpiler can rewrite one: a single one in a pattern here,
// literal or built with new RegExp, and the whole commands bundle fails to load (the tests check the
// source for them). So a rule's pattern says only what a match is, and what the match must not start
// right after is a second pattern, ending in "$", that nextMatch tests on the LOOKBACK characters
// before the match.
const LOOKBACK = "viet ".length; // the longest thing a match must not follow
const AFTER_LETTER_OR_DIGIT = /[a-z0-9]$/; // so a match starts a word: "thang" but not "nhathang"
const AFTER_DIGIT = /\d$/; // so a number is read whole: not "23/4" out of "123/4"
const AFTER_DATE_PART = /[\d/.-]$/; // so "5/2021" out of "15/5/2021" is not also a month
const AFTER_LETTER_OR_DIGIT_OR_VIET = /(?:[a-z0-9]|viet )$/; // "Việt Nam 2021" is the country, not a year
const AFTER_DATE_PART_OR_LETTER = /(?:[a-z0-9/.-]|viet )$/; // a year range starts a word and is not a date's tail

/**
 * The next match of a global pattern, from its lastIndex on, that does not start right after
 * `notAfter`; null when there is none. A match that does is tried again one character further on,
 * just as the regex engine does when a leading lookbehind fails, so the matches are exactly those
 * the pattern with the lookbehind in front would give (and the rules' patterns are bounded, so the
 * retries cost no more than that engine's own scan).
 */
function nextMatch(pattern: RegExp, text: string, notAfter: RegExp): RegExpExecArray | null {
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (!notAfter.test(text.slice(Math.max(0, m.index - LOOKBACK), m.index))) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

const RULES: readonly Rule[] = [
  {
    // 15/5/2021, 05-12-2022, 15.5.21, 15/5. The same separator throughout, so the "-" of a range
    // ("01-3 - 15-3-2021") is never read as a year separator.
    pattern: /(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)/g,
    notAfter: AFTER_DIGIT,
    read: (m, text) => {
      const [, day, sep, month, year] = m;
      const end = m.index + m[0].length;
      // "15/5/202": a truncated year, not a date without one.
      if (year === undefined && text[end] === sep && /\d/.test(text[end + 1] ?? "")) return null;
      // Without a year, "1-2" and "2.5" are more often counts and decimals than dates.
      if (year === undefined && sep !== "/" && !/ngay ?$/.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
      return { year: fullYear(year), month: Number(month), day: Number(day), dayLevel: true };
    },
  },
  {
    // ISO order, as a date cell's text sometimes arrives: 2021-05-15.
    pattern: /(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?!\d)/g,
    notAfter: AFTER_DIGIT,
    read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]), dayLevel: true }),
  },
  {
    // ngày 5 tháng 12 năm 2022, ngày 5 tháng 12
    pattern: /ngay ?(\d{1,2}) ?,? ?thang ?(\d{1,2})(?!\d)(?: ?(?:[/.-]|,? ?nam) ?(\d{4})(?!\d))?/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => ({ year: fullYear(m[3]), month: Number(m[2]), day: Number(m[1]), dayLevel: true }),
  },
  {
    // 5 tháng 12 năm 2022, 5 tháng 12 — but "3 tháng 1 lần" is "once every three months".
    pattern: /(\d{1,2}) thang (\d{1,2})(?!\d)(?! ?lan(?![a-z]))(?: ?,? nam ?(\d{4})(?!\d))?/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => ({ year: fullYear(m[3]), month: Number(m[2]), day: Number(m[1]), dayLevel: true }),
  },
  {
    // Tháng 3, tháng 3/2023, Tháng 03 năm 2023, tháng 10–12, tháng 5, 6, tháng 3 và 4, tháng 3 đến tháng 6/2023:
    // end of the (last) month named.
    pattern: new RegExp(
      String.raw`thang ?(\d{1,2})(?!\d)` +
        String.raw`(?: ?(?:-|,|va|den|toi) ?(?:thang ?)?(\d{1,2})(?!\d)(?![/.]\d{1,2}(?!\d)))?` +
        YEAR_SUFFIX,
      "g",
    ),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => period(suffixYear(m, 3), Number(m[2] ?? m[1])),
  },
  {
    // A week of a month: "Tuần 2 tháng 3" → 14/03, "tuần đầu tháng 3" → 07/03, "tuần cuối tháng 3"
    // (or a fifth week) → 31/03. The week's last day is the deadline, not the month's second day.
    pattern: new RegExp(
      String.raw`tuan (?:le )?(?:thu )?(1|2|3|4|5|dau|cuoi|mot|hai|ba|bon|tu|nam)(?:,? ?(?:cua|trong))? thang ?(\d{1,2})(?!\d)` + YEAR_SUFFIX,
      "g",
    ),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => {
      const week = WEEKS[m[1]];
      return { year: suffixYear(m, 3), month: Number(m[2]), day: week < 5 ? week * 7 : undefined, dayLevel: true };
    },
  },
  {
    // Đầu / giữa / cuối tháng 3, thượng / trung / hạ tuần tháng 3: see THIRDS.
    pattern: new RegExp(String.raw`(dau|giua|cuoi|thuong tuan|trung tuan|ha tuan) thang ?(\d{1,2})(?!\d)` + YEAR_SUFFIX, "g"),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => ({ year: suffixYear(m, 3), month: Number(m[2]), day: THIRDS[m[1]], dayLevel: false }),
  },
  {
    // Học kỳ I / II (học kì, HK I, HKII), with an optional school year ("Học kỳ I năm học
    // 2025-2026"): the end of January and of May of the school year's second year (see span.ts).
    pattern: /(?:hoc k[yi]|hk) ?(ii|i|1|2)(?![a-z0-9])(?: ?,? ?(?:nam hoc)? ?(\d{4}) ?[-/] ?(\d{4}|\d{2})(?![\d/]))?/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m, _text, plan) => {
      const first = m[1] === "i" || m[1] === "1";
      const month = first ? FIRST_TERM_LAST_MONTH : SCHOOL_YEAR_LAST_MONTH;
      const span = m[2] === undefined ? plan : yearRange("nam hoc", Number(m[2]), TWO_DIGIT_YEAR_AFTER(Number(m[2]), m[3]));
      if (m[2] !== undefined && !span) return null;
      return termEnd(span, plan, first ? "firstEnds" : "secondEnds") ?? period(m[2] === undefined ? undefined : span?.to, month);
    },
  },
  {
    // (Cả / cuối / trong / hết) năm học (2025-2026): the school year's end, 31/05; đầu năm học, its
    // first month, September.
    pattern: /(?:(dau|ca|cuoi|trong|het|suot) )?nam hoc(?: ?:? ?(\d{4}) ?[-/] ?(\d{4}|\d{2})(?![\d/]))?/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m, _text, plan) => {
      const month = m[1] === "dau" ? 9 : SCHOOL_YEAR_LAST_MONTH;
      const span = m[2] === undefined ? plan : yearRange("nam hoc", Number(m[2]), TWO_DIGIT_YEAR_AFTER(Number(m[2]), m[3]));
      if (m[2] !== undefined && !span) return null;
      // The school year ends when its second term does.
      const stated = month === 9 ? null : termEnd(span, plan, "secondEnds");
      return stated ?? period(m[2] === undefined ? undefined : month === 9 ? span?.from : span?.to, month);
    },
  },
  {
    // 2026-2030, Giai đoạn 2026 - 2030, nhiệm kỳ 2023-2028: the end of the span. "Năm 2025-2026", and
    // a bare range that is the plan's own school year, are a school year, ending 31/05 — except in a
    // plan over several years, where "Năm 2026-2027" is those two of its years.
    pattern: /(?:(giai doan|nhiem ky|thoi ky|nam) ?)?(\d{4}) ?- ?(\d{4})(?![\d/])/g,
    notAfter: AFTER_DATE_PART_OR_LETTER,
    read: (m, _text, plan) => {
      const span = yearRange(plan?.kind === "period" && m[1] === "nam" ? "giai doan" : m[1], Number(m[2]), Number(m[3]));
      if (!span) return null;
      const planSchoolYear = m[1] === undefined && plan?.kind === "school-year" && plan.from === span.from && plan.to === span.to;
      return period(span.to, span.kind === "school-year" || planSchoolYear ? SCHOOL_YEAR_LAST_MONTH : 12);
    },
  },
  {
    // T3/2023. Not a bare "T3": that is also how people write "Thứ 3" (Tuesday).
    pattern: /t(\d{1,2})[/.-](\d{4})(?!\d)/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => period(Number(m[2]), Number(m[1])),
  },
  {
    // 03/2023 standing alone: month and year.
    pattern: /(\d{1,2})[/.-](\d{4})(?!\d)/g,
    notAfter: AFTER_DATE_PART,
    read: (m) => period(Number(m[2]), Number(m[1])),
  },
  {
    // Quý II, Quý 2, quý II/2023, Quý IV năm 2022, Quý I - II, Q3/2023 (digits only after a bare
    // "Q", which is too short a word to trust with roman numerals).
    pattern: new RegExp(
      String.raw`(?:quy ?${QUARTER_NUMBER}|q([1-4])(?![a-z0-9]))` +
        String.raw`(?: ?(?:-|,|va|den|toi) ?(?:quy ?)?${QUARTER_NUMBER})?` +
        YEAR_SUFFIX,
      "g",
    ),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => period(suffixYear(m, 4), ROMAN[m[3] ?? m[1] ?? m[2]] * 3),
  },
  {
    // 6 tháng đầu năm → 30/06, 9 tháng đầu năm → 30/09; N tháng cuối năm → 31/12.
    pattern: new RegExp(
      String.raw`(1[0-2]|0?[1-9]|ba|sau|chin) thang (dau|cuoi) nam(?![a-z0-9])` + YEAR_AFTER_NAM,
      "g",
    ),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => partOfYear(fullYear(m[3]), m[2] === "cuoi" ? 12 : (SPELLED_MONTHS[m[1]] ?? Number(m[1]))),
  },
  {
    // The reporting periods on their own: "9 tháng", "Báo cáo 6 tháng năm 2021". Only 3/6/9/12, and
    // never followed by a number ("3 tháng 1 lần" is a frequency, "6 tháng 12" a day).
    pattern: /(3|6|9|12) thang(?![a-z0-9])(?! ?\/? ?\d)(?: ?,? ?nam ?(\d{4})(?!\d))?/g,
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => partOfYear(fullYear(m[2]), Number(m[1])),
  },
  {
    // Nửa đầu năm / nửa cuối năm
    pattern: new RegExp(String.raw`nua (dau|cuoi) nam(?![a-z0-9])` + YEAR_AFTER_NAM, "g"),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m) => partOfYear(fullYear(m[2]), m[1] === "dau" ? 6 : 12),
  },
  {
    // Cả năm, Cuối năm, Trong năm, Hết năm (2021)
    pattern: new RegExp(String.raw`(?:ca|cuoi|trong|het|suot) nam(?![a-z0-9])` + YEAR_AFTER_NAM, "g"),
    notAfter: AFTER_LETTER_OR_DIGIT,
    read: (m, _text, span) => wholeYear(fullYear(m[1]), span),
  },
  {
    // Năm 2021 (but not "Việt Nam 2021")
    pattern: /nam ?(\d{4})(?!\d)/g,
    notAfter: AFTER_LETTER_OR_DIGIT_OR_VIET,
    read: (m) => period(Number(m[1]), 12),
  },
];

// The rules that are not dates, one pattern per kind (see deadlineWording.ts). Each starts a word by
// taking the character before into the match, "(^|[^a-z0-9])", rather than through nextMatch (no
// lookbehind, see LOOKBACK): that way a long run of digits is not matched again from every digit.
const WORDING = wordingPatterns();

interface Wording {
  readonly ongoing: boolean;
  readonly recurring: boolean;
  /** Where the untracked phrases are, in reading order. */
  readonly untracked: readonly { readonly start: number; readonly end: number }[];
}

function readWording(text: string): Wording {
  const has = (pattern: RegExp): boolean => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const untracked: { start: number; end: number }[] = [];
  const pattern = WORDING.untracked;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    untracked.push({ start: m.index + m[1].length, end: m.index + m[0].length });
  }
  return { ongoing: has(WORDING.ongoing), recurring: has(WORDING.recurring), untracked };
}

// Words that introduce the deadline itself, the end of a range, or one more deadline ("và"), or say
// when it is expected ("dự kiến"). A date right after one of these outranks a date that is only
// mentioned ("theo Kế hoạch ngày 10/01/2021").
const CUE =
  /(?:(?:^|[^a-z0-9])(?:truoc|cham nhat|han|den|toi|xong|hoan thanh|ket thuc|het|trong|va|du kien|deadline)(?: (?:vao|ngay|la|cuoi|het))*|-) ?:? ?$/;
const isCued = (text: string, f: Found): boolean => CUE.test(text.slice(Math.max(0, f.start - 40), f.start));

// What joins the two ends of a range: "15/12/2021 - 15/1", "từ … đến (hết) (ngày) …".
const RANGE_JOIN = /^ ?(?:-|(?:den|toi)(?: het)?(?: ngay)?) ?$/;

/** All the date phrases in folded text, longest first where they overlap, in reading order. */
function findDates(text: string, span: KnownSpan | null): Found[] {
  const all: Found[] = [];
  for (const rule of RULES) {
    const { pattern, notAfter } = rule;
    pattern.lastIndex = 0;
    for (let m = nextMatch(pattern, text, notAfter); m !== null; m = nextMatch(pattern, text, notAfter)) {
      const parts = rule.read(m, text, span);
      if (parts) all.push({ ...parts, start: m.index, end: m.index + m[0].length });
    }
  }
  // The longest reading wins: "ngày 5 tháng 12 năm 2022" is one date, not also "tháng 12" and "năm 2022".
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Found[] = [];
  for (const f of all) {
    if (taken.subarray(f.start, f.end).some((t) => t === 1)) continue;
    taken.fill(1, f.start, f.end);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const validYear = (y: number): boolean => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/**
 * The deadline a phrase names, or the kind of rule it states instead (ongoing, recurring,
 * untracked). A missing year is taken from a neighbouring date in the same phrase ("01/3 -
 * 15/3/2021"), else from the plan: its year, or for a plan over several years its span (see
 * span.ts: in a school year months 8–12 are the first year and 1–7 the second; in a period, the
 * first year). Never throws.
 *
 * A day written as the deadline outranks every rule ("Thường xuyên; chậm nhất 15/12/2021"); a
 * rule outranks a period ("Thường xuyên, báo cáo 6 tháng"); recurring outranks ongoing, which
 * outranks untracked. A date after an untracked phrase belongs to it ("Theo văn bản ngày
 * 20/01/2026", "Sau 03 tháng kể từ ngày 15/3/2026") unless a deadline word introduces it.
 */
export function parseDeadline(text: string, planYear: number, span?: PlanSpan | null): DeadlineParse {
  const clean = normalizeText(typeof text === "string" ? text : "");
  if (!/[\p{L}\p{N}]/u.test(clean)) return { kind: "none" };

  const folded = foldForDates(clean);
  const plan = knownSpan(span);
  const wording = readWording(folded);
  // A year outside the range is not a date we understand; it still hides the shorter readings inside it.
  let found = findDates(folded, plan).filter((f) => f.year === undefined || validYear(f.year));
  if (wording.untracked.length > 0) found = notUntracked(folded, found, wording.untracked);
  let recurring = wording.recurring;
  if (plan?.kind === "period") {
    // "Cả năm", "6 tháng đầu năm" in a plan for 2026-2030 name every year of it.
    if (found.some((f) => f.ofYear)) recurring = true;
    found = found.filter((f) => !f.ofYear);
    // "Hằng năm, trước 31/3": a day without a year is every year's.
    if (recurring) found = found.filter((f) => f.year !== undefined);
  }
  const rule: DeadlineParse | null = recurring ? { kind: "recurring" } : wording.ongoing ? { kind: "ongoing" } : null;
  if (found.length === 0) {
    if (rule) return rule;
    return wording.untracked.length > 0 ? { kind: "untracked" } : { kind: "invalid", reason: "unrecognised" };
  }
  if (rule && !found.some((f) => f.dayLevel)) return rule;

  const { later, earlier } = yearsNear(found);
  const dates: CalendarDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const year = f.year ?? later[i] ?? earlier[i] ?? yearOfMonth(f.month, planYear, plan);
    if (!validYear(year)) return { kind: "invalid", reason: "unrecognised" };
    let date = dateOf(f, year);
    // "Từ 15/12/2021 đến 15/1": a range end that borrowed its start's year but falls before the start
    // runs into the next year.
    const borrowedFromStart = f.year === undefined && later[i] === undefined && earlier[i] !== undefined;
    if (date && borrowedFromStart && RANGE_JOIN.test(folded.slice(found[i - 1].end, f.start)) &&
        compareDates(date, dates[i - 1]) < 0 && validYear(year + 1)) {
      date = dateOf(f, year + 1);
    }
    // One impossible date anywhere is a typo the user should see, even if it is not the deadline.
    if (date === null) return { kind: "invalid", reason: "impossible-date" };
    dates.push(date);
  }
  return { kind: "date", date: dates[chooseDeadline(folded, found)] };
}

/**
 * The dates that are not part of an untracked phrase: none inside one ("Trong 3 tháng kể từ …" is
 * not March), and after the first only those a deadline word introduces. Both lists are in reading
 * order, so one pass over each.
 */
function notUntracked(text: string, found: readonly Found[], phrases: Wording["untracked"]): Found[] {
  const first = phrases[0].start;
  const kept: Found[] = [];
  let j = 0;
  for (const f of found) {
    while (j < phrases.length && phrases[j].end <= f.start) j++;
    const inside = j < phrases.length && phrases[j].start < f.end;
    if (!inside && (f.end <= first || isCued(text, f))) kept.push(f);
  }
  return kept;
}

function dateOf(f: Found, year: number): CalendarDate | null {
  if (f.month < 1 || f.month > 12) return null;
  return makeDate(year, f.month, f.day ?? daysInMonth(year, f.month));
}

/**
 * For each date, the year written on the nearest later date and on the nearest earlier one. Two
 * passes rather than a search per date, so a pasted wall of dates stays linear.
 */
function yearsNear(found: readonly Found[]): { later: (number | undefined)[]; earlier: (number | undefined)[] } {
  const later: (number | undefined)[] = new Array(found.length);
  const earlier: (number | undefined)[] = new Array(found.length);
  let year: number | undefined;
  for (let i = found.length - 1; i >= 0; i--) {
    later[i] = year;
    year = found[i].year ?? year;
  }
  year = undefined;
  for (let i = 0; i < found.length; i++) {
    earlier[i] = year;
    year = found[i].year ?? year;
  }
  return { later, earlier };
}

/**
 * Which of several dates is the deadline: the last one introduced by a deadline word or a range
 * dash; else the last particular day ("15/5/2021 (báo cáo 6 tháng)"); else the last period.
 */
function chooseDeadline(folded: string, found: readonly Found[]): number {
  const last = (keep: (f: Found) => boolean): number => {
    for (let i = found.length - 1; i >= 0; i--) if (keep(found[i])) return i;
    return -1;
  };
  const cued = last((f) => isCued(folded, f));
  if (cued >= 0) return cued;
  const day = last((f) => f.dayLevel);
  return day >= 0 ? day : found.length - 1;
}

// A line that is only a quarter heading: optional numbering ("II.", "a)", "-", "##"), optional
// "Nhiệm vụ (trọng tâm)", the quarter, an optional year, an optional note in brackets or a month
// range after a colon, and trailing punctuation. Anything more is a task that mentions a quarter.
const QUARTER_HEADING = new RegExp(
  String.raw`^[#>*+\- ]*(?:(?:[ivx]+|\d{1,2}|[a-z])[.)] ?)?` +
    String.raw`(?:(?:cac )?(?:nhiem vu|cong viec|hoat dong)(?: trong tam)? )?` +
    String.raw`quy ?${QUARTER_NUMBER}` +
    String.raw`(?: ?(?:[/.-]|,? ?nam) ?\d{4}(?!\d))?` +
    String.raw`(?: ?\([^()]*\))?` +
    String.raw`(?: ?[:.-] ?\(?(?:tu )?thang ?\d{1,2} ?(?:-|den|toi) ?(?:thang ?)?\d{1,2}(?: ?(?:[/.-]|,? ?nam) ?\d{4})?\)?)?` +
    String.raw`[ :.;-]*$`,
);

/** A Quarter (1-4) named by a section heading like "QUÝ I", "Quý 1", "QUÝ II:", "Quý IV (tháng 10–12)", "Quý III năm 2021"; null when the line is not a quarter heading. */
export function parseQuarterHeading(text: string): Quarter | null {
  const folded = foldForDates(typeof text === "string" ? text : "");
  const m = QUARTER_HEADING.exec(folded);
  return m ? ROMAN[m[1]] : null;
}
