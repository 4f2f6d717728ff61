import type { WorkbookEdit } from "../../src/core/workbook/types";
import { COLUMNS, harness, tableEdit, taskRecords } from "./support";

/** An import-like command: plan table with n tasks, a warnings column, a summary sheet, a jump. */
function importEdits(n: number): WorkbookEdit[] {
  return [
    tableEdit({ table: "PT_Tasks", append: taskRecords(n).map((r, i) => ({ ...r, "Cảnh báo": { value: i % 3 === 0 ? "Quá hạn" : null } })) }),
    {
      kind: "ownedSheet",
      content: {
        preferredName: "Tổng hợp",
        markerTable: "PT_Summary",
        blocks: [{ row: 1, column: 1, cells: [[{ value: "Kỳ", style: "header" }, { value: "Tổng", style: "header" }], [{ value: "Cả năm" }, { value: n, style: "integer" }]] }],
        tables: [{ name: "PT_Summary", row: 1, column: 1, rowCount: 1, columnCount: 2 }],
        columnWidths: [20, 10],
        charts: [],
      },
    },
    { kind: "select", sheet: "Kế hoạch", row: 10, column: 1 },
  ];
}

/** Then a validate-like command: rewrite the warnings column of every row. */
function validateEdits(n: number): WorkbookEdit[] {
  return [
    tableEdit({
      table: "PT_Tasks",
      columns: [COLUMNS.warnings],
      ownedColumns: [{ column: "Cảnh báo", values: Array.from({ length: n }, (_, i) => ({ value: i % 2 ? "Thiếu đơn vị chủ trì" : null })) }],
    }),
  ];
}

describe("apply(): round trips and request sizes", () => {
  test("the same number of syncs for 10 and 10,000 tasks: 2 to look, 1 to write", async () => {
    const counts = [];
    for (const n of [10, 10_000]) {
      const h = harness();
      const imported = await h.syncsOf(() => h.port.apply(importEdits(n)));
      const validated = await h.syncsOf(() => h.port.apply(validateEdits(n)));
      const read = await h.syncsOf(() => h.port.read());
      expect(h.fake.tableRows("PT_Tasks")).toHaveLength(n);
      expect(h.fake.value("Kế hoạch", "F11")).toBe("Thiếu đơn vị chủ trì");
      counts.push({ imported, validated, read });
    }
    expect(counts[0]).toEqual({ imported: 3, validated: 3, read: 2 });
    expect(counts[1]).toEqual(counts[0]);
  });

  test("suspends calculation during its writes where ExcelApi 1.6 allows", async () => {
    const h = harness();
    await h.port.apply(importEdits(5));
    expect(h.fake.calcSuspendedSyncs).toBe(1);
  });

  test("splits a write past the budget into requests under it, and only then", async () => {
    const h = harness({ payloadBudget: 100_000, requestLimitBytes: 110_000 });
    const syncs = await h.syncsOf(() => h.port.apply(importEdits(3_000)));
    expect(h.fake.tableRows("PT_Tasks")).toHaveLength(3_000);
    expect(h.fake.tableRows("PT_Tasks")[2_999][0]).toBe(3_000);
    expect(h.fake.maxRequestBytes).toBeLessThanOrEqual(110_000);
    const written = h.fake.requests.slice(2).reduce((a, b) => a + b, 0);
    expect(syncs).toBeGreaterThan(3);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(written / 50_000));
  });

  test("at the default 4 MB budget a plan too big for one request is written in a few", async () => {
    const h = harness();
    const long = "Nội dung rất dài của nhiệm vụ, lặp lại để vượt giới hạn 5 MB của Excel trên web. ".repeat(4);
    const edits = importEdits(20_000);
    const tasks = edits[0] as Extract<WorkbookEdit, { kind: "table" }>;
    const heavy = { ...tasks, append: tasks.append.map((r) => ({ ...r, "Nội dung": { value: long + String(r.TT.value) } })) };
    const syncs = await h.syncsOf(() => h.port.apply([heavy]));
    expect(h.fake.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
    expect(syncs).toBeGreaterThanOrEqual(4);
    expect(syncs).toBeLessThanOrEqual(2 + 4 + 2);
    expect(h.fake.tableRows("PT_Tasks")).toHaveLength(20_000);
  });

  test("works on ExcelApi 1.1 (Office 2016) without calling anything newer", async () => {
    const h = harness({ apiVersion: "1.1" });
    h.fake.addSheet("Sheet1");
    await h.port.apply(importEdits(25));
    await h.port.apply(validateEdits(25));
    await h.port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(2, 26) })]);
    await h.port.apply(importEdits(0).slice(1));
    const snapshot = await h.port.read();
    expect(snapshot.tables.find((t) => t.name === "PT_Tasks")?.rows).toHaveLength(27);
    expect(h.fake.value("Tổng hợp", "B2")).toBe(0);
    expect(h.fake.maxApiUsed).toBe(1);
    expect([...h.fake.apiUsed.keys()].sort()).toEqual([
      "ChartCollection.load",
      "Range.clear",
      "Range.columnCount",
      "Range.columnIndex",
      "Range.format",
      "Range.formulas",
      "Range.getRow",
      "Range.numberFormat",
      "Range.rowCount",
      "Range.rowIndex",
      "Range.select",
      "Range.values",
      "Range.worksheet",
      "RangeFormat.fill",
      "RangeFormat.font",
      "RangeFormat.verticalAlignment",
      "RangeFormat.wrapText",
      "Table.delete",
      "Table.getDataBodyRange",
      "Table.getHeaderRowRange",
      "Table.name",
      "Table.rows",
      "TableCollection.add",
      "TableCollection.getItem",
      "TableCollection.load",
      "TableRowCollection.add",
      "Worksheet.activate",
      "Worksheet.charts",
      "Worksheet.getCell",
      "Worksheet.getRange",
      "Worksheet.getUsedRange",
      "Worksheet.name",
      "Worksheet.tables",
      "WorksheetCollection.add",
      "WorksheetCollection.getItem",
      "WorksheetCollection.load",
    ]);
  });

  test("on ExcelApi 1.1 a table lacking columns is refused with what to do, nothing written", async () => {
    const h = harness({ apiVersion: "1.1" });
    h.fake.addSheet("KH");
    h.fake.setValues("KH", "A1:B2", [["TT", "Nội dung"], [1, "Việc"]]);
    h.fake.addTable("KH", "A1:B2", "PT_Tasks");
    const writes = h.fake.writes.length;
    await expect(h.port.apply(validateEdits(1))).rejects.toMatchObject({ code: "excel-too-old-add-column", vi: expect.stringContaining("“Cảnh báo”") });
    expect(h.fake.writes.length).toBe(writes);
    // Once the user has typed the header (Excel extends the table), the same command works.
    h.fake.setValues("KH", "C1", [["Cảnh báo"]]);
    h.fake.table("PT_Tasks").cols = 3;
    await h.port.apply(validateEdits(1));
    expect(h.fake.value("KH", "C2")).toBeNull();
  });

  test("uses the features of newer Excel only where the host has them", async () => {
    for (const [apiVersion, expected] of [
      ["1.5", { validations: 0, conditionalFormats: 0, freeze: 0 }],
      ["1.6", { validations: 0, conditionalFormats: 1, freeze: 0 }],
      ["1.7", { validations: 0, conditionalFormats: 1, freeze: 9 }],
      ["1.8", { validations: 1, conditionalFormats: 1, freeze: 9 }],
    ] as const) {
      const h = harness({ apiVersion });
      await h.port.apply(importEdits(3));
      const sheet = h.fake.sheet("Kế hoạch");
      expect({ validations: sheet.validations.length, conditionalFormats: sheet.conditionalFormats.length, freeze: sheet.freezeRows }).toEqual(expected);
      expect(h.fake.maxApiUsed).toBeLessThanOrEqual(Number(apiVersion.split(".")[1]));
    }
  });
});
