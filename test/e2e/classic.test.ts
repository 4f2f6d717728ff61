/**
 * The classic pane (Office 2016/2019's Internet Explorer 11 webview) end to end in Chromium: the
 * production taskpane.html, told it runs in IE 11 (document.documentMode, no fetch), loads
 * taskpane-classic.js instead of the React pane; the strict Excel fake is configured as
 * volume-licensed Office 2016 (ExcelApi 1.1 and nothing above it, no add-in commands). A user
 * pastes the model plan, imports it, finds task 20's warning (it names no unit), jumps to its cell
 * and builds the summary as of 15/07/2021, in Vietnamese and in English, with a screenshot
 * (test-output/e2e/classic-*.png) and an accessibility check of every view.
 *
 * What this does not prove: Chromium is not Internet Explorer 11. The bundle's ES5 syntax and its
 * polyfills are checked by es-check and by running it where ES2015 built-ins and IE-missing DOM
 * methods are removed (test/classic/bundle.test.ts); nothing here runs a real IE 11 or Excel.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { axeViolations, letters, openPane, parseCell, screenshot, serveDist, settle, type Pane, type Server } from "./support/pane";

const FIXTURE = fs.readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");

interface FakeInPage {
  selection: { sheet: string; address: string } | null;
  sheets: { name: string }[];
  dump(sheet: string): Record<string, string | number | boolean>;
  tableAddress(name: string): string;
  tableHeaders(name: string): string[];
  tableRows(name: string): (string | number | boolean)[][];
}
declare const window: { __fake: FakeInPage; Office: { context: { requirements: { isSetSupported(n: string, v: string): boolean } } } };

/** What IE 11 exposes to the page's check: document.documentMode, and no fetch. */
function asInternetExplorer11(): void {
  Object.defineProperty(document, "documentMode", { value: 11, configurable: true });
  delete (window as { fetch?: unknown }).fetch;
}

const FLOWS = [
  {
    lang: "vi",
    displayLanguage: "vi-VN",
    tabs: { plan: "Kế hoạch", warnings: "Cảnh báo", summary: "Tổng hợp", settings: "Cài đặt" },
    planText: "Văn bản kế hoạch",
    preview: "Xem trước",
    import: "Nhập vào sổ tính",
    imported: "Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).",
    task20: /^Nhiệm vụ 20 ·/,
    unitMissing: "Chưa có đơn vị chủ trì",
    kind: "Loại",
    missingUnitKind: "Thiếu đơn vị (1)",
    showing: "Đang hiện 1 trên 65 vấn đề.",
    asOf: "Tính đến ngày",
    generate: "Tạo tổng hợp",
    summarySheet: "Tổng hợp",
    caption: "Số nhiệm vụ theo kỳ, tính đến 15/07/2021",
    quarters: ["Quý I", "Quý II", "Quý III", "Quý IV"],
  },
  {
    lang: "en",
    displayLanguage: "en-US",
    tabs: { plan: "Plan", warnings: "Warnings", summary: "Summary", settings: "Settings" },
    planText: "Plan text",
    preview: "Preview",
    import: "Import into workbook",
    imported: "Plan imported: 24 tasks added (24 in total).",
    task20: /^Task 20 ·/,
    unitMissing: "No responsible unit",
    kind: "Kind",
    missingUnitKind: "Missing unit (1)",
    showing: "Showing 1 of 65 issues.",
    asOf: "As of",
    generate: "Generate summary",
    summarySheet: "Summary",
    caption: "Tasks per period, as of 15/07/2021",
    quarters: ["Quarter I", "Quarter II", "Quarter III", "Quarter IV"],
  },
] as const;

let server: Server;
beforeAll(async () => {
  server = await serveDist();
});
afterAll(async () => {
  await server?.close();
});

async function checkView(page: Page, name: string): Promise<void> {
  await settle(page);
  await screenshot(page, name);
  expect({ view: name, violations: await axeViolations(page) }).toEqual({ view: name, violations: [] });
}

const fake = <T>(page: Page, read: (f: FakeInPage) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__fake)`) as Promise<T>;

describe.each(FLOWS)("the classic pane in Chromium as Internet Explorer 11, on Office 2016 ($displayLanguage)", (L) => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.close();
  });

  test("paste and import the plan, jump to task 20's missing unit, build the summary as of 15/07/2021", async () => {
    const before = server.requested.length;
    pane = await openPane(server, { displayLanguage: L.displayLanguage, apiVersion: "1.1", initScript: asInternetExplorer11 });
    const { page } = pane;
    const tab = (name: string) => page.getByRole("tab", { name, exact: true });

    // Office 2016 volume-licensed: ExcelApi 1.1 only, no add-in commands (no ribbon).
    expect(
      await page.evaluate(() => [
        window.Office.context.requirements.isSetSupported("ExcelApi", "1.1"),
        window.Office.context.requirements.isSetSupported("ExcelApi", "1.2"),
        window.Office.context.requirements.isSetSupported("AddinCommands", "1.1"),
      ]),
    ).toEqual([true, false, false]);

    // Plan: paste, preview (nothing written yet), import.
    await tab(L.tabs.plan).waitFor();
    expect(await page.getAttribute(".pt-pane", "lang")).toBe(L.lang);
    await checkView(page, `classic-${L.lang}-1-plan`);
    await page.getByRole("textbox", { name: L.planText }).fill(FIXTURE);
    await page.getByRole("button", { name: L.preview }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);
    await checkView(page, `classic-${L.lang}-2-preview`);
    await page.getByRole("button", { name: L.import }).click();
    await page.getByText(L.imported).waitFor();
    expect(await fake(page, (f) => f.tableRows("PT_Tasks").length)).toBe(24);

    // Warnings, reached by keyboard (arrow to the tab): task 20 names no unit; Enter on its warning
    // selects that cell in the workbook.
    await tab(L.tabs.plan).focus();
    await page.keyboard.press("ArrowRight");
    expect(await tab(L.tabs.warnings).getAttribute("aria-selected")).toBe("true");
    const task20 = page.getByRole("button", { name: L.task20 }).filter({ hasText: L.unitMissing });
    await task20.waitFor();
    // Among 65 warnings, narrowed to its kind it is the only one.
    await page.getByRole("combobox", { name: L.kind }).selectOption({ label: L.missingUnitKind });
    await page.getByText(L.showing).waitFor();
    expect(await page.locator("button[data-cell]").count()).toBe(1);
    await checkView(page, `classic-${L.lang}-3-warnings`);
    await task20.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__fake.selection !== null);
    const { selection, tableAddress, headers, rows } = await fake(page, (f) => ({
      selection: f.selection,
      tableAddress: f.tableAddress("PT_Tasks"),
      headers: f.tableHeaders("PT_Tasks"),
      rows: f.tableRows("PT_Tasks"),
    }));
    const top = parseCell(tableAddress.split(":")[0]);
    const row20 = rows.findIndex((r) => r[headers.indexOf("TT")] === 20);
    const unitColumn = top.column + headers.indexOf("Đơn vị chủ trì");
    const expected = `${letters(unitColumn)}${top.row + 1 + row20}`;
    expect(selection).toEqual({ sheet: "Kế hoạch", address: expected });
    expect(rows[row20][headers.indexOf("Đơn vị chủ trì")]).toBe("");
    expect(await task20.getAttribute("data-cell")).toBe(`Kế hoạch!${expected}`);
    // Focus stays on the warning (the next one is a Tab away).
    expect(await task20.evaluate((el) => el === document.activeElement)).toBe(true);

    // Summary as of 15/07/2021, typed as Vietnamese users write dates.
    await tab(L.tabs.summary).click();
    await page.getByRole("textbox", { name: L.asOf }).fill("15/07/2021");
    await page.getByRole("button", { name: L.generate }).click();
    await page.getByTestId("summary-result").waitFor();
    await page.getByText(L.caption).waitFor();
    await checkView(page, `classic-${L.lang}-4-summary`);
    const sheets = await fake(page, (f) => f.sheets.map((s) => s.name));
    expect(sheets).toContain(L.summarySheet);
    const cells = await page.evaluate((name) => window.__fake.dump(name), L.summarySheet);
    const totals = L.quarters.map((label) => {
      const at = Object.keys(cells).find((a) => /^A\d+$/.test(a) && cells[a] === label);
      if (!at) throw new Error(`no "${label}" row on ${L.summarySheet}: ${JSON.stringify(cells)}`);
      return cells[`B${parseCell(at).row}`];
    });
    expect(totals).toEqual([7, 7, 3, 7]);
    const shown = await page.$$eval("[data-testid=summary-result] tr[data-period^=q] td:first-of-type", (tds) => tds.map((td) => td.textContent));
    expect(shown).toEqual(["7", "7", "3", "7"]);

    // Settings: the language.
    await tab(L.tabs.settings).click();
    await checkView(page, `classic-${L.lang}-5-settings`);

    const requested = server.requested.slice(before);
    expect(requested).toContain("/taskpane-classic.js");
    expect(requested).not.toContain("/taskpane.js");
    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});

test("the classic pane reads the model plan's Word file (.docx) picked from disk, and imports it", async () => {
  const pane = await openPane(server, { displayLanguage: "vi-VN", apiVersion: "1.1", initScript: asInternetExplorer11 });
  try {
    const { page } = pane;
    await page.getByLabel("Hoặc chọn tệp Word (.docx) hoặc tệp văn bản (.txt)").setInputFiles(
      path.join(__dirname, "../fixtures/real-plans/model-plan-217/plan.docx"),
    );
    await page.getByTestId("import-preview").waitFor();
    await page.getByText("Đã đọc tệp plan.docx.").waitFor();
    await page.getByText("Tổng: 24 nhiệm vụ").waitFor();
    await page.getByRole("button", { name: "Nhập vào sổ tính" }).click();
    await page.getByText("Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).").waitFor();
    expect(await fake(page, (f) => f.tableRows("PT_Tasks").length)).toBe(24);
    await settle(page);
    await screenshot(page, "classic-vi-6-docx-imported");
    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
});

test("a modern webview never fetches the classic pane", async () => {
  const before = server.requested.length;
  const pane = await openPane(server, { displayLanguage: "vi-VN" });
  try {
    await pane.page.getByRole("tab", { name: "Kế hoạch" }).waitFor();
    await pane.page.waitForLoadState("load");
    const requested = server.requested.slice(before);
    expect(requested).toContain("/taskpane.js");
    expect(requested.filter((p) => p.includes("classic"))).toEqual([]);
    expect(await pane.page.locator(".pt-pane").count()).toBe(0);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
});
