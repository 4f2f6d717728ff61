/**
 * TableEdit and read() on .xlsx files: what a user finds in the file after the CLI ran.
 * Runs in a time zone west of UTC, where a date converted through local time lands a day early.
 */
process.env.TZ = "America/Los_Angeles";

import * as ExcelJS from "exceljs";
import { UserFacingError } from "../../src/app/errors";
import { simulateEdits } from "../../src/core/workbook/simulate";
import type { TableEdit, WorkbookEdit } from "../../src/core/workbook/types";
import { newWorkbook } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { serial } from "../support/snapshots";
import { col, dumpCells, partText, removeTempDirs, roundTrip, sheetFile, tableEdit, tableModel, zipOf } from "./support";

afterAll(removeTempDirs);

const TASK_COLUMNS = [
  col("TT", { synonyms: ["STT", "Số TT"] }),
  col("Nội dung", { synonyms: ["Nhiệm vụ"], style: "wrap", width: 50 }),
  col("Hạn hoàn thành", { synonyms: ["Thời hạn"], style: "date", width: 14 }),
  col("Trạng thái", { allowed: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng"] }),
];

describe("creating tables on an empty workbook", () => {
  const edits: WorkbookEdit[] = [
    tableEdit({
      table: "PT_Tasks",
      anchor: { row: 3, column: 1 },
      columns: TASK_COLUMNS,
      append: [
        { TT: { value: "1" }, "Nội dung": { value: "Đăng ký thi đua" }, "Hạn hoàn thành": { value: serial("2021-01-30"), style: "date" } },
        { TT: { value: "2" }, "Nội dung": { value: "Báo cáo 6 tháng" }, "Hạn hoàn thành": { value: serial("2021-05-15"), style: "date" }, "Trạng thái": { value: "Hoàn thành" } },
      ],
    }),
    tableEdit({ table: "PT_Units", sheet: "Đơn vị", columns: [col("Tên đơn vị"), col("Loại")], append: [{ "Tên đơn vị": { value: "LĐLĐ tỉnh" } }] }),
  ];

  it("writes real Excel tables, named as asked, whose ref covers header and rows", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    const before = await port.read();
    await port.apply(edits);
    const { file, port: reread } = await roundTrip(port);

    const snap = await reread.read();
    // The core's model of what these edits do (simulate does not track lastRow).
    const expected = simulateEdits(before, edits);
    expect(snap.tables).toEqual(expected.tables);
    expect(snap.sheets).toEqual([
      { name: "Kế hoạch", lastRow: 5 },
      { name: "Đơn vị", lastRow: 2 },
    ]);
    expect(snap.tables.map((t) => [t.name, t.sheet, t.headerRow, t.firstColumn])).toEqual([
      ["PT_Tasks", "Kế hoạch", 3, 1],
      ["PT_Units", "Đơn vị", 1, 1],
    ]);
    expect(snap.tables[0].rows).toEqual([
      ["1", "Đăng ký thi đua", serial("2021-01-30"), null],
      ["2", "Báo cáo 6 tháng", serial("2021-05-15"), "Hoàn thành"],
    ]);

    const zip = await zipOf(file);
    const tableParts = Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f));
    expect(tableParts).toHaveLength(2);
    const tasksXml = (await Promise.all(tableParts.map((p) => partText(file, p)))).find((x) => x.includes('name="PT_Tasks"')) as string;
    expect(tasksXml).toMatch(/ref="A3:D5"/);
    expect(tasksXml).toMatch(/headerRowCount="1"/);
    expect(tasksXml).toContain('<tableColumn id="3" name="Hạn hoàn thành"');
    const types = await partText(file, "[Content_Types].xml");
    expect(types.match(/spreadsheetml\.table\+xml/g)).toHaveLength(2);
  });

  it("styles the header and gives date, wrap and dropdown columns their looks", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply(edits);
    const { wb } = await roundTrip(port);
    const ws = sheetFile(wb, "Kế hoạch");
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("A3").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(ws.getCell("C4").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("B4").alignment?.wrapText).toBe(true);
    expect(ws.getColumn(2).width).toBe(50);
    const dv = (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations;
    expect(dv.find("D5")).toMatchObject({ type: "list", formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"'] });
  });

  it("an empty table is Excel's single blank row, read as no rows, and rows go into it first", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply([tableEdit({ table: "PT_Tasks", columns: TASK_COLUMNS })]);
    let { wb, port: p } = await roundTrip(port);
    expect(tableModel(wb, "PT_Tasks").tableRef).toBe("A1:D2");
    expect((await p.read()).tables[0].rows).toEqual([]);

    await p.apply([tableEdit({ table: "PT_Tasks", columns: TASK_COLUMNS, append: [{ TT: { value: "1" } }, { TT: { value: "2" } }] })]);
    ({ wb, port: p } = await roundTrip(p));
    expect(tableModel(wb, "PT_Tasks").tableRef).toBe("A1:D3");
    expect((await p.read()).tables[0].rows.map((r) => r[0])).toEqual(["1", "2"]);
  });

  it("places a new table below the user's data (and merged areas) when its anchor is taken", async () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getCell("A1").value = "KẾ HOẠCH 217/KH-LĐLD";
    ws.getCell("B5").value = "ghi chú của tôi";
    ws.mergeCells("C7:D8"); // empty, but a table over a merged area is a corrupt file for Excel
    const port = new XlsxWorkbookPort(wb);
    await port.apply([tableEdit({ table: "PT_Tasks", columns: TASK_COLUMNS, append: [{ TT: { value: "1" } }] })]);
    const { wb: back, port: p } = await roundTrip(port);
    expect(tableModel(back, "PT_Tasks").tableRef).toBe("A10:D11");
    expect(sheetFile(back, "Kế hoạch").getCell("A1").value).toBe("KẾ HOẠCH 217/KH-LĐLD");
    expect(sheetFile(back, "Kế hoạch").getCell("B5").value).toBe("ghi chú của tôi");
    expect((await p.read()).tables[0]).toMatchObject({ headerRow: 10, rows: [["1", null, null, null]] });
  });
});

/** A plan workbook as a user keeps it: their own column, formats, notes, formulas, names, sheets. */
async function usersWorkbook(formulaAt: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.getCell("A1").value = "KẾ HOẠCH THI ĐUA 2021";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.mergeCells("A1:E1");
  ws.addTable({
    name: "PT_Tasks",
    ref: "A3",
    headerRow: true,
    columns: [{ name: "STT" }, { name: "Nhiệm vụ" }, { name: "Người theo dõi" }, { name: "Thời hạn" }, { name: "Kinh phí" }],
    rows: [
      ["1", "Đăng ký thi đua", "chị Lan", new Date(Date.UTC(2021, 0, 30)), 1500000],
      ["2", "Báo cáo 6 tháng", "anh Hùng", new Date(Date.UTC(2021, 4, 15)), 2500000],
      ["3", "Báo cáo năm", null, null, 0],
    ],
  });
  ws.getCell("B4").font = { bold: true, color: { argb: "FF0000FF" } };
  for (const c of ["A5", "B5", "C5", "D5", "E5"]) {
    ws.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  }
  for (const c of ["E4", "E5", "E6"]) ws.getCell(c).numFmt = '#,##0 "đ"';
  ws.getCell("D4").numFmt = "d mmm yyyy";
  ws.getCell("C4").note = "Phụ trách chính";
  ws.getCell(formulaAt).value = { formula: "SUM(E4:E6)", result: 4000000 } as ExcelJS.CellFormulaValue;
  ws.getColumn(2).width = 42;
  ws.views = [{ state: "frozen", ySplit: 3 }];
  wb.definedNames.add("'Kế hoạch'!$E$4:$E$6", "KinhPhi");
  const notes = wb.addWorksheet("Ghi chép");
  notes.getCell("A1").value = "Việc riêng của phòng";
  notes.getCell("B2").value = { formula: `'Kế hoạch'!${formulaAt}`, result: 4000000 } as ExcelJS.CellFormulaValue;
  notes.mergeCells("A3:C4");
  notes.getCell("A3").value = "ô gộp";
  notes.getCell("A5").note = "ghi chú trên trang khác";
  return (await roundTrip(wb, "users.xlsx")).wb;
}

describe("upgrading a user's table", () => {
  // The user's table: A STT, B Nhiệm vụ, C Người theo dõi (theirs), D Thời hạn, E Kinh phí (theirs).
  // Trạng thái, Cảnh báo and Ghi chú are missing: they become F, G, H.
  const upgrade: TableEdit = tableEdit({
    table: "PT_Tasks",
    columns: [...TASK_COLUMNS, col("Cảnh báo", { style: "warning" }), col("Ghi chú")],
    cells: [
      { row: 1, column: "Hạn hoàn thành", value: { value: serial("2021-05-20"), style: "date" } },
      { row: 1, column: "Trạng thái", value: { value: "Hoàn thành" } },
      { row: 2, column: "Nội dung", value: { value: "Báo cáo tổng kết năm" } },
    ],
    ownedColumns: [
      { column: "Cảnh báo", values: [{ value: "Quá hạn 3 ngày", style: "warning" }, { value: null }, { value: "Thiếu hạn", style: "error" }, { value: null }] },
    ],
    append: [{ TT: { value: "4" }, "Nội dung": { value: "=Việc mới" }, "Hạn hoàn thành": { value: serial("2021-12-31"), style: "date" } }],
  });
  const writes = (address: string): boolean => /^[F-H]\d+$/.test(address) || /^[A-Z]+7$/.test(address) || ["D5", "B6"].includes(address);

  it("keeps every cell it does not write, cell by cell: values, fonts, fills, number formats, notes, formulas", async () => {
    const wb = await usersWorkbook("J4");
    const before = new Map(wb.worksheets.map((ws) => [ws.name, dumpCells(ws)]));
    await new XlsxWorkbookPort(wb).apply([upgrade]);
    const { wb: after } = await roundTrip(wb);

    let compared = 0;
    for (const [sheet, cells] of before) {
      const now = dumpCells(sheetFile(after, sheet));
      for (const [address, cell] of cells) {
        if (sheet === "Kế hoạch" && writes(address)) continue;
        expect({ sheet, address, ...now.get(address) }).toEqual({ sheet, address, ...cell });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(after.definedNames.getRanges("KinhPhi").ranges).toEqual(["'Kế hoạch'!$E$4:$E$6"]);
    expect(sheetFile(after, "Kế hoạch").views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(sheetFile(after, "Kế hoạch").getCell("J4").formula).toBe("SUM(E4:E6)");
    expect(sheetFile(after, "Ghi chép").getCell("B2").formula).toBe("'Kế hoạch'!J4");
  });

  it("widens the table over the new columns and row, found by header whatever the user called them", async () => {
    const wb = await usersWorkbook("J4");
    const port = new XlsxWorkbookPort(wb);
    await port.apply([upgrade]);
    const { wb: after, port: reread } = await roundTrip(wb);
    const model = tableModel(after, "PT_Tasks");
    expect(model.tableRef).toBe("A3:H7");
    expect(model.columns.map((c) => c.name)).toEqual(["STT", "Nhiệm vụ", "Người theo dõi", "Thời hạn", "Kinh phí", "Trạng thái", "Cảnh báo", "Ghi chú"]);
    const snap = (await reread.read()).tables[0];
    expect(snap.headers).toEqual(model.columns.map((c) => c.name));
    expect(snap.rows).toEqual([
      ["1", "Đăng ký thi đua", "chị Lan", serial("2021-01-30"), 1500000, null, "Quá hạn 3 ngày", null],
      ["2", "Báo cáo 6 tháng", "anh Hùng", serial("2021-05-20"), 2500000, "Hoàn thành", null, null],
      ["3", "Báo cáo tổng kết năm", null, null, 0, null, "Thiếu hạn", null],
      ["4", "=Việc mới", null, serial("2021-12-31"), null, null, null, null],
    ]);
  });

  it("writes into a user's formatted row keeping their fill, and gives new rows the row above's look", async () => {
    const wb = await usersWorkbook("J4");
    await new XlsxWorkbookPort(wb).apply([upgrade]);
    const ws = sheetFile((await roundTrip(wb)).wb, "Kế hoạch");
    // D5: the user's yellow row, now a date written by the add-in.
    expect(ws.getCell("D5").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFFF00" } });
    expect(ws.getCell("D5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("D5").value).toEqual(new Date(Date.UTC(2021, 4, 20)));
    // The new row continues the user's number format in their own column.
    expect(ws.getCell("E7").numFmt).toBe('#,##0 "đ"');
    expect(ws.getCell("D7").numFmt).toBe("dd/mm/yyyy");
    // New header cells continue the table's header look; owned cells get the add-in's colours.
    expect(ws.getCell("G3").value).toBe("Cảnh báo");
    expect(ws.getCell("G4").font?.color?.argb).toBe("FF9C5700");
    expect(ws.getCell("G6").font?.color?.argb).toBe("FFC00000");
  });

  it("refuses to grow the table into a user's cell, says which, and changes nothing", async () => {
    const wb = await usersWorkbook("H4");
    const before = dumpCells(sheetFile(wb, "Kế hoạch"));
    const err = await new XlsxWorkbookPort(wb).apply([upgrade]).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err).toMatchObject({ code: "table-column-blocked" });
    expect((err as UserFacingError).vi).toContain("H4");
    expect((err as UserFacingError).en).toContain("H4");
    expect(dumpCells(sheetFile(wb, "Kế hoạch"))).toEqual(before);
    expect(tableModel(wb, "PT_Tasks").tableRef).toBe("A3:E6");
  });

  it("refuses to append rows over a user's cell below the table", async () => {
    const wb = await usersWorkbook("J4");
    sheetFile(wb, "Kế hoạch").getCell("C7").value = "Người ký: Chủ tịch";
    const err = await new XlsxWorkbookPort(wb).apply([upgrade]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "table-rows-blocked" });
    expect((err as UserFacingError).en).toContain("C7");
    expect(sheetFile(wb, "Kế hoạch").getCell("C7").value).toBe("Người ký: Chủ tịch");
  });
});
