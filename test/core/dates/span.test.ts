import fc from "fast-check";
import { CalendarDate } from "../../../src/core/dates/calendarDate";
import { parseDeadline } from "../../../src/core/dates/deadline";
import { isWithinSpan, knownSpan, KnownSpan, PlanSpan, planSpanOf, yearOfMonth } from "../../../src/core/dates/span";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 300;
const d = (day: number, month: number, year: number): CalendarDate => ({ year, month, day });
const school = (from: number): KnownSpan => ({ from, to: from + 1, kind: "school-year" });
const period = (from: number, to: number): KnownSpan => ({ from, to, kind: "period" });

describe("planSpanOf", () => {
  it.each<[string, KnownSpan | null]>([
    ["năm học 2025-2026", school(2025)],
    ["năm học 2025 - 2026", school(2025)],
    ["NĂM HỌC 2025–2026", school(2025)],
    ["Năm học: 2025-2026", school(2025)],
    ["năm học 2025-26", school(2025)],
    ["giai đoạn 2026-2030", period(2026, 2030)],
    ["giai đoạn 2026 - 2030", period(2026, 2030)],
    ["GIAI ĐOẠN 2026 – 2030", period(2026, 2030)],
    ["Giai đoạn từ năm 2026 đến năm 2030", period(2026, 2030)],
    ["Nhiệm kỳ 2023-2028", period(2023, 2028)],
    ["2021-2025", period(2021, 2025)],
    ["Chương trình mục tiêu 2021 - 2025", period(2021, 2025)],
    ["Từ năm 2026 đến năm 2030", period(2026, 2030)],
    // "Năm" before two consecutive years: a school year (a calendar period would say "giai đoạn").
    ["Kế hoạch công tác năm 2025-2026", school(2025)],
    // A plan's letterhead and title as they open the document.
    [
      "TRƯỜNG THCS SÌN HỒ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/KH-THCS\tSìn Hồ, ngày 05 tháng 9 năm 2025\nKẾ HOẠCH\nGiáo dục của nhà trường năm học 2025 - 2026",
      school(2025),
    ],
    [
      "UBND TỈNH LAI CHÂU\nSố: 12/KH-UBND\tLai Châu, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nThực hiện Chiến lược phát triển giai đoạn 2026-2030, tầm nhìn đến năm 2045",
      period(2026, 2030),
    ],
    // Single-year plans: null.
    ["Kế hoạch cải cách hành chính năm 2026", null],
    ["", null],
    ["KẾ HOẠCH\nCông tác thi đua, khen thưởng năm 2021", null],
    // The plan's own year comes first: the period is what it carries out.
    ["Kế hoạch năm 2026 thực hiện Chiến lược giai đoạn 2021-2030", null],
    // A citing line is another document's span; the body is past the opening.
    ["Số: 12/KH-UBND\tLai Châu, ngày 10 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính\nCăn cứ Nghị quyết số 76/NQ-CP về Chương trình tổng thể giai đoạn 2021-2030;", null],
    ["KẾ HOẠCH\nCải cách hành chính\nI. MỤC ĐÍCH, YÊU CẦU\n1. Thực hiện Chương trình giai đoạn 2021-2030", null],
    ["KẾ HOẠCH\nCải cách hành chính\nThực hiện Chương trình tổng thể giai đoạn 2021-2030, UBND xã ban hành Kế hoạch như sau:", null],
    ["KẾ HOẠCH\nCải cách hành chính\n- Nghị quyết số 76/NQ-CP giai đoạn 2021-2030;", null],
    ["KẾ HOẠCH\nThực hiện Chương trình chuyển đổi số giai đoạn 2026-2030", period(2026, 2030)],
    // Not spans: dates, numbers, backwards or endless ranges.
    ["Lai Châu, ngày 10 tháng 01 năm 2026", null],
    ["Số: 2025-2026/QĐ", null],
    ["15/5/2021-2022", null],
    ["năm học 2025-2027", null],
    ["giai đoạn 2030-2026", null],
    ["giai đoạn 1990-2045", null],
    ["Điện thoại 0213-3876", null],
  ])("%j", (text, expected) => {
    expect(planSpanOf(text)).toEqual(expected);
  });

  it("never throws, and gives null or a span of two to thirty years", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
        const span = planSpanOf(text);
        if (span === null) return;
        expect(span.to).toBeGreaterThan(span.from);
        expect(span.to - span.from).toBeLessThanOrEqual(30);
        if (span.kind === "school-year") expect(span.to).toBe(span.from + 1);
      }),
      { numRuns },
    );
    expect(planSpanOf(undefined as unknown as string)).toBeNull();
  });

  it("finds any school year or period written as plans write it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom("-", " - ", "–", " – "),
        fc.constantFrom("KẾ HOẠCH\n", "Kế hoạch ", "", "KẾ HOẠCH\nCông tác "),
        fc.boolean(),
        (from, length, dash, before, schoolYear) => {
          const to = schoolYear ? from + 1 : from + length;
          const text = `${before}${schoolYear ? "năm học" : "giai đoạn"} ${from}${dash}${to}`;
          expect(planSpanOf(text)).toEqual({ from, to, kind: schoolYear ? "school-year" : "period" });
        },
      ),
      { numRuns },
    );
  });
});

describe("isWithinSpan", () => {
  it.each<[string, CalendarDate, number, PlanSpan | null | undefined, boolean]>([
    ["single year: inside", d(31, 12, 2026), 2026, undefined, true],
    ["single year: the next year", d(1, 1, 2027), 2026, undefined, false],
    ["single year: null span", d(15, 5, 2026), 2026, null, true],
    ["school year: its first day", d(1, 8, 2025), 2025, school(2025), true],
    ["school year: Học kỳ I's end", d(31, 1, 2026), 2025, school(2025), true],
    ["school year: its end", d(31, 5, 2026), 2025, school(2025), true],
    ["school year: its last summer day", d(31, 7, 2026), 2025, school(2025), true],
    ["school year: the summer before", d(31, 7, 2025), 2025, school(2025), false],
    ["school year: the next school year", d(1, 8, 2026), 2025, school(2025), false],
    ["school year: the wrong year typed", d(15, 3, 2025), 2025, school(2025), false],
    ["school year without a kind", d(15, 3, 2026), 2025, { from: 2025, to: 2026 }, true],
    ["period: first day", d(1, 1, 2026), 2026, period(2026, 2030), true],
    ["period: last day", d(31, 12, 2030), 2026, period(2026, 2030), true],
    ["period: after", d(1, 1, 2031), 2026, period(2026, 2030), false],
    ["period: before", d(31, 12, 2025), 2026, period(2026, 2030), false],
    ["period without a kind", d(15, 6, 2029), 2026, { from: 2026, to: 2030 }, true],
    ["an unusable span is the plan's year", d(15, 6, 2029), 2026, { from: 2030, to: 2026 }, false],
  ])("%s", (_name, date, year, span, expected) => {
    expect(isWithinSpan(date, year, span)).toBe(expected);
  });
});

describe("knownSpan and yearOfMonth", () => {
  it.each<[PlanSpan | null | undefined, KnownSpan | null]>([
    [{ from: 2025, to: 2026 }, school(2025)],
    [{ from: 2025, to: 2026, kind: "period" }, period(2025, 2026)],
    [{ from: 2026, to: 2030 }, period(2026, 2030)],
    [{ from: 2026, to: 2030, kind: "school-year" }, null],
    [{ from: 2026, to: 2026 }, null],
    [{ from: 1899, to: 1900 }, null],
    [{ from: 2200, to: 2201 }, null],
    [{ from: 1.5, to: 2.5 }, null],
    [{ from: 2026, to: 2030, kind: "decade" as "period" }, period(2026, 2030)],
    [null, null],
    [undefined, null],
  ])("%j → %j", (span, expected) => {
    expect(knownSpan(span)).toEqual(expected);
  });

  it.each<[number, KnownSpan | null, number]>([
    [3, null, 2021],
    [8, school(2025), 2025],
    [12, school(2025), 2025],
    [1, school(2025), 2026],
    [7, school(2025), 2026],
    [12, period(2026, 2030), 2026],
  ])("month %i in %j is in %i", (month, span, year) => {
    expect(yearOfMonth(month, 2021, span)).toBe(year);
  });
});

describe("deadlines in a span plan", () => {
  const anySpan: fc.Arbitrary<KnownSpan> = fc.oneof(
    fc.integer({ min: 1900, max: 2199 }).map(school),
    fc.integer({ min: 1900, max: 2170 }).chain((from) => fc.integer({ min: from + 2, max: from + 30 }).map((to) => period(from, to))),
  );
  // Phrases that name a day or a part of a month without a year.
  const yearless = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).chain(([month, day]) =>
    fc.constantFrom(
      `Tháng ${month}`,
      `${day}/${month}`,
      `Trước ngày ${day}/${month}`,
      `ngày ${day} tháng ${month}`,
      `Tuần 2 tháng ${month}`,
      `Đầu tháng ${month}`,
      `Giữa tháng ${month}`,
      `Cuối tháng ${month}`,
      `Quý ${Math.ceil(month / 3)}`,
      "Học kỳ I",
      "Học kỳ II",
      "Cả năm học",
    ),
  );

  it("a day or month written without a year always lands inside the plan's span", () => {
    fc.assert(
      fc.property(anySpan, yearless, (span, text) => {
        const result = parseDeadline(text, span.from, span);
        expect(result.kind).toBe("date");
        if (result.kind === "date") expect(isWithinSpan(result.date, span.from, span)).toBe(true);
      }),
      { numRuns },
    );
  });

  it("…and inside the plan's year when there is no span", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), yearless, (year, text) => {
        const result = parseDeadline(text, year);
        expect(result.kind).toBe("date");
        if (result.kind === "date") expect(isWithinSpan(result.date, year)).toBe(true);
      }),
      { numRuns },
    );
  });
});
