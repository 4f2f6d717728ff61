/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { parseTypedDate } from "../../src/taskpane/typedDate";
import { FIXTURE, renderApp } from "./renderApp";

jest.setTimeout(30_000);

async function importFixture() {
  fireEvent.change(screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }), { target: { value: FIXTURE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
  await screen.findByTestId("import-preview", {}, { timeout: 10_000 });
  fireEvent.click(screen.getByRole("button", { name: "Nhập vào sổ tính" }));
  await screen.findByText(/Đã nhập kế hoạch/, {}, { timeout: 10_000 });
}

describe("parseTypedDate: dates as people write them", () => {
  it.each([
    ["15/07/2021", { year: 2021, month: 7, day: 15 }],
    ["5/7/2021", { year: 2021, month: 7, day: 5 }],
    [" 15-07-2021 ", { year: 2021, month: 7, day: 15 }],
    ["15.07.2021", { year: 2021, month: 7, day: 15 }],
    ["2021-07-15", { year: 2021, month: 7, day: 15 }],
    ["29/02/2020", { year: 2020, month: 2, day: 29 }],
    ["29/02/2021", null],
    ["07/15/2021", null],
    ["15/07/21", null],
    ["", null],
    ["hôm nay", null],
  ])("%j", (text, date) => expect(parseTypedDate(text)).toEqual(date));
});

describe("Đôn đốc tab", () => {
  test("lists the units that owe something as of the date, each with its text and a copy button", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const { port } = renderApp({ now: () => new Date(2022, 2, 1, 8, 0) });
    await importFixture();
    fireEvent.click(screen.getByRole("tab", { name: "Đôn đốc" }));
    // The tab's view is fetched when the tab is first opened.
    const asOf = (await screen.findByLabelText(/Tính đến ngày/, {}, { timeout: 10_000 })) as HTMLInputElement;
    expect(asOf.value).toBe("01/03/2022");
    fireEvent.change(asOf, { target: { value: "15/07/2021" } });
    fireEvent.click(screen.getByRole("button", { name: "Lập danh sách đôn đốc" }));
    const result = await screen.findByTestId("remind-result", {}, { timeout: 10_000 });
    expect(within(result).getByRole("heading", { level: 2 }).textContent).toBe("Đơn vị cần đôn đốc, tính đến 15/07/2021");
    // Nothing is done in the freshly imported plan: quarters I and II are overdue, two reports missing.
    const units = [...result.querySelectorAll("article")].map((a) => a.getAttribute("data-unit"));
    expect(units).toContain("LĐLĐ tỉnh");
    expect(units).toContain("LĐLĐ huyện Nậm Nhùn");
    const card = result.querySelector('article[data-unit="LĐLĐ huyện Nậm Nhùn"]') as HTMLElement;
    expect(within(card).getByText(/^Kính gửi: LĐLĐ huyện Nậm Nhùn\./)).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Sao chép: LĐLĐ huyện Nậm Nhùn" }));
    await within(card).findByText("Đã sao chép.");
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Kính gửi: LĐLĐ huyện Nậm Nhùn\.\n[\s\S]*Kế hoạch số 217\/KH-LĐLD[\s\S]*Trân trọng\.\/\.$/));
    expect(port.ownedSheets.get("PT_Reminders")?.name).toBe("Đôn đốc");
  });
});
