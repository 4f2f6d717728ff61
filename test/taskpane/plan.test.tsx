/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TABLES } from "../../src/core/workbook/types";
import { FIXTURE, renderApp } from "./renderApp";

// Rendering Fluent UI in jsdom and running the engine on a real plan takes a few seconds.
jest.setTimeout(30_000);

const planText = () => screen.getByRole("textbox", { name: /Văn bản kế hoạch/ });
const button = (name: RegExp | string) => screen.getByRole("button", { name });
const disabled = (el: HTMLElement) => el.hasAttribute("disabled") || el.getAttribute("aria-disabled") === "true";

describe("Plan tab: set up and import", () => {
  test("previews the pasted plan without writing anything, then imports it", async () => {
    const { port } = renderApp();
    expect(disabled(button("Nhập vào sổ tính"))).toBe(true);

    fireEvent.change(planText(), { target: { value: FIXTURE } });
    fireEvent.click(button("Xem trước"));

    const preview = await screen.findByTestId("import-preview");
    const p = within(preview);
    expect(p.getByText("217/KH-LĐLD")).toBeTruthy();
    expect(p.getByText("Công tác thi đua, khen thưởng năm 2021")).toBeTruthy();
    expect(p.getByText("20/01/2021")).toBeTruthy();
    // Tasks per quarter: 7, 7, 3, 7.
    const perQuarter = p.getByRole("table", { name: "Nhiệm vụ theo quý" });
    const cells = within(perQuarter).getAllByRole("row").map((r) => r.textContent);
    expect(cells).toEqual(["Quý I7", "Quý II7", "Quý III3", "Quý IV7"]);
    expect(p.getByText("Tổng: 24 nhiệm vụ")).toBeTruthy();
    // Requirements with their due dates; registration decides commendation.
    expect(p.getByText(/Đăng ký các danh hiệu thi đua năm 2020 \(hạn 30\/01\/2021; bắt buộc để xét khen thưởng\)/)).toBeTruthy();
    expect(p.getByText(/hạn 15\/05\/2021/)).toBeTruthy();
    expect(p.getByText(/hạn 10\/11\/2021/)).toBeTruthy();
    // The task with no unit is named in the issues found.
    expect(p.getByText(/Thiếu đơn vị: 1 \(Nhiệm vụ 20: Chưa có đơn vị chủ trì/)).toBeTruthy();
    expect(port.applied).toHaveLength(0);

    fireEvent.click(button("Nhập vào sổ tính"));
    await screen.findByText("Đã nhập kế hoạch: thêm 24 nhiệm vụ (tổng 24).");
    expect(port.rows(TABLES.tasks)).toHaveLength(24);
    expect(port.rows(TABLES.requirements)).toHaveLength(3);
    expect(screen.queryByTestId("import-preview")).toBeNull();
    // The warnings tab now counts the non-info issues.
    expect(screen.getByRole("tab", { name: /Cảnh báo/ }).textContent).toMatch(/Cảnh báo\d+/);
  });

  test("editing the text after a preview requires a new preview", async () => {
    renderApp();
    fireEvent.change(planText(), { target: { value: FIXTURE } });
    fireEvent.click(button("Xem trước"));
    await screen.findByTestId("import-preview");
    expect(disabled(button("Nhập vào sổ tính"))).toBe(false);
    fireEvent.change(planText(), { target: { value: FIXTURE + "\nthêm" } });
    expect(screen.queryByTestId("import-preview")).toBeNull();
    expect(disabled(button("Nhập vào sổ tính"))).toBe(true);
  });

  test("a .txt file is read as UTF-8 and previewed", async () => {
    renderApp();
    const file = new File([FIXTURE], "ke-hoach.txt", { type: "text/plain" });
    fireEvent.change(screen.getByTestId("plan-file"), { target: { files: [file] } });
    await screen.findByTestId("import-preview");
    expect((planText() as HTMLTextAreaElement).value).toBe(FIXTURE);
    expect(screen.getByText("Đã đọc tệp ke-hoach.txt.")).toBeTruthy();
  });

  test("text with no task table: an error message says what to do, nothing is written", async () => {
    const { port } = renderApp();
    fireEvent.change(planText(), { target: { value: "Kế hoạch năm 2021\nkhông có bảng" } });
    fireEvent.click(button("Xem trước"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Không thực hiện được/);
    expect(alert.textContent).toMatch(/Không tìm thấy bảng nhiệm vụ.*Hãy sao chép cả bảng từ Word/);
    expect(port.applied).toHaveLength(0);
    expect(disabled(button("Nhập vào sổ tính"))).toBe(true);
  });

  test("set up / upgrade creates the tables in an empty workbook", async () => {
    const { port } = renderApp();
    fireEvent.click(button("Thiết lập / nâng cấp các trang"));
    await screen.findByText(/Đã thiết lập sổ tính/);
    const names = port.snapshot.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining([TABLES.tasks, TABLES.units, TABLES.submissions]));
  });

  test("buttons are disabled and progress shows while work runs", async () => {
    const { port } = renderApp();
    let release: () => void = () => undefined;
    const read = port.read.bind(port);
    port.read = () => new Promise((resolve) => (release = () => resolve(read())));
    fireEvent.change(planText(), { target: { value: FIXTURE } });
    fireEvent.click(button("Xem trước"));
    await waitFor(() => expect(screen.getByRole("progressbar")).toBeTruthy());
    expect(disabled(button("Xem trước"))).toBe(true);
    expect(disabled(button("Thiết lập / nâng cấp các trang"))).toBe(true);
    release();
    await screen.findByTestId("import-preview");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(disabled(button("Xem trước"))).toBe(false);
  });

  test("an unexpected failure is shown with what to do", async () => {
    const { port } = renderApp();
    port.failNext(new Error("GeneralException"));
    fireEvent.click(button("Thiết lập / nâng cấp các trang"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Đã xảy ra lỗi: GeneralException\. Hãy thử lại/);
    fireEvent.click(within(alert.closest("[role=alert]") as HTMLElement).getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
