import fc from "fast-check";
import { fromExcelSerial, type CalendarDate } from "../../../src/core/dates/calendarDate";
import type { TaskStatus } from "../../../src/core/plan/model";
import { readPlanModel } from "../../../src/core/plan/workbookModel";
import { computeSummary, summaryParagraph } from "../../../src/core/summary/figures";
import {
  addToCounts,
  classifyTask,
  EMPTY_COUNTS,
  formatRate,
  officialParagraph,
  rankByOnTime,
  type OfficialClass,
} from "../../../src/core/summary/official";
import { d, planSnapshot, serial } from "../../support/snapshots";

const asOf = d("2021-07-15");

describe("classifyTask: one class per task as of 15/07/2021", () => {
  const cases: [string, TaskStatus, string | null, string | null, OfficialClass][] = [
    // what, status, deadline, completed on, class
    ["done before the deadline", "done", "2021-06-30", "2021-06-20", "done-on-time"],
    ["done ON the deadline day is on time", "done", "2021-06-30", "2021-06-30", "done-on-time"],
    ["done the day after the deadline is late", "done", "2021-06-30", "2021-07-01", "done-late"],
    ["done with no completion day written: nothing says late", "done", "2021-06-30", null, "done-on-time"],
    ["done early, deadline still ahead: due by being done, on time", "done", "2021-09-30", "2021-07-10", "done-on-time"],
    ["not done, deadline yesterday: overdue", "in-progress", "2021-07-14", null, "not-done-overdue"],
    ["not done ON the deadline day: not yet overdue", "in-progress", "2021-07-15", null, "not-done-within"],
    ["not started ON the deadline day: not yet overdue", "not-started", "2021-07-15", null, "not-done-within"],
    ["not done, deadline tomorrow: not yet due", "not-started", "2021-07-16", null, "not-yet-due"],
    ["no deadline (recurring, ongoing), not done", "in-progress", null, null, "no-deadline"],
    ["no deadline (recurring), done", "done", null, "2021-03-01", "no-deadline"],
    ["paused past its deadline is not overdue", "paused", "2021-03-31", null, "paused"],
  ];
  it.each(cases)("%s", (_what, status, deadline, completed, expected) => {
    const task = { status, deadline: deadline ? d(deadline) : null, completedOn: completed ? d(completed) : null };
    expect(classifyTask(task, asOf)).toBe(expected);
  });
});

describe("counts: the tasks due are the four done / not-done classes", () => {
  it("adds up", () => {
    const classes: OfficialClass[] = ["done-on-time", "done-late", "not-done-within", "not-done-overdue", "not-yet-due", "no-deadline", "paused", "done-on-time"];
    const c = classes.reduce(addToCounts, EMPTY_COUNTS);
    expect(c).toEqual({ due: 5, doneOnTime: 2, doneLate: 1, notDoneWithinDeadline: 1, notDoneOverdue: 1, notYetDue: 1, noDeadline: 1, paused: 1 });
  });
});

describe("rankByOnTime", () => {
  const rows = [
    { name: "A", due: 4, doneOnTime: 2 }, // 50%
    { name: "B", due: 2, doneOnTime: 2 }, // 100%
    { name: "C", due: 0, doneOnTime: 0 }, // nothing due: no rank
    { name: "D", due: 6, doneOnTime: 3 }, // 50%, ties with A
    { name: "E", due: 3, doneOnTime: 0 }, // 0%
  ];
  it("best rate first, ties share a rank and the next skips, nothing due has none", () => {
    expect(rankByOnTime(rows)).toEqual([2, 1, null, 2, 4]);
  });
  it("compares exact fractions (1/3 = 2/6)", () => {
    expect(rankByOnTime([{ due: 3, doneOnTime: 1 }, { due: 6, doneOnTime: 2 }])).toEqual([1, 1]);
  });
});

describe("formatRate", () => {
  it.each([
    [0.714285, "vi", "71,4%"],
    [0.714285, "en", "71.4%"],
    [1, "vi", "100,0%"],
    [0, "en", "0.0%"],
    [null, "vi", "—"],
  ] as const)("%p in %s → %s", (rate, lang, text) => expect(formatRate(rate, lang)).toBe(text));
});

describe("officialParagraph", () => {
  const c = { due: 14, doneOnTime: 7, doneLate: 3, notDoneWithinDeadline: 1, notDoneOverdue: 3, notYetDue: 6, noDeadline: 2, paused: 0 };
  it("Vietnamese, in the official phrasing", () => {
    expect(officialParagraph(c, asOf, "vi")).toBe(
      "Tính đến ngày 15/07/2021, có 10/14 nhiệm vụ đến hạn đã hoàn thành (71,4%), trong đó 7 nhiệm vụ hoàn thành đúng hạn, 3 nhiệm vụ hoàn thành quá hạn; " +
        "4 nhiệm vụ chưa hoàn thành, trong đó 1 nhiệm vụ còn trong hạn, 3 nhiệm vụ đã quá hạn. Tỷ lệ hoàn thành đúng hạn đạt 50,0%. " +
        "Ngoài ra, có 6 nhiệm vụ chưa đến hạn, 2 nhiệm vụ thực hiện thường xuyên (không có hạn cụ thể).",
    );
  });
  it("English", () => {
    expect(officialParagraph(c, asOf, "en")).toBe(
      "As of 15/07/2021, 10 of 14 tasks due have been completed (71.4%): 7 on time and 3 late; 4 tasks are not completed: 1 still within the deadline and 3 overdue. " +
        "The on-time completion rate is 50.0%. In addition, 6 tasks are not yet due, 2 are recurring (no fixed deadline).",
    );
  });
  it("names the period", () => {
    expect(officialParagraph(c, asOf, "vi", "h1")).toMatch(/^Trong 6 tháng đầu năm, tính đến ngày 15\/07\/2021, có 10\/14/);
    expect(officialParagraph(c, asOf, "en", "q2")).toMatch(/^In quarter II, as of 15\/07\/2021, 10 of 14/);
  });
  it("says so when nothing is due yet", () => {
    const none = { ...EMPTY_COUNTS, notYetDue: 3 };
    expect(officialParagraph(none, d("2021-01-05"), "vi")).toBe("Tính đến ngày 05/01/2021, chưa có nhiệm vụ nào đến hạn. Ngoài ra, có 3 nhiệm vụ chưa đến hạn.");
    expect(officialParagraph(none, d("2021-01-05"), "en")).toBe("As of 05/01/2021, no task has come due. In addition, 3 tasks are not yet due.");
  });
});

describe("summary figures in the official vocabulary, by quarter, period and lead unit", () => {
  const A = "LĐLĐ tỉnh";
  const B = "Công đoàn Viên chức tỉnh";
  const C = "LĐLĐ huyện Tam Đường";
  const model = readPlanModel(
    planSnapshot([
      { id: 1, quarter: 1, content: "a", lead: A, status: "Hoàn thành", completed: serial("2021-03-31") }, // Q1 due 31/03: on the day
      { id: 2, quarter: 1, content: "b", lead: B, status: "Hoàn thành", completed: serial("2021-04-02") }, // late
      { id: 3, quarter: 1, content: "c", lead: `${A}; ${B}`, status: "Chưa thực hiện" }, // overdue
      { id: 4, quarter: 3, content: "d", lead: A, deadline: serial("2021-07-15"), status: "Đang thực hiện" }, // due today: within
      { id: 5, quarter: 3, content: "e", lead: C, status: "Đang thực hiện" }, // due 30/09: not yet due
      { id: 6, quarter: 2, content: "f", lead: C, status: "Tạm dừng" }, // paused
      { id: 7, quarter: 2, content: "g", lead: C, deadline: "Thường xuyên", status: "Hoàn thành" }, // recurring
      { id: 8, quarter: 2, content: "h", lead: B, status: "Hoàn thành", completed: serial("2021-06-30") }, // on time
    ]),
    2021,
  );
  const f = computeSummary(model, asOf);
  const p = (id: string) => f.periods.find((x) => x.period === id);

  it("per quarter", () => {
    expect(p("q1")).toMatchObject({ total: 3, due: 3, doneOnTime: 1, doneLate: 1, notDoneWithinDeadline: 0, notDoneOverdue: 1, notYetDue: 0 });
    expect(p("q2")).toMatchObject({ total: 3, due: 1, doneOnTime: 1, paused: 1, noDeadline: 1, done: 2 });
    expect(p("q3")).toMatchObject({ total: 2, due: 1, notDoneWithinDeadline: 1, notYetDue: 1, notDoneOverdue: 0 });
    expect(p("q4")).toMatchObject({ total: 0, due: 0, onTimeRate: null });
  });
  it("per period: h1, m9 and the year", () => {
    expect(p("h1")).toMatchObject({ due: 4, doneOnTime: 2, doneLate: 1, notDoneOverdue: 1, onTimeRate: 0.5, doneRate: 0.75 });
    expect(p("m9")).toMatchObject({ due: 5, doneOnTime: 2, notDoneWithinDeadline: 1, notYetDue: 1, onTimeRate: 0.4 });
    expect(p("year")).toMatchObject({ total: 8, due: 5, noDeadline: 1, paused: 1, overdue: 1 });
  });
  it("per lead unit, ranked by on-time rate, ties by name (a task with two leads counts for each)", () => {
    const rows = f.units.map((u) => [u.unit, u.led, u.due, u.doneOnTime, u.doneLate, u.overdue, u.onTimeRate, u.rank]);
    expect(rows).toEqual([
      [B, 3, 3, 1, 1, 1, 1 / 3, 1],
      [A, 3, 3, 1, 0, 1, 1 / 3, 1],
      [C, 3, 0, 0, 0, 0, null, null],
    ]);
  });
  it("the paragraph of the period asked for", () => {
    expect(summaryParagraph(f, "vi")).toContain("có 3/5 nhiệm vụ đến hạn đã hoàn thành (60,0%), trong đó 2 nhiệm vụ hoàn thành đúng hạn, 1 nhiệm vụ hoàn thành quá hạn");
    const h1 = computeSummary(model, asOf, "h1");
    expect(summaryParagraph(h1, "vi")).toMatch(/^Trong 6 tháng đầu năm, tính đến ngày 15\/07\/2021, có 3\/4 nhiệm vụ đến hạn/);
  });
  it("the day after, the task due today becomes overdue", () => {
    const next = computeSummary(model, d("2021-07-16"));
    expect(next.periods.find((x) => x.period === "q3")).toMatchObject({ notDoneWithinDeadline: 0, notDoneOverdue: 1 });
  });
  it("pins a known date", () => {
    const date: CalendarDate = f.asOf;
    expect(date).toEqual(asOf);
  });
});

describe("property: the official classes partition every period's tasks", () => {
  const STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng", "???"];
  const day = fc.integer({ min: 0, max: 364 }).map((n) => serial("2021-01-01") + n);
  const task = fc.record({
    quarter: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    deadline: fc.option(day, { nil: null }),
    status: fc.constantFrom(...STATUSES),
    completed: fc.option(day, { nil: null }),
    lead: fc.constantFrom("LĐLĐ tỉnh", "Công đoàn Viên chức tỉnh", "LĐLĐ tỉnh; Công đoàn Viên chức tỉnh"),
  });
  it("due + not yet due + recurring + paused = total; due = done on time + late + within + overdue; units ranked consistently", () => {
    fc.assert(
      fc.property(fc.array(task, { maxLength: 15 }), day, (ts, when) => {
        const model = readPlanModel(
          planSnapshot(ts.map((x, i) => ({ id: i + 1, content: `Việc ${i + 1}`, quarter: x.quarter, deadline: x.deadline ?? "Thường xuyên", status: x.status, completed: x.completed, lead: x.lead }))),
          2021,
        );
        const asOfDay = fromExcelSerial(when) as CalendarDate;
        const f = computeSummary(model, asOfDay);
        for (const p of f.periods) {
          expect(p.due + p.notYetDue + p.noDeadline + p.paused).toBe(p.total);
          expect(p.doneOnTime + p.doneLate + p.notDoneWithinDeadline + p.notDoneOverdue).toBe(p.due);
          if (p.onTimeRate !== null) expect(p.onTimeRate).toBeGreaterThanOrEqual(0);
          expect(p.onTimeRate === null).toBe(p.due === 0);
        }
        const ranked = f.units.filter((u) => u.rank !== null);
        for (let i = 1; i < ranked.length; i++) expect((ranked[i - 1].onTimeRate ?? 0) >= (ranked[i].onTimeRate ?? 0)).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 150) },
    );
  });
});
