/**
 * The pane's edge: the only file that touches Office.js. It waits for Office, builds the workbook
 * port and the live-sync starter over Excel.run, reads the display language and the settings kept
 * in the workbook, and hands them to <App/>, so every component works with a plain WorkbookPort
 * (and tests give it a fake one).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { TABLES } from "../core/workbook/types";
import type { WorkbookPort } from "../app/port";
import { officeCapabilities, type Capabilities } from "../excel/capabilities";
import App from "./components/App";
import { documentValue } from "../excel/documentSettings";
import { SETTINGS_KEY, browserSettings, workbookSettings, type StoredValue } from "./settings";
import type { StartLiveSync } from "./types";

/** Edits to these tables re-run validation while live validation is on. */
const WATCHED_TABLES = [TABLES.tasks, TABLES.units, TABLES.requirements, TABLES.submissions, TABLES.info];
const DEBOUNCE_MS = 800;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy settings): settings last for the session
  }
}

/** The settings kept in the workbook's own add-in settings (saved in the file), when this host has them. */
function settingsInWorkbook(): StoredValue | undefined {
  try {
    return documentValue(Office.context.document?.settings ?? undefined, SETTINGS_KEY);
  } catch {
    return undefined;
  }
}

function showPlainMessage(vi: string, en: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  container.style.padding = "16px";
  container.style.fontFamily = "'Segoe UI', sans-serif";
  const p1 = document.createElement("p");
  p1.lang = "vi";
  p1.textContent = vi;
  const p2 = document.createElement("p");
  p2.lang = "en";
  p2.textContent = en;
  container.replaceChildren(p1, p2);
}

/**
 * The Office.js adapter, from the engine chunk (fetched after the first render, with the use cases
 * that call it; a failed fetch is retried on the next call).
 */
function lazyExcelPort(run: typeof Excel.run, caps: Capabilities): WorkbookPort {
  let port: Promise<WorkbookPort> | null = null;
  const load = (): Promise<WorkbookPort> =>
    (port ??= import(/* webpackChunkName: "taskpane-engine" */ "../excel/excelPort").then(
      (m) => m.createExcelPort(run, caps),
      (error: unknown) => {
        port = null;
        throw error;
      },
    ));
  return {
    read: async () => (await load()).read(),
    apply: async (edits, progress) => (await load()).apply(edits, progress),
  };
}

void Office.onReady((info) => {
  const container = document.getElementById("container");
  // taskpane.html found this webview too old and says so; leave its message alone.
  if (!container || document.documentElement.hasAttribute("data-needs-newer-office")) return;
  if (info.host !== Office.HostType.Excel || typeof Excel === "undefined") {
    showPlainMessage(
      "Bảng điều khiển này chạy trong Excel. Hãy mở nó từ thẻ Home của Excel.",
      "This panel runs inside Excel. Open it from Excel's Home tab.",
    );
    return;
  }
  const caps = officeCapabilities();
  const run = Excel.run.bind(Excel) as typeof Excel.run;
  const port = lazyExcelPort(run, caps);
  const live: StartLiveSync | undefined = caps.events
    ? async (onEdit) => {
        const { startLiveSync } = await import(/* webpackChunkName: "taskpane-engine" */ "../excel/liveSync");
        const sync = await startLiveSync(run, { tables: WATCHED_TABLES, debounceMs: DEBOUNCE_MS, onEdit, caps });
        return () => sync.stop();
      }
    : undefined;
  let displayLanguage: string | undefined;
  try {
    displayLanguage = Office.context.displayLanguage;
  } catch {
    displayLanguage = undefined;
  }
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} displayLanguage={displayLanguage} startLiveSync={live} settingsStore={workbookSettings(settingsInWorkbook(), browserSettings(storage()))} />
    </FluentProvider>,
  );
});
