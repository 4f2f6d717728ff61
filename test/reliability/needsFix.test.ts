/**
 * Data losses the reliability work found in files it does not own. Each test states what a user
 * must get and is marked `it.failing` until the fix lands: it passes while the bug is there, and
 * fails the day it is fixed — then turn `it.failing` into `it`. The fixes are described at each.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText as importApp } from "../../src/app/importPlan";
import { syncWorkbook } from "../../src/app/syncPlan";
import { importPlanText } from "../../src/core/plan/importText";
import { normalizeText } from "../../src/core/text/normalize";
import { UnitRegistry } from "../../src/core/units/registry";
import { seedUnits } from "../../src/core/units/seed";
import { harness } from "../excel/support";
import { FIXTURE, cli, removeTempDirs, tempDir } from "./support";

const AS_OF = ["--as-of", "2021-07-15"];
const HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái"];

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

async function userBook(name: string, rows: ExcelJS.CellValue[][], after?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kế hoạch");
  ws.addTable({ name: "PT_Tasks", ref: "A1", headerRow: true, columns: HEADERS.map((h) => ({ name: h })), rows });
  after?.(ws);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

async function cellValue(file: string, address: string): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return (wb.getWorksheet("Kế hoạch") as ExcelJS.Worksheet).getCell(address).value;
}

describe("src/xlsx", () => {
  // Excel cannot merge cells inside a table, but LibreOffice and other tools write such files. The
  // adapter reads a merged area's other cells as blank, so sync fills them (quarter from the
  // deadline, status "Chưa thực hiện"); exceljs sends a write to a merged cell to the area's first
  // cell, so the user's "I" becomes the quarter of the area's last task.
  // Fix: XlsxWorkbookPort.read gives every cell of a merged area inside a table the area's value
  // (cellValues.readCellValue: `cell.isMerged ? toCellValue(cell.master.value)` for table cells),
  // and tableEdit's writeCell skips a merged cell that is not its area's master.
  it.failing("a quarter merged down the rows of its tasks keeps its value through import", async () => {
    const file = await userBook(
      "merged.xlsx",
      [
        [1, "I", "Việc 1", "LĐLĐ tỉnh", 44286, "Hoàn thành"],
        [2, null, "Việc 2", "LĐLĐ tỉnh", "Trước 15/5/2021", "Hoàn thành"],
        [3, null, "Việc 3", "LĐLĐ tỉnh", null, "Hoàn thành"],
      ],
      (ws) => ws.mergeCells("B2:B4"),
    );
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    expect(await cellValue(file, "B2")).toBe("I");
  });

  // A formula whose result is "" (=IF(D2="","",…)) reads as an empty cell, so sync writes
  // "Chưa thực hiện" over it. The snapshot cannot tell a formula from a blank.
  // Fix: TableSnapshot gains `formulas?: readonly (readonly boolean[])[]` (xlsx: the cell has a
  // formula; Office.js: load `formulas` with `values` in the same sync), and planSync's fills
  // (quarter, derived deadline, status) skip a cell that holds a formula.
  it.failing("a status formula that shows blank is not replaced by sync", async () => {
    const formula = { formula: 'IF(E2="","","Đang thực hiện")', result: "" } as unknown as ExcelJS.CellValue;
    const file = await userBook("formula.xlsx", [[1, null, "Việc 1", "LĐLĐ tỉnh", 44331, formula]]);
    expect((await cli("import", FIXTURE, "-o", file, ...AS_OF)).code).toBe(0);
    expect(await cellValue(file, "F2")).toMatchObject({ formula: 'IF(E2="","","Đang thực hiện")' });
  });
});

describe("src/excel", () => {
  // Creating PT_Tasks freezes the rows down to its header (ExcelApi 1.7). On a sheet the add-in
  // makes that is right; on a sheet the user already had (their own "Kế hoạch", their table at
  // the top) it changes how their sheet scrolls, which is not the add-in's to change.
  // Fix (applyEdits.ts, createTable): freeze only when ensureSheet created the sheet in this edit.
  it.failing("importing onto a user's own sheet named Kế hoạch does not freeze its panes", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    fake.addSheet("Kế hoạch");
    fake.setValues("Kế hoạch", "A1:B3", [["Việc của tôi", "Ghi chú"], ["a", "b"], ["c", "d"]]);
    fake.addTable("Kế hoạch", "A1:B3", "MyTable");
    await importApp(port, readFileSync(FIXTURE, "utf8"), { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date() });
    expect(fake.writes.filter((w) => w.sheet === "Kế hoạch" && w.kind === "freezePanes")).toEqual([]);
  });
});

describe("src/excel (2)", () => {
  // The Office.js adapter appends columns (columns.add) and rows (rows.add) without looking at
  // what is beside or below the table. When another table is there, Excel refuses the shift in the
  // middle of the command ("it would move cells in a table"): earlier batches are written, and the
  // user sees Excel's raw error. (The strict fake stops there: "not modelled".) The .xlsx adapter
  // checks first and refuses cleanly (table-column-blocked, table-rows-blocked).
  // Fix (applyEdits.ts, while planning, before any call is queued): for each table that grows,
  // refuse with the same UserFacingError codes and messages as src/xlsx/tableEdit.ts when another
  // table intersects the columns it adds (its rows, any column right of it) or the rows it adds.
  it.failing("a user's table right of PT_Tasks: sync refuses with a message before writing anything", async () => {
    const { fake, port } = harness({ apiVersion: "1.20" });
    fake.addSheet("Kế hoạch");
    fake.setValues("Kế hoạch", "A1:B2", [["TT", "Nội dung"], [1, "Việc 1"]]);
    fake.addTable("Kế hoạch", "A1:B2", "PT_Tasks");
    fake.setValues("Kế hoạch", "D1:E2", [["Của tôi", "Ghi chú"], ["x", "y"]]);
    fake.addTable("Kế hoạch", "D1:E2", "MyTable");
    const error = await syncWorkbook(port, { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(fake.writes.filter((w) => w.sheet === "Kế hoạch")).toEqual([]);
  });
});
