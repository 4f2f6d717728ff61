import * as path from "path";
import { readFileSync } from "fs";
import type ExcelJS from "exceljs";
import { importPlanText } from "../../src/app/importPlan";
import type { WorkbookPort } from "../../src/app/port";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { newWorkbook } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import type { FakeExcel } from "./fakeExcel";
import { harness, refusal } from "./support";

const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };
const PLAN = readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");

/** Tables as a user laid them out: [sheet, top-left, name, header + rows]. */
type Layout = readonly (readonly [string, string, string, (string | number)[][]])[];

const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

function rangeOf(topLeft: string, rows: unknown[][]): string {
  const m = /^([A-Z]+)(\d+)$/.exec(topLeft) as RegExpExecArray;
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return `${topLeft}:${letters(column + rows[0].length - 1)}${Number(m[2]) + rows.length - 1}`;
}

function buildFake(fake: FakeExcel, layout: Layout): void {
  for (const [sheet, at, name, rows] of layout) {
    if (!fake.sheets.some((s) => s.name === sheet)) fake.addSheet(sheet);
    fake.setValues(sheet, rangeOf(at, rows), rows);
    fake.addTable(sheet, rangeOf(at, rows), name);
  }
}

function buildXlsx(layout: Layout): ExcelJS.Workbook {
  const wb = newWorkbook();
  for (const [sheet, at, name, [headers, ...rows]] of layout) {
    const ws = wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet);
    ws.addTable({ name, ref: at, headerRow: true, columns: headers.map((h) => ({ name: String(h) })), rows });
  }
  return wb;
}

const TASKS: (string | number)[][] = [
  ["TT", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái"],
  [1, "Việc 1", "LĐLĐ tỉnh", 44331, "Hoàn thành"],
  [2, "Việc 2", "LĐLĐ tỉnh", 44362, "Hoàn thành"],
];
const MINE: (string | number)[][] = [
  ["Của tôi", "Ghi chú"],
  ["x", "y"],
];

describe("apply(): the user's own sheets and tables around the add-in's", () => {
  test("importing onto a user's own Kế hoạch sheet leaves how it scrolls alone (no frozen panes)", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    buildFake(fake, [["Kế hoạch", "A1", "MyTable", [["Việc của tôi", "Ghi chú"], ["a", "b"], ["c", "d"]]]]);
    await importPlanText(port, PLAN, OPTS);
    expect(fake.tableRows("PT_Tasks").length).toBeGreaterThan(20);
    expect(fake.table("PT_Tasks").sheet.name).toBe("Kế hoạch");
    expect(fake.sheet("Kế hoạch").freezeRows).toBe(0);
    expect(fake.writes.filter((w) => w.kind === "freezePanes")).toEqual([]);
    expect(fake.values("Kế hoạch", "A1:B3")).toEqual([["Việc của tôi", "Ghi chú"], ["a", "b"], ["c", "d"]]);
  });

  test("importing into a workbook without a Kế hoạch sheet freezes the header of the sheet it creates", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    fake.addSheet("Sheet1");
    await importPlanText(port, PLAN, OPTS);
    const header = Number(/\d+/.exec(fake.tableAddress("PT_Tasks"))?.[0]);
    expect(fake.sheet("Kế hoạch").freezeRows).toBe(header);
    expect(fake.sheet("Sheet1").freezeRows).toBe(0);
  });

  test("a user's table right of PT_Tasks: sync refuses before writing anything, naming the sheet, table and cell", async () => {
    const layout: Layout = [
      ["Kế hoạch", "A1", "PT_Tasks", TASKS],
      ["Kế hoạch", "G1", "MyTable", MINE],
    ];
    const { fake, port } = harness({ apiVersion: "1.20" });
    buildFake(fake, layout);
    const error = await refusal(() => syncWorkbook(port, OPTS));
    expect(error.code).toBe("table-column-blocked");
    expect(error.en).toContain('to table PT_Tasks on sheet "Kế hoạch": cell G1');
    expect(error.vi).toContain("vào bảng PT_Tasks trên trang «Kế hoạch»: ô G1");
    expect(fake.writes).toEqual([]);
    expect(fake.tableAddress("PT_Tasks")).toBe("A1:E3");
    expect(fake.tableRows("MyTable")).toEqual([["x", "y"]]);
  });

  test("a user's table under PT_Tasks: an import that appends tasks refuses before writing anything", async () => {
    const layout: Layout = [
      ["Kế hoạch", "A1", "PT_Tasks", TASKS],
      ["Kế hoạch", "B20", "MyTable", MINE],
    ];
    const { fake, port } = harness({ apiVersion: "1.20" });
    buildFake(fake, layout);
    const error = await refusal(() => importPlanText(port, PLAN, OPTS));
    expect(error.code).toBe("table-rows-blocked");
    expect(error.en).toMatch(/^Cannot add \d+ rows to table PT_Tasks on sheet "Kế hoạch": cell B20,/);
    expect(fake.writes).toEqual([]);
    expect(fake.tableRows("PT_Tasks")).toHaveLength(2);
  });

  test("on ExcelApi 1.1 (one row per call) the same table under PT_Tasks is refused the same way", async () => {
    const { fake, port } = harness({ apiVersion: "1.1" });
    // Every column already there: ExcelApi 1.1 cannot add one.
    const full = [
      ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành", "Ghi chú", "Cảnh báo"],
      [1, "II", "Việc 1", "LĐLĐ tỉnh", "", 44331, "Hoàn thành", "", "", ""],
    ];
    buildFake(fake, [
      ["Kế hoạch", "A1", "PT_Tasks", full],
      ["Kế hoạch", "C40", "MyTable", MINE],
    ]);
    const error = await refusal(() => importPlanText(port, PLAN, OPTS));
    expect(error.code).toBe("table-rows-blocked");
    expect(fake.writes).toEqual([]);
  });

  test("a user's table clear of the rows and columns PT_Tasks grows into stays put, and the import goes through", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    // Right of where the added columns end, and below the header rows they are added across.
    buildFake(fake, [
      ["Kế hoạch", "A1", "PT_Tasks", TASKS],
      ["Kế hoạch", "P5", "MyTable", MINE],
    ]);
    await importPlanText(port, PLAN, OPTS);
    expect(fake.tableRows("PT_Tasks").length).toBeGreaterThan(20);
    expect(fake.tableAddress("MyTable")).toBe("P5:Q6");
    expect(fake.values("Kế hoạch", "P5:Q6")).toEqual(MINE);
  });

  test.each([
    ["right of PT_Tasks, on sync", [["Kế hoạch", "A1", "PT_Tasks", TASKS], ["Kế hoạch", "G1", "MyTable", MINE]] as Layout, (port: WorkbookPort) => syncWorkbook(port, OPTS)],
    ["under PT_Tasks, on import", [["Kế hoạch", "A1", "PT_Tasks", TASKS], ["Kế hoạch", "A6", "MyTable", MINE]] as Layout, (port: WorkbookPort) => importPlanText(port, PLAN, OPTS)],
  ])("a user's table %s: the same code and words as the .xlsx adapter", async (_, layout, command) => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    buildFake(fake, layout);
    const inExcel = await refusal(() => command(port));
    const inFile = await refusal(() => command(new XlsxWorkbookPort(buildXlsx(layout))));
    expect({ code: inExcel.code, vi: inExcel.vi, en: inExcel.en }).toEqual({ code: inFile.code, vi: inFile.vi, en: inFile.en });
  });
});
