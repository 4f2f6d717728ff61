import type { Quarter } from "../core/dates/calendarDate";
import type { Lang } from "../core/i18n/lang";
import { CODE_LABELS } from "../core/i18n/messages";
import type { Issue, IssueCode, Severity } from "../core/validate/issue";
import { columnLetters } from "../core/workbook/a1";

/**
 * What the warnings list needs beyond the issues themselves: the quarter and units each issue
 * concerns, for the filters (built by issueContext.ts, which runs in the engine chunk).
 */
export interface IssueContext {
  readonly quarter: Quarter | null;
  readonly units: readonly string[];
}

export interface IssueList {
  readonly issues: readonly Issue[];
  /** Keyed by rowKey(sheet, row). */
  readonly context: ReadonlyMap<string, IssueContext>;
  readonly taskCount: number;
}

export const rowKey = (sheet: string | undefined, row: number | undefined): string => `${sheet ?? ""}\u0000${row ?? ""}`;

export function contextOf(list: IssueList, issue: Issue): IssueContext {
  const found = list.context.get(rowKey(issue.sheet, issue.row));
  if (found) return issue.unit && !found.units.includes(issue.unit) ? { ...found, units: [...found.units, issue.unit] } : found;
  return { quarter: null, units: issue.unit ? [issue.unit] : [] };
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface IssueFilter {
  /** "" for all. */
  readonly code: IssueCode | "";
  /** "" for all, "none" for issues with no quarter. */
  readonly quarter: "" | "none" | `${Quarter}`;
  readonly unit: string;
}

export const NO_FILTER: IssueFilter = { code: "", quarter: "", unit: "" };

export function matchesFilter(list: IssueList, issue: Issue, f: IssueFilter): boolean {
  if (f.code && issue.code !== f.code) return false;
  if (!f.quarter && !f.unit) return true;
  const ctx = contextOf(list, issue);
  if (f.quarter === "none" && ctx.quarter !== null) return false;
  if (f.quarter && f.quarter !== "none" && String(ctx.quarter) !== f.quarter) return false;
  if (f.unit && !ctx.units.includes(f.unit)) return false;
  return true;
}

export function groupBySeverity(issues: readonly Issue[]): Record<Severity, Issue[]> {
  const groups: Record<Severity, Issue[]> = { error: [], warning: [], info: [] };
  for (const i of issues) groups[i.severity].push(i);
  return groups;
}

/** The filter choices that occur in the list, with how many issues each has. */
export function filterChoices(list: IssueList, lang: Lang) {
  const codes = new Map<IssueCode, number>();
  const units = new Map<string, number>();
  const quarters = new Map<string, number>();
  for (const issue of list.issues) {
    codes.set(issue.code, (codes.get(issue.code) ?? 0) + 1);
    const ctx = contextOf(list, issue);
    const q = ctx.quarter === null ? "none" : String(ctx.quarter);
    quarters.set(q, (quarters.get(q) ?? 0) + 1);
    for (const u of new Set(ctx.units)) units.set(u, (units.get(u) ?? 0) + 1);
  }
  return {
    codes: [...codes].map(([code, count]) => ({ code, count, label: CODE_LABELS[code][lang] })).sort((a, b) => a.label.localeCompare(b.label, lang)),
    quarters: ["1", "2", "3", "4", "none"].filter((q) => quarters.has(q)).map((q) => ({ quarter: q, count: quarters.get(q) as number })),
    units: [...units].map(([unit, count]) => ({ unit, count })).sort((a, b) => a.unit.localeCompare(b.unit, "vi")),
  };
}

export { columnLetters };

/** "Kế hoạch!D29", or as much of it as the issue knows. */
export function cellRef(issue: Issue): string {
  if (!issue.sheet) return "";
  if (!issue.row) return issue.sheet;
  return `${issue.sheet}!${issue.columnIndex ? columnLetters(issue.columnIndex) : ""}${issue.row}`;
}

/** Whether clicking the issue can select a cell. */
export const canJump = (issue: Issue): boolean => Boolean(issue.sheet && issue.row);
