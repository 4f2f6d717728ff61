/**
 * Everything the pane runs against the workbook: the use cases (and the plan engine under them).
 * It is its own chunk, fetched right after the first render (loadEngine), so the pane shows at once.
 */
import type { SummaryResult } from "../app/buildSummary";
import type { WorkbookPort } from "../app/port";
import type { SummaryOptions } from "../app/types";

/**
 * The summary sheet's builder (figures, official paragraph, chart, print setup): its own chunk,
 * fetched when a summary is first asked for.
 */
export async function generateSummary(port: WorkbookPort, opts: SummaryOptions): Promise<SummaryResult> {
  const m = await import(/* webpackChunkName: "taskpane-summary" */ "../app/buildSummary");
  return m.generateSummary(port, opts);
}
export { generateReminders, reportFile } from "./officeWork";
export { syncWorkbook } from "../app/syncPlan";
export { validateWorkbook } from "../app/validate";
export { issueList, recordingPort } from "./issueContext";
