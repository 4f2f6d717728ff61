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

  test("formulas give a formula cell's formula and any other cell's value; formula cells come as areas from 1.9", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Kế hoạch, 2021");
    fake.setValues("Kế hoạch, 2021", "A1:C3", [["x", 1, ""], ["y", 2, ""], ["z", 3, ""]]);
    fake.setFormula("Kế hoạch, 2021", "C1", '=IF(B1>1,"lớn","")', "");
    fake.setFormula("Kế hoạch, 2021", "C2", '=IF(B2>1,"lớn","")', "lớn");
    fake.setFormula("Kế hoạch, 2021", "A3", "=1+1", 2);
    const responses: number[] = [];
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Kế hoạch, 2021").getRange("A1:C3");
      range.load("values");
      await context.sync();
      responses.push(fake.maxResponseBytes);
      range.load("formulas");
      const areas = range.getSpecialCellsOrNullObject("Formulas").load("address");
      const none = context.workbook.worksheets.getItem("Kế hoạch, 2021").getRange("B1:B3").getSpecialCellsOrNullObject("Formulas").load("address");
      await context.sync();
      expect(range.values).toEqual([["x", 1, ""], ["y", 2, "lớn"], [2, 3, ""]]);
      expect(range.formulas).toEqual([["x", 1, '=IF(B1>1,"lớn","")'], ["y", 2, '=IF(B2>1,"lớn","")'], ["=1+1", 3, ""]]);
      expect(areas.isNullObject).toBe(false);
      expect(areas.address).toBe("'Kế hoạch, 2021'!A3,'Kế hoạch, 2021'!C1:C2");
      expect(none.isNullObject).toBe(true);
    });
    // The formulas weigh in the response as the values do.
    expect(fake.maxResponseBytes).toBeGreaterThan(responses[0]);
    const old = new FakeExcel({ apiVersion: "1.8" });
    old.addSheet("A");
    await old.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("A").getRange("A1").getSpecialCellsOrNullObject("Formulas")).toThrow(/ApiNotFound.*1\.9/);
      await context.sync();
    });
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
