/**
 * A day in the calendar, with no time and no time zone — as Excel sees a date.
 * Value type: compare with compareDates, never with ===.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1900 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** A valid date, or null when the parts name no real day (31/02). */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function sameDate(a: CalendarDate | null, b: CalendarDate | null): boolean {
  if (a === null || b === null) return a === b;
  return compareDates(a, b) === 0;
}

// Days since 1970-01-01 (proleptic Gregorian), by Howard Hinnant's days_from_civil.
export function toDayNumber(d: CalendarDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CalendarDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(d) + days);
}

// Excel's 1900 date system: serial 1 = 1900-01-01, and serial 60 is the 29/02/1900 that never was
// (kept for Lotus compatibility). Serial 61 = 1900-03-01.
const EXCEL_EPOCH = toDayNumber({ year: 1899, month: 12, day: 30 });

export function toExcelSerial(d: CalendarDate): number {
  const n = toDayNumber(d) - EXCEL_EPOCH;
  return n <= 60 ? n - 1 : n;
}

/**
 * The day an Excel serial names; the time of day (fraction) is dropped. Serial 60 (the phantom
 * 29/02/1900) and serials before 1900 give null.
 */
export function fromExcelSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2958465) return null;
  return fromDayNumber(EXCEL_EPOCH + (whole < 60 ? whole + 1 : whole));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function toIsoDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** dd/mm/yyyy, as Vietnamese users write dates. */
export function formatDateVi(d: CalendarDate): string {
  return `${pad(d.day)}/${pad(d.month)}/${pad(d.year, 4)}`;
}

/** Strict YYYY-MM-DD, as the CLI takes --as-of. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export type Quarter = 1 | 2 | 3 | 4;

export function quarterOf(d: CalendarDate): Quarter {
  return (Math.floor((d.month - 1) / 3) + 1) as Quarter;
}

export function endOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

export function endOfQuarter(year: number, quarter: Quarter): CalendarDate {
  return endOfMonth(year, quarter * 3);
}

export function startOfQuarter(year: number, quarter: Quarter): CalendarDate {
  return { year, month: quarter * 3 - 2, day: 1 };
}
