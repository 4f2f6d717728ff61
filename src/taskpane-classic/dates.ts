import { formatDateVi, makeDate, type CalendarDate } from "../core/dates/calendarDate";

/**
 * A date typed as day/month/year ("15/07/2021", "5/7/2021", "15-07-2021", "15.07.2021"), as
 * Vietnamese users write it; null for anything else. (IE 11 has no date input: this pane takes
 * text.)
 */
export function parseDayMonthYear(text: string): CalendarDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  return m ? makeDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

export function todayOf(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export { formatDateVi };
