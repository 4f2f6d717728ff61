/**
 * The messy-workbook cases where the Office.js path reads or writes differently from a file: on
 * the strict Excel fake, error values come from real formulas, dates are serials, and every write
 * is recorded with its address.
 */
import { generateSummary } from "../../src/app/buildSummary";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { harness } from "../excel/support";

const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "en", now: new Date(2021, 6, 15, 9, 0) };
const HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái"];

describe("error values and odd dates in the plan, read through Office.js", () => {
  const { fake, port } = harness({ apiVersion: "1.20" });
  fake.addSheet("Kế hoạch");
  fake.setValues("Kế hoạch", "A1:F1", [HEADERS]);
  fake.setValues("Kế hoạch", "A2:F6", [
    [1, "", "Việc 1", "=VLOOKUP(A2,Z:Z,2,0)", 44331, "Đang thực hiện"],
    [2, "", "Việc 2", "LĐLĐ tỉnh", 60, "Đang thực hiện"],
    [3, "", "Việc 3", "LĐLĐ tỉnh", 44331.75, "Đang thực hiện"],
    [4, "", "=Sheet9!B2", "LĐLĐ tỉnh", "=1/0", "=FOO()"],
    [5, "", "Việc 5", "LĐLĐ tỉnh", "15/05/2021 08:30", "Đang thực hiện"],
  ]);
  fake.addTable("Kế hoạch", "A1:F6", "PT_Tasks");
  const formulas = () => ["D2", "C5", "E5", "F5"].map((a) => fake.cell("Kế hoạch", a).formula);
  const before = formulas();

  it("formulas showing an error are cell-error, at their row and column; no unit N or A", async () => {
    const { issues } = await validateWorkbook(port, opts);
    expect(issues.filter((i) => i.code === "cell-error").map((i) => [i.row, i.column, i.params.text])).toEqual([
      [2, "Đơn vị chủ trì", "#NAME?"],
      [5, "Nội dung", "#NAME?"],
      [5, "Hạn hoàn thành", "#NAME?"],
      [5, "Trạng thái", "#NAME?"],
    ]);
    expect(issues.filter((i) => i.code === "unit-unknown")).toEqual([]);
  });

  it("serial 60 is Excel's 29/02/1900: deadline-invalid; a serial with a time and a text with a time are 15/05/2021", async () => {
    const { issues } = await validateWorkbook(port, opts);
    expect(issues.find((i) => i.code === "deadline-invalid")).toMatchObject({ taskId: "2", row: 3, params: { text: "29/02/1900" } });
    expect(issues.filter((i) => i.code === "task-overdue").map((i) => [i.taskId, i.params.days])).toEqual([
      ["1", 61],
      ["3", 61],
      ["5", 61],
    ]);
  });

  it("sync and summary keep the formulas and the dates as they are", async () => {
    await syncWorkbook(port, opts);
    await generateSummary(port, opts);
    expect(formulas()).toEqual(before);
    expect(fake.value("Kế hoạch", "E3")).toBe(60);
    expect(fake.value("Kế hoạch", "E4")).toBe(44331.75);
  });
});

describe("a second plan table and a moved plan, through Office.js", () => {
  it("PT_Tasks is used; the other table is named in an info and never written", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    fake.addSheet("Kế hoạch");
    fake.setValues("Kế hoạch", "A1:F2", [HEADERS, [1, 2, "Việc năm nay", "LĐLĐ tỉnh", 44331, "Đang thực hiện"]]);
    fake.addTable("Kế hoạch", "A1:F2", "PT_Tasks");
    fake.addSheet("KH 2020");
    fake.setValues("KH 2020", "A1:F2", [HEADERS, [1, 2, "Việc năm ngoái", "Đơn vị cũ", 43966, "Hoàn thành"]]);
    fake.addTable("KH 2020", "A1:F2", "KeHoach2020");
    const old = fake.dump("KH 2020");
    const { issues } = await validateWorkbook(port, opts);
    expect(issues.find((i) => i.code === "plan-table-ambiguous")).toMatchObject({ severity: "info", params: { table: "PT_Tasks", others: "KeHoach2020 (KH 2020)" } });
    expect(issues.filter((i) => i.sheet === "KH 2020")).toEqual([]);
    fake.writes.length = 0;
    await syncWorkbook(port, opts);
    await generateSummary(port, { ...opts, quarterSheets: true });
    expect(fake.writes.filter((w) => w.sheet === "KH 2020")).toEqual([]);
    expect(fake.dump("KH 2020")).toEqual(old);
  });

  it("a renamed plan table moved to D20 of a user's sheet: warnings written beside its rows only", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    fake.addSheet("Theo dõi");
    fake.setValues("Theo dõi", "A1", [["Bảng của tôi"]]);
    fake.setValues("Theo dõi", "M5", [["ghi chú bên phải"]]);
    fake.setValues("Theo dõi", "D20:I22", [HEADERS, [1, "", "Việc 1", "LĐLĐ tỉnh", 44331, "Đang thực hiện"], [2, "", "Việc 2", "Ban Tổ chức", "Quý IV", ""]]);
    fake.addTable("Theo dõi", "D20:I22", "KeHoach");
    fake.writes.length = 0;
    const { issues } = await validateWorkbook(port, opts);
    expect(issues.filter((i) => i.code === "task-overdue").map((i) => [i.sheet, i.row])).toEqual([["Theo dõi", 21]]);
    // The Cảnh báo column is missing, so validate writes nothing; sync adds it right of the table.
    await syncWorkbook(port, opts);
    const onSheet = fake.writes.filter((w) => w.sheet === "Theo dõi").map((w) => w.address);
    expect(onSheet.length).toBeGreaterThan(0);
    expect(onSheet.every((a) => /^[D-M](2[0-2])(:[D-M]2[0-2])?$|^[D-M]:[D-M]$/.test(a))).toBe(true);
    expect(fake.value("Theo dõi", "A1")).toBe("Bảng của tôi");
    expect(fake.value("Theo dõi", "M5")).toBe("ghi chú bên phải");
    expect(fake.tableHeaders("KeHoach")).toContain("Cảnh báo");
  });
});
