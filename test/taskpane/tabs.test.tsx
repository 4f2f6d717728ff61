/** @jest-environment jsdom */
/**
 * The tabs follow the WAI-ARIA tabs pattern: one tab stop, arrow keys move focus round the tabs
 * (Home and End to the ends) without selecting, Enter or Space (a click) selects; a panel's
 * content appears when its tab is first opened and survives leaving it.
 */
import { fireEvent, screen } from "@testing-library/react";
import { renderApp } from "./renderApp";

jest.setTimeout(30_000);

const tab = (name: RegExp | string) => screen.getByRole("tab", { name });
const focused = () => document.activeElement?.getAttribute("id");

test("one tab stop; arrows, Home and End move focus; a click selects", () => {
  renderApp();
  const tabs = screen.getAllByRole("tab");
  expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1]);
  expect(screen.getByRole("tablist", { name: "Chức năng" })).toBeTruthy();

  tab("Kế hoạch").focus();
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(focused()).toBe("tab-warnings");
  expect(tab(/Cảnh báo/).getAttribute("aria-selected")).toBe("false"); // focus only
  fireEvent.keyDown(document.activeElement as Element, { key: "End" });
  expect(focused()).toBe("tab-settings");
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(focused()).toBe("tab-plan"); // round to the first
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
  expect(focused()).toBe("tab-settings");
  fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
  expect(focused()).toBe("tab-plan");

  fireEvent.click(tab("Cài đặt"));
  expect(tab("Cài đặt").getAttribute("aria-selected")).toBe("true");
  expect(screen.getAllByRole("tab").map((t) => t.tabIndex)).toEqual([-1, -1, -1, -1, 0]);
  const panel = document.getElementById(tab("Cài đặt").getAttribute("aria-controls") as string);
  expect(panel?.getAttribute("role")).toBe("tabpanel");
  expect(panel?.hidden).toBe(false);
  expect(panel?.getAttribute("aria-labelledby")).toBe("tab-settings");
});

test("a tab's name is its label once (the hidden copy that keeps its width is not read)", () => {
  renderApp({ displayLanguage: "en-US" });
  expect(screen.getAllByRole("tab").map((t) => t.getAttribute("id"))).toEqual(["tab-plan", "tab-warnings", "tab-summary", "tab-remind", "tab-settings"]);
  expect(screen.getByRole("tab", { name: "Summary" })).toBeTruthy();
});

test("a panel is rendered when first opened, and keeps what was typed when left", () => {
  renderApp();
  expect(document.getElementById("panel-summary")?.childElementCount).toBe(0);
  fireEvent.change(screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }), { target: { value: "nửa chừng" } });
  fireEvent.click(tab("Tổng hợp"));
  expect(screen.getByRole("button", { name: "Tạo tổng hợp" })).toBeTruthy();
  fireEvent.click(tab("Kế hoạch"));
  expect((screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }) as HTMLTextAreaElement).value).toBe("nửa chừng");
  expect(document.getElementById("panel-summary")?.childElementCount).toBeGreaterThan(0);
});
