/**
 * A Word file picked in the task pane, end to end in Chromium against the production build and the
 * strict Excel fake: the user presses the file button, chooses the model plan as Word builds it
 * (test/fixtures/real-plans/model-plan-217/plan.docx), sees the same preview as a paste, and imports
 * it; a .doc and a damaged .docx are refused with what to do, and nothing is written; a 5,000-task
 * plan shows its progress while it is read.
 *
 * The Word reader is not part of the pane's first render: it is fetched on the first .docx picked
 * (plan-file.js, docx-reader.js and the zip and XML libraries' chunk), from the add-in's own server;
 * the file itself goes nowhere (every request outside the server is blocked and recorded, and the
 * only requests a pick makes are those scripts). Screenshots test-output/e2e/docx-*.png, each taken
 * once the page is settled (reduced motion, no transition running), with an accessibility check.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { planDocx } from "../../bench/docx";
import { axeViolations, openPane, screenshot, serveDist, settle, type Pane, type Server } from "./support/pane";

const FIXTURES = path.join(__dirname, "../fixtures");
const MODEL_DOCX = path.join(FIXTURES, "real-plans/model-plan-217/plan.docx");
const EXPECTED = JSON.parse(fs.readFileSync(path.join(FIXTURES, "real-plans/model-plan-217/expected.json"), "utf8")) as {
  tasks: { id: string; content: string; leadUnits: string[] }[];
};

interface FakeInPage {
  sheets: { name: string }[];
  tableHeaders(name: string): string[];
  tableRows(name: string): (string | number | boolean)[][];
}
declare const window: { __fake: FakeInPage; __progress: { label: string; value: string | null }[] };

const fake = <T>(page: Page, read: (f: FakeInPage) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.__fake)`) as Promise<T>;

/** The Word reader's scripts: its module, the reader, and the chunk of the libraries it uses (named by number). */
// The Word reader, and the plan reader the first preview brings (taskpane-import).
const READER_SCRIPT = /^\/(?:plan-file|docx-reader|taskpane-import|\d+)\.js$/;

let server: Server;
let tmp: string;
beforeAll(async () => {
  server = await serveDist();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-docx-e2e-"));
});
afterAll(async () => {
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function checkView(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect({ view: name, violations: await axeViolations(page) }).toEqual({ view: name, violations: [] });
}

/** Opens the pane and waits until it has loaded what it loads by itself (the engine chunk too). */
async function openReady(displayLanguage: string): Promise<Pane> {
  const start = server.requested.length;
  const pane = await openPane(server, { displayLanguage });
  await pane.page.getByRole("tab", { name: displayLanguage.startsWith("vi") ? "Kế hoạch" : "Plan" }).waitFor();
  await pane.page.waitForLoadState("load");
  // The engine chunk is fetched right after the first render.
  const fetched = () => server.requested.slice(start);
  for (let i = 0; i < 600 && !fetched().includes("/taskpane-engine.js"); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(fetched()).toContain("/taskpane-engine.js");
  await settle(pane.page);
  return pane;
}

/** Presses the file button, as a user does, and chooses `file` in the dialog it opens. */
async function pickFile(page: Page, buttonName: string, file: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: buttonName }).click();
  await (await chooser).setFiles(file);
}

/** Every request the page makes from now on, with its method. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(`${r.method()} ${r.url()}`));
  return seen;
}

describe("a Word file in the pane (Chromium)", () => {
  let pane: Pane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  test("the model plan's .docx: read in the pane, previewed as its text is, imported on confirm", async () => {
    const before = server.requested.length;
    pane = await openReady("vi-VN");
    const { page } = pane;
    // The first render fetched none of the Word reader (numbered chunks come with the engine too).
    expect(server.requested.slice(before).filter((p) => READER_SCRIPT.test(p) && !/^\/\d+\.js$/.test(p))).toEqual([]);
    await checkView(page, "docx-vi-1-plan");

    const requests = recordRequests(page);
    const served = server.requested.length;
    await pickFile(page, "Chọn tệp .docx, .txt…", MODEL_DOCX);
    const preview = page.getByTestId("import-preview");
    await preview.waitFor();
    await page.getByText("Đã đọc tệp Word plan.docx.", { exact: false }).waitFor();
    expect(await preview.getByRole("table", { name: "Nhiệm vụ theo quý" }).locator("tr").allTextContents()).toEqual(["Quý I7", "Quý II7", "Quý III3", "Quý IV7"]);
    expect(await preview.getByText("Tổng: 24 nhiệm vụ").count()).toBe(1);
    expect(await preview.getByText(/Thiếu đơn vị: 1 \(Nhiệm vụ 20: Chưa có đơn vị chủ trì/).count()).toBe(1);
    expect(await page.getByRole("textbox", { name: "Văn bản kế hoạch" }).inputValue()).toBe("");
    // Nothing written yet, and nothing sent: the pick fetched the reader's scripts, and only them.
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);
    const fetched = server.requested.slice(served);
    expect(fetched).toEqual(expect.arrayContaining(["/plan-file.js", "/docx-reader.js"]));
    expect(fetched.filter((p) => !READER_SCRIPT.test(p))).toEqual([]);
    expect(requests.filter((r) => !(r.startsWith(`GET ${server.base}`) && r.endsWith(".js")))).toEqual([]);
    await checkView(page, "docx-vi-2-preview");

    await page.getByRole("button", { name: "Nhập vào sổ tính" }).click();
    await page.getByText("Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).").waitFor();
    const { headers, rows } = await fake(page, (f) => ({ headers: f.tableHeaders("PT_Tasks"), rows: f.tableRows("PT_Tasks") }));
    const column = (name: string) => rows.map((r) => r[headers.indexOf(name)]);
    expect(column("TT").map(String)).toEqual(EXPECTED.tasks.map((t) => t.id));
    expect(column("Nội dung")).toEqual(EXPECTED.tasks.map((t) => t.content));
    // Task 20 names no unit; the others name theirs, one paragraph per unit in the Word cell.
    expect(column("Đơn vị chủ trì").map((c) => c !== "")).toEqual(EXPECTED.tasks.map((t) => t.leadUnits.length > 0));
    await checkView(page, "docx-vi-3-imported");

    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  test("a .doc and a damaged .docx: what to do, in English; nothing is written", async () => {
    // An old Word file is told apart by its first bytes (OLE2), whatever is after them.
    const doc = path.join(tmp, "Plan 217.doc");
    fs.writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    const before = server.requested.length;
    pane = await openReady("en-US");
    const { page } = pane;

    await pickFile(page, "Choose a .docx or .txt file…", doc);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /“Plan 217\.doc” is an old Word file \(\.doc\); the pane reads Word files as \.docx only\. Open it in Word, choose File → Save As → Word Document \(\*\.docx\), and pick that \.docx here\. Nothing was written to the workbook\./,
    );
    await checkView(page, "docx-en-1-doc-refused");
    // Refused before the Word reader was needed.
    expect(server.requested.slice(before)).not.toContain("/docx-reader.js");
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);

    await pickFile(page, "Choose a .docx or .txt file…", path.join(FIXTURES, "bad-docx/corrupt.docx"));
    await page.getByText(/The Word file is damaged and cannot be opened/).waitFor();
    expect(await page.getByTestId("import-preview").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Import into workbook" }).isDisabled()).toBe(true);
    await checkView(page, "docx-en-2-damaged");
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);

    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });

  test("a 5,000-task .docx: progress while it is read, then its preview", async () => {
    const large = path.join(tmp, "ke-hoach-5000.docx");
    fs.writeFileSync(large, await planDocx(5_000));
    pane = await openReady("vi-VN");
    const { page } = pane;
    // What the status area shows, each time the page changes; and a workbook that answers only
    // when the test lets it (as Excel on the web can take its time), so that the bar can be seen
    // once the file is read, whatever the speed of the machine.
    await page.evaluate(() => {
      const w = window as unknown as {
        __progress: { label: string; value: string | null }[];
        __release: () => void;
        PlanTrackerFake: { FakeContext: { prototype: { sync(): Promise<void> } } };
      };
      w.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector("[role=progressbar]");
        if (bar) w.__progress.push({ label: document.querySelector("[role=status]")?.textContent ?? "", value: bar.getAttribute("aria-valuenow") });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      const proto = w.PlanTrackerFake.FakeContext.prototype;
      const sync = proto.sync;
      const gate = new Promise<void>((resolve) => (w.__release = resolve));
      proto.sync = async function (this: unknown) {
        await gate;
        return sync.call(this);
      };
    });

    await pickFile(page, "Chọn tệp .docx, .txt…", large);
    // The file is read (80 %); the preview waits for the workbook.
    await page.locator('[role=progressbar][aria-valuenow="0.8"]').waitFor({ timeout: 120_000 });
    expect(await page.getByRole("status").textContent()).toBe("Đang đọc tệp ke-hoach-5000.docx…");
    expect(await page.getByRole("button", { name: "Chọn tệp .docx, .txt…" }).isDisabled()).toBe(true);
    await checkView(page, "docx-vi-4-reading");
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());

    await page.getByTestId("import-preview").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("import-preview").getByText("Tổng: 5000 nhiệm vụ").count()).toBe(1);
    const seen = await page.evaluate(() => window.__progress);
    expect(new Set(seen.map((s) => s.label))).toEqual(new Set(["Đang đọc tệp ke-hoach-5000.docx…"]));
    // The bar only fills: reading the bytes, then the Word reader's work, up to 80 % before the preview.
    const values = seen.map((s) => Number(s.value ?? 0));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Math.max(...values)).toBe(0.8);
    expect(await page.locator("[role=progressbar]").count()).toBe(0);
    expect(await fake(page, (f) => f.sheets.length)).toBe(0);
    await screenshot(page, "docx-vi-5-large-preview");

    expect(pane.blocked).toEqual([]);
    expect(pane.errors).toEqual([]);
  });
});
