/**
 * The classic pane's edge (taskpane.html loads this bundle, not the React one, in Internet
 * Explorer 11 and the old Edge webview: Office 2016 and 2019 on Windows). The only file here that
 * touches Office.js: it waits for Office, builds the same Excel adapter the ribbon commands and the
 * modern pane use, reads the display language and the settings kept in the workbook, and mounts
 * the pane (classicPane.ts) on a plain WorkbookPort.
 */
import { createExcelPort } from "../excel/excelPort";
import { officeCapabilities } from "../excel/capabilities";
import { documentValue } from "../excel/documentSettings";
import { SETTINGS_KEY, browserSettings, workbookSettings, type StoredValue } from "../taskpane/settings";
import { mountClassicPane } from "./classicPane";
import { h, fill } from "./dom";
import { classicStrings } from "./strings";
import { installTextDecoder } from "./textDecoder";

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy settings): settings last for the session
  }
}

function settingsInWorkbook(): StoredValue | undefined {
  try {
    const doc = Office.context.document;
    return documentValue(doc && doc.settings ? doc.settings : undefined, SETTINGS_KEY);
  } catch {
    return undefined;
  }
}

function displayLanguage(): string | undefined {
  try {
    return Office.context.displayLanguage;
  } catch {
    return undefined;
  }
}

function start(container: HTMLElement, host: unknown): void {
  if (host !== Office.HostType.Excel || typeof Excel === "undefined") {
    fill(container, [
      h("p", { lang: "vi", className: "pt-p" }, classicStrings("vi").noExcel),
      h("p", { lang: "en", className: "pt-p" }, classicStrings("en").noExcel),
    ]);
    return;
  }
  mountClassicPane({
    root: container,
    port: createExcelPort(Excel.run.bind(Excel) as typeof Excel.run, officeCapabilities()),
    displayLanguage: displayLanguage(),
    settingsStore: workbookSettings(settingsInWorkbook(), browserSettings(storage())),
  });
}

// The Word reader decodes a .docx's XML with TextDecoder, which IE 11 lacks.
installTextDecoder(window as unknown as { TextDecoder?: unknown });

const container = document.getElementById("container");
if (container) {
  Office.onReady((info) => start(container, info ? info.host : null));
}
