import { readPlanModel } from "../../../src/core/plan/workbookModel";
import { computeSummary, type PeriodId } from "../../../src/core/summary/figures";
import { buildSummarySheet } from "../../../src/core/summary/sheet";
import { TABLES } from "../../../src/core/workbook/types";
import { d, planSnapshot, serial, type TaskRowInput } from "../../support/snapshots";

const t = (id: number, quarter: number, status: string, extra: TaskRowInput = {}): TaskRowInput => ({
  id,
  quarter,
  content: `Nhiệm vụ ${id}`,
  lead: id % 2 ? "LĐLĐ tỉnh" : "LĐLĐ tỉnh; Công đoàn Viên chức tỉnh",
  status,
  ...extra,
});

const tasks: TaskRowInput[] = [
  t(1, 1, "Hoàn thành", { completed: serial("2021-03-01") }),
  t(2, 1, "Hoàn thành", { completed: serial("2021-04-20") }), // late
  t(3, 1, "Chưa thực hiện"), // overdue
  t(4, 2, "Đang thực hiện"), // overdue (due 30/06)
  t(5, 2, "Tạm dừng"),
  t(6, 3, "Chưa thực hiện"),
  t(7, 4, "Đang thực hiện"),
  { id: 8, content: "Thường xuyên theo dõi", lead: "LĐLĐ tỉnh", deadline: "Thường xuyên", status: "Đang thực hiện" },
];

describe("summary figures as of 15/07/2021", () => {
  const model = readPlanModel(planSnapshot(tasks), 2021);
  const f = computeSummary(model, d("2021-07-15"));
  const row = (p: PeriodId) => f.periods.find((x) => x.period === p);

  it("counts each quarter by status", () => {
    expect(row("q1")).toMatchObject({ total: 3, done: 2, doneOnTime: 1, doneLate: 1, notStarted: 1, overdue: 1 });
    expect(row("q2")).toMatchObject({ total: 2, inProgress: 1, paused: 1, overdue: 1, done: 0 });
    expect(row("q3")).toMatchObject({ total: 1, notStarted: 1, overdue: 0 });
    expect(row("q4")).toMatchObject({ total: 1, inProgress: 1 });
  });
  it("periods add up their quarters; the year also counts tasks with no quarter", () => {
    expect(row("h1")).toMatchObject({ total: 5, done: 2, overdue: 2 });
    expect(row("m9")).toMatchObject({ total: 6 });
    expect(row("year")).toMatchObject({ total: 8, inProgress: 3 });
    expect(row("year")?.percentDone).toBeCloseTo(2 / 8);
  });
  it("lists overdue tasks, most overdue first", () => {
    expect(f.overdue.map((o) => [o.id, o.days])).toEqual([
      ["3", 106],
      ["4", 15],
    ]);
  });
  it("counts tasks led per unit", () => {
    expect(f.units.find((u) => u.unit === "LĐLĐ tỉnh")).toMatchObject({ unit: "LĐLĐ tỉnh", led: 8, done: 2, overdue: 2 });
    expect(f.units.find((u) => u.unit === "Công đoàn Viên chức tỉnh")).toMatchObject({ unit: "Công đoàn Viên chức tỉnh", led: 3, done: 1, overdue: 1 });
  });
  it("a period narrows the unit and overdue sections, not the period table", () => {
    const q2 = computeSummary(model, d("2021-07-15"), "q2");
    expect(q2.overdue.map((o) => o.id)).toEqual(["4"]);
    expect(q2.units.find((u) => u.unit === "LĐLĐ tỉnh")?.led).toBe(2);
    expect(q2.periods).toEqual(f.periods);
  });
});

describe("submission figures", () => {
  const requirements = [["R1", "Đăng ký thi đua", serial("2021-01-30"), "LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố", "Có"]];
  const submissions = [
    ["LĐLĐ huyện Tam Đường", "R1", null, serial("2021-01-29")],
    ["LĐLĐ huyện Sìn Hồ", "R1", null, serial("2021-02-03")],
    ["LĐLĐ huyện Mường Tè", "R1", null, null],
  ];
  it("on time / late / missing, naming units, and who is not eligible", () => {
    const model = readPlanModel(planSnapshot([t(1, 4, "")], { requirements, submissions }), 2021);
    const f = computeSummary(model, d("2021-07-15"));
    expect(f.requirements[0]).toMatchObject({ onTime: 1, late: 1, missing: 1, pending: 0, lateUnits: ["LĐLĐ huyện Sìn Hồ"], missingUnits: ["LĐLĐ huyện Mường Tè"] });
    expect(f.ineligibleUnits).toEqual(["LĐLĐ huyện Mường Tè"]);
    const before = computeSummary(model, d("2021-01-15"));
    expect(before.requirements[0]).toMatchObject({ missing: 0, pending: 1 });
  });
});

describe("summary sheet", () => {
  const model = readPlanModel(planSnapshot(tasks), 2021);
  const f = computeSummary(model, d("2021-07-15"));
  it("is the same for the same figures but the timestamp", () => {
    const a = buildSummarySheet(f, "vi", "01/01/2026 10:00");
    const b = buildSummarySheet(f, "vi", "02/01/2026 11:30");
    const strip = (s: typeof a) => JSON.stringify(s).replace(/\d\d\/\d\d\/2026 \d\d:\d\d/g, "");
    expect(strip(a)).toEqual(strip(b));
  });
  it("holds the period table as its marker table, with Quý I–IV rows and a chart over them", () => {
    const s = buildSummarySheet(f, "vi", "x");
    expect(s.markerTable).toBe(TABLES.summary);
    const marker = s.tables.find((x) => x.name === TABLES.summary);
    const block = s.blocks.find((b) => b.row === marker?.row);
    expect(block?.cells.slice(1, 5).map((r) => [r[0].value, r[1].value])).toEqual([
      ["Quý I", 3],
      ["Quý II", 2],
      ["Quý III", 1],
      ["Quý IV", 1],
    ]);
    expect(s.charts[0].categories).toEqual({ row: (marker?.row ?? 0) + 1, column: 1, count: 4 });
    expect(buildSummarySheet(f, "en", "x").preferredName).toBe("Summary");
  });
});
