import * as fs from "fs";
import * as path from "path";
import { parseDeadline, parseQuarterHeading, DeadlineParse } from "../../../src/core/dates/deadline";

const PLAN_YEAR = 2021;

const on = (day: number, month: number, year: number): DeadlineParse => ({
  kind: "date",
  date: { year, month, day },
});
const ONGOING: DeadlineParse = { kind: "ongoing" };
const NONE: DeadlineParse = { kind: "none" };
const IMPOSSIBLE: DeadlineParse = { kind: "invalid", reason: "impossible-date" };
const UNRECOGNISED: DeadlineParse = { kind: "invalid", reason: "unrecognised" };

function expectParse(text: string, expected: DeadlineParse, planYear = PLAN_YEAR): void {
  expect(parseDeadline(text, planYear)).toEqual(expected);
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
      "Hằng tháng",
      "Hàng tháng",
      "Liên tục",
      "Định kỳ",
      "Định kỳ hằng quý",
      "Hàng năm",
      "6 tháng/lần",
      // A frequency, not 03/01.
      "3 tháng 1 lần đánh giá",
      "1 lần/quý",
      "Thường xuyên, báo cáo 6 tháng và cả năm",
      "Hằng tháng, trước ngày 25",
      "Thuong xuyen",
      // Months listed: a report every quarter, not a deadline in March.
      "Tháng 3, 6, 9, 12",
      "Tháng 3, 6, 9 và 12",
      "Báo cáo tháng 3; 6; 9; 12 năm 2021",
    ])("%j", (text) => expectParse(text, ONGOING));
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
      ["\u00D0ịnh kỳ", ONGOING],
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
      "Theo hướng dẫn",
      "Khi có văn bản",
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

describe("deadline.ts source", () => {
  // The ribbon commands run in Internet Explorer 11 (Office 2016/2019), which cannot parse a
  // lookbehind or a named group; no transpiler rewrites them, so one would stop commands.js loading.
  const source = fs.readFileSync(path.resolve(__dirname, "../../../src/core/dates/deadline.ts"), "utf8");

  it.each([
    ["negative lookbehind", /\(\?<!/],
    ["positive lookbehind", /\(\?<=/],
    ["named group", /\(\?<[A-Za-z_$]/],
    ["named backreference", /\\k</], // only meaningful with named groups
  ])("has no %s, which Internet Explorer 11 cannot parse", (_name, construct) => {
    expect(source).not.toMatch(construct);
  });
});
