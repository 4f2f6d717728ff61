/** @jest-environment jsdom */
/**
 * The Plan tab's file picker with Word files: a .docx picked is read in the pane, previewed as a
 * paste is, and imported on confirm; formats it cannot read and damaged files say what to do, and
 * nothing is written.
 */
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { TABLES } from "../../src/core/workbook/types";
import { FIXTURE, renderApp } from "./renderApp";

// jsdom has no TextDecoder, which the Word reader decodes its XML with; every webview the modern
// pane runs in has it.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

jest.setTimeout(60_000);

const FIXTURES = path.join(__dirname, "../fixtures");
const MODEL_DOCX = readFileSync(path.join(FIXTURES, "real-plans/model-plan-217/plan.docx"));

const planText = () => screen.getByRole("textbox", { name: /Văn bản kế hoạch|Plan text/ }) as HTMLTextAreaElement;
const button = (name: RegExp | string) => screen.getByRole("button", { name });
const disabled = (el: HTMLElement) => el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";
const pick = (file: File) => fireEvent.change(screen.getByTestId("plan-file"), { target: { files: [file] } });

describe("Plan tab: a Word file picked", () => {
  test("the picker offers .docx beside .txt and .html", () => {
    renderApp();
    const accept = (screen.getByTestId("plan-file") as HTMLInputElement).accept.split(",");
    expect(accept).toEqual(expect.arrayContaining([".docx", ".txt", ".html", ".htm"]));
    expect(button("Chọn tệp .docx, .txt…")).toBeTruthy();
  });

  test("the model plan's .docx is previewed as its text is, then imported: the same 24 tasks", async () => {
    const { port } = renderApp();
    pick(new File([MODEL_DOCX], "Ke hoach 217.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));

    const preview = await screen.findByTestId("import-preview");
    const p = within(preview);
    expect(p.getByText("217/KH-LĐLD")).toBeTruthy();
    expect(p.getByText("Công tác thi đua, khen thưởng năm 2021")).toBeTruthy();
    const perQuarter = within(p.getByRole("table", { name: "Nhiệm vụ theo quý" })).getAllByRole("row").map((r) => r.textContent);
    expect(perQuarter).toEqual(["Quý I7", "Quý II7", "Quý III3", "Quý IV7"]);
    expect(p.getByText("Tổng: 24 nhiệm vụ")).toBeTruthy();
    expect(p.getByText(/Thiếu đơn vị: 1 \(Nhiệm vụ 20: Chưa có đơn vị chủ trì/)).toBeTruthy();
    expect(screen.getByText("Đã đọc tệp Word Ke hoach 217.docx. Nếu dán văn bản vào ô, văn bản đó sẽ được dùng thay cho tệp.")).toBeTruthy();
    // The box is left for pasting; nothing is written before the user confirms.
    expect(planText().value).toBe("");
    expect(port.applied).toHaveLength(0);

    fireEvent.click(button("Nhập vào sổ tính"));
    await screen.findByText("Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).");
    const fromWord = port.rows(TABLES.tasks);
    const fromWordRequirements = port.rows(TABLES.requirements);
    expect(fromWord).toHaveLength(24);
    expect(fromWordRequirements).toHaveLength(3);
    cleanup();

    // The same plan pasted as text gives the same rows.
    const pasted = renderApp();
    fireEvent.change(planText(), { target: { value: FIXTURE } });
    fireEvent.click(button("Xem trước"));
    await screen.findByTestId("import-preview");
    fireEvent.click(button("Nhập vào sổ tính"));
    await screen.findByText("Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).");
    expect(fromWord).toEqual(pasted.port.rows(TABLES.tasks));
    expect(fromWordRequirements).toEqual(pasted.port.rows(TABLES.requirements));
  });

  test("progress shows while the file is read and previewed; the buttons wait", async () => {
    const { port } = renderApp();
    let release: () => void = () => undefined;
    const read = port.read.bind(port);
    port.read = () => new Promise((resolve) => (release = () => resolve(read())));
    pick(new File([MODEL_DOCX], "plan.docx"));
    const bar = await screen.findByRole("progressbar");
    expect(screen.getByRole("status").textContent).toMatch(/Đang đọc tệp plan\.docx…/);
    expect(disabled(button("Chọn tệp .docx, .txt…"))).toBe(true);
    expect(disabled(button("Xem trước"))).toBe(true);
    // The file is read: the bar is past its first part, waiting on the workbook.
    await waitFor(() => expect(Number(bar.getAttribute("aria-valuenow"))).toBeGreaterThanOrEqual(0.8));
    release();
    await screen.findByTestId("import-preview");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("typing in the box after a .docx drops the file: the text is what a preview reads", async () => {
    renderApp();
    pick(new File([MODEL_DOCX], "plan.docx"));
    await screen.findByTestId("import-preview");
    expect(disabled(button("Nhập vào sổ tính"))).toBe(false);
    fireEvent.change(planText(), { target: { value: "Kế hoạch năm 2021\nkhông có bảng" } });
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(screen.queryByText(/Đã đọc tệp Word/)).toBeNull();
    expect(disabled(button("Nhập vào sổ tính"))).toBe(true);
    fireEvent.click(button("Xem trước"));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Không tìm thấy bảng nhiệm vụ trong văn bản/);
  });

  test("a .txt picked after a .docx is read into the box as before", async () => {
    renderApp();
    pick(new File([MODEL_DOCX], "plan.docx"));
    await screen.findByTestId("import-preview");
    pick(new File([FIXTURE], "ke-hoach.txt", { type: "text/plain" }));
    await screen.findByText("Đã đọc tệp ke-hoach.txt.");
    await waitFor(() => expect(planText().value).toBe(FIXTURE));
    expect(within(await screen.findByTestId("import-preview")).getByText("Tổng: 24 nhiệm vụ")).toBeTruthy();
  });

  test.each([
    ["plan.doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], /Tệp “plan\.doc” là tệp Word cũ \(\.doc\).*Tệp → Lưu thành → Tài liệu Word \(\*\.docx\)/],
    ["plan.odt", [...Buffer.from("PK\u0003\u0004 mimetypeapplication/vnd.oasis.opendocument.text", "latin1")], /OpenDocument \(\.odt\).*Tệp → Lưu thành → Tài liệu Word/],
    ["plan.rtf", [...Buffer.from("{\\rtf1\\ansi Kế hoạch", "utf8")], /là tệp RTF.*Tệp → Lưu thành → Tài liệu Word/],
    ["plan.pdf", [...readFileSync(path.join(FIXTURES, "corpus/fake.pdf"))], /là PDF.*mở nó bằng Word.*Tệp → Lưu thành → Tài liệu Word/],
  ])("%s: a message says how to save it as .docx in Word; nothing is written", async (name, bytes, message) => {
    const { port } = renderApp();
    fireEvent.change(planText(), { target: { value: "đã dán" } });
    pick(new File([Uint8Array.from(bytes)], name));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(message);
    expect(alert.textContent).toMatch(/Chưa có gì được ghi vào sổ tính\./);
    expect(port.applied).toHaveLength(0);
    expect(port.reads).toBe(0);
    // What the user had is left as it was.
    expect(planText().value).toBe("đã dán");
    expect(screen.queryByTestId("import-preview")).toBeNull();
  });

  test("in English, the same advice in English", async () => {
    const { port } = renderApp({ displayLanguage: "en-US" });
    pick(new File([Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], "plan.doc"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/“plan\.doc” is an old Word file \(\.doc\).*File → Save As → Word Document \(\*\.docx\), and pick that \.docx here\. Nothing was written to the workbook\./);
    expect(port.applied).toHaveLength(0);
    expect(button("Choose a .docx or .txt file…")).toBeTruthy();
  });

  test.each([
    ["corrupt.docx", /Tệp Word bị hỏng, không mở được/],
    ["password.docx", /Tệp Word được đặt mật khẩu/],
    ["no-table.docx", /Không tìm thấy bảng nhiệm vụ trong tệp Word/],
  ])("a bad Word file (%s): the reader's message, no preview, nothing written", async (name, message) => {
    const { port } = renderApp();
    pick(new File([readFileSync(path.join(FIXTURES, "bad-docx", name))], name));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Không thực hiện được/);
    expect(alert.textContent).toMatch(message);
    expect(port.applied).toHaveLength(0);
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(disabled(button("Nhập vào sổ tính"))).toBe(true);
  });
});
