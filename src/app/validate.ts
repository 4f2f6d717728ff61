import { readPlanModel, type PlanModel } from "../core/plan/workbookModel";
import { warningEdits } from "../core/plan/sync";
import type { Issue } from "../core/validate/issue";
import { countBySeverity, validatePlan } from "../core/validate/validate";
import type { WorkbookSnapshot } from "../core/workbook/types";
import { UserFacingError } from "./errors";
import type { WorkbookPort } from "./port";
import type { CommandOptions, ValidateOutcome } from "./types";

export function planTableMissing(): UserFacingError {
  return new UserFacingError(
    "plan-table-missing",
    "Sổ tính chưa có bảng kế hoạch (bảng có cột TT và Nội dung). Hãy nhập kế hoạch trước (plan-tracker import, hoặc Bảng điều khiển → Kế hoạch).",
    "This workbook has no plan table (a table with TT and Nội dung columns). Import a plan first (plan-tracker import, or Open panel → Plan).",
  );
}

/** The plan and its issues from a snapshot; throws when the workbook holds no plan table. */
export function checkedPlan(snapshot: WorkbookSnapshot, opts: CommandOptions): { model: PlanModel; issues: Issue[] } {
  const model = readPlanModel(snapshot, opts.asOf.year);
  if (!model.tasks) throw planTableMissing();
  return { model, issues: validatePlan(model, opts.asOf) };
}

/** Validate the plan and refresh the Cảnh báo columns (nothing else is written). */
export async function validateWorkbook(port: WorkbookPort, opts: CommandOptions): Promise<ValidateOutcome> {
  const snapshot = await port.read();
  const { model, issues } = checkedPlan(snapshot, opts);
  await port.apply(warningEdits(model, issues, opts.lang), opts.progress);
  return { issues, counts: countBySeverity(issues), taskCount: model.taskRows.filter((r) => !r.blank).length };
}
