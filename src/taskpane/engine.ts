/**
 * Everything the pane runs against the workbook: the use cases (and the plan engine under them).
 * It is its own chunk, fetched right after the first render (loadEngine), so the pane shows at once.
 */
export { generateSummary } from "../app/buildSummary";
export { generateReminders, reportFile } from "./officeWork";
export { syncWorkbook } from "../app/syncPlan";
export { validateWorkbook } from "../app/validate";
export { issueList, recordingPort } from "./issueContext";
