import { makeDate } from "../core/dates/calendarDate";
import { computeReminders, DEFAULT_WITHIN_DAYS, reminderText, type Reminders } from "../core/remind/reminders";
import { buildRemindersSheet, REMINDERS_TABLE } from "../core/remind/sheet";
import { formatStamp } from "../core/summary/sheet";
import type { Lang } from "../core/i18n/lang";
import type { WorkbookPort } from "./port";
import type { CommandOptions } from "./types";
import { checkedPlan } from "./validate";

export interface RemindOptions extends CommandOptions {
  /** Tasks falling due within this many days are chased too (default 7). */
  readonly within?: number;
  /** Write the Đôn đốc sheet (default true); false only computes. */
  readonly writeSheet?: boolean;
}

export interface RemindResult {
  readonly reminders: Reminders;
  /** The ready-to-send text per unit, in the order of reminders.units. */
  readonly texts: readonly string[];
  /** Name of the Đôn đốc sheet as written (null when not written). */
  readonly sheetName: string | null;
}

/** Who owes what as of the day, with a text per unit; the Đôn đốc sheet rebuilt in the workbook. */
export async function generateReminders(port: WorkbookPort, opts: RemindOptions): Promise<RemindResult> {
  opts.progress?.(0, 3, "read");
  const { model } = checkedPlan(await port.read(), opts);
  const reminders = computeReminders(model, opts.asOf, opts.within ?? DEFAULT_WITHIN_DAYS);
  const texts = reminders.units.map((u) => reminderText(reminders, u, opts.lang));
  let sheetName: string | null = null;
  if (opts.writeSheet !== false) {
    const now = opts.now;
    const today = makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? opts.asOf;
    const content = buildRemindersSheet(reminders, opts.lang, formatStamp(today, now.getHours(), now.getMinutes()));
    opts.progress?.(1, 3, "write");
    const applied = await port.apply([{ kind: "ownedSheet", content }], opts.progress);
    sheetName = applied.ownedSheets[REMINDERS_TABLE] ?? content.preferredName;
  }
  opts.progress?.(3, 3, "done");
  return { reminders, texts, sheetName };
}

export function reminderTexts(r: Reminders, lang: Lang): string[] {
  return r.units.map((u) => reminderText(r, u, lang));
}
