import { makeDate } from "../core/dates/calendarDate";
import { warningEdits } from "../core/plan/sync";
import { computeSummary, summaryParagraph, type SummaryFigures } from "../core/summary/figures";
import { buildQuarterSheets } from "../core/summary/quarterSheets";
import { buildSummarySheet, formatStamp } from "../core/summary/sheet";
import { countBySeverity } from "../core/validate/validate";
import type { WorkbookEdit } from "../core/workbook/types";
import { TABLES } from "../core/workbook/types";
import type { WorkbookPort } from "./port";
import { planPrintEdits } from "./printEdits";
import type { SummaryOptions, SummaryOutcome } from "./types";
import { checkedPlan } from "./validate";

export interface SummaryResult extends SummaryOutcome {
  readonly figures: SummaryFigures;
  /** The official paragraph of the period, in the command's language (as on the sheet). */
  readonly paragraph: string;
}

/** Validate, then rebuild the summary sheet (and, if asked, one sheet per quarter) in place. */
export async function generateSummary(port: WorkbookPort, opts: SummaryOptions): Promise<SummaryResult> {
  opts.progress?.(0, 3, "read");
  const snapshot = await port.read();
  const { model, issues } = checkedPlan(snapshot, opts);
  const figures = computeSummary(model, opts.asOf, opts.period ?? "year");
  const now = opts.now;
  const today = makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? opts.asOf;
  const sheet = buildSummarySheet(figures, opts.lang, formatStamp(today, now.getHours(), now.getMinutes()));
  const edits: WorkbookEdit[] = [...warningEdits(model, issues, opts.lang), ...planPrintEdits(model.info.number, opts.lang), { kind: "ownedSheet", content: sheet }];
  if (opts.quarterSheets) {
    for (const content of buildQuarterSheets(model, issues, opts.lang)) edits.push({ kind: "ownedSheet", content });
  }
  opts.progress?.(1, 3, "write");
  const applied = await port.apply(edits, opts.progress);
  opts.progress?.(3, 3, "done");
  return {
    issues,
    counts: countBySeverity(issues),
    taskCount: model.taskRows.filter((r) => !r.blank).length,
    sheetName: applied.ownedSheets[TABLES.summary] ?? sheet.preferredName,
    figures,
    paragraph: summaryParagraph(figures, opts.lang),
  };
}
