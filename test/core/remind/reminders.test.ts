import fc from "fast-check";
import { addDays, compareDates, toExcelSerial } from "../../../src/core/dates/calendarDate";
import { readPlanModel } from "../../../src/core/plan/workbookModel";
import { computeReminders, reminderText } from "../../../src/core/remind/reminders";
import { buildRemindersSheet, REMINDERS_TABLE } from "../../../src/core/remind/sheet";
import { d, planSnapshot, serial, type TaskRowInput } from "../../support/snapshots";

const asOf = d("2021-07-15");
const A = "LĐLĐ tỉnh";
const B = "Công đoàn Viên chức tỉnh";
const C = "LĐLĐ huyện Tam Đường";
const D = "LĐLĐ huyện Sìn Hồ";

const REQUIREMENTS = [
  ["R1", "Đăng ký thi đua", serial("2021-01-30"), "LĐLĐ tỉnh", "LĐLĐ huyện Tam Đường; LĐLĐ huyện Sìn Hồ", "Có"],
  ["R2", "Báo cáo 6 tháng", serial("2021-07-15"), "LĐLĐ tỉnh", "LĐLĐ huyện Tam Đường; LĐLĐ huyện Sìn Hồ", "Không"],
];

describe("who is chased, and for what, as of 15/07/2021 within 7 days", () => {
  const tasks: TaskRowInput[] = [
    { id: 1, quarter: 2, content: "Quá hạn từ 30/06.", lead: A, status: "Đang thực hiện" }, // overdue 15 days
    { id: 2, quarter: 3, content: "Hạn đúng hôm nay", lead: B, deadline: serial("2021-07-15"), status: "Chưa thực hiện" }, // due today: soon, not overdue
    { id: 3, quarter: 3, content: "Hạn sau 7 ngày", lead: B, deadline: serial("2021-07-22"), status: "Chưa thực hiện" }, // edge of the window: soon
    { id: 4, quarter: 3, content: "Hạn sau 8 ngày", lead: A, deadline: serial("2021-07-23"), status: "Chưa thực hiện" }, // outside the window
    { id: 5, quarter: 2, content: "Xong đúng hạn", lead: C, status: "Hoàn thành", completed: serial("2021-06-30") }, // nothing owed
    { id: 6, quarter: 2, content: "Tạm dừng", lead: C, status: "Tạm dừng" }, // paused: not chased
    { id: 7, content: "Thường xuyên", lead: C, deadline: "Thường xuyên", status: "Đang thực hiện" }, // no deadline
    { id: 8, quarter: 2, content: "Không có đơn vị", status: "Chưa thực hiện" }, // nobody to write to
    { id: 9, quarter: 2, content: "Xong trễ", lead: D, status: "Hoàn thành", completed: serial("2021-07-10") }, // done: nothing owed
  ];
  const submissions = [
    ["LĐLĐ huyện Tam Đường", "R1", "Đăng ký thi đua", serial("2021-01-28")],
    ["LĐLĐ huyện Sìn Hồ", "R1", "Đăng ký thi đua", null], // missing since 30/01
    ["LĐLĐ huyện Tam Đường", "R2", "Báo cáo 6 tháng", null], // due today: not late yet
    ["LĐLĐ huyện Sìn Hồ", "R2", "Báo cáo 6 tháng", serial("2021-07-16")],
  ];
  const model = readPlanModel(planSnapshot(tasks, { requirements: REQUIREMENTS, submissions }), 2021);
  const r = computeReminders(model, asOf, 7);
  const of = (unit: string) => r.units.find((u) => u.unit === unit);

  it("names exactly the units that owe something", () => {
    expect(r.units.map((u) => u.unit).sort()).toEqual([A, B, D].sort());
  });
  it("overdue tasks with the days past the deadline", () => {
    expect(of(A)?.overdue.map((t) => [t.id, t.days])).toEqual([["1", 15]]);
    expect(of(A)?.dueSoon).toEqual([]);
  });
  it("due today and due on the last day of the window are due soon; the day after is not", () => {
    expect(of(B)?.dueSoon.map((t) => [t.id, t.days])).toEqual([
      ["2", 0],
      ["3", 7],
    ]);
    expect(computeReminders(model, asOf, 6).units.find((u) => u.unit === B)?.dueSoon.map((t) => t.id)).toEqual(["2"]);
  });
  it("a report is owed from the day after its deadline, with the days since", () => {
    expect(of(D)?.reports.map((q) => [q.requirementId, q.daysLate])).toEqual([["R1", 166]]);
    expect(of(C)).toBeUndefined();
  });
  it("the text names the plan, the unit and each item with its date, politely", () => {
    const text = reminderText(r, of(A) ?? r.units[0], "vi");
    expect(text).toMatch(/^Kính gửi: LĐLĐ tỉnh\.\n/);
    expect(text).toContain("Thực hiện Kế hoạch số 1/KH về kế hoạch thử, tính đến ngày 15/07/2021, LĐLĐ tỉnh còn các nội dung sau chưa hoàn thành:");
    expect(text).toContain("- Nhiệm vụ số 1: Quá hạn từ 30/06 (hạn hoàn thành 30/06/2021, đã quá hạn 15 ngày);");
    expect(text).toMatch(/Trân trọng\.\/\.$/);
    const report = reminderText(r, of(D) ?? r.units[0], "vi");
    expect(report).toContain("- Đăng ký thi đua (hạn gửi 30/01/2021 về LĐLĐ tỉnh, đã quá hạn 166 ngày);");
    const soon = reminderText(r, of(B) ?? r.units[0], "en");
    expect(soon).toContain("Tasks due within the next 7 days:");
    expect(soon).toContain("- Task 2: Hạn đúng hôm nay (due 15/07/2021, due today);");
  });
  it("the Đôn đốc sheet: one row per unit with its text, then every item", () => {
    const sheet = buildRemindersSheet(r, "vi", "15/07/2021 08:00");
    expect(sheet.preferredName).toBe("Đôn đốc");
    expect(sheet.markerTable).toBe(REMINDERS_TABLE);
    const unitTable = sheet.tables.find((x) => x.name === REMINDERS_TABLE);
    expect(unitTable?.rowCount).toBe(3);
    const cells = sheet.blocks.flatMap((b) => b.cells.map((row) => row.map((c) => c.value)));
    expect(cells.filter((row) => row[0] === A && typeof row[4] === "string" && String(row[4]).startsWith("Kính gửi"))).toHaveLength(1);
    expect(sheet.print).toMatchObject({ orientation: "landscape", onePageWide: true });
  });
});

describe("property: remind names every unit that owes something as of the date, and no other", () => {
  const UNITS = [A, B, C, D];
  const STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng"];
  const day = fc.integer({ min: 0, max: 364 }).map((n) => addDays(d("2021-01-01"), n));
  const task = fc.record({ lead: fc.subarray(UNITS), deadline: fc.option(day, { nil: null }), status: fc.constantFrom(...STATUSES) });
  const receipt = fc.record({ unit: fc.constantFrom(C, D), req: fc.constantFrom("R1", "R2"), on: fc.option(day, { nil: null }) });
  it("matches an independent reading of the rules", () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 12 }), fc.array(receipt, { maxLength: 4 }), day, fc.integer({ min: 0, max: 30 }), (ts, rs, when, within) => {
        const rows: TaskRowInput[] = ts.map((x, i) => ({
          id: i + 1,
          content: `Việc ${i + 1}`,
          lead: x.lead.join("; "),
          deadline: x.deadline ? toExcelSerial(x.deadline) : "Thường xuyên",
          status: x.status,
          completed: x.status === "Hoàn thành" ? serial("2021-01-02") : null,
        }));
        const seen = new Set<string>();
        const subs = rs.filter((x) => !seen.has(x.unit + x.req) && seen.add(x.unit + x.req)).map((x) => [x.unit, x.req, x.req, x.on ? toExcelSerial(x.on) : null]);
        const model = readPlanModel(planSnapshot(rows, { requirements: REQUIREMENTS, submissions: subs }), 2021);
        const horizon = addDays(when, within);
        const owes = new Set<string>();
        ts.forEach((x) => {
          if (!x.deadline || x.status === "Hoàn thành" || x.status === "Tạm dừng") return;
          if (compareDates(x.deadline, horizon) <= 0) x.lead.forEach((u) => owes.add(u));
        });
        const dues: Record<string, string> = { R1: "2021-01-30", R2: "2021-07-15" };
        subs.forEach(([unit, req, , on]) => {
          if (on === null && compareDates(d(dues[req as string]), when) < 0) owes.add(unit as string);
        });
        const named = computeReminders(model, when, within).units.map((u) => u.unit);
        expect(new Set(named)).toEqual(owes);
        expect(named.length).toBe(owes.size);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
