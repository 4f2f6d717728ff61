import { makeDate, type CalendarDate } from "../core/dates/calendarDate";

/**
 * A date as a person types it in the pane: dd/mm/yyyy (also d/m/yyyy, with - or . between), the
 * way Vietnamese users write dates whatever the webview's locale. YYYY-MM-DD is taken too (pasted
 * from elsewhere). Null when it is not a real day.
 */
export function parseTypedDate(text: string): CalendarDate | null {
  const s = text.trim();
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (dmy) return makeDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}
