/**
 * A task table copied one cell per line (a PDF viewer, a phone): read as the same table.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPlanText, type TextImport } from "../../../src/core/plan/importText";
import { UnitRegistry } from "../../../src/core/units/registry";
import { PROVINCE, SECTORS, seedUnits } from "../../../src/core/units/seed";

const FIXTURE = readFileSync(join(__dirname, "../../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const run = (text: string): TextImport => importPlanText(text, new UnitRegistry(seedUnits()), 2023);
const tasksOf = (plan: TextImport) =>
  plan.tasks.map((t) => ({ id: t.id, quarter: t.quarter, content: t.content, lead: t.leadUnits, partner: t.partnerUnits, deadline: t.deadline, notes: t.notes }));

/** The fixture with its task table as a PDF copy gives it: every non-empty cell on a line of its own. */
function stackedFixture(): string {
  const lines = FIXTURE.split("\n");
  const start = lines.findIndex((l) => l.startsWith("TT\t"));
  const end = lines.findIndex((l, i) => i > start && /^II\./.test(l));
  const cells = lines.slice(start, end).flatMap((l) => l.split("\t").filter((c) => c.trim() !== "" && !/^-+$/.test(c.trim())));
  return [...lines.slice(0, start), ...cells, ...lines.slice(end)].join("\n");
}

it("plan 217 copied one cell per line gives the same 24 tasks and 3 submissions as its table", () => {
  const table = run(FIXTURE);
  const stacked = stackedFixture();
  const plan = run(stacked);
  expect(table.tasks).toHaveLength(24);
  expect(tasksOf(plan)).toEqual(tasksOf(table));
  expect(plan.requirements).toEqual(table.requirements);
  expect(plan.issues).toEqual(table.issues);
  // Each task's line is the line of its number in the text as pasted.
  const pasted = stacked.split("\n");
  expect(plan.tasks.map((t) => pasted[t.line - 1].trim())).toEqual(plan.tasks.map((t) => t.id));
});

const HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"];
const stacked = (...cells: string[]): string => ["KẾ HOẠCH", "Công tác công đoàn năm 2023", "", ...HEADER, ...cells, ""].join("\n");

it("a content that wraps over several lines is one content; the last lines are the columns after it", () => {
  const plan = run(stacked("QUÝ II", "1", "Tổ chức hội nghị", "tổng kết năm 2022", "LĐLĐ tỉnh", "CĐN", "15/5/2023", "Họp trực tuyến"));
  expect(tasksOf(plan)).toEqual([
    { id: "1", quarter: 2, content: "Tổ chức hội nghị tổng kết năm 2022", lead: [PROVINCE], partner: [SECTORS], deadline: { year: 2023, month: 5, day: 15 }, notes: "Họp trực tuyến" },
  ]);
});

it("a blank cell leaves no line: the deadline still goes to the deadline, the units fill in order", () => {
  const plan = run(stacked("1", "Tổ chức hội nghị", "LĐLĐ tỉnh", "15/5/2023", "2", "Sơ kết 6 tháng", "CĐN", "LĐLĐ tỉnh", "30/6/2023"));
  expect(tasksOf(plan).map((t) => [t.id, t.lead, t.partner, t.deadline?.month])).toEqual([
    ["1", [PROVINCE], [], 5],
    ["2", [SECTORS], [PROVINCE], 6],
  ]);
});

it("a wrapped content and a blank partner cell: the unit line is the lead, the rest is content", () => {
  const plan = run(stacked("1", "Tổ chức hội nghị", "tổng kết năm 2022 và", "triển khai nhiệm vụ", "LĐLĐ tỉnh", "15/5/2023"));
  expect(tasksOf(plan).map((t) => [t.content, t.lead, t.partner, t.deadline?.day])).toEqual([
    ["Tổ chức hội nghị tổng kết năm 2022 và triển khai nhiệm vụ", [PROVINCE], [], 15],
  ]);
});

it("a number out of sequence inside a task is text of that task, not a new task", () => {
  const plan = run(stacked("1", "Tổ chức hội nghị", "2023", "LĐLĐ tỉnh", "CĐN", "15/5/2023", "", "2", "Sơ kết", "CĐN", "LĐLĐ tỉnh", "30/6/2023", ""));
  expect(plan.tasks.map((t) => [t.id, t.content])).toEqual([
    ["1", "Tổ chức hội nghị 2023"],
    ["2", "Sơ kết"],
  ]);
});

it("numbered lines without a header run are still no table (nothing invented)", () => {
  const plan = run(["KẾ HOẠCH", "Công tác năm 2023", "1", "Tổ chức hội nghị", "2", "Sơ kết", ""].join("\n"));
  expect(plan.tasks).toEqual([]);
  expect(plan.issues.map((i) => i.code)).toEqual(["plan-table-missing"]);
});

it("a header run with no task after it is no table either", () => {
  const plan = run(["KẾ HOẠCH", "TT", "Nội dung", "Đơn vị thực hiện", "", "II. TỔ CHỨC THỰC HIỆN", ""].join("\n"));
  expect(plan.foundTable).toBe(false);
});
