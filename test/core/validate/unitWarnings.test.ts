import { issueMessage } from "../../../src/core/i18n/messages";
import { readPlanModel } from "../../../src/core/plan/workbookModel";
import type { Issue } from "../../../src/core/validate/issue";
import { validatePlan } from "../../../src/core/validate/validate";
import { TABLES } from "../../../src/core/workbook/types";
import { d, planSnapshot, serial, table, type TaskRowInput } from "../../support/snapshots";

const asOf = d("2021-07-15");
const task = (id: number, lead: string, partner: string | null = null): TaskRowInput => ({
  id,
  quarter: 4,
  content: `Việc ${id}`,
  lead,
  partner,
  deadline: serial("2021-12-31"),
  status: "Chưa thực hiện",
});
const UNIT_HEADERS = ["Tên đơn vị", "Tên gọi khác", "Loại", "Thuộc nhóm", "Cần xem lại", "Ghi chú"];
const unitsTable = (rows: (string | null)[][]) => table(TABLES.units, "Đơn vị", UNIT_HEADERS, rows);
const KNOWN = ["LĐLĐ tỉnh", null, "Cấp tỉnh", null, null, null];

const unitIssues = (tasks: TaskRowInput[], units?: (string | null)[][]): Issue[] =>
  validatePlan(readPlanModel(planSnapshot(tasks, units ? { extraTables: [unitsTable(units)] } : {}), 2021), asOf).filter(
    (i) => i.code === "unit-unknown" || i.code === "unit-reference",
  );

describe("an unknown unit is reported once, where it can be fixed", () => {
  it("marked for review on the Đơn vị sheet: one warning on its row there, with every task that names it", () => {
    const issues = unitIssues(
      [task(1, "LĐLĐ tỉnh", "Ban Nữ công"), task(2, "Ban Nữ công"), task(3, "LĐLĐ tỉnh"), task(4, "Ban Nữ công; LĐLĐ tỉnh", "Ban Nữ công")],
      [KNOWN, ["Ban Nữ công", null, "Công đoàn cơ sở", null, "Có", null]],
    );
    expect(issues).toEqual([
      {
        code: "unit-unknown",
        severity: "warning",
        sheet: "Đơn vị",
        row: 3,
        column: "Tên đơn vị",
        columnIndex: 1,
        unit: "Ban Nữ công",
        params: { unit: "Ban Nữ công", tasks: "1, 2, 4", taskCount: 3, review: 1 },
      },
    ]);
    expect(issueMessage(issues[0], "vi")).toBe(
      'Đơn vị "Ban Nữ công" có trong kế hoạch nhưng chưa được xác nhận — các nhiệm vụ 1, 2, 4. Nếu tên đúng, hãy xoá "Có" ở cột Cần xem lại; nếu sai, hãy sửa tên ở các nhiệm vụ đó.',
    );
    expect(issueMessage(issues[0], "en")).toContain("tasks 1, 2, 4");
  });

  it("not in the Đơn vị sheet at all: once, on the first task that names it, in that column", () => {
    const issues = unitIssues([task(1, "LĐLĐ tỉnh"), task(2, "LĐLĐ tỉnh", "Ban Tuyên giáo"), task(3, "Ban Tuyên giáo")], [KNOWN]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "unit-unknown", sheet: "Kế hoạch", row: 11, taskId: "2", column: "Đơn vị phối hợp", unit: "Ban Tuyên giáo", params: { unit: "Ban Tuyên giáo", tasks: "2, 3", taskCount: 2 } }),
    ]);
    expect(issueMessage(issues[0], "vi")).toContain("các nhiệm vụ 2, 3");
  });

  it("a workbook with no Đơn vị sheet: each unknown unit once, on its first task", () => {
    const tasks = Array.from({ length: 40 }, (_, i) => task(i + 1, i % 2 ? "Phòng Văn hóa" : "LĐLĐ tỉnh", "Ban Nữ công"));
    const issues = unitIssues(tasks);
    expect(issues.map((i) => [i.unit, i.taskId, i.params.taskCount])).toEqual([
      ["Ban Nữ công", "1", 40],
      ["Phòng Văn hóa", "2", 20],
    ]);
    // Long lists are cut, and say how many there are.
    expect(issues[0].params.tasks).toBe("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (40)");
  });

  it("no absurd suggestion: 'Phòng Văn hóa' is not 'Tổng Liên đoàn Lao động Việt Nam'; a typo still gets one", () => {
    const issues = unitIssues([task(1, "Phòng Văn hóa"), task(2, "Cong doan Vien chuc tinhh")]);
    expect(issues.map((i) => [i.unit, i.params.closest])).toEqual([
      ["Phòng Văn hóa", undefined],
      ["Cong doan Vien chuc tinhh", "Công đoàn Viên chức tỉnh"],
    ]);
  });

  it("a monitoring unit (Đơn vị theo dõi) is checked too, in its own column", () => {
    const headers = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị theo dõi", "Hạn hoàn thành"];
    const rows = [
      [1, "Việc 1", "LĐLĐ tỉnh", "Ban Kiểm tra", serial("2021-12-31")],
      [2, "Việc 2", "LĐLĐ tỉnh", "Ban Kiểm tra", serial("2021-12-31")],
    ];
    const snapshot = { sheets: [{ name: "Kế hoạch", lastRow: 3 }], tables: [table(TABLES.tasks, "Kế hoạch", headers, rows)] };
    const issues = validatePlan(readPlanModel(snapshot, 2021), asOf).filter((i) => i.code === "unit-unknown");
    expect(issues.map((i) => [i.unit, i.column, i.params.tasks])).toEqual([["Ban Kiểm tra", "Đơn vị theo dõi", "1, 2"]]);
  });

  it("units the registry knows give no warning", () => {
    expect(unitIssues([task(1, "LĐLĐ tỉnh", "Các cấp công đoàn")], [KNOWN, ["Các cấp công đoàn", null, "Tất cả", null, null, null]])).toEqual([]);
  });
});

describe("a units cell that refers to a document", () => {
  it("is a note, once, on the first task, not an unknown unit", () => {
    const reference = "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của UBND tỉnh";
    const issues = unitIssues([task(1, reference), task(2, "LĐLĐ tỉnh"), task(3, reference)], [KNOWN]);
    expect(issues).toEqual([
      expect.objectContaining({ code: "unit-reference", severity: "info", row: 10, taskId: "1", params: { text: reference, tasks: "1, 3", taskCount: 2 } }),
    ]);
    expect(issueMessage(issues[0], "vi")).toContain(reference);
  });
});
