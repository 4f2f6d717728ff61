/** The add-in's own sheet (Tổng hợp) in .xlsx files: rebuilt in place, never a user's sheet, with a real chart. */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec, OwnedSheetContent, WorkbookEdit } from "../../src/core/workbook/types";
import { newWorkbook } from "../../src/xlsx/files";
import { setAddInCharts } from "../../src/xlsx/sheetDrawings";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { PNG_1X1, dumpCells, partText, removeTempDirs, roundTrip, sheetFile, tableModel, zipOf } from "./support";

afterAll(removeTempDirs);

const chart: ChartSpec = {
  title: "Trạng thái nhiệm vụ theo quý",
  categories: { row: 4, column: 1, count: 4 },
  series: [
    { name: "Hoàn thành", row: 4, column: 2 },
    { name: "Chưa thực hiện", row: 4, column: 3 },
  ],
  anchor: { row: 2, column: 6, columns: 8, rows: 16 },
};

function summary(done: number[], generatedAt: string): OwnedSheetContent {
  return {
    preferredName: "Tổng hợp",
    markerTable: "PT_Summary",
    blocks: [
      { row: 1, column: 1, cells: [[{ value: "TỔNG HỢP", style: "title" }, { value: generatedAt, style: "muted" }]] },
      {
        row: 3,
        column: 1,
        cells: [
          [{ value: "Kỳ", style: "header" }, { value: "Hoàn thành", style: "header" }, { value: "Chưa thực hiện", style: "header" }, { value: "% HT", style: "header" }],
          ...["Quý I", "Quý II", "Quý III", "Quý IV"].map((q, i) => [
            { value: q, style: "label" as const },
            { value: done[i], style: "integer" as const },
            { value: 7 - done[i], style: "integer" as const },
            { value: done[i] / 7, style: "percent" as const },
          ]),
        ],
      },
      { row: 9, column: 1, cells: [[{ value: "Tính đến", style: "label" }, { value: 44392, style: "date" }]] },
    ],
    tables: [{ name: "PT_Summary", row: 3, column: 1, rowCount: 4, columnCount: 4 }],
    columnWidths: [20, 12, 14, 8],
    charts: [chart],
    activate: true,
  };
}

const rebuild = (done: number[], at = "15/07/2021 08:00"): WorkbookEdit[] => [{ kind: "ownedSheet", content: summary(done, at) }];

async function chartParts(file: string): Promise<string[]> {
  return Object.keys((await zipOf(file)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
}

describe("an owned sheet", () => {
  it("is created with its table, formats, widths and a column chart over its figures", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    const result = await port.apply(rebuild([3, 2, 1, 0]));
    expect(result.ownedSheets).toEqual({ PT_Summary: "Tổng hợp" });
    const { file, wb, port: reread } = await roundTrip(port);
    const ws = sheetFile(wb, "Tổng hợp");
    expect(tableModel(wb, "PT_Summary").tableRef).toBe("A3:D7");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("D4").numFmt).toBe("0.0%");
    expect(ws.getCell("B9").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getColumn(1).width).toBe(20);
    expect((await reread.read()).tables[0].rows[0]).toEqual(["Quý I", 3, 4, 3 / 7]);

    const charts = await chartParts(file);
    expect(charts).toHaveLength(1);
    const xml = await partText(file, charts[0]);
    expect(xml).toContain("<c:barChart><c:barDir val=\"col\"/>");
    expect(xml).toContain("<a:t>Trạng thái nhiệm vụ theo quý</a:t>");
    expect(xml).toContain("<c:f>'Tổng hợp'!$A$4:$A$7</c:f>");
    expect(xml).toContain("<c:f>'Tổng hợp'!$B$4:$B$7</c:f>");
    expect(xml).toContain("<c:f>'Tổng hợp'!$C$4:$C$7</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>Quý I</c:v></c:pt>');
    const zip = await zipOf(file);
    const drawing = Object.keys(zip.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)) as string;
    const anchor = await partText(file, drawing);
    expect(anchor).toContain("<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(anchor).toContain("<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row>");
    const types = await partText(file, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/${charts[0]}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(types).toContain(`<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  });

  it("rebuilt twice is the same sheet, one table and one chart, in the same place", async () => {
    const wb = newWorkbook();
    wb.addWorksheet("Kế hoạch").getCell("A1").value = "kế hoạch";
    wb.addWorksheet("Đơn vị").getCell("A1").value = "đơn vị";
    await new XlsxWorkbookPort(wb).apply(rebuild([1, 1, 1, 1]));
    const first = await roundTrip(wb);
    await first.port.apply(rebuild([3, 2, 1, 0]));
    const second = await roundTrip(first.port);
    const secondCells = dumpCells(sheetFile(second.wb, "Tổng hợp"));
    await second.port.apply(rebuild([3, 2, 1, 0]));
    const third = await roundTrip(second.port);

    expect(third.wb.worksheets.map((w) => w.name)).toEqual(["Kế hoạch", "Đơn vị", "Tổng hợp"]);
    // It opens on the summary (activate), with no other tab selected alongside it.
    expect(third.wb.views[0].activeTab).toBe(2);
    const sheetParts = Object.keys((await zipOf(third.file)).files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const selected = await Promise.all(sheetParts.map(async (p) => (await partText(third.file, p)).includes('tabSelected="1"')));
    expect(selected.filter(Boolean)).toHaveLength(1);
    expect(await partText(third.file, sheetParts[selected.indexOf(true)])).toContain("<tablePart ");
    expect(dumpCells(sheetFile(third.wb, "Tổng hợp"))).toEqual(secondCells);
    expect(await partText(third.file, (await chartParts(third.file))[0])).toEqual(await partText(second.file, (await chartParts(second.file))[0]));
    expect(await chartParts(third.file)).toHaveLength(1);
    expect((await third.port.read()).tables.map((t) => t.name)).toEqual(["PT_Summary"]);
    expect((await third.port.read()).tables[0].rows[0]).toEqual(["Quý I", 3, 4, 3 / 7]);
  });

  it("leaves nothing of the previous build: a longer old build's rows, merges and formats are gone", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    const big = summary([1, 1, 1, 1], "x");
    await port.apply([{ kind: "ownedSheet", content: { ...big, blocks: [...big.blocks, { row: 30, column: 1, cells: [[{ value: "dòng cũ", style: "error" }]] }] } }]);
    sheetFile(port.workbook, "Tổng hợp").mergeCells("A30:C30");
    const { port: again } = await roundTrip(port);
    await again.apply(rebuild([1, 1, 1, 1], "x"));
    const { wb } = await roundTrip(again);
    const ws = sheetFile(wb, "Tổng hợp");
    expect(ws.getCell("A30").value).toBeNull();
    expect(ws.getCell("A30").isMerged).toBe(false);
    expect(ws.getCell("A30").font).toBeUndefined();
  });

  it("never touches a user's sheet called Tổng hợp: ours becomes Tổng hợp (2), and stays so", async () => {
    const wb = new ExcelJS.Workbook();
    const users = wb.addWorksheet("Tổng hợp");
    users.getCell("A1").value = "Bảng tổng hợp của tôi";
    users.getCell("B2").value = { formula: "1+2", result: 3 } as ExcelJS.CellFormulaValue;
    users.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    users.getCell("A3").note = "đừng xoá";
    const loaded = (await roundTrip(wb)).wb;
    const before = dumpCells(sheetFile(loaded, "Tổng hợp"));

    const port = new XlsxWorkbookPort(loaded);
    expect((await port.apply(rebuild([1, 2, 3, 4]))).ownedSheets).toEqual({ PT_Summary: "Tổng hợp (2)" });
    const once = await roundTrip(port);
    expect((await once.port.apply(rebuild([2, 2, 2, 2]))).ownedSheets).toEqual({ PT_Summary: "Tổng hợp (2)" });
    const twice = await roundTrip(once.port);

    expect(twice.wb.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect(dumpCells(sheetFile(twice.wb, "Tổng hợp"))).toEqual(before);
    expect(tableModel(twice.wb, "PT_Summary").sheet).toBe("Tổng hợp (2)");
    expect(await partText(twice.file, (await chartParts(twice.file))[0])).toContain("'Tổng hợp (2)'!$A$4:$A$7");
  });

  it("keeps the name a user gave it: it is found by its table, not its name", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply(rebuild([1, 1, 1, 1]));
    sheetFile(port.workbook, "Tổng hợp").name = "Báo cáo quý";
    const { port: again } = await roundTrip(port);
    expect((await again.apply(rebuild([2, 2, 2, 2]))).ownedSheets).toEqual({ PT_Summary: "Báo cáo quý" });
    expect(again.workbook.worksheets.map((w) => w.name)).toEqual(["Báo cáo quý"]);
  });
});

describe("charts across saves", () => {
  it("survive a save that does not rebuild the sheet (exceljs drops them on load; they are carried over)", async () => {
    const port = new XlsxWorkbookPort(newWorkbook());
    await port.apply(rebuild([3, 2, 1, 0]));
    const first = await roundTrip(port);
    const firstChart = await partText(first.file, (await chartParts(first.file))[0]);
    // A command that only writes a table (validate --write) and saves.
    sheetFile(first.wb, "Tổng hợp"); // untouched
    first.wb.addWorksheet("Ghi chép").getCell("A1").value = "x";
    const second = await roundTrip(first.wb);
    const third = await roundTrip(second.wb);
    expect(await chartParts(third.file)).toHaveLength(1);
    expect(await partText(third.file, (await chartParts(third.file))[0])).toEqual(firstChart);
  });

  it("keep a user's chart and picture on their own sheet through load, apply and save", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu đồ của tôi");
    ws.getCell("A1").value = "Quý";
    ws.getCell("B1").value = "Số việc";
    ["I", "II", "III", "IV"].forEach((q, i) => {
      ws.getCell(`A${i + 2}`).value = q;
      ws.getCell(`B${i + 2}`).value = i + 1;
    });
    const image = wb.addImage({ buffer: PNG_1X1 as unknown as ExcelJS.Buffer, extension: "png" });
    ws.addImage(image, "D2:E4");
    // Stand-in for a chart the user made in Excel: same parts, on the user's sheet.
    setAddInCharts(ws, {
      grouping: "clustered",
      specs: [{ title: "Biểu đồ riêng", categories: { row: 2, column: 1, count: 4 }, series: [{ name: "Số việc", row: 2, column: 2 }], anchor: { row: 7, column: 1, columns: 6, rows: 12 } }],
    });
    const users = await roundTrip(wb, "users-chart.xlsx");
    expect(users.wb.getWorksheet("Biểu đồ của tôi")?.getImages()).toHaveLength(1);

    await users.port.apply(rebuild([3, 2, 1, 0]));
    const after = await roundTrip(users.port);
    const zip = await zipOf(after.file);
    const charts = await chartParts(after.file);
    expect(charts).toHaveLength(2);
    const texts = await Promise.all(charts.map((c) => partText(after.file, c)));
    expect(texts.some((t) => t.includes("'Biểu đồ của tôi'!$B$2:$B$5"))).toBe(true);
    expect(texts.some((t) => t.includes("'Tổng hợp'!$B$4:$B$7"))).toBe(true);
    expect(after.wb.getWorksheet("Biểu đồ của tôi")?.getImages()).toHaveLength(1);
    expect(Object.keys(zip.files).some((f) => /^xl\/media\/.+\.png$/.test(f))).toBe(true);
    // The user's drawing holds both the picture and the chart, each with a valid relationship.
    for (const f of Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))) {
      const xml = await (zip.file(f) as JSZip.JSZipObject).async("string");
      const rels = await (zip.file(f.replace("drawings/", "drawings/_rels/") + ".rels") as JSZip.JSZipObject).async("string");
      for (const id of xml.match(/r:(?:id|embed)="[^"]+"/g) ?? []) {
        expect(rels).toContain(`Id="${id.split('"')[1]}"`);
      }
    }
  });
});
