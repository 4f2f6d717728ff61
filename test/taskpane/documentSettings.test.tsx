/** @jest-environment jsdom */
/**
 * The pane's settings travel with the workbook (Office's per-document settings, saved in the
 * file); this machine's last choice fills in what the workbook does not say.
 */
import { fireEvent, screen } from "@testing-library/react";
import { documentValue, type OfficeSettings } from "../../src/excel/documentSettings";
import { SETTINGS_KEY, memorySettings, workbookSettings } from "../../src/taskpane/settings";
import { renderApp } from "./renderApp";

jest.setTimeout(30_000);

/** Office.context.document.settings as a map; counts saveAsync calls. */
class FakeDocumentSettings implements OfficeSettings {
  readonly values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(): void {
    this.saves++;
  }
}

const tabNames = () => screen.getAllByRole("tab").map((t) => t.querySelector("[data-tab-label]")?.textContent);

test("a workbook that says English opens in English, whatever this machine chose last", () => {
  const doc = new FakeDocumentSettings();
  doc.set("plan-tracker.pane-settings", { lang: "en" });
  renderApp({ displayLanguage: "vi-VN", settingsStore: workbookSettings(documentValue(doc, SETTINGS_KEY), memorySettings({ lang: "vi", liveValidation: false })) });
  expect(tabNames()).toEqual(["Plan", "Warnings", "Summary", "Reminders", "Settings"]);
});

test("a change in the pane is saved into the workbook and on this machine", () => {
  const doc = new FakeDocumentSettings();
  const machine = memorySettings();
  renderApp({ displayLanguage: "vi-VN", settingsStore: workbookSettings(documentValue(doc, SETTINGS_KEY), machine) });
  fireEvent.click(screen.getByRole("tab", { name: "Cài đặt" }));
  fireEvent.change(screen.getByRole("combobox", { name: "Ngôn ngữ" }), { target: { value: "en" } });
  expect(doc.get("plan-tracker.pane-settings")).toEqual({ lang: "en" });
  expect(doc.saves).toBe(1);
  expect(machine.load()).toEqual({ lang: "en" });
});

test("what the workbook does not say comes from this machine; nonsense in the workbook is ignored", () => {
  const doc = new FakeDocumentSettings();
  doc.set("plan-tracker.pane-settings", { lang: "fr", liveValidation: "yes" });
  const store = workbookSettings(documentValue(doc, SETTINGS_KEY), memorySettings({ lang: "en", liveValidation: false }));
  expect(store.load()).toEqual({ lang: "en", liveValidation: false });
  doc.set("plan-tracker.pane-settings", { liveValidation: true });
  expect(store.load()).toEqual({ lang: "en", liveValidation: true });
});

test("a workbook whose settings cannot be read or saved still gives a working pane", () => {
  const broken: OfficeSettings = {
    get: () => {
      throw new Error("settings unavailable");
    },
    set: () => {
      throw new Error("read-only");
    },
    saveAsync: () => undefined,
  };
  const machine = memorySettings({ lang: "en" });
  const store = workbookSettings(documentValue(broken, SETTINGS_KEY), machine);
  expect(store.load()).toEqual({ lang: "en" });
  store.save({ lang: "vi" });
  expect(machine.load()).toEqual({ lang: "vi" });
});

test("outside Office (no document settings) the machine's store is used as it is", () => {
  const machine = memorySettings({ lang: "en" });
  expect(documentValue(undefined, SETTINGS_KEY)).toBeUndefined();
  expect(workbookSettings(undefined, machine)).toBe(machine);
});
