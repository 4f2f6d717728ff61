import type { Issue } from "../../src/core/validate/issue";
import { canJump, cellRef, columnLetters, filterChoices, groupBySeverity, matchesFilter, rowKey, type IssueList } from "../../src/taskpane/issues";
import { browserSettings } from "../../src/taskpane/settings";

const issue = (over: Partial<Issue>): Issue => ({ code: "unit-missing", severity: "warning", params: {}, ...over });

describe("warning list helpers", () => {
  test.each([
    [1, "A"],
    [4, "D"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
  ])("column %i is %s", (n, letters) => expect(columnLetters(n)).toBe(letters));

  test("cell references and whether a warning can jump", () => {
    expect(cellRef(issue({ sheet: "Kế hoạch", row: 29, columnIndex: 4 }))).toBe("Kế hoạch!D29");
    expect(cellRef(issue({ sheet: "Kế hoạch", row: 29 }))).toBe("Kế hoạch!29");
    expect(cellRef(issue({}))).toBe("");
    expect(canJump(issue({ sheet: "Kế hoạch", row: 29 }))).toBe(true);
    expect(canJump(issue({ code: "plan-table-missing", severity: "error" }))).toBe(false);
  });

  test("filters use the task's quarter and units, and the issue's own unit", () => {
    const a = issue({ sheet: "Kế hoạch", row: 10, taskId: "1", code: "task-overdue" });
    const b = issue({ sheet: "Nộp báo cáo", row: 2, unit: "LĐLĐ huyện Tam Đường", code: "submission-missing" });
    const c = issue({ code: "plan-table-missing", severity: "error" });
    const list: IssueList = {
      issues: [a, b, c],
      taskCount: 1,
      context: new Map([
        [rowKey("Kế hoạch", 10), { quarter: 1, units: ["LĐLĐ tỉnh"] }],
        [rowKey("Nộp báo cáo", 2), { quarter: 2, units: [] }],
      ]),
    };
    const f = (o: object) => list.issues.filter((i) => matchesFilter(list, i, { code: "", quarter: "", unit: "", ...o }));
    expect(f({ quarter: "1" })).toEqual([a]);
    expect(f({ quarter: "2" })).toEqual([b]);
    expect(f({ quarter: "none" })).toEqual([c]);
    expect(f({ unit: "LĐLĐ huyện Tam Đường" })).toEqual([b]);
    expect(f({ code: "task-overdue", unit: "LĐLĐ tỉnh" })).toEqual([a]);
    const choices = filterChoices(list, "en");
    expect(choices.quarters).toEqual([
      { quarter: "1", count: 1 },
      { quarter: "2", count: 1 },
      { quarter: "none", count: 1 },
    ]);
    expect(choices.codes.map((x) => x.label)).toEqual(["Missing submission", "No plan table", "Overdue"]);
    expect(groupBySeverity(list.issues)).toEqual({ error: [c], warning: [a, b], info: [] });
  });

  test("settings survive in storage and ignore what they do not know", () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
    const store = browserSettings(storage);
    expect(store.load()).toEqual({ lang: undefined, liveValidation: undefined });
    store.save({ lang: "en", liveValidation: false });
    expect(browserSettings(storage).load()).toEqual({ lang: "en", liveValidation: false });
    data.set("plan-tracker.pane-settings", '{"lang":"fr","liveValidation":"yes"}');
    expect(store.load()).toEqual({ lang: undefined, liveValidation: undefined });
    data.set("plan-tracker.pane-settings", "not json");
    expect(store.load()).toEqual({});
  });
});
