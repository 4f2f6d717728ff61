/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
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
    expect(asOf.type).toBe("date");
    expect(asOf.value).toBe("2022-03-01"); // defaults to today
    fireEvent.change(asOf, { target: { value: "2021-07-15" } });
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
    expect(within(result).getByRole("heading").textContent).toBe("Kết quả: Tổng hợp");
    expect(within(result).getByRole("table").querySelector("caption")?.textContent).toBe("Số nhiệm vụ theo kỳ, tính đến 15/07/2021");
    const totals = ["q1", "q2", "q3", "q4"].map((p) => result.querySelector(`tr[data-period=${p}] td`)?.textContent);
    expect(totals).toEqual(["7", "7", "3", "7"]);
    expect(result.querySelector("tr[data-period=year] td")?.textContent).toBe("24");
    expect(screen.getByText("Đã tạo trang “Tổng hợp”.")).toBeTruthy();
    // The sheet was written, with quarter sheets.
    expect(port.ownedSheets.get(TABLES.summary)?.name).toBe("Tổng hợp");
    expect(port.ownedSheets.size).toBeGreaterThan(1);
  });

  test("an invalid date blocks Generate and says why", async () => {
    renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    fireEvent.change(screen.getByLabelText(/Tính đến ngày/), { target: { value: "" } });
    expect(screen.getByRole("button", { name: "Tạo tổng hợp" }).hasAttribute("disabled")).toBe(true);
    expect(screen.getByRole("alert").textContent).toBe("Hãy chọn một ngày hợp lệ.");
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
    expect(within(result).getByRole("heading").textContent).toBe("Result: Summary");
    expect(port.ownedSheets.get(TABLES.summary)?.name).toBe("Summary");
  });
});
