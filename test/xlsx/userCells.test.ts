/**
 * Cells the add-in did not create stay as the user made them when a plan is imported into their
 * .xlsx file (import on an existing file is a sync): formulas, even ones showing blank, and merged
 * areas inside a table (Excel cannot merge cells in a table, but LibreOffice and other tools do).
 * The files written still open in LibreOffice Calc.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { UserFacingError } from "../../src/app/errors";
import { main } from "../../src/cli/main";
import { loadWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { serial } from "../support/snapshots";
import { col, convertWithLibreOffice, csvByLibreOffice, dumpCells, removeTempDirs, roundTrip, sheetFile, sofficeVersion, tableEdit, tableModel, tempDir } from "./support";

jest.setTimeout(180_000);

const FIXTURE = path.resolve(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt");
const HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Cảnh báo"];

let dir = "";
let profile = "";
beforeAll(() => {
  dir = tempDir();
  profile = tempDir("pt-lo-profile-");
});
afterAll(removeTempDirs);

const formula = (f: string): ExcelJS.CellValue => ({ formula: f, result: "" }) as unknown as ExcelJS.CellValue;

async function userBook(name: string, rows: ExcelJS.CellValue[][], after?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addTable({ name: "PT_Tasks", ref: "A1", headerRow: true, columns: HEADERS.map((h) => ({ name: h })), rows });
  after?.(ws);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** `plan-tracker import <fixture> -o file` as of 15/07/2021; returns the file as it then reads. */
async function importInto(file: string): Promise<{ ws: ExcelJS.Worksheet; wb: ExcelJS.Workbook; code: number; err: string }> {
  let err = "";
  const code = await main(["import", FIXTURE, "-o", file, "--as-of", "2021-07-15"], { out: () => undefined, err: (s) => (err += s) });
  const wb = await loadWorkbookFile(file);
  return { ws: sheetFile(wb, "Kế hoạch"), wb, code, err };
}

async function taskColumn(wb: ExcelJS.Workbook, header: string): Promise<unknown[]> {
  const t = (await new XlsxWorkbookPort(wb).read()).tables.find((x) => x.name === "PT_Tasks");
  const j = t?.headers.indexOf(header) ?? -1;
  return (t?.rows ?? []).map((r) => r[j]);
}

const merges = (ws: ExcelJS.Worksheet): string[] => [...((ws.model as { merges?: string[] }).merges ?? [])].sort();

describe("formulas in the user's plan table", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = await userBook("formulas.xlsx", [
      // A status formula showing blank, a Cảnh báo formula showing blank; the quarter is a plain blank.
      [1, null, "Việc 1", "LĐLĐ tỉnh", serial("2021-05-15"), formula('IF(E2="","","Đang thực hiện")'), formula('IF(A2>10,"xem lại","")')],
      // A quarter formula showing blank, with a deadline the quarter could be taken from.
      [2, formula('IF(A3>10,3,"")'), "Việc 2", "LĐLĐ tỉnh", serial("2021-08-20"), "Đang thực hiện", null],
      // A deadline formula showing blank, with a quarter the deadline could be taken from.
      [3, 2, "Việc 3", "LĐLĐ tỉnh", formula('IF(A4>10,DATE(2021,6,30),"")'), null, null],
    ]);
    ({ ws, wb } = await importInto(file));
  });

  it("a status formula showing blank is still that formula after import", () => {
    expect(ws.getCell("F2").formula).toBe('IF(E2="","","Đang thực hiện")');
  });
  it("a quarter formula and a deadline formula showing blank are still those formulas", () => {
    expect(ws.getCell("B3").formula).toBe('IF(A3>10,3,"")');
    expect(ws.getCell("E4").formula).toBe('IF(A4>10,DATE(2021,6,30),"")');
  });
  it("a formula in the add-in's Cảnh báo column is kept too", () => {
    expect(ws.getCell("G2").formula).toBe('IF(A2>10,"xem lại","")');
  });
  it("the plain blanks beside them are filled as usual, and the plan's other tasks are added", async () => {
    expect(ws.getCell("B2").value).toBe(2);
    expect(ws.getCell("F4").value).toBe("Chưa thực hiện");
    expect(await taskColumn(wb, "TT")).toHaveLength(24);
  });
});

describe("a quarter merged down the rows of its tasks (B2:B4, as LibreOffice allows in a table)", () => {
  let file = "";
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    file = await userBook(
      "merged.xlsx",
      [
        [1, "I", "Việc 1", "LĐLĐ tỉnh", serial("2021-03-31"), "Hoàn thành", null],
        [2, null, "Việc 2", "LĐLĐ tỉnh", "Trước 15/5/2021", "Hoàn thành", null],
        [3, null, "Việc 3", "LĐLĐ tỉnh", null, "Hoàn thành", null],
      ],
      (sheet) => sheet.mergeCells("B2:B4"),
    );
    const run = await importInto(file);
    expect(run.code).toBe(0);
    ({ ws, wb } = run);
  });

  it("keeps I, merged over the three rows", () => {
    expect(ws.getCell("B2").value).toBe("I");
    expect(merges(ws)).toEqual(["B2:B4"]);
  });
  it("reads as quarter I for each of the three tasks", async () => {
    expect((await taskColumn(wb, "Quý")).slice(0, 3)).toEqual(["I", "I", "I"]);
  });
  it("opens in LibreOffice Calc, which shows I at the head of the area and the tasks the import added", () => {
    sofficeVersion();
    const lines = csvByLibreOffice(file, profile);
    // The import adds the columns the user's table lacked at its right.
    expect(lines[0]).toBe("TT,Quý,Nội dung,Đơn vị chủ trì,Hạn hoàn thành,Trạng thái,Cảnh báo,Đơn vị phối hợp,Ngày hoàn thành,Ghi chú");
    expect(lines[1]).toMatch(/^1,I,Việc 1,LĐLĐ tỉnh,44286,Hoàn thành,/); // the user typed a serial, unformatted
    expect(lines[2]).toMatch(/^2,,Việc 2,LĐLĐ tỉnh,Trước 15\/5\/2021,Hoàn thành,/);
    expect(lines).toHaveLength(1 + 24);
  });
});

it("a blank quarter merged over two tasks of different quarters gets the first task's quarter, not the last's", async () => {
  // Sync fills the area's first cell from its task (Q1); the second task (Q3) must not write its
  // quarter through its merged cell into that same first cell.
  const file = await userBook(
    "merged-blank.xlsx",
    [
      [1, null, "Việc 1", "LĐLĐ tỉnh", serial("2021-03-31"), "Hoàn thành", null],
      [2, null, "Việc 2", "LĐLĐ tỉnh", serial("2021-08-20"), "Hoàn thành", null],
    ],
    (sheet) => sheet.mergeCells("B2:B3"),
  );
  const { ws, code } = await importInto(file);
  expect(code).toBe(0);
  expect(ws.getCell("B2").value).toBe(1);
  expect(merges(ws)).toEqual(["B2:B3"]);
});

it("a header merged down over the first task row keeps its text, the table its column, and LibreOffice opens the file", async () => {
  // F1:F2 joins the Trạng thái header to the first task's status cell. Before, sync read that cell
  // blank and wrote "Chưa thực hiện" into it, which exceljs sends to F1: the header was renamed.
  const file = await userBook(
    "merged-header.xlsx",
    [
      [1, 1, "Việc 1", "LĐLĐ tỉnh", serial("2021-03-31"), null, null],
      [2, 2, "Việc 2", "LĐLĐ tỉnh", serial("2021-05-15"), null, null],
    ],
    (sheet) => sheet.mergeCells("F1:F2"),
  );
  const { ws, wb, code } = await importInto(file);
  expect(code).toBe(0);
  expect(ws.getCell("F1").value).toBe("Trạng thái");
  expect(merges(ws)).toEqual(["F1:F2"]);
  expect(tableModel(wb, "PT_Tasks").columns.map((c) => c.name).slice(0, HEADERS.length)).toEqual(HEADERS);
  // The second task's own status cell is filled as usual.
  expect(ws.getCell("F3").value).toBe("Chưa thực hiện");
  sofficeVersion();
  expect(csvByLibreOffice(file, profile)[0]).toMatch(/^TT,Quý,Nội dung,Đơn vị chủ trì,Hạn hoàn thành,Trạng thái,Cảnh báo,/);
});

describe("a totals row with a merged label, when rows are added", () => {
  async function withTotals(merge: string, left = "A"): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.addTable({
      name: "PT_Tasks",
      ref: `${left}1`,
      totalsRow: true,
      columns: [{ name: "TT", totalsRowLabel: "Tổng cộng" }, { name: "Nội dung" }, { name: "Kinh phí", totalsRowFunction: "sum" }],
      rows: [["1", "Việc 1", 100], ["2", "Việc 2", 200]],
    });
    ws.mergeCells(merge);
    return (await roundTrip(wb)).wb;
  }
  const append = tableEdit({
    table: "PT_Tasks",
    columns: [col("TT"), col("Nội dung"), col("Kinh phí")],
    append: [
      { TT: { value: "3" }, "Nội dung": { value: "Việc 3" }, "Kinh phí": { value: 300 } },
      { TT: { value: "4" }, "Nội dung": { value: "Việc 4" }, "Kinh phí": { value: 400 } },
    ],
  });

  it("moves the label's merged area down with the totals row; every cell of the new rows is written", async () => {
    const wb = await withTotals("A4:B4");
    await new XlsxWorkbookPort(wb).apply([append]);
    const { wb: after, file } = await roundTrip(wb);
    const ws = sheetFile(after, "Kế hoạch");
    expect(merges(ws)).toEqual(["A6:B6"]);
    expect(ws.getCell("A6").value).toBe("Tổng cộng");
    expect(ws.getCell("C6").formula).toBe("SUBTOTAL(109,PT_Tasks[Kinh phí])");
    expect((await new XlsxWorkbookPort(after).read()).tables[0].rows).toEqual([
      ["1", "Việc 1", 100],
      ["2", "Việc 2", 200],
      ["3", "Việc 3", 300],
      ["4", "Việc 4", 400],
    ]);
    sofficeVersion();
    expect(csvByLibreOffice(file, profile).slice(3, 6)).toEqual(["3,Việc 3,300", "4,Việc 4,400", "Tổng cộng,,1000"]);
  });

  it("refuses, changing nothing, when the label is merged with a cell outside the table", async () => {
    const wb = await withTotals("A4:B4", "B"); // table B1:D4, the label's area reaches out to A4
    const ws = sheetFile(wb, "Kế hoạch");
    const before = JSON.stringify([...dumpCells(ws)]);
    const error = await new XlsxWorkbookPort(wb).apply([append]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe("table-rows-blocked");
    expect((error as UserFacingError).vi).toContain("A4:B4");
    expect(JSON.stringify([...dumpCells(ws)])).toBe(before);
    expect(merges(ws)).toEqual(["A4:B4"]);
    expect(tableModel(wb, "PT_Tasks").tableRef).toBe("B1:D4");
  });
});


it("a file LibreOffice saved, with a merged quarter and a status formula showing blank: import keeps both", async () => {
  const made = await userBook(
    "from-libreoffice.xlsx",
    [
      [1, "II", "Việc 1", "LĐLĐ tỉnh", serial("2021-05-15"), formula('IF(A2>10,"Đang thực hiện","")'), null],
      [2, null, "Việc 2", "LĐLĐ tỉnh", serial("2021-06-20"), formula('IF(A3>10,"Đang thực hiện","")'), null],
    ],
    (sheet) => sheet.mergeCells("B2:B3"),
  );
  sofficeVersion();
  const file = path.join(convertWithLibreOffice(made, "xlsx", profile).dir, "from-libreoffice.xlsx");
  const before = sheetFile(await loadWorkbookFile(file), "Kế hoạch");
  expect([before.getCell("F2").formula, merges(before)]).toEqual(['IF(A2>10,"Đang thực hiện","")', ["B2:B3"]]);

  const { ws, code, err } = await importInto(file);
  expect([code, err]).toEqual([0, ""]);
  expect(ws.getCell("B2").value).toBe("II");
  expect(merges(ws)).toEqual(["B2:B3"]);
  expect(ws.getCell("F2").formula).toBe('IF(A2>10,"Đang thực hiện","")');
  expect(ws.getCell("F3").formula).toBe('IF(A3>10,"Đang thực hiện","")');
});
