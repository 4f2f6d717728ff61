/**
 * Excel error values (#N/A, #REF!…) in a table copied out of Excel: kept as the text they are,
 * never split into units, and reported once the plan is in the workbook.
 */
import { importPlanText as importApp } from "../../../src/app/importPlan";
import { importPlanText } from "../../../src/core/plan/importText";
import { UnitRegistry } from "../../../src/core/units/registry";
import { seedUnits } from "../../../src/core/units/seed";
import { TABLES } from "../../../src/core/workbook/types";
import { MemoryPort } from "../../taskpane/memoryPort";

const TEXT = "TT\tNội dung\tĐơn vị thực hiện\tThời gian\n1\tĐăng ký thi đua\t#N/A\t30/01/2021\n2\tSơ kết\t #REF! \t30/06/2021\n";

it("#N/A in a unit cell of the document stays #N/A, and is no new unit", () => {
  const plan = importPlanText(TEXT, new UnitRegistry(seedUnits()), 2021);
  expect(plan.tasks.map((t) => t.leadUnits)).toEqual([["#N/A"], ["#REF!"]]);
  expect(plan.newUnits.map((u) => u.name)).toEqual([]);
});

it("imported into a workbook, each error cell is written as text and reported as cell-error on its row", async () => {
  const port = new MemoryPort();
  const outcome = await importApp(port, TEXT, { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15) });
  const tasks = port.snapshot.tables.find((t) => t.name === TABLES.tasks);
  const unitColumn = tasks?.headers.indexOf("Đơn vị chủ trì") ?? -1;
  expect(tasks?.rows[0][unitColumn]).toBe("#N/A");
  const errors = outcome.issues.filter((i) => i.code === "cell-error");
  expect(errors.map((i) => [i.taskId, i.params?.text])).toEqual([["1", "#N/A"], ["2", "#REF!"]]);
  expect(outcome.issues.filter((i) => i.code === "unit-unknown").map((i) => i.params?.unit)).toEqual([]);
  expect(port.snapshot.tables.find((t) => t.name === TABLES.units)?.rows.map((r) => r[0])).not.toContain("#N/A");
});
