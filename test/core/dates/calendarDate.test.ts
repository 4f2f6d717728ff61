import fc from "fast-check";
import {
  CalendarDate,
  Quarter,
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  endOfQuarter,
  formatDateVi,
  fromDayNumber,
  fromExcelSerial,
  isLeapYear,
  isValidDate,
  makeDate,
  parseIsoDate,
  quarterOf,
  sameDate,
  startOfQuarter,
  toDayNumber,
  toExcelSerial,
  toIsoDate,
} from "../../../src/core/dates/calendarDate";

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

/** Every valid date in [from, to], uniformly by day. */
function dateBetween(from: CalendarDate, to: CalendarDate): fc.Arbitrary<CalendarDate> {
  return fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
}

describe("Excel serial numbers (1900 date system)", () => {
  it.each<[number, CalendarDate]>([
    [1, d(1900, 1, 1)],
    [2, d(1900, 1, 2)],
    [31, d(1900, 1, 31)],
    [32, d(1900, 2, 1)],
    [59, d(1900, 2, 28)],
    [61, d(1900, 3, 1)],
    [366, d(1900, 12, 31)],
    [367, d(1901, 1, 1)],
    [36526, d(2000, 1, 1)],
    [44197, d(2021, 1, 1)],
    [44331, d(2021, 5, 15)],
    [45658, d(2025, 1, 1)],
    [2958465, d(9999, 12, 31)],
  ])("serial %i is %j", (serial, date) => {
    expect(fromExcelSerial(serial)).toEqual(date);
    expect(toExcelSerial(date)).toBe(serial);
  });

  it.each<[number, CalendarDate]>([
    [44197.75, d(2021, 1, 1)],
    [59.999, d(1900, 2, 28)],
    [61.5, d(1900, 3, 1)],
  ])("drops the time of day: %d is %j", (serial, date) => {
    expect(fromExcelSerial(serial)).toEqual(date);
  });

  it.each([60, 60.5, 0, 0.5, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "serial %d names no day",
    (serial) => {
      expect(fromExcelSerial(serial)).toBeNull();
    },
  );
});

describe("leap years and month lengths", () => {
  it.each<[number, boolean]>([
    [1900, false],
    [2000, true],
    [2020, true],
    [2021, false],
    [2024, true],
    [2100, false],
    [2400, true],
  ])("%i leap: %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it.each<[number, number]>([
    [1, 31],
    [3, 31],
    [4, 30],
    [5, 31],
    [6, 30],
    [7, 31],
    [8, 31],
    [9, 30],
    [10, 31],
    [11, 30],
    [12, 31],
  ])("month %i has %i days", (month, days) => {
    expect(daysInMonth(2021, month)).toBe(days);
  });

  it.each<[number, number, number, boolean]>([
    [2021, 2, 28, true],
    [2021, 2, 29, false],
    [2024, 2, 29, true],
    [1900, 2, 29, false],
    [2021, 4, 31, false],
    [2021, 12, 31, true],
    [2021, 13, 1, false],
    [2021, 0, 1, false],
    [2021, 1, 0, false],
    [2021, 1, 32, false],
    [1899, 12, 31, false],
    [1900, 1, 1, true],
    [9999, 12, 31, true],
    [10000, 1, 1, false],
    [2021, 1.5, 1, false],
    [2021, 1, Number.NaN, false],
  ])("%i-%i-%i valid: %s", (year, month, day, valid) => {
    expect(isValidDate(year, month, day)).toBe(valid);
    expect(makeDate(year, month, day)).toEqual(valid ? d(year, month, day) : null);
  });
});

describe("quarters", () => {
  it.each<[number, Quarter]>([
    [1, 1],
    [2, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [9, 3],
    [10, 4],
    [12, 4],
  ])("month %i is in quarter %i", (month, quarter) => {
    expect(quarterOf(d(2021, month, 15))).toBe(quarter);
  });

  it.each<[Quarter, CalendarDate, CalendarDate]>([
    [1, d(2021, 1, 1), d(2021, 3, 31)],
    [2, d(2021, 4, 1), d(2021, 6, 30)],
    [3, d(2021, 7, 1), d(2021, 9, 30)],
    [4, d(2021, 10, 1), d(2021, 12, 31)],
  ])("quarter %i runs from %j to %j", (quarter, start, end) => {
    expect(startOfQuarter(2021, quarter)).toEqual(start);
    expect(endOfQuarter(2021, quarter)).toEqual(end);
  });

  it.each<[number, number, CalendarDate]>([
    [2021, 2, d(2021, 2, 28)],
    [2024, 2, d(2024, 2, 29)],
    [2021, 4, d(2021, 4, 30)],
    [2021, 12, d(2021, 12, 31)],
  ])("end of %i-%i is %j", (year, month, end) => {
    expect(endOfMonth(year, month)).toEqual(end);
  });
});

describe("day arithmetic", () => {
  it.each<[CalendarDate, CalendarDate, number]>([
    [d(2021, 1, 1), d(2021, 1, 1), 0],
    [d(2021, 1, 1), d(2021, 1, 2), 1],
    [d(2021, 1, 2), d(2021, 1, 1), -1],
    [d(2021, 2, 28), d(2021, 3, 1), 1],
    [d(2024, 2, 28), d(2024, 3, 1), 2],
    [d(2021, 1, 1), d(2022, 1, 1), 365],
    [d(2024, 1, 1), d(2025, 1, 1), 366],
    [d(2021, 5, 15), d(2021, 12, 31), 230],
    [d(1900, 2, 28), d(1900, 3, 1), 1],
  ])("from %j to %j is %i days", (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
    expect(addDays(a, days)).toEqual(b);
  });

  it.each<[CalendarDate, number]>([
    [d(1970, 1, 1), 0],
    [d(1970, 1, 2), 1],
    [d(1969, 12, 31), -1],
    [d(2000, 3, 1), 11017],
  ])("%j is day %i after 1970-01-01", (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toEqual(date);
  });

  it("compares by year, then month, then day", () => {
    expect(compareDates(d(2021, 5, 15), d(2021, 5, 15))).toBe(0);
    expect(compareDates(d(2021, 5, 15), d(2021, 5, 16))).toBeLessThan(0);
    expect(compareDates(d(2021, 6, 1), d(2021, 5, 31))).toBeGreaterThan(0);
    expect(compareDates(d(2020, 12, 31), d(2021, 1, 1))).toBeLessThan(0);
    expect(sameDate(d(2021, 5, 15), { day: 15, month: 5, year: 2021 })).toBe(true);
    expect(sameDate(null, null)).toBe(true);
    expect(sameDate(d(2021, 5, 15), null)).toBe(false);
  });
});

describe("formatting and parsing", () => {
  it("formats as ISO and as Vietnamese users write dates", () => {
    expect(toIsoDate(d(2021, 5, 7))).toBe("2021-05-07");
    expect(formatDateVi(d(2021, 5, 7))).toBe("07/05/2021");
    expect(formatDateVi(d(2021, 12, 31))).toBe("31/12/2021");
  });

  it.each<[string, CalendarDate | null]>([
    ["2021-05-15", d(2021, 5, 15)],
    [" 2021-05-15 ", d(2021, 5, 15)],
    ["2024-02-29", d(2024, 2, 29)],
    ["2021-02-29", null],
    ["2021-13-01", null],
    ["2021-00-10", null],
    ["2021-5-15", null],
    ["2021-05-5", null],
    ["21-05-15", null],
    ["15/05/2021", null],
    ["2021/05/15", null],
    ["2021-05-15T00:00", null],
    ["2021-05-15x", null],
    ["x2021-05-15", null],
    ["1899-12-31", null],
    ["", null],
    ["２０２１-05-15", null],
    ["2021-05-15\n2021-05-16", null],
  ])("parseIsoDate(%j) is %j", (text, date) => {
    expect(parseIsoDate(text)).toEqual(date);
  });
});

describe("properties", () => {
  // Half the pairs share a date, so the equal case is always exercised.
  const anyDate = dateBetween(d(1900, 3, 1), d(9999, 12, 31));
  const datePair = fc.oneof(fc.tuple(anyDate, anyDate), anyDate.map((x) => [x, x] as [CalendarDate, CalendarDate]));

  it("an Excel serial round-trips for every day from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(fromExcelSerial(toExcelSerial(date))).toEqual(date);
      }),
    );
  });

  it("every serial from 1 to 2958465 except 60 names a valid day and round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        const date = fromExcelSerial(serial);
        expect(date).not.toBeNull();
        expect(isValidDate(date!.year, date!.month, date!.day)).toBe(true);
        expect(toExcelSerial(date!)).toBe(serial);
      }),
    );
  });

  it("consecutive days have consecutive serials after the phantom 29/02/1900", () => {
    fc.assert(
      fc.property(dateBetween(d(1900, 3, 1), d(9999, 12, 30)), (date) => {
        expect(toExcelSerial(addDays(date, 1))).toBe(toExcelSerial(date) + 1);
      }),
    );
  });

  it("day numbers round-trip, and map to valid dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(toDayNumber(date)).toBe(n);
        expect(date.month).toBeGreaterThanOrEqual(1);
        expect(date.month).toBeLessThanOrEqual(12);
        expect(date.day).toBeGreaterThanOrEqual(1);
        expect(date.day).toBeLessThanOrEqual(daysInMonth(date.year, date.month));
      }),
    );
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toEqual(date);
      }),
    );
  });

  it("day order agrees with compareDates", () => {
    fc.assert(
      fc.property(datePair, ([a, b]) => {
        expect(Math.sign(daysBetween(a, b))).toBe(Math.sign(compareDates(b, a)));
      }),
    );
  });

  it("ISO formatting round-trips through parseIsoDate", () => {
    fc.assert(
      fc.property(dateBetween(d(1900, 1, 1), d(9999, 12, 31)), (date) => {
        expect(parseIsoDate(toIsoDate(date))).toEqual(date);
      }),
    );
  });

  it("Vietnamese formatting is dd/mm/yyyy of the same day", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(formatDateVi(date));
        expect(m).not.toBeNull();
        expect(d(Number(m![3]), Number(m![2]), Number(m![1]))).toEqual(date);
      }),
    );
  });

  it("a date lies within its quarter", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const q = quarterOf(date);
        expect(compareDates(startOfQuarter(date.year, q), date)).toBeLessThanOrEqual(0);
        expect(compareDates(date, endOfQuarter(date.year, q))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
