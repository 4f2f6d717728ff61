/**
 * Values through the .xlsx adapter: dates stay the same day in every time zone, formula-looking
 * text stays text, and read() gives what the user sees (results, plain text, error codes).
 */
process.env.TZ = "Pacific/Kiritimati"; // UTC+14: a local-time conversion would land a day late

import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "fs";
import type { CellWrite } from "../../src/core/workbook/types";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { serial } from "../support/snapshots";
import { cellXml, col, partText, removeTempDirs, roundTrip, sheetFile, tableEdit, tableModel, tempDir, zipOf } from "./support";

afterAll(removeTempDirs);

/** The worksheet part of a sheet, found through workbook.xml (not by guessing its file name). */
async function sheetXml(file: string, sheet: string): Promise<string> {
  const zip = await zipOf(file);
  const workbook = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
  const rId = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels)?.[1];
  return partText(file, `xl/${(target as string).replace(/^\/?xl\//, "")}`);
}

describe("dates", () => {
  const days = ["2021-01-30", "2021-05-15", "2024-02-29", "2021-12-31", "1900-03-01", "2099-12-31"];

  it("are written as real dates shown dd/mm/yyyy and read back as the same serial", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply([
      tableEdit({
        table: "PT_Tasks",
        columns: [col("TT"), col("Hạn hoàn thành", { style: "date" })],
        append: days.map((d, i) => ({ TT: { value: String(i + 1) }, "Hạn hoàn thành": { value: serial(d), style: "date" } as CellWrite })),
      }),
    ]);
    const { file, wb, port: reread } = await roundTrip(port);
    expect((await reread.read()).tables[0].rows.map((r) => r[1])).toEqual(days.map(serial));

    const ws = sheetFile(wb, "Kế hoạch");
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell("B2").numFmt).toBe("dd/mm/yyyy");
    // In the file: a number cell (no t="s"), its serial, a style whose format is dd/mm/yyyy.
    const xml = await sheetXml(file, "Kế hoạch");
    const c = cellXml(xml, "B2") as string;
    expect(c).not.toMatch(/ t="/);
    expect(c).toContain(`<v>${serial("2021-01-30")}</v>`);
    const styleIndex = Number(/ s="(\d+)"/.exec(c)?.[1]);
    const styles = await partText(file, "xl/styles.xml");
    const numFmtId = /<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(styles)?.[1].match(/<xf [^>]*>/g)?.[styleIndex].match(/numFmtId="(\d+)"/)?.[1];
    expect(styles).toContain(`<numFmt numFmtId="${numFmtId}" formatCode="dd/mm/yyyy"/>`);
  });

  it("typed by a user (exceljs reads them as UTC Dates) come back as serials without a day's shift", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.addTable({
      name: "PT_Tasks",
      ref: "A1",
      columns: [{ name: "Hạn" }, { name: "Lúc" }],
      rows: [[new Date(Date.UTC(2021, 0, 30)), new Date(Date.UTC(2021, 0, 30, 18, 0))]],
    });
    const { port } = await roundTrip(wb);
    expect((await port.read()).tables[0].rows).toEqual([[serial("2021-01-30"), serial("2021-01-30") + 0.75]]);
  });
});

describe("text that looks like a formula", () => {
  const texts = ["=SUM(A1:A3)", "+84 912 345 678", "-5 ngày", "@Lan", "=HYPERLINK(\"http://x\")"];

  it("is stored as text: no <f> element in those cells, and reads back unchanged", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply([
      tableEdit({ table: "PT_Tasks", columns: [col("Nội dung")], append: texts.map((t) => ({ "Nội dung": { value: t } })) }),
    ]);
    const { file, port: reread } = await roundTrip(port);
    expect((await reread.read()).tables[0].rows.map((r) => r[0])).toEqual(texts);
    const xml = await sheetXml(file, "Kế hoạch");
    texts.forEach((_, i) => {
      const c = cellXml(xml, `A${i + 2}`) as string;
      expect(c).toMatch(/ t="(s|str|inlineStr)"/);
      expect(c).not.toContain("<f>");
      expect(c).not.toContain("<f ");
    });
  });
});

describe("read()", () => {
  it("gives formula results (and which cells hold formulas), rich text and hyperlinks as text, error codes, and a merged area's value in each of its cells", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Nộp báo cáo");
    ws.addTable({
      name: "PT_Submissions",
      ref: "B2",
      columns: [{ name: "Đơn vị" }, { name: "Ngày nhận" }, { name: "Số ngày" }, { name: "Ghi chú" }, { name: "Tra cứu" }],
      rows: [
        ["LĐLĐ tỉnh", { formula: "DATE(2021,5,15)", result: new Date(Date.UTC(2021, 4, 15)) }, { formula: "1+1", result: 2 }, { richText: [{ text: "Đã " }, { font: { bold: true }, text: "nộp" }] }, { error: "#N/A" }],
        ["LĐLĐ huyện", null, { formula: "D3*2", result: 4 }, { text: "xem văn bản", hyperlink: "https://example.org/vb" }, null],
        ["merged", "x", "y", null, null],
      ],
    });
    ws.mergeCells("C5:D5");
    const { port } = await roundTrip(wb);
    const t = (await port.read()).tables[0];
    expect(t).toMatchObject({ name: "PT_Submissions", sheet: "Nộp báo cáo", headerRow: 2, firstColumn: 2 });
    expect(t.rows).toEqual([
      ["LĐLĐ tỉnh", serial("2021-05-15"), 2, "Đã nộp", "#N/A"],
      ["LĐLĐ huyện", null, 4, "xem văn bản", null],
      // Excel cannot merge cells in a table; LibreOffice can, and shows "x" across C5:D5.
      ["merged", "x", "x", null, null],
    ]);
    expect(t.formulas).toEqual([
      [false, true, true, false, false],
      [false, false, true, false, false],
      [false, false, false, false, false],
    ]);
  });

  it("marks every cell of a shared formula, and a formula showing blank, as a formula; a table without any has none", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.addTable({ name: "PT_Tasks", ref: "A1", columns: [{ name: "TT" }, { name: "Quý" }], rows: [[1, null], [2, null], [3, null]] });
    ws.getCell("B2").value = { formula: 'IF(A2>2,1,"")', result: "" } as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B2", result: "" } as ExcelJS.CellValue;
    ws.getCell("B4").value = { sharedFormula: "B2", result: 1 } as ExcelJS.CellValue;
    ws.addTable({ name: "Plain", ref: "D1", columns: [{ name: "A" }], rows: [["x"]] });
    const { file, port } = await roundTrip(wb);
    // Written as a shared formula, as Excel and LibreOffice write one filled down.
    expect(cellXml(await sheetXml(file, "Kế hoạch"), "B3")).toMatch(/<f [^>]*t="shared"/);
    const tables = (await port.read()).tables;
    const tasks = tables.find((x) => x.name === "PT_Tasks");
    // A formula showing blank reads as a blank cell ("" or null); only `formulas` tells them apart.
    expect(tasks?.rows.map((r) => r[1] ?? "")).toEqual(["", "", 1]);
    expect(tasks?.formulas).toEqual([[false, true], [false, true], [false, true]]);
    expect(tables.find((x) => x.name === "Plain")?.formulas).toBeUndefined();
  });

  it("lists every sheet with its last used row, and an empty sheet as 0", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống");
    const ws = wb.addWorksheet("Ghi chép");
    ws.getCell("C9").value = "cuối";
    ws.getCell("A20").numFmt = "0.00"; // a format alone is not use
    const port = new XlsxWorkbookPort((await roundTrip(wb)).wb);
    expect((await port.read()).sheets).toEqual([
      { name: "Trống", lastRow: 0 },
      { name: "Ghi chép", lastRow: 9 },
    ]);
  });
});

describe("tables as Excel and LibreOffice write them", () => {
  it("reads a table whose XML leaves headerRowCount, filter columns and style out, and writes it back valid", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch").addTable({
      name: "PT_Tasks",
      ref: "A1",
      columns: [{ name: "TT", filterButton: true }, { name: "Nội dung", filterButton: true }],
      rows: [["1", "Việc một"]],
    });
    const dir = tempDir();
    const file = `${dir}/excel-style.xlsx`;
    await saveWorkbookFile(wb, file);
    // Rewrite the table part the way Excel (defaults left out) and LibreOffice (no style) write it.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const part = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f)) as string;
    const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
    const excelXml = xml
      .replace(/ headerRowCount="1"/, "")
      .replace(/ totalsRowShown="1"/, ' totalsRowShown="0"')
      .replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"/>')
      .replace(/<tableStyleInfo[^>]*\/>/, "");
    expect(excelXml).not.toEqual(xml);
    zip.file(part, excelXml);
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));

    const loaded = await loadWorkbookFile(file);
    const port = new XlsxWorkbookPort(loaded);
    expect((await port.read()).tables[0]).toMatchObject({ headers: ["TT", "Nội dung"], headerRow: 1, rows: [["1", "Việc một"]] });
    await port.apply([tableEdit({ table: "PT_Tasks", columns: [col("TT"), col("Nội dung")], append: [{ TT: { value: "2" } }] })]);
    const { file: out, port: again } = await roundTrip(port);
    const written = await partText(out, part);
    expect(written).toMatch(/headerRowCount="1"/);
    expect(written).not.toMatch(/hiddenButton="1"/);
    expect(written).toMatch(/ref="A1:B3"/);
    expect((await again.read()).tables[0].rows).toEqual([["1", "Việc một"], ["2", null]]);
  });

  it("moves a totals row down below appended rows, with its formula", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.addTable({
      name: "PT_Tasks",
      ref: "A1",
      totalsRow: true,
      columns: [{ name: "TT", totalsRowLabel: "Tổng" }, { name: "Kinh phí", totalsRowFunction: "sum" }],
      rows: [["1", 100], ["2", 200]],
    });
    const { wb: loaded, port } = await roundTrip(wb);
    expect((await port.read()).tables[0].rows).toEqual([["1", 100], ["2", 200]]);
    await port.apply([tableEdit({ table: "PT_Tasks", columns: [col("TT"), col("Kinh phí")], append: [{ TT: { value: "3" }, "Kinh phí": { value: 300 } }] })]);
    const { wb: after, port: again } = await roundTrip(loaded);
    expect(tableModel(after, "PT_Tasks").tableRef).toBe("A1:B5");
    const sheet = sheetFile(after, "Kế hoạch");
    expect(sheet.getCell("A5").value).toBe("Tổng");
    expect(sheet.getCell("B5").formula).toBe("SUBTOTAL(109,PT_Tasks[Kinh phí])");
    expect((await again.read()).tables[0].rows).toEqual([["1", 100], ["2", 200], ["3", 300]]);
  });
});

describe("the package exceljs writes, repaired", () => {
  it("puts <legacyDrawing> before <tableParts> and gives each sheet's comments their own shape ids", async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ["Kế hoạch", "Đơn vị"]) {
      const ws = wb.addWorksheet(name);
      ws.addTable({ name: name === "Kế hoạch" ? "PT_Tasks" : "PT_Units", ref: "A1", columns: [{ name: "A" }], rows: [["x"]] });
      ws.getCell("A2").note = `ghi chú trên ${name}`;
    }
    const { file } = await roundTrip(wb);
    const zip = await zipOf(file);
    const ids: string[] = [];
    for (const sheet of ["Kế hoạch", "Đơn vị"]) {
      const xml = await sheetXml(file, sheet);
      expect(xml.indexOf("<legacyDrawing")).toBeGreaterThan(0);
      expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
    }
    for (const f of Object.keys(zip.files).filter((p) => /vmlDrawing\d+\.vml$/.test(p))) {
      const vml = await (zip.file(f) as JSZip.JSZipObject).async("string");
      ids.push(/<o:idmap[^>]*data="(\d+)"/.exec(vml)?.[1] as string, ...(vml.match(/_x0000_s\d+/g) ?? []));
    }
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });
});
