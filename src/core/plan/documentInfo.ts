/** The header block of a plan document: its number, date, title, place and year. */
import { makeDate, type CalendarDate } from "../dates/calendarDate";
import { schoolTermsOf } from "../dates/schoolTerms";
import { planSpanOf, type KnownSpan } from "../dates/span";
import { matchKey, normalizeText } from "../text/normalize";
import { isBlank } from "./documentLines";
import type { PlanInfo } from "./model";

// ---------------------------------------------------------------------------------------------
// The header block: number, date, title, year.

export function parseInfo(lines: readonly string[], fallbackYear: number): PlanInfo {
  let number = "";
  let issuedOn: CalendarDate | null = null;
  let place = "";
  let title = "";
  for (let i = 0; i < lines.length && i < 80; i++) {
    // The header block is often a two-column table: "Số: 217/KH-LĐLĐ <tab> Lai Châu, ngày …".
    for (const part of lines[i].split(/\t| {3,}/)) {
      const cell = normalizeText(part);
      const num = /^S[ốô]\s*(?:hiệu)?\s*[:.]?\s*(\d+\s*[/-]\s*[\p{L}\p{N}]+(?:\s*[/-]\s*[\p{L}\p{N}.&]+)*)/iu.exec(cell);
      if (num && !number) number = num[1].replace(/\s*([/-])\s*/g, "$1").trim();
      if (!issuedOn) {
        const dated =
          /(?:^|\s)([\p{L}][\p{L}. ]{1,40}?)\s*,\s*ngày\s+(\d{1,2})\s*(?:tháng\s+|[/.-])(\d{1,2})\s*(?:năm\s+|[/.-])(\d{4})/iu.exec(cell);
        const date = dated ? makeDate(Number(dated[4]), Number(dated[3]), Number(dated[2])) : null;
        if (dated && date) {
          place = dated[1].trim();
          issuedOn = date;
        }
      }
    }
    const line = normalizeText(lines[i].replace(/\t/g, " "));
    if (!title) title = titleAt(lines, i, line);
  }
  const yearInTitle = /(?:năm|nam)\s+(\d{4})(?!\d)/iu.exec(title)?.[1];
  // A school year or a period: its opening lines (letterhead, "KẾ HOẠCH", the title) say which.
  const found = planSpanOf([title, ...lines.slice(0, 40)].join("\n"));
  // A school's plan often states when its terms end ("Học kỳ I: từ … đến ngày 17/01/2026"): taken at its word.
  const terms = found?.kind === "school-year" ? schoolTermsOf(lines.join("\n")) : {};
  const span = found && (terms.firstEnds || terms.secondEnds) ? { ...found, terms } : found;
  const year = span ? spanYear(span) : yearInTitle ? Number(yearInTitle) : issuedOn ? issuedOn.year : fallbackYear;
  return { number, title, year, issuedOn, place, ...(span ? { span } : {}) };
}

/**
 * The title: the line after "KẾ HOẠCH" (or after "KẾ HOẠCH:" on the same line), with a second line
 * when it continues the first ("Công tác thi đua, khen thưởng" / "năm 2021").
 */
function titleAt(lines: readonly string[], i: number, line: string): string {
  const inline = /^KẾ HOẠCH\s*[:–-]?\s+(\S.{3,})$/u.exec(line);
  if (inline) return inline[1].trim();
  if (matchKey(line) !== "ke hoach") return "";
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  if (j >= lines.length) return "";
  let title = normalizeText(lines[j].replace(/\t/g, " "));
  const next = normalizeText((lines[j + 1] ?? "").replace(/\t/g, " "));
  if (next && next.length <= 80 && /^\p{Ll}/u.test(next) && !/[.;:]$/.test(title)) title = `${title} ${next}`;
  return title;
}

/** The year a span plan counts as: a school year's second (2025-2026 → 2026), a period's first. */
export const spanYear = (span: KnownSpan): number => (span.kind === "school-year" ? span.to : span.from);
