import fc from "fast-check";
import { CalendarDate, fromDayNumber, isValidDate, toDayNumber } from "../../../src/core/dates/calendarDate";
import { parseDeadline, parseQuarterHeading } from "../../../src/core/dates/deadline";
import { DEADLINE_WORDING } from "../../../src/core/dates/deadlineWording";
import { PlanSpan } from "../../../src/core/dates/span";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 300;

const anyDate: fc.Arbitrary<CalendarDate> = fc
  .integer({ min: toDayNumber({ year: 1900, month: 1, day: 1 }), max: toDayNumber({ year: 2200, month: 12, day: 31 }) })
  .map(fromDayNumber);

const planYear = fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer(), fc.constant(Number.NaN));
// Spans as callers may pass them: real school years and periods, and nonsense.
const planSpan: fc.Arbitrary<PlanSpan | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1900, max: 2199 }).map((from) => ({ from, to: from + 1 })),
  fc.integer({ min: 1900, max: 2170 }).map((from) => ({ from, to: from + 4, kind: "period" as const })),
  fc.record({ from: fc.oneof(fc.integer(), fc.double()), to: fc.oneof(fc.integer(), fc.double()) }),
  fc.record({ from: fc.integer(), to: fc.integer(), kind: fc.constantFrom("school-year" as const, "period" as const) }),
  // Terms as a plan states them, real or not.
  fc.record({
    from: fc.integer({ min: 1900, max: 2199 }),
    firstEnds: fc.record({ year: fc.integer(), month: fc.integer(), day: fc.integer() }),
    secondEnds: fc.oneof(anyDate, fc.constant(undefined)),
  }).map(({ from, firstEnds, secondEnds }) => ({ from, to: from + 1, terms: { firstEnds, secondEnds } })),
);
const KINDS = ["date", "ongoing", "recurring", "untracked", "none", "invalid"];

// Text made of the pieces deadline phrases are built from, so the fuzzer reaches the date rules
// far more often than uniformly random characters would.
const PIECES = [
  "ngày", "tháng", "năm", "quý", "Quý", "QUÝ", "trước", "chậm nhất", "đến", "từ", "hạn", "cả", "cuối",
  "đầu", "trong", "thường xuyên", "hằng", "I", "II", "III", "IV", "V", "T", "Q", "lần", "nửa", "sáu",
  "học kỳ", "HK", "năm học", "giai đoạn", "định kỳ", "liền kề", "theo hướng dẫn", "khi có", "kể từ", "sau",
  "Tết", "giữa", "thượng tuần", "lần", "hằng năm", "đột xuất",
  "0", "1", "2", "3", "6", "9", "12", "13", "15", "29", "31", "32", "99", "2021", "2024", "2025", "2026", "2030",
  "1899", "2201", "21",
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
  it("never throws, and always gives one of the six kinds", () => {
    fc.assert(
      fc.property(anyText, planYear, planSpan, (text, year, span) => {
        const result = parseDeadline(text, year, span);
        expect(KINDS).toContain(result.kind);
        if (result.kind === "invalid") expect(["impossible-date", "unrecognised"]).toContain(result.reason);
      }),
      { numRuns },
    );
  });

  it("only ever gives a real day between 1900 and 2200", () => {
    fc.assert(
      fc.property(anyText, planYear, planSpan, (text, year, span) => {
        const result = parseDeadline(text, year, span);
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

  it("reads a rule the same in any plan, and never as invalid", () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEADLINE_WORDING), planYear, planSpan, fc.constantFrom("", "- ", "**"), (rule, year, span, wrap) => {
        expect(parseDeadline(wrap + rule.example + wrap.trim(), year, span)).toEqual({ kind: rule.kind });
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

describe("long input with rules", () => {
  it.each<[string, string]>([
    ["khi có 1/1 ".repeat(20000), "untracked"],
    ["theo hướng dẫn ".repeat(20000), "untracked"],
    ["trước 1/1 kể từ ".repeat(20000), "date"],
    // In a plan over several years, a day without a year in a recurring rule is every year's.
    ["hằng năm 1/1 ".repeat(20000), "recurring"],
    ["tháng 1, 2, 3; ".repeat(20000), "recurring"],
    ["học kỳ I năm học 2025-2026 ".repeat(10000), "date"],
  ])("stays linear (%#)", (text, kind) => {
    expect(parseDeadline(text, 2021, { from: 2021, to: 2025 }).kind).toBe(kind);
  });
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
