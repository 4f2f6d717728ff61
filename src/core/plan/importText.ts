import { textToDocument } from "../document/fromText";
import type { UnitRegistry } from "../units/registry";
import { splitUnits } from "../units/split";
import { importPlanDocument, type ImportOptions, type TextImport } from "./importDocument";

export type { ImportedTask, TextImport } from "./importDocument";

/**
 * Reads a plan document's text: it becomes the one document model (paragraphs, the task table as
 * rows of cells), which the plan reader reads as it reads a Word file. Never throws on user text.
 */
export function importPlanText(text: string, registry: UnitRegistry, fallbackYear: number, options: ImportOptions = {}): TextImport {
  const doc = textToDocument(text, (line) => splitUnits(line, registry).some((ref) => ref.known));
  return importPlanDocument(doc, registry, fallbackYear, options);
}
