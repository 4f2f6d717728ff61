/**
 * The task pane end to end in Chromium, against the production build and the strict Excel fake:
 * import the model plan, jump from a warning to its cell, generate the summary as of a date — in
 * Vietnamese and in English — with a screenshot and an accessibility check of every view.
 *
 * Settled before every look: the browser context asks for reduced motion and each screenshot and
 * axe check first waits until no transition runs (support/pane.ts, settle()). "Today" is fixed at
 * TODAY; the summary is generated as of a date the test types.
 */
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { TABLES } from "../../src/core/workbook/types";
import { axeViolations, letters, openPane, parseCell, screenshot, serveDist, settle, TODAY, type Pane, type Server } from "./support/pane";

const FIXTURE = fs.readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");

interface FakeInPage {
  selection: { sheet: string; address: string } | null;
  sheets: { name: string }[];
  dump(sheet: string): Record<string, string | number | boolean>;
  tableAddress(name: string): string;
  tableHeaders(name: string): string[];
  tableRows(name: string): (string | number | boolean)[][];
  userEdit(sheet: string, address: string, values: string[][]): void;
}
declare const window: { __fake: FakeInPage };

/** The words a user sees, per language. */
const FLOWS = [
  {
    lang: "vi",
    displayLanguage: "vi-VN",
    tabs: { plan: "Kế hoạch", warnings: /^Cảnh báo/, summary: "Tổng hợp", settings: "Cài đặt" },
    planText: "Văn bản kế hoạch",
    preview: "Xem trước",
    import: "Nhập vào sổ tính",
    imported: "Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).",
    task20: /^Nhiệm vụ 20 ·/,
    unitMissing: "Chưa có đơn vị chủ trì",
    asOf: "Tính đến ngày",
    generate: "Tạo tổng hợp",
    summarySheet: "Tổng hợp",
    quarters: ["Quý I", "Quý II", "Quý III", "Quý IV"],
  },
  {
    lang: "en",
    displayLanguage: "en-US",
    tabs: { plan: "Plan", warnings: /^Warnings/, summary: "Summary", settings: "Settings" },
    planText: "Plan text",
    preview: "Preview",
    import: "Import into workbook",
    imported: "Plan imported: 24 tasks added (24 in total).",
    task20: /^Task 20 ·/,
    unitMissing: "No responsible unit",
    asOf: "As of",
    generate: "Generate summary",
    summarySheet: "Summary",
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

/** A screenshot and an axe check of the view, both taken once no transition runs (see settle()). */
async function checkView(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ view: name, violations: await axeViolations(page) }).toEqual({ view: name, violations: [] });
}

const fake = <T>(page: Page, read: (f: FakeInPage) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.__fake)`) as Promise<T>;

describe.each(FLOWS)("the pane in Chromium ($displayLanguage)", (L) => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.close();
  });

  test("import the plan, jump to task 20's missing unit, generate the summary as of 15/07/2021", async () => {
    pane = await openPane(server, { displayLanguage: L.displayLanguage });
    const { page } = pane;
    const tab = (name: string | RegExp) => page.getByRole("tab", { name });

    // Plan: paste, preview (nothing written yet), import.
    await tab(L.tabs.plan).waitFor();
    expect(await page.getAttribute("[lang]:not(html)", "lang")).toBe(L.lang);
    // Each tab is named by its label once (the hidden bold copy that keeps its width is not read).
    expect(await page.getByRole("tab", { name: L.tabs.summary, exact: true }).count()).toBe(1);
    await checkView(page, `${L.lang}-1-plan`);
    await page.getByRole("textbox", { name: L.planText }).fill(FIXTURE);
    await page.getByRole("button", { name: L.preview }).click();
    await page.getByTestId("import-preview").waitFor();
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);
    // The import button turns from disabled to primary here, through a colour transition: with
    // reduced motion asked for, the pane makes it (near) instant, and checkView waits it out anyway.
    const importButton = page.getByRole("button", { name: L.import });
    expect(await page.evaluate(() => matchMedia("(prefers-reduced-motion: reduce)").matches)).toBe(true);
    const durations = await importButton.evaluate((b) => getComputedStyle(b).transitionDuration.split(",").map((d) => parseFloat(d) * (d.trim().endsWith("ms") ? 1 : 1000)));
    expect(Math.max(...durations)).toBeLessThan(1);
    await checkView(page, `${L.lang}-2-preview`);
    await importButton.click();
    await page.getByText(L.imported).waitFor();
    expect(await fake(page, (f) => f.tableRows("PT_Tasks").length)).toBe(24);

    // Warnings, reached by keyboard (arrow to the tab, Enter): task 20 names no unit; pressing its
    // warning selects that cell in the workbook.
    await tab(L.tabs.plan).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await tab(L.tabs.warnings).getAttribute("aria-selected")).toBe("true");
    // (Task 20 is overdue too, as of the fixed today after the plan's year: its unit warning is the one to follow.)
    const task20 = page.getByRole("button", { name: L.task20 }).filter({ hasText: L.unitMissing });
    await task20.waitFor();
    await checkView(page, `${L.lang}-3-warnings`);
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

    // Live validation: the user names a unit in that cell; the warning goes away by itself.
    await page.evaluate((address) => window.__fake.userEdit("Kế hoạch", address, [["LĐLĐ tỉnh"]]), expected);
    await task20.waitFor({ state: "detached" });

    // Summary as of 15/07/2021. The date field starts at the (fixed) today.
    await tab(L.tabs.summary).click();
    // dd/mm/yyyy whatever the webview's locale (en-US included), as the user types it.
    expect(await page.getByLabel(L.asOf).inputValue()).toBe(TODAY.slice(0, 10).split("-").reverse().join("/"));
    await page.getByLabel(L.asOf).fill("15/07/2021");
    await page.getByRole("button", { name: L.generate }).click();
    await page.getByTestId("summary-result").waitFor();
    await checkView(page, `${L.lang}-4-summary`);
    const sheets = await fake(page, (f) => f.sheets.map((s) => s.name));
    expect(sheets).toContain(L.summarySheet);
    const cells = await page.evaluate((name) => window.__fake.dump(name), L.summarySheet);
    const totals = L.quarters.map((label) => {
      const at = Object.keys(cells).find((a) => /^A\d+$/.test(a) && cells[a] === label);
      if (!at) throw new Error(`no "${label}" row on ${L.summarySheet}: ${JSON.stringify(cells)}`);
      return cells[`B${parseCell(at).row}`];
    });
    expect(totals).toEqual([7, 7, 3, 7]);
    // The pane shows the same totals.
    const shown = await page.$$eval("[data-testid=summary-result] tr[data-period^=q] td:first-of-type", (tds) => tds.map((td) => td.textContent));
    expect(shown).toEqual(["7", "7", "3", "7"]);

    // Settings.
    await tab(L.tabs.settings).click();
    await checkView(page, `${L.lang}-5-settings`);

    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
    expect(TABLES.tasks).toBe("PT_Tasks");
  });
});

test("an old webview (Internet Explorer 11) gets the classic pane, not the React one", async () => {
  const before = server.requested.length;
  const pane = await openPane(server, {
    displayLanguage: "vi-VN",
    apiVersion: "1.1",
    // What IE 11 exposes: document.documentMode (and no fetch).
    initScript: () => {
      Object.defineProperty(document, "documentMode", { value: 11, configurable: true });
      delete (window as { fetch?: unknown }).fetch;
    },
  });
  try {
    // The classic pane's first view (src/taskpane-classic): its tabs and the plan box, in Vietnamese.
    await pane.page.getByRole("tab", { name: "Kế hoạch" }).waitFor();
    await pane.page.getByRole("textbox", { name: "Văn bản kế hoạch" }).waitFor();
    await pane.page.waitForLoadState("load");
    await settle(pane.page);
    expect(await pane.page.locator("#needs-newer-office").isVisible()).toBe(false);
    await screenshot(pane.page, "ie11-classic-first-view");
    const requested = server.requested.slice(before);
    expect(requested).toContain("/taskpane-classic.js");
    expect(requested).toContain("/taskpane-classic.css");
    const html = fs.readFileSync(path.join(require("./support/paths").distDir(), "taskpane.html"), "utf8");
    // With the bundle left to the page's own check (HtmlWebpackPlugin inject: false), it is not even fetched.
    if (!/<script[^>]+src=["']?taskpane\.js/.test(html)) {
      expect(requested).not.toContain("/taskpane.js");
    }
    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  } finally {
    await pane.close();
  }
});

