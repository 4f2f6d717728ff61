import { endOfQuarter, fromExcelSerial, quarterOf, type CalendarDate, type Quarter } from "../dates/calendarDate";
import { parseDeadline } from "../dates/deadline";
import { matchKey, normalizeText } from "../text/normalize";
import { UnitRegistry, type Unit, type UnitKind } from "../units/registry";
import { seedUnits } from "../units/seed";
import { splitUnits } from "../units/split";
import type { Issue } from "../validate/issue";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../workbook/types";
import { TABLES } from "../workbook/types";
import { mapHeaders, TASK_COLUMNS, type TaskField } from "./headers";
import type { PlanInfo, Requirement, Submission, Task } from "./model";
import { parseStatus } from "./status";
import {
  INFO_COLUMNS,
  INFO_FIELDS,
  NO,
  REQUIREMENT_COLUMNS,
  SUBMISSION_COLUMNS,
  UNIT_COLUMNS,
  YES,
  type InfoField,
  type RequirementField,
  type SubmissionField,
  type UnitField,
} from "./tables";

export const KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  province: "Cấp tỉnh",
  district: "Cấp huyện",
  sector: "Công đoàn ngành",
  grassroots: "Công đoàn cơ sở",
  bloc: "Khối thi đua",
  outside: "Ngoài hệ thống",
  group: "Nhóm",
  all: "Tất cả",
};

const KIND_BY_KEY = new Map<string, UnitKind>([
  ...(Object.entries(KIND_LABELS) as [UnitKind, string][]).map(([k, v]) => [matchKey(v), k] as [string, UnitKind]),
  ...(Object.keys(KIND_LABELS) as UnitKind[]).map((k) => [k, k] as [string, UnitKind]),
]);

/** A table found in the snapshot, with its columns mapped by meaning. */
export interface BoundTable<F extends string> {
  readonly table: TableSnapshot;
  readonly columns: Partial<Record<F, number>>;
}

export type DeadlineState = "ok" | "derived" | "ongoing" | "blank" | "impossible-date" | "unrecognised";

export interface TaskRow {
  readonly task: Task;
  /** 0-based data row in the table, and 1-based sheet row. */
  readonly index: number;
  readonly sheetRow: number;
  readonly rawId: string;
  readonly statusText: string;
  readonly statusKnown: boolean;
  readonly deadlineState: DeadlineState;
  readonly completedText: string;
  readonly completedValid: boolean;
  /** The quarter cell was blank (the quarter comes from the deadline). */
  readonly quarterBlank: boolean;
  readonly blank: boolean;
}

export interface SubmissionRow {
  readonly submission: Submission;
  readonly index: number;
  readonly sheetRow: number;
  readonly receivedText: string;
  readonly receivedValid: boolean;
}

export interface PlanModel {
  readonly info: PlanInfo;
  readonly year: number;
  readonly tasks: BoundTable<TaskField> | null;
  readonly taskRows: readonly TaskRow[];
  readonly registry: UnitRegistry;
  readonly unitsTable: BoundTable<UnitField> | null;
  readonly infoTable: BoundTable<"field" | "value"> | null;
  readonly infoRows: Partial<Record<InfoField, number>>;
  readonly requirementsTable: BoundTable<RequirementField> | null;
  readonly requirements: readonly Requirement[];
  readonly submissionsTable: BoundTable<SubmissionField> | null;
  readonly submissionRows: readonly SubmissionRow[];
  /** Problems with the workbook's structure (no plan table, duplicated headers). */
  readonly issues: readonly Issue[];
}

// Zero-width characters alone count as blank, as they look blank to the user.
const isBlankCell = (v: CellValue | undefined): boolean => v === null || v === undefined || cellText(v) === "";

export const cellText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : typeof v === "string" ? normalizeText(v) : String(v);

/** A date cell: a serial, or text in any deadline form. */
export function cellDate(v: CellValue | undefined, year: number): { date: CalendarDate | null; valid: boolean; text: string } {
  if (v === null || v === undefined || v === "") return { date: null, valid: true, text: "" };
  if (typeof v === "number") {
    const date = fromExcelSerial(v);
    return { date, valid: date !== null, text: String(v) };
  }
  const text = cellText(v);
  const parsed = parseDeadline(text, year);
  if (parsed.kind === "date") return { date: parsed.date, valid: true, text };
  return { date: null, valid: parsed.kind === "none", text };
}

function bind<F extends string>(
  snapshot: WorkbookSnapshot,
  name: string,
  specs: Readonly<Record<F, { header: string; synonyms: readonly string[] }>>,
  required: readonly F[],
): BoundTable<F> | null {
  const byName = snapshot.tables.find((t) => t.name === name);
  if (byName) return { table: byName, columns: mapHeaders(byName.headers, specs as never).columns as Partial<Record<F, number>> };
  // Renamed by a user: the first table whose headers carry the required meanings.
  for (const table of snapshot.tables) {
    const { columns } = mapHeaders(table.headers, specs as never) as { columns: Partial<Record<F, number>> };
    if (required.every((f) => columns[f] !== undefined) && !Object.values(TABLES).includes(table.name as never)) {
      return { table, columns };
    }
  }
  return null;
}

const at = <F extends string>(b: BoundTable<F>, row: readonly CellValue[], f: F): CellValue | undefined => {
  const i = b.columns[f];
  return i === undefined ? undefined : row[i];
};

function readInfo(b: BoundTable<"field" | "value"> | null): { info: Partial<Record<InfoField, CellValue>>; rows: Partial<Record<InfoField, number>> } {
  const info: Partial<Record<InfoField, CellValue>> = {};
  const rows: Partial<Record<InfoField, number>> = {};
  if (!b) return { info, rows };
  const { columns } = mapHeaders(
    b.table.rows.map((r) => cellText(at(b, r, "field"))),
    INFO_FIELDS,
  );
  for (const f of Object.keys(columns) as InfoField[]) {
    const index = columns[f] as number;
    rows[f] = index;
    info[f] = at(b, b.table.rows[index], "value") ?? null;
  }
  return { info, rows };
}

const listCell = (v: CellValue | undefined): string[] =>
  cellText(v)
    .split(/[;\n]/)
    .map((s) => normalizeText(s))
    .filter(Boolean);

function readUnits(b: BoundTable<UnitField> | null): UnitRegistry {
  if (!b) return new UnitRegistry(seedUnits());
  const units: Unit[] = [];
  for (const row of b.table.rows) {
    const name = cellText(at(b, row, "name"));
    if (!name) continue;
    units.push({
      name,
      aliases: listCell(at(b, row, "aliases")),
      kind: KIND_BY_KEY.get(matchKey(cellText(at(b, row, "kind")))) ?? "grassroots",
      groups: listCell(at(b, row, "groups")),
      review: matchKey(cellText(at(b, row, "review"))) === matchKey(YES) || /^(x|yes|true|1)$/i.test(cellText(at(b, row, "review"))),
      note: cellText(at(b, row, "note")),
    });
  }
  return new UnitRegistry(units);
}

/**
 * The plan as the workbook holds it, with where each thing is, read from one snapshot. Tables are
 * found by name, or by their headers when a user renamed them; columns always by header.
 */
export function readPlanModel(snapshot: WorkbookSnapshot, fallbackYear: number): PlanModel {
  const issues: Issue[] = [];
  const infoTable = bind(snapshot, TABLES.info, INFO_COLUMNS, ["field", "value"]);
  const { info: rawInfo, rows: infoRows } = readInfo(infoTable);
  const issuedOn = cellDate(rawInfo.issuedOn ?? null, fallbackYear).date;
  const yearValue = Number(cellText(rawInfo.year ?? null));
  const title = cellText(rawInfo.title ?? null);
  const yearInTitle = /(?:năm|nam)\s+(\d{4})/iu.exec(title)?.[1];
  const year =
    Number.isInteger(yearValue) && yearValue >= 1900 && yearValue <= 9999
      ? yearValue
      : yearInTitle
        ? Number(yearInTitle)
        : (issuedOn?.year ?? fallbackYear);
  const info: PlanInfo = {
    number: cellText(rawInfo.number ?? null),
    title,
    year,
    issuedOn,
    place: cellText(rawInfo.place ?? null),
  };

  const unitsTable = bind<UnitField>(snapshot, TABLES.units, UNIT_COLUMNS, ["name", "kind"]);
  const registry = readUnits(unitsTable);

  const tasks = bind<TaskField>(snapshot, TABLES.tasks, TASK_COLUMNS, ["id", "content"]);
  const taskRows: TaskRow[] = [];
  if (!tasks) {
    issues.push({ code: "plan-table-missing", severity: "error", params: {} });
  } else {
    const { duplicates } = mapHeaders(tasks.table.headers, TASK_COLUMNS);
    for (const d of duplicates) {
      issues.push({
        code: "header-duplicate",
        severity: "warning",
        sheet: tasks.table.sheet,
        row: tasks.table.headerRow,
        columnIndex: tasks.table.firstColumn + d.index,
        column: tasks.table.headers[d.index],
        params: { header: tasks.table.headers[d.index] },
      });
    }
    for (const f of ["id", "content"] as const) {
      if (tasks.columns[f] === undefined) {
        issues.push({ code: "header-missing", severity: "error", sheet: tasks.table.sheet, row: tasks.table.headerRow, params: { header: TASK_COLUMNS[f].header } });
      }
    }
    tasks.table.rows.forEach((row, index) => taskRows.push(readTaskRow(tasks, row, index, year, registry)));
  }

  const requirementsTable = bind<RequirementField>(snapshot, TABLES.requirements, REQUIREMENT_COLUMNS, ["id", "title", "due"]);
  const requirements: Requirement[] = [];
  for (const row of requirementsTable?.table.rows ?? []) {
    const b = requirementsTable as BoundTable<RequirementField>;
    const id = cellText(at(b, row, "id"));
    const titleText = cellText(at(b, row, "title"));
    if (!id && !titleText) continue;
    requirements.push({
      id: id || titleText,
      title: titleText,
      due: cellDate(at(b, row, "due"), year).date,
      recipient: cellText(at(b, row, "recipient")),
      fromUnits: splitUnits(cellText(at(b, row, "fromUnits")).replace(/;/g, ","), registry).map((r) => r.name),
      requiredForEligibility: matchKey(cellText(at(b, row, "required"))) === matchKey(YES) || /^(x|yes|true|1)$/i.test(cellText(at(b, row, "required"))),
    });
  }

  const submissionsTable = bind<SubmissionField>(snapshot, TABLES.submissions, SUBMISSION_COLUMNS, ["unit", "receivedOn"]);
  const submissionRows: SubmissionRow[] = [];
  submissionsTable?.table.rows.forEach((row, index) => {
    const b = submissionsTable;
    const unitText = cellText(at(b, row, "unit"));
    const unit = registry.find(unitText)?.name ?? unitText;
    let requirementId = cellText(at(b, row, "requirementId"));
    if (!requirementId) {
      const title = matchKey(cellText(at(b, row, "requirement")));
      requirementId = requirements.find((r) => matchKey(r.title) === title)?.id ?? "";
    }
    const received = cellDate(at(b, row, "receivedOn"), year);
    submissionRows.push({
      submission: { unit, requirementId, receivedOn: received.date },
      index,
      sheetRow: b.table.headerRow + 1 + index,
      receivedText: received.text,
      receivedValid: received.valid,
    });
  });

  return {
    info,
    year,
    tasks,
    taskRows,
    registry,
    unitsTable,
    infoTable,
    infoRows,
    requirementsTable,
    requirements,
    submissionsTable,
    submissionRows,
    issues,
  };
}

function readTaskRow(b: BoundTable<TaskField>, row: readonly CellValue[], index: number, year: number, registry: UnitRegistry): TaskRow {
  const rawId = cellText(at(b, row, "id")).replace(/[.)]$/, "");
  const content = cellText(at(b, row, "content"));
  const statusText = cellText(at(b, row, "status"));
  const parsedStatus = parseStatus(statusText);
  const quarterText = cellText(at(b, row, "quarter"));
  const quarterNumber = Number(quarterText.replace(/^(quý|quy|q)\s*/i, "")) || romanQuarter(quarterText);
  const writtenQuarter = quarterNumber >= 1 && quarterNumber <= 4 ? (quarterNumber as Quarter) : null;

  const deadlineCell = at(b, row, "deadline");
  let deadline: CalendarDate | null = null;
  let deadlineState: DeadlineState = "blank";
  let deadlineText = "";
  if (typeof deadlineCell === "number") {
    deadline = fromExcelSerial(deadlineCell);
    deadlineState = deadline ? "ok" : "unrecognised";
    deadlineText = deadline ? "" : String(deadlineCell);
  } else {
    deadlineText = cellText(deadlineCell);
    const parsed = parseDeadline(deadlineText, year);
    if (parsed.kind === "date") [deadline, deadlineState] = [parsed.date, "ok"];
    else if (parsed.kind === "ongoing") deadlineState = "ongoing";
    else if (parsed.kind === "invalid") deadlineState = parsed.reason;
  }
  if (deadlineState === "blank" && writtenQuarter !== null) {
    deadline = endOfQuarter(year, writtenQuarter);
    deadlineState = "derived";
  }
  const completed = cellDate(at(b, row, "completedOn"), year);
  const units = (v: CellValue | undefined): string[] => splitUnits(cellText(v), registry).map((r) => r.name);
  const task: Task = {
    id: rawId,
    quarter: writtenQuarter ?? (deadline ? quarterOf(deadline) : null),
    content,
    leadUnits: units(at(b, row, "leadUnits")),
    partnerUnits: units(at(b, row, "partnerUnits")),
    deadline,
    deadlineText,
    status: parsedStatus ?? "not-started",
    completedOn: completed.date,
    notes: cellText(at(b, row, "notes")),
  };
  const blank = row.every((v, i) => i === b.columns.warnings || isBlankCell(v));
  return {
    task,
    index,
    sheetRow: b.table.headerRow + 1 + index,
    rawId,
    statusText,
    statusKnown: parsedStatus !== null,
    deadlineState,
    completedText: completed.text,
    completedValid: completed.valid,
    quarterBlank: quarterText === "",
    blank,
  };
}

function romanQuarter(text: string): number {
  const key = matchKey(text).replace(/^(quy|q)\s*/, "");
  return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[key] ?? 0;
}

export { NO, YES };
