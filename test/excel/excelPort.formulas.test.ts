import { syncWorkbook } from "../../src/app/syncPlan";
import { validateWorkbook } from "../../src/app/validate";
import type { CommandOptions } from "../../src/app/types";
import type { FakeExcel } from "./fakeExcel";
import { harness } from "./support";

const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };
const HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái"];

/** PT_Tasks at A1 of "Kế hoạch" with n tasks, Trạng thái (F) blank. */
function tasks(fake: FakeExcel, n: number): void {
  fake.addSheet("Kế hoạch");
  const rows = Array.from({ length: n }, (_, i) => [i + 1, "II", `Nhiệm vụ ${i + 1}`, "LĐLĐ tỉnh", 44331 + i, ""]);
  fake.setValues("Kế hoạch", `A1:F${n + 1}`, [HEADERS, ...rows]);
  fake.addTable("Kế hoạch", `A1:F${n + 1}`, "PT_Tasks");
}

const STATUS_FORMULA = '=IF(E3="","","Đang thực hiện")';

describe("read(): formula cells", () => {
  test.each(["1.1", "1.8", "1.9", "1.20"])("on ExcelApi %s, a formula cell of PT_Tasks reads as a formula, and only it", async (apiVersion) => {
    const { fake, port } = harness({ apiVersion });
    tasks(fake, 3);
    fake.setFormula("Kế hoạch", "F3", STATUS_FORMULA, "");
    fake.addSheet("Đơn vị");
    fake.setValues("Đơn vị", "A1:B2", [["Tên đơn vị", "Loại"], ["LĐLĐ tỉnh", "Cấp tỉnh"]]);
    fake.addTable("Đơn vị", "A1:B2", "PT_Units");

    const snapshot = await port.read();

    const plan = snapshot.tables.find((t) => t.name === "PT_Tasks");
    expect(plan?.rows[1]).toEqual([2, "II", "Nhiệm vụ 2", "LĐLĐ tỉnh", 44332, null]);
    expect(plan?.formulas).toEqual([
      [false, false, false, false, false, false],
      [false, false, false, false, false, true],
      [false, false, false, false, false, false],
    ]);
    // A table without formulas carries no flags at all.
    expect(snapshot.tables.find((t) => t.name === "PT_Units")).not.toHaveProperty("formulas");
    expect(fake.maxApiUsed).toBeLessThanOrEqual(Number(apiVersion.split(".")[1]));
  });

  test.each(["1.1", "1.20"])("on ExcelApi %s, text that starts with = (written as text) is not a formula", async (apiVersion) => {
    const { fake, port } = harness({ apiVersion });
    tasks(fake, 1);
    fake.setValues("Kế hoạch", "C2", [["'=không phải công thức"]]);
    const snapshot = await port.read();
    expect(snapshot.tables[0].rows[0][2]).toBe("=không phải công thức");
    expect(snapshot.tables[0]).not.toHaveProperty("formulas");
  });

  test("formulas cost no round trip: 2 syncs to read 10,000 tasks with a formula in every row", async () => {
    const { fake, port } = harness();
    tasks(fake, 10_000);
    for (let r = 2; r <= 10_001; r++) fake.setFormula("Kế hoạch", `B${r}`, `=ROUNDUP(MONTH(E${r})/3,0)`, 2);
    const syncs = fake.syncCount;
    const snapshot = await port.read();
    expect(fake.syncCount - syncs).toBe(2);
    const formulas = snapshot.tables[0].formulas ?? [];
    expect(formulas).toHaveLength(10_000);
    expect(formulas.every((row) => row[1] && !row[5])).toBe(true);
    expect(fake.refusedResponses).toBe(0);
  });

  test.each(["1.1", "1.20"])("on ExcelApi %s, rows read in slices past the response limit keep their formula flags", async (apiVersion) => {
    const { fake, port } = harness({ apiVersion, responseLimitBytes: 200_000 });
    tasks(fake, 6_000);
    fake.setFormula("Kế hoạch", "F5001", '=IF(E5001="","","Hoàn thành")', "Hoàn thành");
    const snapshot = await port.read();
    const plan = snapshot.tables[0];
    expect(plan.rows).toHaveLength(6_000);
    expect(plan.rows[4_999][5]).toBe("Hoàn thành");
    const flagged = (plan.formulas ?? []).flatMap((row, i) => row.map((f, j) => (f ? [i, j] : null)).filter((x) => x !== null));
    expect(flagged).toEqual([[4_999, 5]]);
    expect(plan.formulas).toHaveLength(6_000);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(200_000);
  });

  test("a table whose one row holds only a formula showing blank has that row: validate writes its warning", async () => {
    const { fake, port } = harness();
    fake.addSheet("Kế hoạch");
    fake.setValues("Kế hoạch", "A1:B2", [["TT", "Nội dung"], ["", ""]]);
    fake.addTable("Kế hoạch", "A1:B2", "PT_Tasks");
    fake.setFormula("Kế hoạch", "B2", '=IF(A2="","","Việc")', "");
    expect((await port.read()).tables[0].rows).toHaveLength(1);
    await validateWorkbook(port, OPTS);
    expect(fake.cell("Kế hoạch", "B2").formula).toBe('=IF(A2="","","Việc")');
    expect(fake.tableHeaders("PT_Tasks")).toContain("Cảnh báo");
    expect(fake.tableRows("PT_Tasks")).toHaveLength(1);
  });
});

describe("sync over formula cells", () => {
  test("a Trạng thái formula that shows blank keeps its formula; a blank Trạng thái beside it is filled", async () => {
    const { fake, port } = harness();
    tasks(fake, 2);
    fake.setFormula("Kế hoạch", "F3", STATUS_FORMULA, "");
    await syncWorkbook(port, OPTS);
    expect(fake.cell("Kế hoạch", "F3").formula).toBe(STATUS_FORMULA);
    expect(fake.value("Kế hoạch", "F2")).toBe("Chưa thực hiện");
  });
});
