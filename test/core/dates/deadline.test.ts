import * as fs from "fs";
import * as path from "path";
import { parseDeadline, parseQuarterHeading, DeadlineParse } from "../../../src/core/dates/deadline";
import { DEADLINE_WORDING } from "../../../src/core/dates/deadlineWording";
import { PlanSpan } from "../../../src/core/dates/span";

const PLAN_YEAR = 2021;

const on = (day: number, month: number, year: number): DeadlineParse => ({
  kind: "date",
  date: { year, month, day },
});
const ONGOING: DeadlineParse = { kind: "ongoing" };
const RECURRING: DeadlineParse = { kind: "recurring" };
const UNTRACKED: DeadlineParse = { kind: "untracked" };
const NONE: DeadlineParse = { kind: "none" };
const IMPOSSIBLE: DeadlineParse = { kind: "invalid", reason: "impossible-date" };
const UNRECOGNISED: DeadlineParse = { kind: "invalid", reason: "unrecognised" };

function expectParse(text: string, expected: DeadlineParse, planYear = PLAN_YEAR, span?: PlanSpan): void {
  expect(parseDeadline(text, planYear, span)).toEqual(expected);
}

describe("parseDeadline", () => {
  describe("numeric dates, day first", () => {
    it.each<[string, DeadlineParse]>([
      ["15/5/2021", on(15, 5, 2021)],
      ["05/12/2022", on(5, 12, 2022)],
      ["5/1/2022", on(5, 1, 2022)],
      ["05-12-2022", on(5, 12, 2022)],
      ["5-12-2022", on(5, 12, 2022)],
      ["05.12.2022", on(5, 12, 2022)],
      ["15/5/21", on(15, 5, 2021)],
      ["15-05-22", on(15, 5, 2022)],
      ["15.5.23", on(15, 5, 2023)],
      ["15/5", on(15, 5, PLAN_YEAR)],
      ["1/12", on(1, 12, PLAN_YEAR)],
      ["15 / 5 / 2021", on(15, 5, 2021)],
      ["ngày 15-5", on(15, 5, PLAN_YEAR)],
      ["2021-05-15", on(15, 5, 2021)],
      ["29/02/2024", on(29, 2, 2024)],
      ["29/2/2000", on(29, 2, 2000)],
    ])("%j", (text, expected) => expectParse(text, expected));

    it("takes a missing year from the plan", () => {
      expectParse("15/5", on(15, 5, 2023), 2023);
      expectParse("ngày 5 tháng 12", on(5, 12, 2030), 2030);
    });
  });

  describe("dates in words", () => {
    it.each<[string, DeadlineParse]>([
      ["ngày 5 tháng 12 năm 2022", on(5, 12, 2022)],
      ["Ngày 05 tháng 12 năm 2022", on(5, 12, 2022)],
      ["ngày 5 tháng 12", on(5, 12, PLAN_YEAR)],
      ["5 tháng 12 năm 2022", on(5, 12, 2022)],
      ["5 tháng 12", on(5, 12, PLAN_YEAR)],
      ["ngày 20 tháng 01 năm 2021", on(20, 1, 2021)],
      ["ngày 5 tháng 12, năm 2022", on(5, 12, 2022)],
      ["NGÀY 5 THÁNG 12 NĂM 2022", on(5, 12, 2022)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("prefixes and wrappers", () => {
    it.each<[string, DeadlineParse]>([
      ["Trước 15/5/2021", on(15, 5, 2021)],
      ["Trước ngày 15/5/2021", on(15, 5, 2021)],
      ["Chậm nhất 15/5/2021", on(15, 5, 2021)],
      ["Chậm nhất ngày 15/5/2021", on(15, 5, 2021)],
      ["Chậm nhất vào ngày 10/11/2021", on(10, 11, 2021)],
      ["Hạn: 15/5/2021", on(15, 5, 2021)],
      ["Hạn 30/6", on(30, 6, PLAN_YEAR)],
      ["Hoàn thành trước 15/5/2021", on(15, 5, 2021)],
      ["Đến 15/5/2021", on(15, 5, 2021)],
      ["Đến ngày 15/5/2021", on(15, 5, 2021)],
      ["Xong trước 15/5/2021", on(15, 5, 2021)],
      ["trong tháng 3", on(31, 3, PLAN_YEAR)],
      ["Trước ngày 5 tháng 12 năm 2022", on(5, 12, 2022)],
      ["Hoàn thành chậm nhất ngày 15/5/2021 (báo cáo)", on(15, 5, 2021)],
      ["Đăng ký các danh hiệu thi đua năm 2020 gửi về LĐLĐ tỉnh chậm nhất ngày 30/01/2021;", on(30, 1, 2021)],
      ["Báo cáo sơ kết thi đua 6 tháng đầu năm gửi về LĐLĐ tỉnh chậm nhất **ngày 15/5/2021**;", on(15, 5, 2021)],
      ["Trước 15/5/2021 theo Kế hoạch số 210/KH-LĐLD ngày 20/01/2021", on(15, 5, 2021)],
      ["15/5/2021 (báo cáo 6 tháng)", on(15, 5, 2021)],
      ["Tháng 6 (trước ngày 20/6)", on(20, 6, PLAN_YEAR)],
      ["Trong năm 2022, trước 15/5", on(15, 5, 2022)],
      ["Thường xuyên; báo cáo chậm nhất ngày 15/12/2021", on(15, 12, 2021)],
      ["Trước 30/6 và 31/12", on(31, 12, PLAN_YEAR)],
      ["Năm 2022: trước 15/5", on(15, 5, 2022)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("months: end of the month", () => {
    it.each<[string, DeadlineParse]>([
      ["Tháng 3", on(31, 3, PLAN_YEAR)],
      ["tháng 2", on(28, 2, PLAN_YEAR)],
      ["Tháng 2/2024", on(29, 2, 2024)],
      ["tháng 3/2023", on(31, 3, 2023)],
      ["tháng 4-2023", on(30, 4, 2023)],
      ["tháng 3/23", on(31, 3, 2023)],
      ["Tháng 3 - 15/3/2022", on(15, 3, 2022)],
      ["Tháng 03 năm 2023", on(31, 3, 2023)],
      ["T3/2023", on(31, 3, 2023)],
      ["T12/2022", on(31, 12, 2022)],
      ["03/2023", on(31, 3, 2023)],
      ["Cuối tháng 9", on(30, 9, PLAN_YEAR)],
      ["Từ tháng 3 đến tháng 6", on(30, 6, PLAN_YEAR)],
      ["Tháng 3 - tháng 6/2023", on(30, 6, 2023)],
      ["Tháng 10–12", on(31, 12, PLAN_YEAR)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("quarters: end of the quarter", () => {
    it.each<[string, DeadlineParse]>([
      ["Quý I", on(31, 3, PLAN_YEAR)],
      ["Quý II", on(30, 6, PLAN_YEAR)],
      ["QUÝ III", on(30, 9, PLAN_YEAR)],
      ["Quý IV", on(31, 12, PLAN_YEAR)],
      ["Quý 1", on(31, 3, PLAN_YEAR)],
      ["Quý 2", on(30, 6, PLAN_YEAR)],
      ["quý II/2023", on(30, 6, 2023)],
      ["quý II/23", on(30, 6, 2023)],
      ["Quý IV năm 2022", on(31, 12, 2022)],
      ["Quý 3 năm 2022", on(30, 9, 2022)],
      ["Trong quý II", on(30, 6, PLAN_YEAR)],
      ["Quý I - II", on(30, 6, PLAN_YEAR)],
      ["Quý IV (tháng 10–12)", on(31, 12, PLAN_YEAR)],
      ["Q3/2023", on(30, 9, 2023)],
      ["Quý II (trước 30/6)", on(30, 6, PLAN_YEAR)],
      ["Từ 15/3 đến hết quý II", on(30, 6, PLAN_YEAR)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("half years and whole years", () => {
    it.each<[string, DeadlineParse]>([
      ["6 tháng đầu năm", on(30, 6, PLAN_YEAR)],
      ["6 tháng cuối năm", on(31, 12, PLAN_YEAR)],
      ["9 tháng", on(30, 9, PLAN_YEAR)],
      ["9 tháng đầu năm", on(30, 9, PLAN_YEAR)],
      ["Báo cáo 6 tháng", on(30, 6, PLAN_YEAR)],
      ["6 tháng đầu năm 2022", on(30, 6, 2022)],
      ["Sáu tháng đầu năm", on(30, 6, PLAN_YEAR)],
      ["Nửa cuối năm", on(31, 12, PLAN_YEAR)],
      ["Cả năm", on(31, 12, PLAN_YEAR)],
      ["Năm 2021", on(31, 12, 2021)],
      ["Năm 2022", on(31, 12, 2022)],
      ["Cuối năm", on(31, 12, PLAN_YEAR)],
      ["Trong năm", on(31, 12, PLAN_YEAR)],
      ["Đến hết năm 2022", on(31, 12, 2022)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("ongoing work: no deadline, not an error", () => {
    it.each([
      "Thường xuyên",
      "THƯỜNG XUYÊN",
      "Liên tục",
      "Hằng ngày",
      "Hàng ngày",
      "Thường xuyên, báo cáo 6 tháng và cả năm",
      "Thuong xuyen",
      "Trong suốt quá trình thực hiện",
    ])("%j", (text) => expectParse(text, ONGOING));
  });

  describe("recurring rules: no single deadline, not an error", () => {
    it.each([
      "Định kỳ hằng tháng",
      "Hằng tháng",
      "Hàng tháng",
      "Hằng quý",
      "Hàng quý",
      "Hàng năm",
      "Hằng tuần",
      "Mỗi quý",
      // "Định kỳ" alone still promises checkpoints, so it is recurring like "Hằng quý", not ongoing.
      "Định kỳ",
      "Định kỳ hằng quý",
      "Trước ngày 05 của tháng liền kề",
      "Trước ngày 10 của tháng sau",
      "Trước ngày 15 của quý tiếp theo",
      "Ngày 20 hằng tháng",
      "Trước ngày 25 hằng tháng",
      "Hằng tháng, trước ngày 25",
      "6 tháng/lần",
      // A frequency, not 03/01.
      "3 tháng 1 lần đánh giá",
      "1 lần/quý",
      "2 lần/năm",
      // Months listed: a report every quarter, not a deadline in March.
      "Tháng 3, 6, 9, 12",
      "Tháng 3, 6, 9 và 12",
      "Báo cáo tháng 3; 6; 9; 12 năm 2021",
      "Quý I, II, III, IV",
      // Recurring outranks ongoing: it says when to check.
      "Thường xuyên; định kỳ 6 tháng/lần báo cáo",
      // And outranks untracked.
      "Định kỳ và đột xuất",
      "Hằng năm theo hướng dẫn của Bộ",
    ])("%j", (text) => expectParse(text, RECURRING));
  });

  describe("untracked: the wording names no day a clerk can check, not an error", () => {
    it.each([
      "Theo hướng dẫn",
      "Theo hướng dẫn của Trung ương",
      "Theo chỉ đạo của UBND tỉnh",
      "Theo yêu cầu của cấp trên",
      "Theo lộ trình",
      "Theo kế hoạch riêng",
      "Theo Kế hoạch số 12/KH-UBND ngày 20/01/2021",
      "Theo quy định",
      "Khi có yêu cầu",
      "Khi có văn bản",
      "Khi có văn bản hướng dẫn mới",
      "Đột xuất",
      "Tùy theo tình hình thực tế",
      "Sẽ thông báo sau",
      "Sau 03 tháng kể từ ngày ban hành",
      // The day counts from an event: 15/6 is not what a clerk would chase, and 15/3 is not the deadline.
      "Sau 03 tháng kể từ ngày 15/3/2021",
      // "3 tháng" here is a length of time, not March.
      "Trong 3 tháng kể từ ngày Quyết định có hiệu lực",
      "Trong thời hạn 30 ngày kể từ ngày 01/7/2021",
      "15 ngày làm việc sau khi nhận hồ sơ",
      "Kể từ ngày ký",
      // Lunar festivals move every year.
      "Trước Tết Nguyên đán",
      "Trước Tết Nguyên đán Nhâm Dần năm 2022",
      "Dịp Tết Trung thu",
      "Dịp Rằm tháng Giêng",
    ])("%j", (text) => expectParse(text, UNTRACKED));

    it("leaves continuous work ongoing when it also says who guides it", () => {
      expectParse("Thường xuyên, theo chỉ đạo của UBND tỉnh", ONGOING);
    });

    it.each<[string, DeadlineParse]>([
      // A deadline word introduces the date: it is the deadline, whatever else is said.
      ["Trước 15/5/2021 theo Kế hoạch số 210/KH-LĐLD ngày 20/01/2021", on(15, 5, 2021)],
      ["Theo hướng dẫn của tỉnh, trước 30/6", on(30, 6, PLAN_YEAR)],
      ["Khi có yêu cầu (chậm nhất ngày 15/12/2021)", on(15, 12, 2021)],
      ["Theo hướng dẫn của Trung ương (dự kiến quý III/2021)", on(30, 9, 2021)],
      ["Theo lộ trình đến năm 2025", on(31, 12, 2025)],
      ["Trước Tết Nguyên đán (trước 25/01/2022)", on(25, 1, 2022)],
      // Written before the untracked words: the deadline, with a note.
      ["15/5/2021 (theo hướng dẫn)", on(15, 5, 2021)],
      ["Tháng 3 (theo kế hoạch của tỉnh)", on(31, 3, PLAN_YEAR)],
      // Fixed festivals are dates, not untracked.
      ["Trước Tết Dương lịch, 31/12", on(31, 12, PLAN_YEAR)],
    ])("a date a deadline word introduces, or written before, stands: %j", (text, expected) => expectParse(text, expected));
  });

  describe("a day written as the deadline outranks a rule; a rule outranks a period", () => {
    it.each<[string, DeadlineParse]>([
      ["Thường xuyên; báo cáo chậm nhất ngày 15/12/2021", on(15, 12, 2021)],
      ["Định kỳ hằng quý, trước 15/12/2021", on(15, 12, 2021)],
      // In a single-year plan, "every year before 31/3" happens once: on 31/03 of the plan's year.
      ["Hằng năm, trước 31/3", on(31, 3, PLAN_YEAR)],
      ["Hằng quý (quý I)", RECURRING],
      ["Trong các tháng 3 và 4", on(30, 4, PLAN_YEAR)],
      // "sáu" (six) folds like "sau" (after): a count of reports, not a time after an event.
      ["Báo cáo 9 tháng, sáu tháng đầu năm", on(30, 6, PLAN_YEAR)],
      ["Các quý II và III", on(30, 9, PLAN_YEAR)],
      ["Tháng 3 (sau khi có kết quả thẩm định)", on(31, 3, PLAN_YEAR)],
      ["Trước 30/6 hoặc khi có yêu cầu", on(30, 6, PLAN_YEAR)],
      ["Kể từ ngày 01/01/2021 đến ngày 31/12/2021", on(31, 12, 2021)],
      ["Thường xuyên, cả năm", ONGOING],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("the wording table", () => {
    it.each(DEADLINE_WORDING.map((w) => [w.example, w.kind, w.pattern]))("%j reads as %s (/%s/)", (example, kind) => {
      expect(parseDeadline(example, PLAN_YEAR).kind).toBe(kind);
    });

    it("gives every line an example in its own kind's wording", () => {
      expect(new Set(DEADLINE_WORDING.map((w) => w.example)).size).toBe(DEADLINE_WORDING.length);
    });
  });

  describe("early, middle and late in a month: the 10th, the 20th, the end", () => {
    it.each<[string, DeadlineParse]>([
      ["Đầu tháng 3", on(10, 3, PLAN_YEAR)],
      ["Giữa tháng 3", on(20, 3, PLAN_YEAR)],
      ["Cuối tháng 3", on(31, 3, PLAN_YEAR)],
      ["Đầu tháng 3/2022", on(10, 3, 2022)],
      ["Giữa tháng 02 năm 2024", on(20, 2, 2024)],
      ["Cuối tháng 2/2024", on(29, 2, 2024)],
      ["Thượng tuần tháng 4", on(10, 4, PLAN_YEAR)],
      ["Trung tuần tháng 4", on(20, 4, PLAN_YEAR)],
      ["Hạ tuần tháng 4", on(30, 4, PLAN_YEAR)],
      ["Từ đầu tháng 3 đến giữa tháng 4", on(20, 4, PLAN_YEAR)],
      ["Tuần đầu tháng 9", on(7, 9, PLAN_YEAR)],
      ["Đầu tháng 13", IMPOSSIBLE],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("school terms and school years", () => {
    it.each<[string, DeadlineParse]>([
      // Without a span, a school phrase lands in the plan's year, as a month would: the terms of the
      // school year ending in it ("Sơ kết học kỳ I" in a 2021 plan is held in January 2021), and the
      // start of the one starting in it.
      ["Học kỳ I", on(31, 1, PLAN_YEAR)],
      ["Học kỳ II", on(31, 5, PLAN_YEAR)],
      ["Học kì 1", on(31, 1, PLAN_YEAR)],
      ["HK II", on(31, 5, PLAN_YEAR)],
      ["HKI", on(31, 1, PLAN_YEAR)],
      ["Cuối học kỳ II", on(31, 5, PLAN_YEAR)],
      ["Cả năm học", on(31, 5, PLAN_YEAR)],
      ["Trong năm học", on(31, 5, PLAN_YEAR)],
      ["Đầu năm học", on(30, 9, PLAN_YEAR)],
      ["Năm học 2025-2026", on(31, 5, 2026)],
      ["Năm học 2025 - 2026", on(31, 5, 2026)],
      ["năm học 2025–26", on(31, 5, 2026)],
      ["Học kỳ I năm học 2025-2026", on(31, 1, 2026)],
      ["Học kỳ II, năm học 2025-2026", on(31, 5, 2026)],
      ["Đầu năm học 2025-2026", on(30, 9, 2025)],
      ["Học kỳ I và học kỳ II", on(31, 5, PLAN_YEAR)],
      ["Quý khách học kỳ", UNRECOGNISED],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("spans of years: the span's end", () => {
    it.each<[string, DeadlineParse]>([
      ["2026-2030", on(31, 12, 2030)],
      ["2026 - 2030", on(31, 12, 2030)],
      ["Giai đoạn 2026-2030", on(31, 12, 2030)],
      ["Giai đoạn 2026 – 2030", on(31, 12, 2030)],
      ["Nhiệm kỳ 2023-2028", on(31, 12, 2028)],
      ["Từ năm 2026 đến năm 2030", on(31, 12, 2030)],
      ["Năm 2027", on(31, 12, 2027)],
      ["Trong năm 2026", on(31, 12, 2026)],
      // Two consecutive years after "năm" are a school year.
      ["Năm 2025-2026", on(31, 5, 2026)],
      // Not a span: backwards, or longer than any plan.
      ["2030-2026", UNRECOGNISED],
      ["1990-2045", UNRECOGNISED],
      // A date's year is not a span's start.
      ["15/5/2021-2022", on(15, 5, 2021)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("more phrases from real plans", () => {
    it.each<[string, DeadlineParse]>([
      ["Tháng 9-10/2025", on(31, 10, 2025)],
      ["Quý II/2026", on(30, 6, 2026)],
      ["6 tháng đầu năm", on(30, 6, PLAN_YEAR)],
      ["Cả năm", on(31, 12, PLAN_YEAR)],
      ["Từ ngày 10/3 đến 12/3/2026", on(12, 3, 2026)],
      ["Từ tháng 3 đến tháng 5", on(31, 5, PLAN_YEAR)],
      ["Trước 30/6", on(30, 6, PLAN_YEAR)],
      ["Chậm nhất ngày 15/12", on(15, 12, PLAN_YEAR)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("a school-year plan (năm học 2025-2026)", () => {
    const SCHOOL: PlanSpan = { from: 2025, to: 2026, kind: "school-year" };
    it.each<[string, DeadlineParse]>([
      // Months 8–12 are the first year, 1–7 the second.
      ["Tháng 8", on(31, 8, 2025)],
      ["Tháng 9", on(30, 9, 2025)],
      ["Tháng 12", on(31, 12, 2025)],
      ["Tháng 1", on(31, 1, 2026)],
      ["Tháng 7", on(31, 7, 2026)],
      ["Trước 30/6", on(30, 6, 2026)],
      ["Chậm nhất ngày 15/12", on(15, 12, 2025)],
      ["Tuần đầu tháng 9", on(7, 9, 2025)],
      ["Giữa tháng 3", on(20, 3, 2026)],
      ["Quý IV", on(31, 12, 2025)],
      ["Quý II", on(30, 6, 2026)],
      ["Tháng 9-10", on(31, 10, 2025)],
      ["Từ tháng 11 đến tháng 2", on(28, 2, 2026)],
      ["Từ 15/12 đến 15/01", on(15, 1, 2026)],
      // Học kỳ I ends mid-January: the end of January of the second year.
      ["Học kỳ I", on(31, 1, 2026)],
      ["Học kỳ II", on(31, 5, 2026)],
      ["Cả năm học", on(31, 5, 2026)],
      ["Đầu năm học", on(30, 9, 2025)],
      // "Năm" unwritten in a school's plan is the school year.
      ["Cả năm", on(31, 5, 2026)],
      ["Cuối năm", on(31, 5, 2026)],
      // The plan's own years as a bare range are its school year.
      ["2025-2026", on(31, 5, 2026)],
      // A written year is as written.
      ["Tháng 9/2026", on(30, 9, 2026)],
      ["Cả năm 2025", on(31, 12, 2025)],
      ["Giai đoạn 2025-2026", on(31, 12, 2026)],
      // Leap days follow the year the month lands in.
      ["29/02", on(29, 2, 2028)],
      ["Hằng tháng", RECURRING],
      ["31/02", IMPOSSIBLE],
    ])("%j", (text, expected) => {
      const planYear = text === "29/02" ? 2027 : 2025;
      const span = text === "29/02" ? { from: 2027, to: 2028 } : SCHOOL;
      expectParse(text, expected, planYear, span);
    });

    it("takes two consecutive years without a kind as a school year", () => {
      expectParse("Tháng 10", on(31, 10, 2025), 2025, { from: 2025, to: 2026 });
      expectParse("Tháng 3", on(31, 3, 2026), 2025, { from: 2025, to: 2026 });
    });
  });

  describe("a plan over several years (giai đoạn 2026-2030)", () => {
    const PERIOD: PlanSpan = { from: 2026, to: 2030, kind: "period" };
    it.each<[string, DeadlineParse]>([
      // A bare month or day is the span's first year.
      ["Tháng 3", on(31, 3, 2026)],
      ["Tháng 9", on(30, 9, 2026)],
      ["Trước 30/6", on(30, 6, 2026)],
      ["Quý II", on(30, 6, 2026)],
      ["Học kỳ I", on(31, 1, 2026)],
      ["Năm 2028", on(31, 12, 2028)],
      ["Trước 30/6/2029", on(30, 6, 2029)],
      ["Giai đoạn 2026-2030", on(31, 12, 2030)],
      ["2026-2028", on(31, 12, 2028)],
      // "Năm" unwritten in a plan over several years is every one of them.
      ["Cả năm", RECURRING],
      ["Hằng năm", RECURRING],
      ["Trong năm", RECURRING],
      ["Cuối năm", RECURRING],
      ["6 tháng đầu năm", RECURRING],
      ["Báo cáo 6 tháng và cả năm", RECURRING],
      ["Hằng năm, trước 31/3", RECURRING],
      // A written year is one day.
      ["Hằng năm, trước 31/3/2027", on(31, 3, 2027)],
      ["Năm 2026-2027", on(31, 12, 2027)],
      ["Năm 2026 và các năm tiếp theo", RECURRING],
      ["Thường xuyên", ONGOING],
      ["Theo lộ trình", UNTRACKED],
      ["31/02", IMPOSSIBLE],
    ])("%j", (text, expected) => expectParse(text, expected, 2026, PERIOD));

    it("takes more than two years without a kind as a period", () => {
      expectParse("Tháng 10", on(31, 10, 2026), 2026, { from: 2026, to: 2030 });
      expectParse("Cả năm", RECURRING, 2026, { from: 2026, to: 2030 });
    });
  });

  describe("a span that is not one is ignored: the plan's year rules", () => {
    it.each<[string, PlanSpan | null | undefined]>([
      ["no span", undefined],
      ["null", null],
      ["one year", { from: 2021, to: 2021 }],
      ["backwards", { from: 2022, to: 2021 }],
      ["not whole years", { from: 2020.5, to: 2021.5 }],
      ["NaN", { from: Number.NaN, to: 2022 }],
      ["too long", { from: 1950, to: 2021 }],
      ["a school year of three years", { from: 2020, to: 2023, kind: "school-year" }],
    ])("%s", (_name, span) => {
      expect(parseDeadline("Tháng 10", PLAN_YEAR, span)).toEqual(on(31, 10, PLAN_YEAR));
      expect(parseDeadline("Cả năm", PLAN_YEAR, span)).toEqual(on(31, 12, PLAN_YEAR));
    });
  });

  describe("a week of a month: the week's last day", () => {
    it.each<[string, DeadlineParse]>([
      ["Tuần 2 tháng 3", on(14, 3, PLAN_YEAR)],
      ["Tuần thứ 3 của tháng 5/2022", on(21, 5, 2022)],
      ["Tuần đầu tháng 10", on(7, 10, PLAN_YEAR)],
      ["Tuần cuối tháng 2", on(28, 2, PLAN_YEAR)],
      ["Tuần cuối tháng 2 năm 2024", on(29, 2, 2024)],
      ["Trong tuần lễ thứ hai tháng 4", on(14, 4, PLAN_YEAR)],
      ["Tuần 5 tháng 4", on(30, 4, PLAN_YEAR)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("ranges: the end of the range is the deadline", () => {
    it.each<[string, DeadlineParse]>([
      ["Từ 01/3 đến 15/3/2021", on(15, 3, 2021)],
      // Two months named is a window (the later month's end), not a list.
      ["Tháng 5, 6", on(30, 6, PLAN_YEAR)],
      ["Tháng 5, 2021", on(31, 5, 2021)],
      ["01/3 - 15/3/2021", on(15, 3, 2021)],
      ["01/3-15/3/2021", on(15, 3, 2021)],
      ["01-3 - 15-3-2022", on(15, 3, 2022)],
      ["Từ ngày 01/3/2021 đến ngày 15/3/2021", on(15, 3, 2021)],
      ["01/12/2021 – 15/01/2022", on(15, 1, 2022)],
      ["15/6 - tháng 12", on(31, 12, PLAN_YEAR)],
      ["Tháng 12/2021 - tháng 1/2022", on(31, 1, 2022)],
      ["Quý I/2021 - Quý II/2021", on(30, 6, 2021)],
    ])("%j", (text, expected) => expectParse(text, expected));

    it("runs a range end into the next year when it would fall before its start", () => {
      expectParse("Từ 15/12/2021 đến 15/1", on(15, 1, 2022));
      expectParse("15/12/2021 - 15/01", on(15, 1, 2022));
      expectParse("Từ 01/3/2021 đến 15/3", on(15, 3, 2021));
    });

    it("checks the start of a range in the end's year, not the plan's", () => {
      expectParse("Từ 29/2 đến 15/3/2024", on(15, 3, 2024), 2023);
      expectParse("Từ 29/2 đến 15/3/2023", IMPOSSIBLE, 2024);
    });
  });

  describe("messy text", () => {
    it.each<[string, DeadlineParse]>([
      ["Trước ngày 15/5/2021".normalize("NFD"), on(15, 5, 2021)],
      ["ngày 5 tháng 12 năm 2022".normalize("NFD"), on(5, 12, 2022)],
      ["Thường xuyên".normalize("NFD"), ONGOING],
      ["Quý II".normalize("NFD"), on(30, 6, PLAN_YEAR)],
      ["Trước\u00A0ngày\u00A015/5/2021", on(15, 5, 2021)],
      ["15/5/\u200B2021", on(15, 5, 2021)],
      ["\u200BThường\u200B xuyên\uFEFF", ONGOING],
      ["\u00D0ến ngày 15/5/2021", on(15, 5, 2021)],
      ["\u00D0ịnh kỳ", RECURRING],
      ["Theo hu\u1EDBng d\u00E2\u0303n".normalize("NFD"), UNTRACKED],
      ["**15/5/2021**", on(15, 5, 2021)],
      ["chậm nhất ngày **15/5/2021**;", on(15, 5, 2021)],
      ["Trước ngày 15/5/2021.", on(15, 5, 2021)],
      ["Tháng 3;", on(31, 3, PLAN_YEAR)],
      ["  \t15/5/2021\n", on(15, 5, 2021)],
      ["Trước ngày 15/5/2021 (báo cáo)\r\n", on(15, 5, 2021)],
    ])("%j", (text, expected) => expectParse(text, expected));
  });

  describe("impossible dates", () => {
    it.each([
      "31/02/2021",
      "29/02/2021",
      "29/2/2100",
      "32/1",
      "31/4/2021",
      "0/5/2021",
      "15/13/2021",
      "15/0/2021",
      "Trước ngày 31/02/2021",
      "ngày 31 tháng 2 năm 2021",
      "ngày 30 tháng 2",
      "Tháng 13",
      "Tháng 0/2021",
      "13/2023",
      "Từ 31/02 đến 15/3/2021",
    ])("%j", (text) => expectParse(text, IMPOSSIBLE));

    it("knows 29/02 only in leap plan years", () => {
      expectParse("29/02", on(29, 2, 2024), 2024);
      expectParse("29/02", IMPOSSIBLE, 2023);
    });
  });

  describe("unrecognised text", () => {
    it.each([
      "Hướng dẫn",
      "Tiến hành",
      "x",
      "abc 123",
      "Quý khách",
      "Quý V",
      "Quý 5",
      "2021",
      "15",
      "ngày 15",
      "T3",
      "15/5/202",
      "15/5/1800",
      "15/5/2201",
      "Năm 1899",
      "tháng 3/2500",
      "1-2 tuần",
      "2.5",
      "Số 217/KH",
      "Việt Nam 2021",
    ])("%j", (text) => expectParse(text, UNRECOGNISED));

    it("does not invent a year when the plan's year is unusable", () => {
      expectParse("15/5", UNRECOGNISED, Number.NaN);
      expectParse("Quý II", UNRECOGNISED, 0);
      expectParse("15/5/2021", on(15, 5, 2021), Number.NaN);
    });
  });

  describe("blank", () => {
    it.each(["", "   ", "\t\n", "-", "—", "...", ";", "\u00A0\u200B", "**", "( )", "- / -"])("%j", (text) =>
      expectParse(text, NONE),
    );
  });

  it("accepts years 1900 to 2200 only", () => {
    expectParse("1/1/1900", on(1, 1, 1900));
    expectParse("31/12/2200", on(31, 12, 2200));
    expectParse("31/12/1899", UNRECOGNISED);
    expectParse("1/1/2201", UNRECOGNISED);
  });
});

describe("parseQuarterHeading", () => {
  it.each<[string, number]>([
    ["QUÝ I", 1],
    ["QUÝ I\t\t", 1],
    ["QUÝ IV\t\t", 4],
    ["Quý 1", 1],
    ["QUÝ II:", 2],
    ["QUÝ II", 2],
    ["Quý III", 3],
    ["Quý IV (tháng 10–12)", 4],
    ["Quý III năm 2021", 3],
    ["Quý 2/2021", 2],
    ["quý iv", 4],
    ["**QUÝ I**", 1],
    ["QUÝ I".normalize("NFD"), 1],
    ["QU\u00DD\u00A0II", 2],
    ["\u200BQUÝ III\u200B", 3],
    ["II. QUÝ II", 2],
    ["- Quý 3:", 3],
    ["Quý I: tháng 1 - 3", 1],
    ["Nhiệm vụ quý II", 2],
  ])("%j is quarter %i", (text, quarter) => {
    expect(parseQuarterHeading(text)).toBe(quarter);
  });

  it.each([
    "Quý khách",
    "1. Đối với LĐLĐ các huyện",
    "1. Đối với quý I",
    "QUÝ V",
    "Quý 5",
    "Quý",
    "",
    "Quý I tổ chức hội nghị sơ kết",
    "Báo cáo quý II",
    "Ký quỹ 1 tỷ",
    "1\tHoàn thiện hồ sơ TĐKT trình các cấp khen thưởng",
    "15/5/2021",
  ])("%j is not a quarter heading", (text) => {
    expect(parseQuarterHeading(text)).toBeNull();
  });
});

describe("src/core/dates sources", () => {
  // The ribbon commands run in Internet Explorer 11 (Office 2016/2019), which cannot parse a
  // lookbehind or a named group; no transpiler rewrites them, so one would stop commands.js loading.
  const dir = path.resolve(__dirname, "../../../src/core/dates");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts"));

  it("has the deadline, wording and span files", () => {
    expect(files).toEqual(expect.arrayContaining(["deadline.ts", "deadlineWording.ts", "span.ts", "fold.ts"]));
  });

  describe.each(files)("%s", (file) => {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    it.each([
      ["negative lookbehind", /\(\?<!/],
      ["positive lookbehind", /\(\?<=/],
      ["named group", /\(\?<[A-Za-z_$]/],
      ["named backreference", /\\k</], // only meaningful with named groups
    ])("has no %s, which Internet Explorer 11 cannot parse", (_name, construct) => {
      expect(source).not.toMatch(construct);
    });
  });
});
