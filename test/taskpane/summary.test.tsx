/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import * as buildSummary from "../../src/app/buildSummary";
import { TABLES } from "../../src/core/workbook/types";
import { FIXTURE, renderApp } from "./renderApp";

// Rendering Fluent UI in jsdom and running the engine on a real plan takes a few seconds.
jest.setTimeout(30_000);

async function importFixture() {
  fireEvent.change(screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }), { target: { value: FIXTURE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
  await screen.findByTestId("import-preview");
  fireEvent.click(screen.getByRole("button", { name: "Nhập vào sổ tính" }));
  await screen.findByText(/Đã nhập kế hoạch/);
}

afterEach(() => jest.restoreAllMocks());

describe("Summary tab", () => {
  test("generates the summary as of the chosen date and shows the totals per quarter", async () => {
    const spy = jest.spyOn(buildSummary, "generateSummary");
    // Today is 2022-03-01; the user asks for the situation on 15/07/2021.
    const { port } = renderApp({ now: () => new Date(2022, 2, 1, 8, 0) });
    await importFixture();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));

    const asOf = screen.getByLabelText(/Tính đến ngày/) as HTMLInputElement;
    // Typed and shown dd/mm/yyyy, not the webview's date picker (07/15/2021 in an en-US webview).
    expect(asOf.type).toBe("text");
    expect(asOf.value).toBe("01/03/2022"); // defaults to today
    fireEvent.change(asOf, { target: { value: "15/07/2021" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), { target: { value: "h1" } });
    fireEvent.click(screen.getByRole("checkbox", { name: "Thêm một trang cho mỗi quý" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo tổng hợp" }));

    const result = await screen.findByTestId("summary-result");
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][1]).toMatchObject({
      asOf: { year: 2021, month: 7, day: 15 },
      lang: "vi",
      period: "h1",
      quarterSheets: true,
    });
    expect(within(result).getByRole("heading", { level: 2 }).textContent).toBe("Kết quả: Tổng hợp");
    expect(within(result).getAllByRole("table")[0].querySelector("caption")?.textContent).toBe("Nhiệm vụ theo kỳ, tính đến 15/07/2021");
    const totals = ["q1", "q2", "q3", "q4"].map((p) => result.querySelector(`tr[data-period=${p}] td`)?.textContent);
    expect(totals).toEqual(["7", "7", "3", "7"]);
    expect(result.querySelector("tr[data-period=year] td")?.textContent).toBe("24");
    // The official figures and the paragraph, the same as the sheet's.
    const figures = spy.mock.results[0].value as ReturnType<typeof buildSummary.generateSummary>;
    const { figures: f } = await figures;
    const h1 = f.periods.find((p) => p.period === "h1");
    const cells = [...(result.querySelector("tr[data-period=h1]")?.querySelectorAll("td") ?? [])].map((td) => td.textContent);
    expect(cells.slice(0, 5)).toEqual([h1?.total, h1?.due, h1?.doneOnTime, h1?.doneLate, h1?.notDoneOverdue].map(String));
    expect(screen.getByTestId("summary-paragraph").textContent).toMatch(/^Trong 6 tháng đầu năm, tính đến ngày 15\/07\/2021, có \d+\/\d+ nhiệm vụ đến hạn đã hoàn thành/);
    expect(within(result).getByRole("button", { name: "Sao chép: Đoạn tổng hợp để dán vào báo cáo" })).toBeTruthy();
    expect(screen.getByText("Đã tạo trang “Tổng hợp”.")).toBeTruthy();
    // The sheet was written, with quarter sheets.
    expect(port.ownedSheets.get(TABLES.summary)?.name).toBe("Tổng hợp");
    expect(port.ownedSheets.size).toBeGreaterThan(1);
  });

  test("an invalid date blocks Generate and says why", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    const asOf = screen.getByLabelText(/Tính đến ngày/);
    fireEvent.change(asOf, { target: { value: "" } });
    expect(screen.getByRole("button", { name: "Tạo tổng hợp" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("Hãy nhập ngày dạng dd/mm/yyyy (ví dụ 15/07/2021).");
    // Not a day at all, and a day that does not exist: said with what was typed.
    for (const typed of ["07/15/2021", "31/02/2021", "15/7/21"]) {
      fireEvent.change(asOf, { target: { value: typed } });
      expect(screen.getByRole("button", { name: "Tạo tổng hợp" }).hasAttribute("disabled")).toBe(true);
      expect(screen.getByRole("alert").textContent).toBe(`“${typed}” không phải một ngày dạng dd/mm/yyyy (ví dụ 15/07/2021).`);
      expect(asOf.getAttribute("aria-invalid")).toBe("true");
    }
    // d/m/yyyy and dd-mm-yyyy are days too.
    for (const typed of ["5/7/2021", "05-07-2021", "05.07.2021"]) {
      fireEvent.change(asOf, { target: { value: typed } });
      expect(screen.queryByRole("alert")).toBeNull();
    }
  });

  test("without a plan the error says to import one first", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    fireEvent.click(screen.getByRole("button", { name: "Tạo tổng hợp" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Sổ tính chưa có bảng kế hoạch/);
    expect(screen.queryByTestId("summary-result")).toBeNull();
  });

  test("in English the periods and the sheet are English", async () => {
    const { port } = renderApp({ displayLanguage: "en-US" });
    await (async () => {
      fireEvent.change(screen.getByRole("textbox", { name: /Plan text/ }), { target: { value: FIXTURE } });
      fireEvent.click(screen.getByRole("button", { name: "Preview" }));
      await screen.findByTestId("import-preview");
      fireEvent.click(screen.getByRole("button", { name: "Import into workbook" }));
      await screen.findByText(/Plan imported/);
    })();
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    const period = screen.getByRole("combobox", { name: "Period" }) as HTMLSelectElement;
    expect(Array.from(period.options).map((o) => o.textContent)).toEqual([
      "Quarter I",
      "Quarter II",
      "Quarter III",
      "Quarter IV",
      "First 6 months",
      "9 months",
      "Full year",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Generate summary" }));
    const result = await screen.findByTestId("summary-result");
    expect(within(result).getByRole("heading", { level: 2 }).textContent).toBe("Result: Summary");
    expect(port.ownedSheets.get(TABLES.summary)?.name).toBe("Summary");
  });
});

describe("the report button", () => {
  test("saves the Word report of the chosen period as of the date, with the same figures", async () => {
    // Every webview the React pane runs in has TextEncoder (the docx library needs it); jsdom has not.
    const util = await import("util");
    Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
    const saved: { blob: Blob; name: string }[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      saved.push({ blob, name: "" });
      return "blob:report";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    renderApp({ now: () => new Date(2022, 2, 1, 8, 0) });
    await importFixture();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    fireEvent.change(screen.getByLabelText(/Tính đến ngày/), { target: { value: "15/07/2021" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Kỳ báo cáo" }), { target: { value: "h1" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu báo cáo (.docx)" }));
    await waitFor(() => expect(screen.queryByText(/^Đã tạo báo cáo/) ?? screen.queryByRole("alert")).toBeTruthy(), { timeout: 20_000 });
    expect(screen.queryByRole("alert")?.textContent ?? "").toBe("");
    expect(screen.getByText("Đã tạo báo cáo “bao-cao-217-KH-LDLD-h1-2021-07-15.docx”.")).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe("bao-cao-217-KH-LDLD-h1-2021-07-15.docx");
    const JSZip = (await import("jszip")).default;
    // jsdom's Blob has no arrayBuffer(): read it the way old webviews do.
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(saved[0].blob);
    });
    expect(saved[0].blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Kết quả thực hiện Kế hoạch số 217/KH-LĐLD");
    // Nothing is done in the freshly imported plan: 14 tasks due in the first half, none done.
    expect(xml).toContain("Trong 6 tháng đầu năm, tính đến ngày 15/07/2021, có 0/14 nhiệm vụ đến hạn đã hoàn thành");
  });
});
