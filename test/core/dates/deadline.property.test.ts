import fc from "fast-check";
import { CalendarDate, fromDayNumber, isValidDate, toDayNumber } from "../../../src/core/dates/calendarDate";
import { parseDeadline, parseQuarterHeading } from "../../../src/core/dates/deadline";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 300;

const anyDate: fc.Arbitrary<CalendarDate> = fc
  .integer({ min: toDayNumber({ year: 1900, month: 1, day: 1 }), max: toDayNumber({ year: 2200, month: 12, day: 31 }) })
  .map(fromDayNumber);

const planYear = fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer(), fc.constant(Number.NaN));

// Text made of the pieces deadline phrases are built from, so the fuzzer reaches the date rules
// far more often than uniformly random characters would.
const PIECES = [
  "ngày", "tháng", "năm", "quý", "Quý", "QUÝ", "trước", "chậm nhất", "đến", "từ", "hạn", "cả", "cuối",
  "đầu", "trong", "thường xuyên", "hằng", "I", "II", "III", "IV", "V", "T", "Q", "lần", "nửa", "sáu",
  "0", "1", "2", "3", "6", "9", "12", "13", "15", "29", "31", "32", "99", "2021", "2024", "1899", "2201", "21",
  "/", "-", ".", ",", ":", ";", "(", ")", " ", " ", "\u00A0", "\u200B", "\t", "\n", "**", "–", "Ð", "\u0301",
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "binary-ascii" }),
  pieceText,
  pieceText.map((s) => s.normalize("NFD")),
);

describe("parseDeadline properties", () => {
  it("never throws, and always gives one of the four kinds", () => {
    fc.assert(
      fc.property(anyText, planYear, (text, year) => {
        const result = parseDeadline(text, year);
        expect(["date", "ongoing", "none", "invalid"]).toContain(result.kind);
        if (result.kind === "invalid") expect(["impossible-date", "unrecognised"]).toContain(result.reason);
      }),
      { numRuns },
    );
  });

  it("only ever gives a real day between 1900 and 2200", () => {
    fc.assert(
      fc.property(anyText, planYear, (text, year) => {
        const result = parseDeadline(text, year);
        if (result.kind !== "date") return;
        const { date } = result;
        expect(isValidDate(date.year, date.month, date.day)).toBe(true);
        expect(date.year).toBeGreaterThanOrEqual(1900);
        expect(date.year).toBeLessThanOrEqual(2200);
      }),
      { numRuns },
    );
  });

  it("reads back any day written d/m/yyyy, dd/mm/yyyy or in words, with or without a prefix", () => {
    const pad = (n: number) => String(n).padStart(2, "0");
    const formats = fc.constantFrom(
      (d: CalendarDate) => `${d.day}/${d.month}/${d.year}`,
      (d: CalendarDate) => `${pad(d.day)}/${pad(d.month)}/${d.year}`,
      (d: CalendarDate) => `${pad(d.day)}-${pad(d.month)}-${d.year}`,
      (d: CalendarDate) => `${d.day}.${d.month}.${d.year}`,
      (d: CalendarDate) => `ngày ${d.day} tháng ${d.month} năm ${d.year}`,
      (d: CalendarDate) => `ngày ${d.day} tháng ${d.month} năm ${d.year}`.normalize("NFD"),
    );
    const prefixes = fc.constantFrom("", "Trước ", "Chậm nhất ngày ", "Hạn: ", "Hoàn thành trước ", "**", "Đến\u00A0");
    fc.assert(
      fc.property(anyDate, formats, prefixes, planYear, (date, format, prefix, year) => {
        expect(parseDeadline(prefix + format(date), year)).toEqual({ kind: "date", date });
      }),
      { numRuns },
    );
  });

  it("reads a day without a year in the plan's year", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(parseDeadline(`${date.day}/${date.month}`, date.year)).toEqual({ kind: "date", date });
      }),
      { numRuns },
    );
  });

  it("takes the end of a range", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [start, end] = toDayNumber(a) <= toDayNumber(b) ? [a, b] : [b, a];
        const text = `Từ ${start.day}/${start.month}/${start.year} đến ${end.day}/${end.month}/${end.year}`;
        expect(parseDeadline(text, 2021)).toEqual({ kind: "date", date: end });
      }),
      { numRuns },
    );
  });
});

describe("long input", () => {
  // A quadratic step once made a pasted wall of 50,000 dates take minutes; jest's 5 s timeout guards it.
  it.each(["1/1 ".repeat(20000), "quý I - ".repeat(20000), "tháng 1 - ".repeat(20000), "trước ".repeat(20000) + "1/1"])(
    "stays linear (%#)",
    (text) => {
      expect(parseDeadline(text, 2021).kind).toBe("date");
      expect(parseQuarterHeading(text)).toBeNull();
    },
  );
});

describe("parseQuarterHeading properties", () => {
  it("never throws, and gives a quarter 1-4 or null", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect([null, 1, 2, 3, 4]).toContain(parseQuarterHeading(text));
      }),
      { numRuns },
    );
  });

  it("reads any quarter heading, roman or digits, with trailing tabs or a colon", () => {
    const ROMAN = ["I", "II", "III", "IV"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.constantFrom("QUÝ", "Quý", "quý", "QUÝ".normalize("NFD")),
        fc.constantFrom("", ":", "\t\t", " ", " năm 2021", " (tháng 1-3)"),
        (quarter, roman, word, tail) => {
          const text = `${word} ${roman ? ROMAN[quarter - 1] : quarter}${tail}`;
          expect(parseQuarterHeading(text)).toBe(quarter);
        },
      ),
      { numRuns },
    );
  });
});
