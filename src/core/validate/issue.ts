export type Severity = "error" | "warning" | "info";

export const ISSUE_CODES = [
  "task-id-missing",
  "task-id-duplicate",
  "task-content-missing",
  "unit-missing",
  "unit-unknown",
  "status-unknown",
  "deadline-invalid",
  "deadline-outside-year",
  "deadline-outside-quarter",
  "task-overdue",
  "task-done-late",
  "done-date-invalid",
  "submission-late",
  "submission-missing",
  "submission-date-invalid",
  "unit-ineligible",
  "plan-table-missing",
  "plan-empty",
  "header-missing",
  "header-duplicate",
  "cell-error",
  "plan-table-ambiguous",
  "unit-reference",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Where an issue is, as precisely as it is known. */
export interface IssueLocation {
  readonly sheet?: string;
  /** 1-based sheet row (workbook) or line number (document text). */
  readonly row?: number;
  /** Header text of the column as the user sees it. */
  readonly column?: string;
  /** 1-based sheet column, for click-to-jump. */
  readonly columnIndex?: number;
  /** 1-based line in the source document, when the issue comes from importing text. */
  readonly line?: number;
  readonly taskId?: string;
  readonly unit?: string;
  readonly requirement?: string;
}

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue extends IssueLocation {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly params: IssueParams;
}
