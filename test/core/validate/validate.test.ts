import { issueMessage } from "../../../src/core/i18n/messages";
import { readPlanModel } from "../../../src/core/plan/workbookModel";
import { ISSUE_CODES, type Issue, type IssueCode } from "../../../src/core/validate/issue";
import { validatePlan } from "../../../src/core/validate/validate";
import { d, planSnapshot, serial, type TaskRowInput } from "../../support/snapshots";

const ok: TaskRowInput = { id: 1, quarter: 1, content: "Ban hành kế hoạch", lead: "LĐLĐ tỉnh", deadline: serial("2021-03-31"), status: "Chưa thực hiện" };
const asOf = d("2021-07-15");

function issuesFor(tasks: TaskRowInput[], opts: Parameters<typeof planSnapshot>[1] = {}, at = asOf): Issue[] {
  return validatePlan(readPlanModel(planSnapshot(tasks, opts), 2021), at);
}

describe("each task rule, as of 15/07/2021", () => {
  const cases: [string, TaskRowInput[], IssueCode, Partial<Issue>][] = [
    ["no task number", [{ ...ok, id: null }], "task-id-missing", { row: 10, column: "TT", severity: "error" }],
    ["the same number twice", [ok, { ...ok, content: "Khác" }], "task-id-duplicate", { row: 11, taskId: "1", severity: "error" }],
    ["no content", [{ ...ok, content: "" }], "task-content-missing", { row: 10, column: "Nội dung", severity: "error" }],
    ["no lead unit", [{ ...ok, lead: "" }], "unit-missing", { taskId: "1", column: "Đơn vị chủ trì" }],
    ["a unit nobody knows", [{ ...ok, lead: "Ban Nữ công" }], "unit-unknown", { unit: "Ban Nữ công" }],
    ["a misspelt unit", [{ ...ok, partner: "Cong doan Vien chuc tinhh" }], "unit-unknown", { column: "Đơn vị phối hợp" }],
    ["a made-up status", [{ ...ok, status: "Sắp xong" }], "status-unknown", { column: "Trạng thái" }],
    ["31/02 as text", [{ ...ok, deadline: "31/02/2021" }], "deadline-invalid", { severity: "error", column: "Hạn hoàn thành" }],
    ["words for a deadline", [{ ...ok, deadline: "khi nào xong" }], "deadline-invalid", { taskId: "1", severity: "warning", params: { text: "khi nào xong", reason: "unrecognised" } }],
    ["a deadline in another year", [{ ...ok, quarter: null, deadline: serial("2022-02-01") }], "deadline-outside-year", { severity: "warning" }],
    ["a Q1 task due in May", [{ ...ok, deadline: serial("2021-05-15") }], "deadline-outside-quarter", { taskId: "1" }],
    ["not done, due 31/03", [ok], "task-overdue", { row: 10, params: { days: 106, date: "31/03/2021" } }],
    ["done after its deadline", [{ ...ok, status: "Hoàn thành", completed: serial("2021-04-10") }], "task-done-late", { severity: "info", params: { days: 10, date: "31/03/2021" } }],
    ["a completion date that is no date", [{ ...ok, status: "Hoàn thành", completed: "hôm qua" }], "done-date-invalid", { column: "Ngày hoàn thành" }],
  ];
  it.each(cases)("%s → %s", (_name, tasks, code, expected) => {
    const found = issuesFor(tasks).filter((i) => i.code === code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: "Kế hoạch", ...expected });
  });

  it("a clean, on-time plan gives no issue at all", () => {
    expect(issuesFor([{ ...ok, status: "Hoàn thành", completed: serial("2021-03-30") }])).toEqual([]);
    expect(issuesFor([{ ...ok, deadline: serial("2021-12-31"), quarter: 4 }])).toEqual([]);
  });

  it("a suggestion names the closest known unit", () => {
    const [issue] = issuesFor([{ ...ok, lead: "Cong doan nganh Giao duc tinhh" }]).filter((i) => i.code === "unit-unknown");
    expect(issue.params.closest).toBe("Công đoàn ngành Giáo dục");
    expect(issueMessage(issue, "vi")).toContain("có phải \"Công đoàn ngành Giáo dục\"");
  });

  it("ongoing tasks (Thường xuyên) are never overdue nor invalid", () => {
    expect(issuesFor([{ ...ok, quarter: null, deadline: "Thường xuyên" }])).toEqual([]);
  });

  it("paused and done tasks are not overdue; the as-of date moves the line", () => {
    expect(issuesFor([{ ...ok, status: "Tạm dừng" }]).map((i) => i.code)).not.toContain("task-overdue");
    expect(issuesFor([ok], {}, d("2021-03-31")).map((i) => i.code)).not.toContain("task-overdue");
    expect(issuesFor([ok], {}, d("2021-04-01")).find((i) => i.code === "task-overdue")?.params.days).toBe(1);
  });
});

describe("submission rules", () => {
  const requirements = [
    ["R1", "Đăng ký thi đua", serial("2021-01-30"), "LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố", "Có"],
    ["R2", "Báo cáo 6 tháng", serial("2021-05-15"), "LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố", "Không"],
  ];
  const run = (submissions: (string | number | null)[][]) => issuesFor([{ ...ok, deadline: serial("2021-12-31"), quarter: 4 }], { requirements, submissions });

  it("late: received after the due date, with the days", () => {
    const issues = run([["LĐLĐ huyện Tam Đường", "R2", null, serial("2021-05-20")]]);
    expect(issues).toEqual([expect.objectContaining({ code: "submission-late", unit: "LĐLĐ huyện Tam Đường", row: 2, params: expect.objectContaining({ days: 5 }) })]);
  });
  it("missing once due; not yet missing before", () => {
    expect(run([["LĐLĐ huyện Tam Đường", "R2", null, null]]).map((i) => i.code)).toEqual(["submission-missing"]);
    const early = validatePlan(readPlanModel(planSnapshot([{ ...ok, quarter: 4, deadline: serial("2021-12-31") }], { requirements, submissions: [["LĐLĐ huyện Tam Đường", "R2", null, null]] }), 2021), d("2021-05-15"));
    expect(early).toEqual([]);
  });
  it("a unit that never registered is not eligible for commendation", () => {
    const issues = run([
      ["LĐLĐ huyện Tam Đường", "R1", null, null],
      ["LĐLĐ huyện Sìn Hồ", "R1", null, serial("2021-01-29")],
    ]);
    expect(issues.filter((i) => i.code === "unit-ineligible").map((i) => i.unit)).toEqual(["LĐLĐ huyện Tam Đường"]);
    expect(issues.filter((i) => i.code === "submission-missing").map((i) => i.unit)).toEqual(["LĐLĐ huyện Tam Đường"]);
  });
  it("a received date that is no date", () => {
    expect(run([["LĐLĐ huyện Tam Đường", "R2", null, "mai"]]).map((i) => i.code)).toEqual(["submission-date-invalid"]);
  });
});

describe("workbook structure", () => {
  it("no plan table is an error", () => {
    const issues = validatePlan(readPlanModel({ sheets: [], tables: [] }, 2021), asOf);
    expect(issues.map((i) => i.code)).toEqual(["plan-table-missing"]);
  });
});

describe("messages", () => {
  it.each(ISSUE_CODES.map((c) => [c]))("%s has a Vietnamese and an English message", (code) => {
    const params = { days: 3, date: "01/01/2021", text: "x", unit: "U", closest: "V", quarter: 2, year: 2021, firstRow: 5, title: "T", due: "02/02/2021", header: "TT" };
    const vi = issueMessage({ code, params }, "vi");
    const en = issueMessage({ code, params }, "en");
    expect(vi.length).toBeGreaterThan(5);
    expect(en.length).toBeGreaterThan(5);
    expect(vi).not.toEqual(en);
    expect(`${vi}${en}`).not.toMatch(/undefined|\$\{/);
  });
});

describe("suggestions for unknown units", () => {
  it("a pasted paragraph in a unit cell gets no suggestion, a near miss still does", () => {
    const issues = issuesFor([{ ...ok, lead: "Ban chỉ đạo phong trào thi đua ".repeat(50) }, { ...ok, id: 2, lead: "Cong doan Vien chuc tinhh" }]);
    const unknown = issues.filter((i) => i.code === "unit-unknown");
    expect(unknown.map((i) => i.params.closest)).toEqual([undefined, "Công đoàn Viên chức tỉnh"]);
  });
});
