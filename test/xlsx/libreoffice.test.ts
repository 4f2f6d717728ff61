/**
 * A real spreadsheet application opens what the .xlsx adapter writes: LibreOffice Calc converts it
 * to CSV (values and dd/mm/yyyy dates as a user sees them), to PDF (the chart drawn) and back to
 * .xlsx (which the adapter reads again, chart included).
 *
 * LibreOffice is required, not optional: without it this test fails and says how to install it
 * (scripts/setup.sh installs it).
 */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import * as path from "path";
import type { OwnedSheetContent, WorkbookEdit } from "../../src/core/workbook/types";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { serial } from "../support/snapshots";
import { col, convertWithLibreOffice, removeTempDirs, roundTrip, sofficeVersion, tableEdit, tempDir, zipOf } from "./support";

jest.setTimeout(180_000);
afterAll(removeTempDirs);

let profile = "";

/** Convert `file` with a fresh LibreOffice profile of this run; returns the output folder. */
const convert = (file: string, to: string) => convertWithLibreOffice(file, to, profile);

const summary: OwnedSheetContent = {
  preferredName: "Tổng hợp",
  markerTable: "PT_Summary",
  blocks: [
    { row: 1, column: 1, cells: [[{ value: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN", style: "title" }]] },
    {
      row: 3,
      column: 1,
      cells: [
        [{ value: "Kỳ", style: "header" }, { value: "Hoàn thành", style: "header" }, { value: "Đang thực hiện", style: "header" }, { value: "Chưa thực hiện", style: "header" }],
        [{ value: "Quý I", style: "label" }, { value: 3 }, { value: 2 }, { value: 2 }],
        [{ value: "Quý II", style: "label" }, { value: 1 }, { value: 4 }, { value: 2 }],
        [{ value: "Quý III", style: "label" }, { value: 0 }, { value: 1 }, { value: 2 }],
        [{ value: "Quý IV", style: "label" }, { value: 0 }, { value: 0 }, { value: 7 }],
      ],
    },
  ],
  tables: [{ name: "PT_Summary", row: 3, column: 1, rowCount: 4, columnCount: 4 }],
  columnWidths: [20, 14, 16, 16],
  charts: [
    {
      title: "Trạng thái nhiệm vụ theo quý",
      categories: { row: 4, column: 1, count: 4 },
      series: [
        { name: "Hoàn thành", row: 4, column: 2 },
        { name: "Đang thực hiện", row: 4, column: 3 },
        { name: "Chưa thực hiện", row: 4, column: 4 },
      ],
      anchor: { row: 10, column: 1, columns: 7, rows: 16 },
    },
  ],
  activate: true,
};

const edits: WorkbookEdit[] = [
  tableEdit({
    table: "PT_Tasks",
    anchor: { row: 1, column: 1 },
    columns: [col("TT"), col("Nội dung", { width: 30 }), col("Hạn hoàn thành", { style: "date", width: 16 }), col("Trạng thái", { width: 16 })],
    append: [
      { TT: { value: "1" }, "Nội dung": { value: "Đăng ký thi đua" }, "Hạn hoàn thành": { value: serial("2021-01-30"), style: "date" }, "Trạng thái": { value: "Hoàn thành" } },
      { TT: { value: "2" }, "Nội dung": { value: "=SUM(A1:A3)" }, "Hạn hoàn thành": { value: serial("2021-05-15"), style: "date" } },
      { TT: { value: "3" }, "Nội dung": { value: "Báo cáo năm" }, "Hạn hoàn thành": { value: serial("2021-11-10"), style: "date" } },
    ],
  }),
  { kind: "ownedSheet", content: summary },
];

describe("LibreOffice Calc opens the workbook the adapter writes", () => {
  let file = "";

  beforeAll(async () => {
    sofficeVersion();
    profile = tempDir("pt-lo-profile-"); // a fresh, empty profile for this run
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply(edits);
    file = path.join(tempDir(), "ke-hoach.xlsx");
    await saveWorkbookFile(port, file);
  });

  it("is installed", () => {
    expect(sofficeVersion()).toMatch(/LibreOffice/);
  });

  it("converts the plan sheet to CSV showing the values and dd/mm/yyyy dates, formula-looking text as text", () => {
    // UTF-8, comma-separated, cells as shown, sheet 1 (the plan, though the summary is the active sheet).
    const { dir } = convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1");
    const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv"));
    expect(csvs).toHaveLength(1);
    const lines = readFileSync(path.join(dir, csvs[0]), "utf8").trim().split(/\r?\n/);
    expect(lines).toEqual([
      "TT,Nội dung,Hạn hoàn thành,Trạng thái",
      "1,Đăng ký thi đua,30/01/2021,Hoàn thành",
      "2,=SUM(A1:A3),15/05/2021,",
      "3,Báo cáo năm,10/11/2021,",
    ]);
  });

  it("converts the workbook to PDF, chart included", () => {
    const { dir } = convert(file, "pdf");
    const pdf = path.join(dir, "ke-hoach.pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    if (!text.error && text.status === 0) {
      // poppler-utils is there: the chart's title and axis labels are drawn.
      expect(text.stdout).toContain("Trạng thái nhiệm vụ theo quý");
      expect(text.stdout).toContain("Quý III");
    }
  });

  it("converts it back to .xlsx with the chart, which the adapter reads and saves again with the chart", async () => {
    const { dir } = convert(file, "xlsx");
    const out = path.join(dir, "ke-hoach.xlsx");
    expect(existsSync(out)).toBe(true);
    const charts = Object.keys((await zipOf(out)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);

    const wb = await loadWorkbookFile(out);
    const snap = await new XlsxWorkbookPort(wb).read();
    const tasks = snap.tables.find((t) => t.name === "PT_Tasks");
    expect(tasks?.rows.map((r) => r[2])).toEqual([serial("2021-01-30"), serial("2021-05-15"), serial("2021-11-10")]);
    expect(tasks?.rows[1][1]).toBe("=SUM(A1:A3)");
    expect(snap.tables.find((t) => t.name === "PT_Summary")?.sheet).toBe("Tổng hợp");

    const again = await roundTrip(wb);
    const kept = Object.keys((await zipOf(again.file)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(kept).toHaveLength(1);
    // And LibreOffice opens that file too.
    const { dir: pdfDir } = convert(again.file, "pdf");
    expect(readdirSync(pdfDir).some((f) => f.endsWith(".pdf"))).toBe(true);
  });
});
