import { FakeExcel } from "./fakeExcel";

/** The fake is only worth its strictness: these pin down the ways it refuses, as Excel does. */
describe("the fake Excel is strict", () => {
  test("a scalar read before load() and sync() throws PropertyNotLoaded", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      sheet.load("name");
      expect(() => sheet.name).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(sheet.name).toBe("A");
    });
  });

  test("writes are invisible until sync, then applied in order", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1").values = [["x"]];
      expect(fake.value("A", "A1")).toBeNull();
      await context.sync();
      expect(fake.value("A", "A1")).toBe("x");
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.writes).toEqual([{ sheet: "A", address: "A1", kind: "values" }]);
  });

  test("an API above the host's requirement set throws ApiNotFound at the call", async () => {
    const fake = new FakeExcel({ apiVersion: "1.1" });
    fake.addSheet("A");
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      expect(() => sheet.getUsedRangeOrNullObject()).toThrow(/ApiNotFound.*1\.4/);
      expect(() => sheet.getUsedRange(true)).toThrow(/ApiNotFound.*1\.2/);
      expect(() => context.application.suspendApiCalculationUntilNextSync()).toThrow(/ApiNotFound/);
      expect(() => sheet.getRange("A:A").format.columnWidth = 10).toThrow(/ApiNotFound.*1\.2/);
      expect(() => context.workbook.tables.onChanged).toThrow(/ApiNotFound.*1\.7/);
      await context.sync();
    });
    expect(fake.maxApiUsed).toBe(1);
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const fake = new FakeExcel();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("strings are read as typed input: formulas, numbers and dates unless protected", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    fake.format("A", "A5", { numberFormat: "@" });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A1:A6").values = [["=1+1"], ["-Đơn vị"], ["'=1+1"], ["15/5/2021"], ["=SUM(A1)"], ["0123"]];
      await context.sync();
    });
    expect(fake.cell("A", "A1").formula).toBe("=1+1");
    expect(fake.value("A", "A2")).toBe("#NAME?");
    expect(fake.cell("A", "A3")).toMatchObject({ value: "=1+1", text: true });
    expect(typeof fake.value("A", "A4")).toBe("number");
    expect(fake.cell("A", "A5")).toMatchObject({ value: "=SUM(A1)", text: true });
    expect(fake.value("A", "A6")).toBe(123);
  });

  test("sheet names are unique regardless of case; tables may not overlap", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Tổng hợp");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.add("tổng hợp");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    fake.setValues("Tổng hợp", "A1:B1", [["a", "b"]]);
    fake.addTable("Tổng hợp", "A1:B3", "Tbl_A");
    expect(() => fake.addTable("Tổng hợp", "B2:C4", "Tbl_B")).toThrow(/overlap/);
  });

  test("a request over the payload limit is refused", async () => {
    const fake = new FakeExcel({ requestLimitBytes: 10_000 });
    fake.addSheet("A");
    const big = Array.from({ length: 200 }, (_, i) => [`dòng ${i} với nội dung khá dài, nhắc lại cho đủ lớn: ${"x".repeat(60)}`]);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1:A200").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.value("A", "A1")).toBeNull();
  });

  test("a header-only table has one blank body row that the first added row fills", async () => {
    const fake = new FakeExcel();
    fake.addSheet("A");
    fake.setValues("A", "A1:B1", [["x", "y"]]);
    await fake.run(async (context) => {
      const t = context.workbook.worksheets.getItem("A").tables.add("A1:B1", true);
      t.name = "T";
      const body = t.getDataBodyRange().load("rowCount");
      await context.sync();
      expect(body.rowCount).toBe(1);
      t.rows.add(undefined, [[1, 2]]);
      await context.sync();
    });
    expect(fake.tableAddress("T")).toBe("A1:B2");
    expect(fake.tableRows("T")).toEqual([[1, 2]]);
  });
});

test("globals() gives what a browser page needs to stand in for Office and Excel", async () => {
  const fake = new FakeExcel({ apiVersion: "1.7" });
  const { Excel: excel, Office: office } = fake.globals();
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
  await excel.run(async (context) => {
    context.workbook.worksheets.add("Mới");
    await context.sync();
  });
  expect(fake.sheets.map((s) => s.name)).toEqual(["Mới"]);
});
