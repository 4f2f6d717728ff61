import * as fs from "fs";
import * as path from "path";
import { readPlanDocument } from "../../../src/app/importPlan";
import { planSync } from "../../../src/core/plan/sync";
import { readPlanModel } from "../../../src/core/plan/workbookModel";
import { simulateEdits } from "../../../src/core/workbook/simulate";
import type { TableEdit, WorkbookSnapshot } from "../../../src/core/workbook/types";
import { TABLES } from "../../../src/core/workbook/types";
import { d, planSnapshot, serial, table, TASK_HEADERS, taskRow as taskRowOf } from "../../support/snapshots";

const fixture = fs.readFileSync(path.join(__dirname, "../../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const EMPTY: WorkbookSnapshot = { sheets: [], tables: [] };
const asOf = d("2021-07-15");

function importInto(snapshot: WorkbookSnapshot) {
  const imported = readPlanDocument(fixture, snapshot, 2021);
  const result = planSync({ snapshot, imported, asOf, lang: "vi", fallbackYear: 2021 });
  return { ...result, after: simulateEdits(snapshot, result.edits) };
}

describe("sync of the fixture plan into an empty workbook", () => {
  const { after, issues, tasksAdded } = importInto(EMPTY);
  const model = readPlanModel(after, 2021);

  it("creates the plan, units, requirements and submissions tables", () => {
    expect(after.tables.map((t) => t.name).sort()).toEqual([TABLES.info, TABLES.requirements, TABLES.submissions, TABLES.tasks, TABLES.units].sort());
    expect(tasksAdded).toBe(24);
    expect(model.info).toMatchObject({ number: "217/KH-LĐLD", year: 2021, issuedOn: d("2021-01-20") });
  });
  it("writes real dates: the default deadline is the end of the task's quarter", () => {
    const tasks = after.tables.find((t) => t.name === TABLES.tasks);
    const col = tasks?.headers.indexOf("Hạn hoàn thành") ?? -1;
    expect(tasks?.rows[0][col]).toBe(serial("2021-03-31"));
    expect(tasks?.rows[23][col]).toBe(serial("2021-12-31"));
  });
  it("keeps one submissions row per (unit, requirement): 10 units owe each of 3 requirements", () => {
    expect(model.submissionRows).toHaveLength(30);
    const units = new Set(model.submissionRows.map((s) => s.submission.unit));
    expect(units).toEqual(new Set(["LĐLĐ thành phố Lai Châu", "LĐLĐ huyện Tam Đường", "LĐLĐ huyện Mường Tè", "LĐLĐ huyện Sìn Hồ", "LĐLĐ huyện Phong Thổ", "LĐLĐ huyện Than Uyên", "LĐLĐ huyện Tân Uyên", "LĐLĐ huyện Nậm Nhùn", "Công đoàn ngành Giáo dục", "Công đoàn Viên chức tỉnh"]));
  });
  it("fills Cảnh báo for the rows with issues", () => {
    const tasks = after.tables.find((t) => t.name === TABLES.tasks);
    const col = tasks?.headers.indexOf("Cảnh báo") ?? -1;
    expect(tasks?.rows[0][col]).toMatch(/Quá hạn 106 ngày/);
    expect(tasks?.rows[19][col]).toMatch(/Chưa có đơn vị chủ trì/);
    expect(tasks?.rows[16][col]).toBeNull();
    expect(issues.filter((i) => i.code === "task-overdue")).toHaveLength(14);
  });
  it("importing the same plan again adds nothing and keeps the user's rows", () => {
    const again = importInto(after);
    expect(again.tasksAdded).toBe(0);
    expect(again.tasksKept).toHaveLength(24);
    for (const e of again.edits.filter((x): x is TableEdit => x.kind === "table")) expect(e.append).toEqual([]);
  });
});

describe("sync of a workbook a user has been editing", () => {
  const userTable = table(TABLES.tasks, "Kế hoạch", [...TASK_HEADERS.slice(0, 3), "Kinh phí (user)", ...TASK_HEADERS.slice(3, 9)], [
    [1, 2, "Nhiệm vụ có quý, chưa có hạn", "5 triệu", "LĐLĐ tỉnh", null, null, null, null, null],
    [2, null, "Nhiệm vụ có hạn, chưa có quý", null, "Ban Nữ công", null, serial("2021-08-20"), "Đang thực hiện", null, null],
  ], 9);
  const snapshot: WorkbookSnapshot = { sheets: [{ name: "Kế hoạch", lastRow: 11 }], tables: [userTable] };
  const result = planSync({ snapshot, asOf, lang: "vi", fallbackYear: 2021 });
  const tasksEdit = result.edits.find((e): e is TableEdit => e.kind === "table" && e.table === TABLES.tasks);

  it("fills derived values only in blank cells", () => {
    expect(tasksEdit?.cells).toEqual(
      expect.arrayContaining([
        { row: 0, column: "Hạn hoàn thành", value: { value: serial("2021-06-30"), style: "date" } },
        { row: 1, column: "Quý", value: { value: 3, style: "integer" } },
        { row: 0, column: "Trạng thái", value: { value: "Chưa thực hiện" } },
      ]),
    );
    expect(tasksEdit?.cells.every((c) => ["Hạn hoàn thành", "Quý", "Trạng thái"].includes(c.column))).toBe(true);
    expect(tasksEdit?.cells).toHaveLength(3);
  });
  it("never names the user's own column, and appends the missing Cảnh báo column", () => {
    const after = simulateEdits(snapshot, result.edits);
    const t = after.tables.find((x) => x.name === TABLES.tasks);
    expect(t?.headers[3]).toBe("Kinh phí (user)");
    expect(t?.rows[0][3]).toBe("5 triệu");
    expect(t?.headers[t.headers.length - 1]).toBe("Cảnh báo");
  });
  it("brings an unknown unit into the registry, marked for review", () => {
    const after = simulateEdits(snapshot, result.edits);
    const units = readPlanModel(after, 2021).registry;
    expect(units.get("Ban Nữ công")).toMatchObject({ review: true });
    expect(result.issues.find((i) => i.code === "unit-unknown")?.unit).toBe("Ban Nữ công");
  });
  it("a second sync right after changes nothing but the warnings", () => {
    const after = simulateEdits(snapshot, result.edits);
    const second = planSync({ snapshot: after, asOf, lang: "vi", fallbackYear: 2021 });
    for (const e of second.edits.filter((x): x is TableEdit => x.kind === "table")) {
      expect(e.cells).toEqual([]);
      expect(e.append).toEqual([]);
    }
    expect(simulateEdits(after, second.edits)).toEqual(after);
  });
});

it("the plan table found by its headers when a user renamed it", () => {
  const renamed = planSnapshot([{ id: 1, content: "X", lead: "LĐLĐ tỉnh", quarter: 1 }]);
  const tables = renamed.tables.map((t) => (t.name === TABLES.tasks ? { ...t, name: "MyPlan" } : t));
  const model = readPlanModel({ ...renamed, tables }, 2021);
  expect(model.tasks?.table.name).toBe("MyPlan");
  expect(model.taskRows).toHaveLength(1);
});

describe("sync never fills a cell that holds a formula, even one showing blank", () => {
  // Row 0: plain blanks (filled, as a control). Row 1: quarter and status are formulas showing
  // blank, the deadline a date. Row 2: a written quarter, the deadline a formula showing blank.
  const rows = [
    taskRowOf({ id: 1, content: "Việc thường", lead: "LĐLĐ tỉnh", deadline: serial("2021-05-15") }),
    taskRowOf({ id: 2, quarter: "", content: "Quý và trạng thái bằng công thức", lead: "LĐLĐ tỉnh", deadline: serial("2021-08-20"), status: "" }),
    taskRowOf({ id: 3, quarter: 2, content: "Hạn bằng công thức", lead: "LĐLĐ tỉnh", deadline: null }),
  ];
  const col = (h: string) => TASK_HEADERS.indexOf(h);
  const formulas = rows.map((_, i) =>
    TASK_HEADERS.map((h) => (i === 1 && (h === "Quý" || h === "Trạng thái")) || (i === 2 && h === "Hạn hoàn thành")),
  );
  const plain = planSnapshot([]);
  const snapshot: WorkbookSnapshot = {
    ...plain,
    tables: plain.tables.map((t) => (t.name === TABLES.tasks ? { ...t, rows, formulas } : t)),
  };
  const result = planSync({ snapshot, asOf, lang: "vi", fallbackYear: 2021 });
  const tasksEdit = result.edits.find((e): e is TableEdit => e.kind === "table" && e.table === TABLES.tasks);
  const cellsOf = (row: number) => (tasksEdit?.cells ?? []).filter((c) => c.row === row).map((c) => c.column).sort();

  it("fills the quarter and status of a row without formulas", () => {
    expect(cellsOf(0)).toEqual(["Quý", "Trạng thái"]);
  });
  it("leaves a quarter and a status formula showing blank as they are", () => {
    expect(cellsOf(1)).toEqual([]);
  });
  it("does not write the end of the quarter over a deadline formula showing blank, but still fills the status", () => {
    expect(cellsOf(2)).toEqual(["Trạng thái"]);
  });
  it("the plan as it reads after sync keeps the formula cells' values and which cells hold formulas", () => {
    const t = readPlanModel(simulateEdits(snapshot, result.edits), 2021).tasks?.table;
    expect(t?.rows[1][col("Quý")]).toBe("");
    expect(t?.rows[1][col("Trạng thái")]).toBe("");
    expect(t?.rows[2][col("Hạn hoàn thành")]).toBeNull();
    expect(t?.formulas?.[1][col("Quý")]).toBe(true);
    expect(t?.formulas?.[0][col("Quý")]).toBe(false);
  });
});

it("an import does not fill a plan information value that is a formula showing blank", () => {
  const plain = planSnapshot([{ id: 1, content: "Việc", lead: "LĐLĐ tỉnh", quarter: 1 }]);
  const info = table(TABLES.info, "Kế hoạch", ["Mục", "Giá trị"], [["Số kế hoạch", ""], ["Tên kế hoạch", null], ["Năm", 2021]]);
  const snapshot: WorkbookSnapshot = {
    ...plain,
    tables: plain.tables.map((t) => (t.name === TABLES.info ? { ...info, formulas: [[false, true], [false, false], [false, false]] } : t)),
  };
  const imported = readPlanDocument(fixture, snapshot, 2021);
  const infoEdit = planSync({ snapshot, imported, asOf, lang: "vi", fallbackYear: 2021 }).edits.find(
    (e): e is TableEdit => e.kind === "table" && e.table === TABLES.info,
  );
  // The title (a plain blank) is filled from the document; the number (a formula) is not.
  expect(infoEdit?.cells.map((c) => c.row)).toEqual([1]);
});
