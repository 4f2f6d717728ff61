import { compareDates, endOfQuarter, fromExcelSerial, quarterOf, type CalendarDate, type Quarter } from "../dates/calendarDate";
import { parseDeadline } from "../dates/deadline";
import { planSpanOf, yearRange, type KnownSpan } from "../dates/span";
import { spanYear } from "./documentInfo";
import { matchKey, normalizeText } from "../text/normalize";
import { UnitRegistry, type Unit, type UnitKind } from "../units/registry";
import { seedUnits } from "../units/seed";
import { splitUnits } from "../units/split";
import type { Issue } from "../validate/issue";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../workbook/types";
import { TABLES } from "../workbook/types";
import { isErrorValue } from "../workbook/errorValues";
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
  sector: "Ngành",
  grassroots: "Cấp cơ sở",
  bloc: "Khối thi đua",
  outside: "Ngoài hệ thống",
  group: "Nhóm",
  all: "Tất cả",
};

// The labels a labour federation's workbook of an earlier version wrote read as before.
const OLDER_KIND_LABELS: readonly [string, UnitKind][] = [
  ["Công đoàn ngành", "sector"],
  ["Công đoàn cơ sở", "grassroots"],
];

const KIND_BY_KEY = new Map<string, UnitKind>([
  ...(Object.entries(KIND_LABELS) as [UnitKind, string][]).map(([k, v]) => [matchKey(v), k] as [string, UnitKind]),
  ...OLDER_KIND_LABELS.map(([v, k]) => [matchKey(v), k] as [string, UnitKind]),
  ...(Object.keys(KIND_LABELS) as UnitKind[]).map((k) => [k, k] as [string, UnitKind]),
]);

/** A table found in the snapshot, with its columns mapped by meaning. */
export interface BoundTable<F extends string> {
  readonly table: TableSnapshot;
  readonly columns: Partial<Record<F, number>>;
}

export type DeadlineState = "ok" | "derived" | "ongoing" | "blank" | "impossible-date" | "unrecognised" | "cell-error";

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
  /** Cells showing an Excel error value (#N/A, #REF!…): read as blank, reported as cell-error. */
  readonly errorCells: readonly { readonly field: TaskField; readonly text: string }[];
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

/**
 * A serial as the user sees it in a date cell. Serial 60 is the 29/02/1900 Excel shows (a day that
 * never was, kept from Lotus 1-2-3); other serials no date has are shown as the number.
 */
export function serialText(serial: number): string {
  return Math.floor(serial) === 60 ? "29/02/1900" : String(serial);
}

// A date typed as its serial number into a text cell ("44331", from a CSV); five digits or more,
// so that a year (2021) or a day number is never read as one.
const SERIAL_TEXT = /^\d{5,7}(?:\.\d+)?$/;

// Zero-width characters alone count as blank, as they look blank to the user.
const isBlankCell = (v: CellValue | undefined): boolean => v === null || v === undefined || cellText(v) === "";

export const cellText = (v: CellValue | undefined): string =>
  v === null || v === undefined || v === "" ? "" : typeof v === "string" ? normalizeText(v) : String(v);

// Most date cells of a plan are blank (no completion date yet): one answer for all of them.
const NO_DATE: { readonly date: null; readonly valid: true; readonly text: "" } = Object.freeze({ date: null, valid: true, text: "" });

/** A date cell: a serial, or text in any deadline form. */
export function cellDate(v: CellValue | undefined, year: number, span?: KnownSpan | null): { date: CalendarDate | null; valid: boolean; text: string } {
  if (v === null || v === undefined || v === "") return NO_DATE;
  if (typeof v === "boolean") return { date: null, valid: false, text: String(v).toUpperCase() };
  if (typeof v === "number") {
    const date = fromExcelSerial(v);
    return { date, valid: date !== null, text: serialText(v) };
  }
  const text = cellText(v);
  if (SERIAL_TEXT.test(text)) {
    const date = fromExcelSerial(Number(text));
    return { date, valid: date !== null, text };
  }
  const parsed = parseDeadline(text, year, span);
  if (parsed.kind === "date") return { date: parsed.date, valid: true, text };
  return { date: null, valid: parsed.kind === "none", text };
}

/** Excel compares table names without case: "pt_tasks" is PT_Tasks. */
const sameName = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();
const OWN_TABLES: readonly string[] = [...Object.values(TABLES), "PT_Q1", "PT_Q2", "PT_Q3", "PT_Q4"];
/** A table the add-in made: never taken for a user's renamed table (the quarter sheets' tables have
 *  a plan's TT and Nội dung headers, and a sheet the add-in rebuilds must never hold the plan). */
const isOwnTable = (name: string): boolean => OWN_TABLES.some((n) => sameName(n, name));

interface Binding<F extends string> {
  readonly bound: BoundTable<F> | null;
  /** Other tables whose headers carry the same meanings (not used). */
  readonly others: readonly TableSnapshot[];
}

/**
 * The table that plays a role: the one of that name, else (renamed by a user) the table whose
 * headers carry the role's required meanings. `taken` holds tables already given another role: a
 * table with "Đơn vị", "Loại" and "Ngày nhận" must not be both the units and the submissions.
 */
function bindAll<F extends string>(
  snapshot: WorkbookSnapshot,
  name: string,
  specs: Readonly<Record<F, { header: string; synonyms: readonly string[] }>>,
  required: readonly F[],
  taken: Set<TableSnapshot>,
): Binding<F> {
  const columnsOf = (t: TableSnapshot) => mapHeaders(t.headers, specs as never).columns as Partial<Record<F, number>>;
  const byName = snapshot.tables.find((t) => sameName(t.name, name));
  const candidates = snapshot.tables
    .filter((t) => t !== byName && !isOwnTable(t.name) && !taken.has(t))
    .map((table) => ({ table, columns: columnsOf(table) }))
    .filter((c) => required.every((f) => c.columns[f] !== undefined));
  if (byName) {
    taken.add(byName);
    return { bound: { table: byName, columns: columnsOf(byName) }, others: candidates.map((c) => c.table) };
  }
  // Renamed by a user: the table whose headers carry the most meanings (the add-in's own table,
  // renamed, has them all); the first of equals.
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates) if (!best || Object.keys(c.columns).length > Object.keys(best.columns).length) best = c;
  if (best) taken.add(best.table);
  return { bound: best ?? null, others: candidates.filter((c) => c !== best).map((c) => c.table) };
}

function bind<F extends string>(
  snapshot: WorkbookSnapshot,
  name: string,
  specs: Readonly<Record<F, { header: string; synonyms: readonly string[] }>>,
  required: readonly F[],
  taken: Set<TableSnapshot>,
): BoundTable<F> | null {
  return bindAll(snapshot, name, specs, required, taken).bound;
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
    if (!name || isErrorValue(name)) continue;
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
  // Roles are given in order of importance, each table at most one: the plan first.
  const taken = new Set<TableSnapshot>();
  const taskBinding = bindAll<TaskField>(snapshot, TABLES.tasks, TASK_COLUMNS, ["id", "content"], taken);
  const infoTable = bind(snapshot, TABLES.info, INFO_COLUMNS, ["field", "value"], taken);
  const unitsTable = bind<UnitField>(snapshot, TABLES.units, UNIT_COLUMNS, ["name", "kind"], taken);
  const requirementsTable = bind<RequirementField>(snapshot, TABLES.requirements, REQUIREMENT_COLUMNS, ["id", "title", "due"], taken);
  const submissionsTable = bind<SubmissionField>(snapshot, TABLES.submissions, SUBMISSION_COLUMNS, ["unit", "receivedOn"], taken);

  const { info: rawInfo, rows: infoRows } = readInfo(infoTable);
  const issuedOn = cellDate(rawInfo.issuedOn ?? null, fallbackYear).date;
  const yearCell = cellText(rawInfo.year ?? null);
  const yearValue = Number(yearCell);
  const title = cellText(rawInfo.title ?? null);
  // "2025-2026" in the Năm cell: a school year or a period, as the title says.
  const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(yearCell);
  const span = range ? (planSpanOf(title) ?? yearRange(Number(range[2]) === Number(range[1]) + 1 ? "nam hoc" : "giai doan", Number(range[1]), Number(range[2]))) : null;
  const yearInTitle = /(?:năm|nam)\s+(\d{4})/iu.exec(title)?.[1];
  const year = span
    ? spanYear(span)
    : Number.isInteger(yearValue) && yearValue >= 1900 && yearValue <= 9999
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
    ...(span ? { span } : {}),
  };

  const registry = readUnits(unitsTable);

  const tasks = taskBinding.bound;
  const taskRows: TaskRow[] = [];
  if (!tasks) {
    issues.push({ code: "plan-table-missing", severity: "error", params: {} });
  } else {
    if (taskBinding.others.length > 0) {
      // Two tables that both look like the plan: one is used, whole, and the user is told which.
      const byName = sameName(tasks.table.name, TABLES.tasks);
      issues.push({
        code: "plan-table-ambiguous",
        severity: byName ? "info" : "warning",
        sheet: tasks.table.sheet,
        row: tasks.table.headerRow,
        columnIndex: tasks.table.firstColumn,
        params: {
          table: tasks.table.name,
          sheet: tasks.table.sheet,
          others: taskBinding.others.map((t) => `${t.name} (${t.sheet})`).join(", "),
        },
      });
    }
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
    const unitCells = new Map<CellValue | undefined, string[]>();
    tasks.table.rows.forEach((row, index) => taskRows.push(readTaskRow(tasks, row, index, year, registry, unitCells, span)));
  }

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

const NO_FIELDS: ReadonlySet<TaskField> = new Set();
const NO_ERRORS: readonly { field: TaskField; text: string }[] = [];

/** The mapped columns of a bound table whose cells are checked for error values (all but the
 *  add-in's own Cảnh báo), listed once per table rather than once per row. */
const checkedLists = new WeakMap<BoundTable<TaskField>, { field: TaskField; index: number }[]>();
function checkedColumns(b: BoundTable<TaskField>): { field: TaskField; index: number }[] {
  let list = checkedLists.get(b);
  if (!list) {
    list = (Object.entries(b.columns) as [TaskField, number][]).filter(([field]) => field !== "warnings").map(([field, index]) => ({ field, index }));
    checkedLists.set(b, list);
  }
  return list;
}

/**
 * The units a cell names. A plan names the same few unit cells on thousands of rows: each distinct
 * cell is split once per model (the lists are shared between tasks and never changed).
 */
function unitNames(v: CellValue | undefined, registry: UnitRegistry, unitCells: Map<CellValue | undefined, string[]>): string[] {
  let names = unitCells.get(v);
  if (!names) {
    names = splitUnits(cellText(v), registry).map((r) => r.name);
    unitCells.set(v, names);
  }
  return names;
}

const NO_DAY_KINDS: ReadonlySet<string> = new Set(["ongoing", "recurring", "untracked"]);

const otherColumnsCache = new WeakMap<BoundTable<TaskField>, number[]>();
/** The plan table's columns with no meaning of ours: the document's own (Sản phẩm…) and the user's. */
function otherColumns(b: BoundTable<TaskField>): number[] {
  let cols = otherColumnsCache.get(b);
  if (!cols) {
    const mapped = new Set(Object.values(b.columns));
    cols = b.table.headers.map((_, k) => k).filter((k) => !mapped.has(k) && String(b.table.headers[k] ?? "").trim() !== "");
    otherColumnsCache.set(b, cols);
  }
  return cols;
}

function readTaskRow(
  b: BoundTable<TaskField>,
  raw: readonly CellValue[],
  index: number,
  year: number,
  registry: UnitRegistry,
  unitCells: Map<CellValue | undefined, string[]> = new Map(),
  span: KnownSpan | null = null,
): TaskRow {
  // Error values (#N/A from a broken lookup) are read as blank, so that "#N/A" never becomes a
  // task number, a unit "N" and a unit "A", or a deadline; each is reported once, where it is.
  let found: { field: TaskField; text: string }[] | null = null;
  const checked = checkedColumns(b);
  for (let k = 0; k < checked.length; k++) {
    const v = raw[checked[k].index];
    if (isErrorValue(v)) (found ??= []).push({ field: checked[k].field, text: v.trim() });
  }
  const errorCells: readonly { field: TaskField; text: string }[] = found ?? NO_ERRORS;
  const errorFields = errorCells.length === 0 ? NO_FIELDS : new Set(errorCells.map((e) => e.field));
  const row = errorCells.length === 0 ? raw : raw.map((v, i) => (isErrorValue(v) && i !== b.columns.warnings ? null : v));

  const rawId = cellText(at(b, row, "id")).replace(/[.)]$/, "");
  const content = cellText(at(b, row, "content"));
  const statusText = cellText(at(b, row, "status"));
  const parsedStatus = parseStatus(statusText);
  const quarterText = cellText(at(b, row, "quarter"));
  const quarterNumber = Number(quarterText.replace(/^(quý|quy|q)\s*/i, "")) || romanQuarter(quarterText);
  // 1 to 4 only: a quarter of 2.5 (a typo, a formula) would index no quarter of the summary.
  const writtenQuarter = Number.isInteger(quarterNumber) && quarterNumber >= 1 && quarterNumber <= 4 ? (quarterNumber as Quarter) : null;

  const deadlineCell = at(b, row, "deadline");
  let deadline: CalendarDate | null = null;
  let deadlineState: DeadlineState = "blank";
  let deadlineText = "";
  if (errorFields.has("deadline")) {
    // Not blank: a deadline derived from the quarter must not be written over the user's formula.
    deadlineState = "cell-error";
    deadlineText = String(at(b, raw, "deadline"));
  } else if (typeof deadlineCell === "number" || typeof deadlineCell === "boolean" || SERIAL_TEXT.test(cellText(deadlineCell))) {
    const read = cellDate(deadlineCell, year, span);
    deadline = read.date;
    deadlineState = deadline ? "ok" : "unrecognised";
    deadlineText = deadline ? "" : read.text;
  } else {
    deadlineText = cellText(deadlineCell);
    const parsed = parseDeadline(deadlineText, year, span);
    if (parsed.kind === "date") [deadline, deadlineState] = [parsed.date, "ok"];
    // A rule rather than a date ("Định kỳ hằng tháng", "Theo hướng dẫn của Trung ương"): no day to
    // check, and no error either.
    else if (NO_DAY_KINDS.has(parsed.kind)) deadlineState = "ongoing";
    else if (parsed.kind === "invalid") deadlineState = parsed.reason;
  }
  if (deadlineState === "blank" && writtenQuarter !== null) {
    deadline = endOfQuarter(year, writtenQuarter);
    deadlineState = "derived";
  }
  const completed = cellDate(at(b, row, "completedOn"), year, span);
  // The deadline as the plan wrote it, where its own column keeps it beside the date.
  const asWritten = cellText(at(b, row, "deadlineText"));
  if (asWritten) deadlineText = asWritten;
  let extra: Record<string, string> | undefined;
  for (const k of otherColumns(b)) {
    const v = cellText(row[k]);
    if (v) (extra ??= {})[String(b.table.headers[k])] = v;
  }
  const monitorUnits = b.columns.monitorUnits === undefined ? undefined : unitNames(at(b, row, "monitorUnits"), registry, unitCells);
  const task: Task = {
    id: rawId,
    quarter: writtenQuarter ?? (deadline ? quarterOf(deadline) : null),
    content,
    leadUnits: unitNames(at(b, row, "leadUnits"), registry, unitCells),
    partnerUnits: unitNames(at(b, row, "partnerUnits"), registry, unitCells),
    deadline,
    deadlineText,
    status: parsedStatus ?? "not-started",
    completedOn: completed.date,
    notes: cellText(at(b, row, "notes")),
    ...(b.columns.group !== undefined ? { group: cellText(at(b, row, "group")) } : {}),
    ...(monitorUnits ? { monitorUnits } : {}),
    ...(extra ? { extra } : {}),
  };
  const blank = errorCells.length === 0 && raw.every((v, i) => i === b.columns.warnings || isBlankCell(v));
  return {
    task,
    index,
    sheetRow: b.table.headerRow + 1 + index,
    rawId,
    statusText,
    // An error in the status cell is reported as such, not as an unknown status.
    statusKnown: parsedStatus !== null || errorFields.has("status"),
    deadlineState,
    completedText: completed.text,
    completedValid: completed.valid,
    // A quarter cell holding an error is not blank: sync must not write over it.
    quarterBlank: quarterText === "" && !errorFields.has("quarter"),
    blank,
    errorCells,
  };
}

function romanQuarter(text: string): number {
  const key = matchKey(text).replace(/^(quy|q)\s*/, "");
  return ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[key] ?? 0;
}

export { NO, YES };

/**
 * How a task's deadline was given: a day written ("date"), the end of its quarter or month section
 * ("derived"), a rule with no day to check ("ongoing", "recurring", "untracked"), nothing ("none"),
 * or text no day can be read from ("invalid").
 */
export function deadlineKindOf(model: PlanModel, row: TaskRow): "date" | "derived" | "ongoing" | "recurring" | "untracked" | "none" | "invalid" {
  const { year } = model;
  const span = model.info.span ?? null;
  switch (row.deadlineState) {
    case "ok": {
      // Import writes a derived deadline as a date; where the plan's own wording has a column, a
      // date with no wording beside it was derived, and without that column, the quarter's last day.
      const t = row.task;
      if (model.tasks?.columns.deadlineText !== undefined) return t.deadlineText === "" ? "derived" : "date";
      const end = t.quarter !== null && t.deadline ? endOfQuarter(t.deadline.year, t.quarter) : null;
      return t.deadlineText === "" && end !== null && t.deadline !== null && compareDates(end, t.deadline) === 0 ? "derived" : "date";
    }
    case "derived":
      return "derived";
    case "blank":
      return "none";
    case "ongoing": {
      const kind = parseDeadline(row.task.deadlineText, year, span).kind;
      return kind === "recurring" || kind === "untracked" ? kind : "ongoing";
    }
    default:
      return "invalid";
  }
}
