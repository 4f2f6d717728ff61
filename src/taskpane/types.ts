import type { WorkbookPort } from "../app/port";
import type { Lang } from "../core/i18n/lang";
import type { Strings } from "./strings";
import type { Run } from "./useWork";
import type { CommandOptions } from "../app/types";
import type { Progress } from "../app/port";

/** Stops watching the workbook for edits. */
export type StopLiveSync = () => void | Promise<void>;

/**
 * Starts watching the workbook's tables for the user's edits (the Office.js side: index.tsx wraps
 * src/excel/liveSync); `onEdit` is called, debounced, after each burst of edits, and its promise
 * settles when the list is fresh again. Absent where the host cannot raise change events (below
 * ExcelApi 1.7).
 */
export type StartLiveSync = (onEdit: () => Promise<void>) => Promise<StopLiveSync>;

export type TabId = "plan" | "warnings" | "summary" | "remind" | "settings";

/** Builds the options every use case takes, with the pane's current language and as-of date. */
export type OptionsFor = (progress?: Progress) => CommandOptions;

/** What every view of the pane is given: its strings, language, the workbook, and the work runner. */
export interface ViewBase {
  t: Strings;
  lang: Lang;
  port: WorkbookPort;
  busy: boolean;
  run: Run;
}
