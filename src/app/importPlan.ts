import { importPlanText as readPlanText, type TextImport } from "../core/plan/importText";
import { planSync } from "../core/plan/sync";
import { readPlanModel } from "../core/plan/workbookModel";
import { countBySeverity } from "../core/validate/validate";
import type { WorkbookSnapshot } from "../core/workbook/types";
import { UserFacingError } from "./errors";
import type { WorkbookPort } from "./port";
import type { CommandOptions, ImportOutcome } from "./types";

const EMPTY: WorkbookSnapshot = { sheets: [], tables: [] };

/** Reads the document text against the units a workbook knows; throws when it holds no plan. */
export function readPlanDocument(text: string, snapshot: WorkbookSnapshot, fallbackYear: number): TextImport {
  if (text.trim() === "") {
    throw new UserFacingError(
      "text-empty",
      "Văn bản kế hoạch trống. Hãy dán toàn bộ nội dung kế hoạch (có bảng nhiệm vụ).",
      "The plan text is empty. Paste the whole plan document (with its task table).",
    );
  }
  const registry = readPlanModel(snapshot, fallbackYear).registry;
  const imported = readPlanText(text, registry, fallbackYear);
  if (!imported.foundTable) {
    throw new UserFacingError(
      "plan-table-missing",
      "Không tìm thấy bảng nhiệm vụ trong văn bản: cần một dòng tiêu đề có cột “TT” (hoặc STT) và “Nội dung”, các cột cách nhau bằng Tab. Hãy sao chép cả bảng từ Word.",
      "No task table found in the text: it needs a header row with “TT” (or STT) and “Nội dung” columns, separated by tabs. Copy the whole table from Word.",
    );
  }
  if (imported.tasks.length === 0) {
    const line = imported.issues.find((i) => i.code === "plan-empty")?.line ?? 0;
    throw new UserFacingError(
      "plan-empty",
      `Bảng nhiệm vụ (dòng ${line}) không có nhiệm vụ nào có số TT. Hãy kiểm tra các dòng dưới tiêu đề bảng.`,
      `The task table (line ${line}) has no numbered tasks. Check the rows under its header.`,
    );
  }
  return imported;
}

/** What an import would write, without a workbook: for previews and `import --json`. */
export function previewImport(text: string, opts: CommandOptions, snapshot: WorkbookSnapshot = EMPTY) {
  const imported = readPlanDocument(text, snapshot, opts.asOf.year);
  const result = planSync({ snapshot, imported, asOf: opts.asOf, lang: opts.lang, fallbackYear: opts.asOf.year });
  return { imported, ...result };
}

/**
 * Import a plan document into the workbook: creates the plan, units and submissions tables (or
 * upgrades them), adds the tasks it does not have yet, and writes the warnings.
 */
export async function importPlanText(port: WorkbookPort, text: string, opts: CommandOptions): Promise<ImportOutcome> {
  opts.progress?.(0, 3, "read");
  const snapshot = await port.read();
  const { imported, edits, issues, model, tasksAdded, tasksKept } = previewImport(text, opts, snapshot);
  opts.progress?.(1, 3, "write");
  await port.apply(edits, opts.progress);
  opts.progress?.(3, 3, "done");
  return {
    issues,
    counts: countBySeverity(issues),
    taskCount: model.taskRows.filter((r) => !r.blank).length,
    planNumber: model.info.number || imported.info.number,
    planTitle: model.info.title || imported.info.title,
    requirementCount: model.requirements.length,
    unitCount: model.registry.units.length,
    tasksAdded,
    tasksKept,
  };
}
