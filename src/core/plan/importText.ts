import { daysInMonth, endOfQuarter, makeDate, quarterOf, type CalendarDate } from "../dates/calendarDate";
import { parseDeadline } from "../dates/deadline";
import { cleanChars, stripMarkdown } from "../text/normalize";
import { unknownUnit, type Unit, type UnitRegistry } from "../units/registry";
import { splitUnits, type UnitRef } from "../units/split";
import { isErrorValue } from "../workbook/errorValues";
import type { Issue } from "../validate/issue";
import { parseInfo } from "./documentInfo";
import { parseRequirements } from "./documentRequirements";
import { draftsOf, findHeader, readTable } from "./documentTable";
import { unstackTable } from "./stackedTable";
import { TASK_COLUMNS } from "./headers";
import type { PlanInfo, Requirement, Task, TaskStatus } from "./model";
import { parseStatus } from "./status";

export interface ImportedTask extends Task {
  /** 1-based line of the document the task starts on. */
  readonly line: number;
  /** The status cell as written, when the document has a status column. */
  readonly statusText: string;
}

export interface TextImport {
  readonly info: PlanInfo;
  readonly tasks: readonly ImportedTask[];
  readonly requirements: readonly Requirement[];
  /** Units the document names that the registry does not know (to add, marked for review). */
  readonly newUnits: readonly Unit[];
  /** Problems in the document itself (line numbers), before any workbook exists. */
  readonly issues: readonly Issue[];
  /** False when no task table was found. */
  readonly foundTable: boolean;
}

const unique = (names: readonly string[]): string[] => Array.from(new Set(names));

/**
 * Reads a plan document's text: its number, date and title, the task table (by header meaning,
 * with quarter sections), and the submissions subordinate units owe. Never throws on user text:
 * what it cannot read becomes an issue.
 */
export function importPlanText(text: string, registry: UnitRegistry, fallbackYear: number): TextImport {
  const written = cleanChars(typeof text === "string" ? text : "")
    .split("\n")
    // Box-drawing bars read as markdown pipes.
    .map((l) => stripMarkdown(l).replace(/[│┃║]/g, "|"));
  const info = parseInfo(written, fallbackYear);
  const year = info.year ?? fallbackYear;
  const issues: Issue[] = [];
  // A table copied one cell per line is put back into rows first; line numbers stay the document's.
  let header = findHeader(written);
  const unstacked = header ? null : unstackTable(written, (line) => splitUnits(line, registry).some((ref) => ref.known));
  const lines = unstacked?.lines ?? written;
  const lineOf = (line: number): number => (unstacked ? (unstacked.origin[line - 1] ?? line - 1) + 1 : line);
  if (unstacked) header = findHeader(lines);
  const table = header ? readTable(lines, header) : { rows: [], end: 0 };
  const drafts = header ? draftsOf(table.rows, header.columns) : [];

  const newUnits = new Map<string, Unit>();
  const refsOf = (cell: string): UnitRef[] =>
    splitUnits(cell, registry).map((ref) => {
      // An error value stays as written: the workbook reports it as cell-error, not as a unit.
      if (!ref.known && !isErrorValue(ref.name) && !registry.find(ref.name)) newUnits.set(ref.name, unknownUnit(ref.name));
      return ref;
    });
  const unitsOf = (cell: string): string[] => refsOf(cell).map((ref) => ref.name);
  // A cell may say who leads and who helps ("LĐLĐ tỉnh chủ trì, các cấp CĐ phối hợp"): what it
  // says outranks the column it is in.
  const rolesOf = (leadCell: string, partnerCell: string): { lead: string[]; partner: string[] } => {
    const refs = [...refsOf(leadCell).map((r) => ({ ...r, role: r.role ?? "lead" })), ...refsOf(partnerCell).map((r) => ({ ...r, role: r.role ?? "partner" }))];
    const lead = unique(refs.filter((r) => r.role === "lead").map((r) => r.name));
    return { lead, partner: unique(refs.filter((r) => r.role === "partner" && !lead.includes(r.name)).map((r) => r.name)) };
  };

  const tasks: ImportedTask[] = drafts.map((d) => {
    const parsed = parseDeadline(d.deadline, year);
    let deadline: CalendarDate | null = null;
    if (parsed.kind === "date") deadline = parsed.date;
    // No deadline written: the end of the section's month, else of its quarter.
    else if (parsed.kind === "none" && d.month !== null) deadline = makeDate(year, d.month, daysInMonth(year, d.month));
    else if (parsed.kind === "none" && d.quarter !== null) deadline = endOfQuarter(year, d.quarter);
    if (parsed.kind === "invalid") {
      issues.push({
        code: "deadline-invalid",
        severity: "error",
        line: lineOf(d.line),
        taskId: d.id || undefined,
        column: TASK_COLUMNS.deadline.header,
        // The same code and reason validation gives a workbook row.
        params: { text: d.deadline, reason: parsed.reason },
      });
    }
    const units = rolesOf(d.lead, d.partner);
    const completed = parseDeadline(d.completed, year);
    const status: TaskStatus = parseStatus(d.status) ?? "not-started";
    return {
      line: lineOf(d.line),
      id: d.id,
      quarter: d.quarter ?? (deadline ? quarterOf(deadline) : null),
      content: d.content,
      leadUnits: units.lead,
      partnerUnits: units.partner,
      deadline,
      deadlineText: d.deadline,
      status,
      statusText: d.status,
      completedOn: completed.kind === "date" ? completed.date : null,
      notes: d.notes,
    };
  });

  // The implementation section follows the table, or precedes it when the table is an appendix.
  const requirements = [
    ...parseRequirements(lines.slice(0, header?.index ?? 0), year, unitsOf),
    ...parseRequirements(lines.slice(table.end), year, unitsOf),
  ].map((r, k) => ({ ...r, id: `R${k + 1}` }));
  if (!header) {
    issues.push({ code: "plan-table-missing", severity: "error", params: {} });
  } else if (tasks.length === 0) {
    issues.push({ code: "plan-empty", severity: "error", line: lineOf(header.index + 1), params: {} });
  }
  return { info, tasks, requirements, newUnits: [...newUnits.values()], issues, foundTable: header !== null };
}
