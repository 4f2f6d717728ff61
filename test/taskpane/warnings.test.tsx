/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TABLES } from "../../src/core/workbook/types";
import { memorySettings } from "../../src/taskpane/settings";
import type { StartLiveSync } from "../../src/taskpane/types";
import { MemoryPort } from "./memoryPort";
import { FIXTURE, renderApp } from "./renderApp";

// Rendering Fluent UI in jsdom and running the engine on a real plan takes a few seconds.
jest.setTimeout(30_000);

/** Imports the fixture plan through the Plan tab, then opens the Warnings tab. */
async function importedPlan(props: Parameters<typeof renderApp>[0] = {}) {
  const view = renderApp(props);
  fireEvent.change(screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }), { target: { value: FIXTURE } });
  fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
  await screen.findByTestId("import-preview");
  fireEvent.click(screen.getByRole("button", { name: "Nhập vào sổ tính" }));
  await screen.findByText(/Đã nhập kế hoạch/);
  fireEvent.click(screen.getByRole("tab", { name: /Cảnh báo/ }));
  return view;
}

const group = (severity: string) => screen.getByTestId(`group-${severity}`);
const items = (severity: string) => within(group(severity)).queryAllByRole("button");
const select = (name: string) => screen.getByRole("combobox", { name }) as HTMLSelectElement;

describe("Warnings tab", () => {
  test("issues are grouped by severity with their counts at a glance", async () => {
    const { port } = await importedPlan();
    const warnings = items("warning");
    expect(warnings.length).toBeGreaterThan(10);
    expect(screen.getByTestId("count-error").textContent).toBe("Lỗi: 0");
    expect(screen.getByTestId("count-warning").textContent).toBe(`Cảnh báo: ${warnings.length}`);
    expect(screen.getByTestId("count-info").textContent).toBe(`Lưu ý: ${items("info").length}`);
    expect(within(group("error")).getByRole("heading").textContent).toBe("Lỗi0");
    expect(within(group("error")).getByText("Không có.")).toBeTruthy();
    // Overdue tasks of quarters I and II, as of 15/07/2021.
    expect(warnings.some((b) => /Nhiệm vụ 1 · Kế hoạch!F\d+Quá hạn \d+ ngày/.test(b.textContent ?? ""))).toBe(true);
    // The list came from the import itself: no second validation round trip.
    expect(port.reads).toBe(2); // preview + import
  });

  test("clicking a warning selects its cell in the sheet", async () => {
    const { port } = await importedPlan();
    const task20 = items("warning").find((b) => /Nhiệm vụ 20/.test(b.textContent ?? ""));
    expect(task20?.textContent).toMatch(/Nhiệm vụ 20 · Kế hoạch!D\d+Chưa có đơn vị chủ trì/);
    fireEvent.click(task20 as HTMLElement);
    await waitFor(() => expect(port.selection).not.toBeNull());
    const tasks = port.snapshot.tables.find((t) => t.name === TABLES.tasks)!;
    const row20 = tasks.rows.findIndex((r) => r[tasks.headers.indexOf("TT")] === 20);
    expect(port.selection).toEqual({
      sheet: tasks.sheet,
      row: tasks.headerRow + 1 + row20,
      column: tasks.firstColumn + tasks.headers.indexOf("Đơn vị chủ trì"),
    });
    expect(port.applied.at(-1)).toEqual([{ kind: "select", ...port.selection }]);
  });

  test("filters by kind, quarter and unit", async () => {
    await importedPlan();
    const all = items("warning").length;

    fireEvent.change(select("Loại"), { target: { value: "unit-missing" } });
    expect(items("warning").map((b) => b.textContent)).toEqual([expect.stringMatching(/^Nhiệm vụ 20 ·/)]);
    expect(screen.getByText(`Đang hiện 1 trên ${all + items("info").length} vấn đề.`)).toBeTruthy();

    fireEvent.change(select("Loại"), { target: { value: "" } });
    // Only quarters with issues are offered (quarter III's tasks are not due yet on 15/07/2021).
    expect(Array.from(select("Quý").options).map((o) => o.textContent)).toEqual([
      "Tất cả các quý",
      expect.stringMatching(/^Quý I \(\d+\)$/),
      expect.stringMatching(/^Quý II \(\d+\)$/),
      "Quý IV (1)",
    ]);

    fireEvent.change(select("Quý"), { target: { value: "2" } });
    const q2 = items("warning").map((b) => b.textContent ?? "");
    expect(q2.length).toBeGreaterThan(0);
    // Quarter II: tasks 8–14 overdue, and the 6-month report (due 15/05) missing per unit.
    expect(q2.some((t) => /Nhiệm vụ 8 ·/.test(t))).toBe(true);
    expect(q2.some((t) => /Nhiệm vụ 1 ·/.test(t))).toBe(false);

    fireEvent.change(select("Quý"), { target: { value: "" } });
    const unitOptions = Array.from(select("Đơn vị").options).map((o) => o.value);
    const unit = unitOptions.find((u) => /Tam Đường/.test(u)) as string;
    fireEvent.change(select("Đơn vị"), { target: { value: unit } });
    const forUnit = items("warning").map((b) => b.textContent ?? "");
    expect(forUnit.length).toBeGreaterThan(0);
    expect(forUnit.every((t) => t.includes("Tam Đường") || /Nhiệm vụ/.test(t))).toBe(true);
    expect(forUnit.length).toBeLessThan(all);
  });

  test("refresh re-validates the workbook; without a plan it says to import one", async () => {
    const { port } = renderApp();
    fireEvent.click(screen.getByRole("tab", { name: /Cảnh báo/ }));
    await screen.findByText("Sổ tính chưa có kế hoạch. Hãy nhập kế hoạch ở thẻ Kế hoạch.");
    expect(screen.queryByRole("alert")).toBeNull(); // the automatic first check stays quiet

    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Sổ tính chưa có bảng kế hoạch.*Hãy nhập kế hoạch trước/);
    expect(port.applied).toHaveLength(0);
  });

  test("live validation: an edit in the workbook refreshes the list", async () => {
    let onEdit: (() => Promise<void>) | null = null;
    const stopped = jest.fn();
    const startLiveSync: StartLiveSync = async (handler) => {
      onEdit = handler;
      return stopped;
    };
    const port = new MemoryPort();
    await importedPlan({ port, startLiveSync, settingsStore: memorySettings() });
    expect(onEdit).not.toBeNull();
    expect(screen.getByText("Tự động kiểm tra lại khi bảng thay đổi.")).toBeTruthy();
    expect(items("warning").some((b) => /Nhiệm vụ 20 ·/.test(b.textContent ?? ""))).toBe(true);

    // The user names a unit for task 20 in Excel.
    const tasks = port.snapshot.tables.find((t) => t.name === TABLES.tasks)!;
    const row20 = tasks.rows.findIndex((r) => r[tasks.headers.indexOf("TT")] === 20);
    port.edit(TABLES.tasks, row20, "Đơn vị chủ trì", "LĐLĐ tỉnh");
    await act(async () => {
      await onEdit!();
    });
    await waitFor(() => expect(items("warning").some((b) => /Nhiệm vụ 20 ·/.test(b.textContent ?? ""))).toBe(false));

    // Turning live validation off stops watching.
    fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Kiểm tra trực tiếp khi sửa bảng" }));
    await waitFor(() => expect(stopped).toHaveBeenCalled());
  });
});
