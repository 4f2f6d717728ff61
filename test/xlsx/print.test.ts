/**
 * The demo workbook prints well on A4: every sheet the add-in writes is set up one page wide
 * (the plan landscape with its header row on every page and a footer with the plan number and
 * "Trang x/y"), rows holding wrapped text are tall enough to show it, and LibreOffice, printing
 * the saved file to PDF, puts Tổng hợp on at most 2 pages and the plan sheet on one page width.
 */
import { spawnSync } from "child_process";
import { readFileSync, readdirSync } from "fs";
import * as path from "path";
import { generateSummary } from "../../src/app/buildSummary";
import { DEMO_AS_OF, tellDemoStory } from "../../src/app/demoStory";
import { importPlanText } from "../../src/app/importPlan";
import type { CommandOptions } from "../../src/app/types";
import { wrappedLines } from "../../src/core/print/rowHeight";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { convertWithLibreOffice, partText, removeTempDirs, sofficeVersion, tempDir } from "./support";

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const FIXTURE = readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const opts: CommandOptions = { asOf: DEMO_AS_OF, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };

let file = "";
beforeAll(async () => {
  const port = new XlsxWorkbookPort(newWorkbook());
  await importPlanText(port, FIXTURE, opts);
  await tellDemoStory(port);
  await generateSummary(port, { ...opts, quarterSheets: true });
  file = path.join(tempDir("pt-print-"), "ke-hoach-217.xlsx");
  await saveWorkbookFile(port, file);
});

describe("page setup in the saved .xlsx", () => {
  it("every sheet: A4, fit to one page wide and any number of pages tall, footer with the plan number and Trang &P/&N", async () => {
    const wb = await loadWorkbookFile(file);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Kế hoạch", "Đơn vị", "Nộp báo cáo", "Tổng hợp", "Quý I", "Quý II", "Quý III", "Quý IV"]);
    for (const ws of wb.worksheets) {
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([ws.name, 9, true, 1, 0]);
      expect(ws.headerFooter.oddFooter).toBe("&CKế hoạch số 217/KH-LĐLD — Trang &P/&N");
    }
    const orientation = Object.fromEntries(wb.worksheets.map((ws) => [ws.name, ws.pageSetup.orientation]));
    expect(orientation).toMatchObject({ "Kế hoạch": "landscape", "Đơn vị": "portrait", "Nộp báo cáo": "landscape", "Tổng hợp": "landscape" });
  });

  it("the plan's header row (row 9) is repeated on every printed page", async () => {
    const xml = await partText(file, "xl/workbook.xml");
    const titles = [...xml.matchAll(/<definedName name="_xlnm.Print_Titles"[^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(titles).toContain("'Kế hoạch'!$9:$9");
    expect(titles).toContain("'Đơn vị'!$1:$1");
    expect(titles).toContain("'Quý I'!$3:$3");
  });

  it("a task whose content wraps onto n lines has a row at least n lines tall; a one-line row keeps the default", async () => {
    const wb = await loadWorkbookFile(file);
    const ws = wb.getWorksheet("Kế hoạch");
    if (!ws) throw new Error("no plan sheet");
    const headers = (ws.getRow(9).values as unknown[]).map((v) => String(v ?? ""));
    const content = headers.indexOf("Nội dung");
    const width = ws.getColumn(content).width ?? 8.43;
    let tall = 0;
    for (let r = 10; r <= 33; r++) {
      const text = String(ws.getCell(r, content).value ?? "");
      // A line of a column n characters wide holds at most about n characters.
      const lines = wrappedLines(text, width, 1);
      if (lines > 1) {
        tall++;
        expect(ws.getRow(r).height ?? 15).toBeGreaterThanOrEqual(lines * 15);
      }
    }
    expect(tall).toBeGreaterThan(10);
    // The summary's paragraph spans the sheet's width and has the height of its lines.
    const summary = wb.getWorksheet("Tổng hợp");
    const row = summary?.getRow(9);
    expect(String(row?.getCell(1).value)).toMatch(/^Tính đến ngày 15\/07\/2021, có 11\/15 nhiệm vụ đến hạn đã hoàn thành/);
    expect(row?.getCell(1).isMerged).toBe(true);
    expect(row?.height ?? 15).toBeGreaterThanOrEqual(30);
  });
});

describe("printed by LibreOffice", () => {
  let pages: string[] = [];
  beforeAll(() => {
    sofficeVersion();
    const profile = tempDir("pt-lo-profile-");
    const { dir } = convertWithLibreOffice(file, "pdf", profile);
    const pdf = path.join(dir, readdirSync(dir).find((f) => f.endsWith(".pdf")) as string);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    const count = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    pages = Array.from({ length: count }, (_, i) => spawnSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }).stdout);
  });

  it("every page has the footer with its number", () => {
    pages.forEach((text, i) => expect(text).toContain(`Kế hoạch số 217/KH-LĐLD — Trang ${i + 1}/${pages.length}`));
  });

  it("the plan sheet prints one page wide: its first page holds the header's last column and task 24", () => {
    expect(pages[0]).toContain("Nội dung");
    expect(pages[0]).toContain("Cảnh báo");
    expect(pages[0]).toMatch(/Báo cáo tổng kết công tác thi đua/);
  });

  it("Tổng hợp takes at most 2 pages, the chart's page holds the table and the units", () => {
    const first = pages.findIndex((p) => p.includes("TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH"));
    const next = pages.findIndex((p, i) => i > first && /^\s*Quý I\s*$/m.test(p));
    expect(first).toBeGreaterThan(0);
    expect(next - first).toBeLessThanOrEqual(2);
    expect(pages[first]).toContain("Tình hình thực hiện nhiệm vụ theo quý");
    expect(pages.slice(first, next).join("\n")).toContain("4. Nhiệm vụ chưa hoàn thành quá hạn");
  });
});
