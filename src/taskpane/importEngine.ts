/**
 * Reading a plan into the workbook: the plan reader, the lexicon of bodies and the import use case.
 * Its own chunk (loadImportEngine), fetched when a plan is first previewed or imported.
 */
export { importPlanText, previewImport } from "../app/importPlan";
