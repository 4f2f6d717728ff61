import { planSync } from "../core/plan/sync";
import { countBySeverity } from "../core/validate/validate";
import type { WorkbookPort } from "./port";
import type { CommandOptions, ValidateOutcome } from "./types";

/**
 * Set up or upgrade the workbook's tables without losing anything the user typed, fill derived
 * values, bring new units into the registry and refresh the warnings.
 */
export async function syncWorkbook(port: WorkbookPort, opts: CommandOptions): Promise<ValidateOutcome> {
  const snapshot = await port.read();
  const { edits, issues, model } = planSync({ snapshot, asOf: opts.asOf, lang: opts.lang, fallbackYear: opts.asOf.year });
  await port.apply(edits, opts.progress);
  return { issues, counts: countBySeverity(issues), taskCount: model.taskRows.filter((r) => !r.blank).length };
}
