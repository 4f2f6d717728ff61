import fc from "fast-check";
import { CalendarDate, isValidDate } from "../../../src/core/dates/calendarDate";
import { parseDeadline } from "../../../src/core/dates/deadline";
import { schoolTermsOf } from "../../../src/core/dates/schoolTerms";
import { knownSpan, PlanSpan, SchoolTerms } from "../../../src/core/dates/span";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 300;
const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });

describe("schoolTermsOf", () => {
  it.each<[string, SchoolTerms]>([
    [
      "2. Thời gian thực hiện\n- Học kỳ I: từ ngày 08/9/2025 đến ngày 17/01/2026.\n- Học kỳ II: từ ngày 19/01/2026 đến ngày 31/5/2026.",
      { firstEnds: d(17, 1, 2026), secondEnds: d(31, 5, 2026) },
    ],
    ["Học kỳ I: Từ ngày 08/9/2025 đến trước ngày 18/01/2026 (18 tuần thực học)", { firstEnds: d(18, 1, 2026) }],
    ["Kết thúc học kỳ I trước ngày 17/01/2026", { firstEnds: d(17, 1, 2026) }],
    ["Hoàn thành chương trình học kỳ II trước ngày 25/5/2026", { secondEnds: d(25, 5, 2026) }],
    ["a) HK II: 19/01/2026 - 31/5/2026", { secondEnds: d(31, 5, 2026) }],
    // A task that mentions a term is not its definition.
    ["2\tTổ chức kiểm tra cuối học kỳ I\tCác tổ\t15/01/2026", {}],
    // Without its year the day is not sure.
    ["Học kỳ I: đến ngày 17/01", {}],
    ["Học kỳ I: theo hướng dẫn của Sở", {}],
    // The first statement of each term.
    ["Học kỳ I: đến ngày 17/01/2026\nHọc kỳ I: đến ngày 20/01/2026", { firstEnds: d(17, 1, 2026) }],
    ["", {}],
  ])("%j", (text, expected) => {
    expect(schoolTermsOf(text)).toEqual(expected);
  });

  it("never throws, and gives only real days", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom("Học kỳ I: ", "HK2 ", "Kết thúc học kỳ II ").chain((p) => fc.string().map((s) => p + s))), (text) => {
        const terms = schoolTermsOf(text);
        for (const day of [terms.firstEnds, terms.secondEnds]) if (day) expect(isValidDate(day.year, day.month, day.day)).toBe(true);
      }),
      { numRuns },
    );
    expect(schoolTermsOf(null as unknown as string)).toEqual({});
  });
});

describe("a school year with its terms stated", () => {
  const terms = schoolTermsOf("- Học kỳ I: từ ngày 08/9/2025 đến ngày 17/01/2026.\n- Học kỳ II: từ ngày 19/01/2026 đến ngày 31/5/2026.");
  const SPAN: PlanSpan = { from: 2025, to: 2026, kind: "school-year", terms };
  it.each<[string, CalendarDate]>([
    ["Học kỳ I", d(17, 1, 2026)],
    ["HK I", d(17, 1, 2026)],
    ["Học kỳ I năm học 2025-2026", d(17, 1, 2026)],
    ["Học kỳ II", d(31, 5, 2026)],
    ["Cả năm học", d(31, 5, 2026)],
    ["Năm học 2025-2026", d(31, 5, 2026)],
    ["Cả năm", d(31, 5, 2026)],
    ["Cuối năm", d(31, 5, 2026)],
    // Another school year's term: the usual calendar.
    ["Học kỳ I năm học 2026-2027", d(31, 1, 2027)],
    ["Tháng 10", d(31, 10, 2025)],
  ])("%j", (text, date) => {
    expect(parseDeadline(text, 2026, SPAN)).toEqual({ kind: "date", date });
  });

  it("keeps the usual calendar for a term the plan does not state", () => {
    const span: PlanSpan = { from: 2025, to: 2026, terms: { secondEnds: d(25, 5, 2026) } };
    expect(parseDeadline("Học kỳ I", 2026, span)).toEqual({ kind: "date", date: d(31, 1, 2026) });
    expect(parseDeadline("Học kỳ II", 2026, span)).toEqual({ kind: "date", date: d(25, 5, 2026) });
    expect(parseDeadline("Cả năm", 2026, span)).toEqual({ kind: "date", date: d(25, 5, 2026) });
  });

  it("ignores terms that are not real days, and terms on a period", () => {
    expect(knownSpan({ from: 2025, to: 2026, terms: { firstEnds: d(31, 2, 2026) } })).toEqual({ from: 2025, to: 2026, kind: "school-year" });
    expect(knownSpan({ from: 2026, to: 2030, terms: { firstEnds: d(17, 1, 2026) } })).toEqual({ from: 2026, to: 2030, kind: "period" });
    expect(parseDeadline("Học kỳ I", 2026, { from: 2025, to: 2026, terms: { firstEnds: d(31, 2, 2026) } })).toEqual({ kind: "date", date: d(31, 1, 2026) });
  });
});
