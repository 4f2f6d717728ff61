/**
 * The ribbon's one-click commands (ExecuteFunction): Generate summary and Validate. Thin: each
 * handler builds the options, calls a use case from app/ over the Excel adapter, shows the outcome,
 * and always tells Office it is done (event.completed()), or the button stays busy.
 *
 * This file is compiled to ES5 (webpack "commands" config): Office 2016/2019 on Windows run it in
 * Internet Explorer 11. Keep to what the polyfills and TypeScript's down-levelling cover.
 *
 * Showing the outcome without a task pane:
 *  - Generate summary: the use case activates the summary sheet; that is the outcome, nothing else
 *    is shown on success.
 *  - Validate: the warnings land in the Cảnh báo columns; a small dialog (message.html) says how
 *    many of each severity were found, so a click never looks like it did nothing.
 *  - A failure (no plan table, Excel refused a write, …): the same dialog shows the error text.
 *  The dialog needs DialogApi 1.1 (Office 2016 and later have it); where it is missing or fails to
 *  open, the text goes to the console only. The command completes once the dialog is closed
 *  (closing the function file's page would take its dialog with it), or after DIALOG_WAIT_MS.
 */
import { UserFacingError } from "../app/errors";
import { generateSummary } from "../app/buildSummary";
import type { CommandOptions, ValidateOutcome } from "../app/types";
import { validateWorkbook } from "../app/validate";
import type { CalendarDate } from "../core/dates/calendarDate";
import { langFromLocale, type Lang } from "../core/i18n/lang";
import { createExcelPort } from "../excel/excelPort";

/** Office ends an unfinished function command by itself after a few minutes; finish before it. */
const DIALOG_WAIT_MS = 4 * 60 * 1000;

function displayLang(): Lang {
  try {
    return langFromLocale(Office.context.displayLanguage);
  } catch {
    return "vi";
  }
}

/** Today in the user's time zone, as Excel would show it. */
function todayLocal(now: Date): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

function commandOptions(): CommandOptions {
  const now = new Date();
  return { asOf: todayLocal(now), lang: displayLang(), now };
}

// Short status lines for the dialog. The issue texts themselves come from the core's i18n.
function validatedText(outcome: ValidateOutcome, lang: Lang): string {
  const { error, warning, info } = outcome.counts;
  const n = outcome.taskCount;
  if (lang === "vi") {
    return error + warning + info === 0
      ? `Đã kiểm tra ${n} nhiệm vụ: không có sai sót nào.`
      : `Đã kiểm tra ${n} nhiệm vụ: ${error} lỗi, ${warning} cảnh báo, ${info} lưu ý.\n` +
          "Chi tiết ở cột Cảnh báo và trong Bảng điều khiển.";
  }
  return error + warning + info === 0
    ? `Checked ${n} tasks: no problems found.`
    : `Checked ${n} tasks: ${error} errors, ${warning} warnings, ${info} notes.\n` +
        "See the Warnings column, or Open panel for details.";
}

function failureText(err: unknown, lang: Lang): string {
  if (err instanceof UserFacingError) return err.text(lang);
  // Duck-typed: Office's errors (OfficeExtension.Error) are not always instances of this realm's Error.
  const message = err !== null && typeof err === "object" ? (err as { message?: unknown }).message : undefined;
  const detail = typeof message === "string" && message !== "" ? message : String(err);
  return lang === "vi" ? `Không thực hiện được lệnh: ${detail}` : `The command could not finish: ${detail}`;
}

/** message.html next to this page, with the text and language in its query string. */
function messageUrl(text: string, lang: Lang): string {
  const here = window.location.href.replace(/[?#].*$/, "");
  const base = here.slice(0, here.lastIndexOf("/") + 1);
  return `${base}message.html?lang=${lang}&text=${encodeURIComponent(text)}`;
}

/** Shows text in a small dialog; resolves when the user closes it (or it cannot be shown). */
export function showMessage(text: string, lang: Lang): Promise<void> {
  const canDialog =
    typeof Office !== "undefined" &&
    !!Office.context &&
    !!Office.context.ui &&
    !!Office.context.requirements &&
    Office.context.requirements.isSetSupported("DialogApi", "1.1");
  if (!canDialog) {
    console.info(text);
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    let done = false;
    let dialog: Office.Dialog | undefined;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (dialog) {
        try {
          dialog.close();
        } catch {
          // already closed by the user
        }
      }
      resolve();
    };
    const timer = setTimeout(finish, DIALOG_WAIT_MS);
    try {
      Office.context.ui.displayDialogAsync(
        messageUrl(text, lang),
        { height: 30, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            console.info(text);
            finish();
            return;
          }
          dialog = result.value;
          // The page's Close button messages us; the window's own X raises DialogEventReceived.
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        },
      );
    } catch {
      console.info(text);
      finish();
    }
  });
}

/** Runs a command's work and shows its message; never throws, always completes the event. */
async function runCommand(
  event: Office.AddinCommands.Event | undefined,
  work: (lang: Lang) => Promise<string | null>,
): Promise<void> {
  const lang = displayLang();
  try {
    let message: string | null;
    try {
      message = await work(lang);
    } catch (err) {
      console.error(err);
      message = failureText(err, lang);
    }
    if (message !== null) await showMessage(message, lang);
  } catch (err) {
    console.error(err);
  } finally {
    if (event && typeof event.completed === "function") event.completed();
  }
}

export function onGenerateSummary(event?: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, async () => {
    await generateSummary(createExcelPort(Excel.run), commandOptions());
    return null; // the summary sheet is now active: that is the outcome
  });
}

export function onValidatePlan(event?: Office.AddinCommands.Event): Promise<void> {
  return runCommand(event, async (lang) => {
    const outcome = await validateWorkbook(createExcelPort(Excel.run), commandOptions());
    return validatedText(outcome, lang);
  });
}

/** The FunctionName values in manifest.xml, mapped to their handlers. */
export const COMMANDS = {
  generateSummary: onGenerateSummary,
  validatePlan: onValidatePlan,
} as const;

// Older hosts (Office 2016/2019, IE 11) call a global function named like FunctionName; assign the
// globals as soon as the script runs so they exist whenever Office looks for them.
const globals = window as unknown as Record<string, unknown>;
for (const name of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) globals[name] = COMMANDS[name];

// Office requires onReady (or initialize) in a function file before it invokes a command. Newer
// hosts map FunctionName through Office.actions.associate (the shared runtime needs it).
Office.onReady(() => {
  const actions = (Office as { actions?: { associate?: (name: string, fn: (e: unknown) => unknown) => void } }).actions;
  if (actions && typeof actions.associate === "function") {
    for (const name of Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]) {
      actions.associate(name, COMMANDS[name] as (e: unknown) => unknown);
    }
  }
});
