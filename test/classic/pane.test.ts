/** @jest-environment jsdom */
/**
 * The classic pane (src/taskpane-classic) in jsdom, from its source, over the strict Excel fake
 * configured as Office 2016 (ExcelApi 1.1): what a user does with it, in both languages. The
 * built ES5 bundle is run in an Internet Explorer 11-like window in bundle.test.ts, and in
 * Chromium in test/e2e/classic.test.ts.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/dom";
import { readFileSync } from "fs";
import { join } from "path";
import { detectCapabilities } from "../../src/excel/capabilities";
import { createExcelPort } from "../../src/excel/excelPort";
import { memorySettings, type SettingsStore } from "../../src/taskpane/settings";
import { mountClassicPane } from "../../src/taskpane-classic/classicPane";
import { installTextDecoder } from "../../src/taskpane-classic/textDecoder";
import { FakeExcel } from "../excel/fakeExcel";

jest.setTimeout(30_000);

const FIXTURE = readFileSync(join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
/** The pane's clock: a day after plan 217's year (the as-of date is typed where it matters). */
const NOW = new Date(2022, 2, 15, 9, 0);

function mount(opts: { displayLanguage?: string; store?: SettingsStore } = {}) {
  document.body.innerHTML = '<main id="container"></main>';
  const fake = new FakeExcel({ apiVersion: "1.1" });
  const port = createExcelPort(fake.run, detectCapabilities(fake.isSetSupported));
  mountClassicPane({
    root: document.getElementById("container") as HTMLElement,
    port,
    displayLanguage: opts.displayLanguage ?? "vi-VN",
    settingsStore: opts.store,
    now: () => NOW,
  });
  return fake;
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
const off = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true";
const idle = () => waitFor(() => expect(document.querySelector(".pt-working")).toBeNull());

async function importPlan(words: { planText: string; preview: string; import: string; imported: string }) {
  const box = screen.getByRole("textbox", { name: words.planText });
  fireEvent.input(box, { target: { value: FIXTURE } });
  fireEvent.click(button(words.preview));
  await screen.findByTestId("import-preview");
  await idle();
  fireEvent.click(button(words.import));
  await screen.findByText(words.imported);
}

test("Vietnamese: paste, preview, import; task 20's warning selects its cell; summary as of 15/07/2021", async () => {
  const fake = mount();
  expect(off(button("Nhập vào sổ tính"))).toBe(true); // nothing previewed yet
  expect(off(button("Xem trước"))).toBe(true); // nothing pasted yet
  await importPlan({ planText: "Văn bản kế hoạch", preview: "Xem trước", import: "Nhập vào sổ tính", imported: "Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24)." });
  expect(fake.tableRows("PT_Tasks")).toHaveLength(24);

  fireEvent.click(button("Xem cảnh báo"));
  const warningsTab = screen.getByRole("tab", { name: "Cảnh báo" });
  expect(warningsTab.getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement).toBe(warningsTab);
  // Narrowed to one kind, the one task with no unit is the only line.
  const kind = screen.getByRole("combobox", { name: "Loại" });
  fireEvent.change(kind, { target: { value: "unit-missing" } });
  expect(screen.getByText("Đang hiện 1 trên 65 vấn đề.")).toBeTruthy();
  expect(within(screen.getByRole("tabpanel")).getAllByRole("button", { name: /^Nhiệm vụ/ })).toHaveLength(1);
  // (The filter itself is not redrawn, so it keeps the keyboard's focus.)
  expect(screen.getByRole("combobox", { name: "Loại" })).toBe(kind);
  const task20 = within(screen.getByRole("tabpanel"))
    .getAllByRole("button")
    .find((b) => /^Nhiệm vụ 20 ·/.test(b.textContent ?? "") && /Chưa có đơn vị chủ trì/.test(b.textContent ?? "")) as HTMLElement;
  expect(task20).toBeDefined();
  fireEvent.click(task20);
  await waitFor(() => expect(fake.selection).not.toBeNull());
  expect(`${fake.selection?.sheet}!${fake.selection?.address}`).toBe(task20.getAttribute("data-cell"));

  fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  const date = screen.getByRole("textbox", { name: "Tính đến ngày" });
  expect((date as HTMLInputElement).value).toBe("15/03/2022"); // today, as the clock says
  fireEvent.input(date, { target: { value: "15/07/2021" } });
  fireEvent.change(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), { target: { value: "h1" } });
  fireEvent.click(button("Tạo tổng hợp"));
  const result = await screen.findByTestId("summary-result");
  await idle();
  expect(within(result).getByText("Số nhiệm vụ theo kỳ, tính đến 15/07/2021")).toBeTruthy();
  const totals = Array.from(result.querySelectorAll("tr[data-period^=q] td:first-of-type")).map((td) => td.textContent);
  expect(totals).toEqual(["7", "7", "3", "7"]);
  expect(fake.sheets.map((s) => s.name)).toContain("Tổng hợp");
  expect(screen.getByText("Đã tạo trang “Tổng hợp”.")).toBeTruthy();
  // The warnings now are those of 15/07/2021 (the import's were as of the clock's day), and say so.
  fireEvent.click(screen.getByRole("tab", { name: "Cảnh báo" }));
  expect(within(screen.getByRole("tabpanel")).getByText("Tính đến ngày 15/07/2021.")).toBeTruthy();
});

test("English from Office's display language; a date that is not dd/mm/yyyy is refused before anything is written", async () => {
  const fake = mount({ displayLanguage: "en-US" });
  await importPlan({ planText: "Plan text", preview: "Preview", import: "Import into workbook", imported: "Plan imported: 24 tasks added (24 in total)." });
  fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
  const date = screen.getByRole("textbox", { name: "As of" });
  fireEvent.input(date, { target: { value: "2021-07-15" } });
  const writes = fake.syncCount;
  fireEvent.click(button("Generate summary"));
  expect(screen.getByText("Not a valid date. Type it as day/month/year, e.g. 15/07/2021.")).toBeTruthy();
  expect(date.getAttribute("aria-invalid")).toBe("true");
  expect(document.activeElement).toBe(date);
  expect(fake.syncCount).toBe(writes);
  fireEvent.input(date, { target: { value: "15/07/2021" } });
  fireEvent.click(button("Generate summary"));
  await screen.findByTestId("summary-result");
  expect(fake.sheets.map((s) => s.name)).toContain("Summary");
});

test("the language chosen in Settings redraws the pane, keeps what was typed, and is remembered", async () => {
  const store = memorySettings();
  mount({ store });
  fireEvent.input(screen.getByRole("textbox", { name: "Văn bản kế hoạch" }), { target: { value: "TT\tNội dung" } });
  fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
  fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ" }), { target: { value: "en" } });
  expect(screen.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Language" }));
  expect((screen.getByRole("textbox", { name: "Plan text", hidden: true }) as HTMLTextAreaElement).value).toBe("TT\tNội dung");
  expect(store.load().lang).toBe("en");
  mount({ store });
  expect(screen.getByRole("tab", { name: "Plan" })).toBeTruthy();
});

test("tabs follow the arrow keys, as Internet Explorer names them too", () => {
  mount();
  const plan = screen.getByRole("tab", { name: "Kế hoạch" });
  plan.focus();
  fireEvent.keyDown(plan, { key: "ArrowRight" });
  expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Cảnh báo" }));
  fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Right" }); // IE 11's name
  expect(screen.getByRole("tab", { name: "Tổng hợp" }).getAttribute("aria-selected")).toBe("true");
  fireEvent.keyDown(document.activeElement as HTMLElement, { key: "Home" });
  expect(screen.getByRole("tab", { name: "Kế hoạch" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("tabpanel").id).toBe("panel-plan");
});

test("a workbook with no plan: the warnings tab says so quietly, and “Check again” says what to do", async () => {
  mount();
  fireEvent.click(screen.getByRole("tab", { name: "Cảnh báo" }));
  await screen.findByText("Sổ tính chưa có kế hoạch. Hãy nhập kế hoạch ở thẻ Kế hoạch.");
  expect(screen.queryByRole("alert")).toBeNull(); // the first look is quiet
  fireEvent.click(button("Kiểm tra lại"));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/Sổ tính chưa có bảng kế hoạch/);
});

/** Picks a file in the pane's file input, as a user would. */
function pick(name: string, bytes: BlobPart, type = "") {
  const input = document.getElementById("pt-plan-file") as HTMLInputElement;
  Object.defineProperty(input, "files", { value: [new File([bytes], name, { type })], configurable: true });
  fireEvent.change(input);
}

test("the model plan as a Word file (.docx) is read in the pane, previewed and imported", async () => {
  // jsdom, like Internet Explorer 11, has no TextDecoder: the pane's own one is what the Word reader uses.
  expect(typeof (globalThis as { TextDecoder?: unknown }).TextDecoder).toBe("undefined");
  installTextDecoder(globalThis as { TextDecoder?: unknown });
  try {
    const fake = mount({ displayLanguage: "en-US" });
    pick("ke-hoach-217.docx", new Uint8Array(readFileSync(join(__dirname, "../fixtures/real-plans/model-plan-217/plan.docx"))));
    await screen.findByTestId("import-preview");
    expect(screen.getByText("Read file ke-hoach-217.docx.")).toBeTruthy();
    expect(screen.getByText("Total: 24 tasks")).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Plan text" }) as HTMLTextAreaElement).value).toBe("");
    await idle();
    fireEvent.click(button("Import into workbook"));
    await screen.findByText("Plan imported: 24 tasks added (24 in total).");
    expect(fake.tableRows("PT_Tasks")).toHaveLength(24);
  } finally {
    delete (globalThis as { TextDecoder?: unknown }).TextDecoder;
  }
});

test("a .doc, .rtf or .pdf file: the pane says how to make it a .docx or paste it, and reads nothing", async () => {
  const fake = mount({ displayLanguage: "en-US" });
  pick("ke-hoach.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  expect((await screen.findByRole("alert")).textContent).toMatch(/reads \.docx and \.txt files.*Save As → Word Document \(\.docx\)/);
  expect(screen.queryByTestId("import-preview")).toBeNull();
  expect(fake.syncCount).toBe(0);
});

test("a .txt file chosen in the picker is read and previewed", async () => {
  mount({ displayLanguage: "en-US" });
  pick("ke-hoach-217.txt", FIXTURE, "text/plain");
  await screen.findByTestId("import-preview");
  expect(screen.getByText("Read file ke-hoach-217.txt.")).toBeTruthy();
  expect(screen.getByText("Total: 24 tasks")).toBeTruthy();
  expect(off(button("Import into workbook"))).toBe(false);
});
