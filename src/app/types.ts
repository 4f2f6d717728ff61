import type { CalendarDate } from "../core/dates/calendarDate";
import type { Lang } from "../core/i18n/lang";
import type { Issue } from "../core/validate/issue";
import type { PeriodId } from "../core/summary/figures";
import type { Progress } from "./port";

export interface CommandOptions {
  /** The day overdue and late are measured against ("today" unless the user sets it). */
  readonly asOf: CalendarDate;
  readonly lang: Lang;
  /** Wall-clock time of the run, for "generated at" stamps only. */
  readonly now: Date;
  readonly progress?: Progress;
}

export interface SummaryOptions extends CommandOptions {
  /** Narrows the unit and overdue sections to a period (default: the whole year). */
  readonly period?: PeriodId;
  /** Also write one sheet per quarter with that quarter's tasks and warnings. */
  readonly quarterSheets?: boolean;
}

export interface IssueCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface ValidateOutcome {
  readonly issues: readonly Issue[];
  readonly counts: IssueCounts;
  readonly taskCount: number;
}

export interface ImportOutcome extends ValidateOutcome {
  readonly planNumber: string;
  readonly planTitle: string;
  readonly requirementCount: number;
  readonly unitCount: number;
  /** Tasks added to the plan table (an import into an existing plan only adds new task ids). */
  readonly tasksAdded: number;
  /** Task ids already in the workbook, left as the user had them. */
  readonly tasksKept: readonly string[];
}

export interface SummaryOutcome extends ValidateOutcome {
  /** Name of the summary sheet as written (may differ from "Tổng hợp" if a user's sheet has it). */
  readonly sheetName: string;
}
