/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { memorySettings } from "../../src/taskpane/settings";
import type { StartLiveSync } from "../../src/taskpane/types";
import { renderApp } from "./renderApp";

// Rendering Fluent UI in jsdom and running the engine on a real plan takes a few seconds.
jest.setTimeout(30_000);

/** Each tab's visible label (a hidden copy beside it reserves the bold width). */
const tabNames = () => screen.getAllByRole("tab").map((t) => t.querySelector("[data-tab-label]")?.textContent);

describe("Language and settings", () => {
  test("Vietnamese by default, and when Office's display language is Vietnamese", () => {
    renderApp({ displayLanguage: undefined });
    expect(tabNames()).toEqual(["Kế hoạch", "Cảnh báo", "Tổng hợp", "Đôn đốc", "Cài đặt"]);
  });

  test("English when Office's display language is not Vietnamese", () => {
    renderApp({ displayLanguage: "en-US" });
    expect(tabNames()).toEqual(["Plan", "Warnings", "Summary", "Reminders", "Settings"]);
    expect(screen.getByRole("button", { name: "Set up / upgrade sheets" })).toBeTruthy();
    expect(document.querySelector("[lang=en]")).not.toBeNull();
  });

  test("the language setting overrides Office's and is saved", () => {
    const store = memorySettings();
    renderApp({ displayLanguage: "vi-VN", settingsStore: store });
    fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ" }), { target: { value: "en" } });
    expect(tabNames()).toEqual(["Plan", "Warnings", "Summary", "Reminders", "Settings"]);
    expect(screen.getByRole("combobox", { name: "Language" })).toBeTruthy();
    expect(store.load()).toEqual({ lang: "en" });
  });

  test("a saved language is used on the next start", () => {
    renderApp({ displayLanguage: "vi-VN", settingsStore: memorySettings({ lang: "en" }) });
    expect(tabNames()).toEqual(["Plan", "Warnings", "Summary", "Reminders", "Settings"]);
  });

  test("an error message follows a language switch", async () => {
    renderApp();
    fireEvent.change(screen.getByRole("textbox", { name: /Văn bản kế hoạch/ }), { target: { value: "không có bảng" } });
    fireEvent.click(screen.getByRole("button", { name: "Xem trước" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Không tìm thấy bảng nhiệm vụ/);
    fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ" }), { target: { value: "en" } });
    expect(screen.getByRole("alert").textContent).toMatch(/Could not finish.*No task table found in the text/);
  });

  test("live validation: on by default where the host reports edits, and can be turned off", async () => {
    const started = jest.fn();
    const stopped = jest.fn();
    const startLiveSync: StartLiveSync = async () => {
      started();
      return stopped;
    };
    const store = memorySettings();
    renderApp({ startLiveSync, settingsStore: store });
    await waitFor(() => expect(started).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    const live = screen.getByRole("checkbox", { name: "Kiểm tra trực tiếp khi sửa bảng" }) as HTMLInputElement;
    expect(live.checked).toBe(true);
    fireEvent.click(live);
    await waitFor(() => expect(stopped).toHaveBeenCalledTimes(1));
    expect(live.checked).toBe(false);
    expect(store.load()).toEqual({ liveValidation: false });
    fireEvent.click(live);
    await waitFor(() => expect(started).toHaveBeenCalledTimes(2));
  });

  test("where the host cannot report edits, live validation is unavailable and says so", () => {
    renderApp({ startLiveSync: undefined });
    fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
    const live = screen.getByRole("checkbox", { name: "Kiểm tra trực tiếp khi sửa bảng" }) as HTMLInputElement;
    expect(live.disabled).toBe(true);
    expect(live.checked).toBe(false);
    expect(screen.getByText(/cần ExcelApi 1.7/)).toBeTruthy();
  });
});
