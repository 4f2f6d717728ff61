/**
 * Print setup through Office.js on the strict fake: on ExcelApi 1.9 the sheets get A4, one page
 * wide, the plan's header row on every page and the footer; the summary's paragraph is merged
 * across the sheet with its row height, rows autofitted and top-aligned. Below 1.9 nothing of
 * pageLayout is called (the fake throws on any API above its set), and below 1.2 no row layout.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateSummary } from "../../src/app/buildSummary";
import { DEMO_AS_OF, tellDemoStory } from "../../src/app/demoStory";
import { importPlanText } from "../../src/app/importPlan";
import { generateReminders } from "../../src/app/remind";
import type { CommandOptions } from "../../src/app/types";
import { harness } from "./support";

const FIXTURE = readFileSync(join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const opts: CommandOptions = { asOf: DEMO_AS_OF, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };

async function demo(apiVersion: string) {
  const h = harness({ apiVersion });
  h.fake.addSheet("Sheet1");
  await importPlanText(h.port, FIXTURE, opts);
  await tellDemoStory(h.port);
  await generateSummary(h.port, { ...opts, quarterSheets: true });
  return h;
}

describe("page layout on ExcelApi 1.9", () => {
  it("plan sheet: A4 landscape, one page wide, row 9 repeated, footer with the plan number", async () => {
    const { fake } = await demo("1.9");
    expect(fake.sheet("Kế hoạch").pageLayout).toEqual({
      paperSize: "A4",
      orientation: "Landscape",
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$9:$9",
      centerFooter: "Kế hoạch số 217/KH-LĐLD — Trang &P/&N",
    });
    expect(fake.sheet("Đơn vị").pageLayout).toMatchObject({ orientation: "Portrait", printTitleRows: "$1:$1" });
    expect(fake.sheet("Tổng hợp").pageLayout).toMatchObject({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    expect(fake.sheet("Quý I").pageLayout).toMatchObject({ printTitleRows: "$3:$3" });
    // Rows fitted to their wrapped text by Excel itself; the plan's cells keep their own looks.
    expect([...new Set(fake.sheet("Kế hoạch").autofitRows)]).toEqual(["A9:J33"]);
    expect(fake.cell("Kế hoạch", "A12").valign).toBeUndefined();
    expect(fake.cell("Tổng hợp", "A13").valign).toBe("Top");
  });

  it("the import alone already sets the plan, registry and submissions sheets up for printing", async () => {
    const h = harness({ apiVersion: "1.9" });
    h.fake.addSheet("Sheet1");
    await importPlanText(h.port, FIXTURE, opts);
    expect(h.fake.sheet("Kế hoạch").pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$9:$9" });
    expect(h.fake.sheet("Đơn vị").pageLayout).toMatchObject({ orientation: "Portrait" });
    expect(h.fake.sheet("Nộp báo cáo").pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
  });

  it("Tổng hợp: the paragraph merged across A:K with the height of its lines", async () => {
    const { fake } = await demo("1.9");
    const sheet = fake.sheet("Tổng hợp");
    expect(String(fake.value("Tổng hợp", "A9"))).toMatch(/^Tính đến ngày 15\/07\/2021, có 11\/15 nhiệm vụ đến hạn đã hoàn thành \(73,3%\)/);
    expect(sheet.merges).toContainEqual({ r: 8, c: 0, rows: 1, cols: 11 });
    expect(sheet.heights?.get(9)).toBeGreaterThanOrEqual(30);
  });
});

describe("older Excel", () => {
  it("1.8: no pageLayout call, rows still fitted", async () => {
    const { fake } = await demo("1.8");
    expect(fake.sheet("Kế hoạch").pageLayout).toBeUndefined();
    expect([...new Set(fake.sheet("Kế hoạch").autofitRows)]).toEqual(["A9:J33"]);
    expect(fake.maxApiUsed).toBeLessThanOrEqual(8);
  });
  it("1.4: rows laid out, and a summary rebuilt twice calls nothing above 1.4 (row heights reset only from 1.7)", async () => {
    const h = await demo("1.4");
    await generateSummary(h.port, { ...opts, quarterSheets: true });
    expect(h.fake.sheet("Tổng hợp").merges).toContainEqual({ r: 8, c: 0, rows: 1, cols: 11 });
    expect(h.fake.maxApiUsed).toBeLessThanOrEqual(4);
  });
  it("1.1: no row layout either, and the summary is still written", async () => {
    const { fake } = await demo("1.1");
    expect(fake.sheet("Tổng hợp").merges).toBeUndefined();
    expect(fake.sheet("Kế hoạch").autofitRows).toBeUndefined();
    expect(fake.value("Tổng hợp", "A12")).toBe("Kỳ");
    expect(fake.maxApiUsed).toBe(1);
  });
});

describe("the Đôn đốc sheet through Office.js", () => {
  it.each(["1.1", "1.9"])("on ExcelApi %s: written, found again by its table, nothing above the host's set", async (version) => {
    const h = await demo(version);
    const first = await generateReminders(h.port, opts);
    expect(first.sheetName).toBe("Đôn đốc");
    expect(first.reminders.units.map((u) => u.unit).sort()).toEqual(["Các cấp công đoàn", "LĐLĐ huyện Mường Tè", "LĐLĐ huyện Nậm Nhùn", "LĐLĐ huyện Phong Thổ", "LĐLĐ tỉnh"].sort());
    expect(String(h.fake.value("Đôn đốc", "E9"))).toMatch(/^Kính gửi: /);
    // Rebuilt in place, not beside.
    await generateReminders(h.port, { ...opts, within: 80 });
    expect(h.fake.sheets.filter((s) => s.name.startsWith("Đôn đốc")).map((s) => s.name)).toEqual(["Đôn đốc"]);
    expect(h.fake.maxApiUsed).toBeLessThanOrEqual(Number(version.split(".")[1]));
  });
});
