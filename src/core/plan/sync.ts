import { endOfQuarter, toExcelSerial, type CalendarDate } from "../dates/calendarDate";
import { issueMessage } from "../i18n/messages";
import type { Lang } from "../i18n/lang";
import { matchKey } from "../text/normalize";
import { UnitRegistry, unknownUnit, type Unit } from "../units/registry";
import type { Issue } from "../validate/issue";
import { validatePlan } from "../validate/validate";
import { fitCellText } from "../workbook/limits";
import { simulateEdits } from "../workbook/simulate";
import type { CellValue, CellWrite, ColumnSpec, TableEdit, TableSnapshot, WorkbookEdit, WorkbookSnapshot } from "../workbook/types";
import { TABLES } from "../workbook/types";
import { OPTIONAL_TASK_FIELDS, TASK_COLUMNS, TASK_FIELDS, type TaskField } from "./headers";
import type { ImportedTask, TextImport } from "./importText";
import { STATUS_LABELS } from "./model";
import {
  ANCHORS,
  INFO_COLUMNS,
  INFO_FIELDS,
  NO,
  REQUIREMENT_COLUMNS,
  SUBMISSION_COLUMNS,
  UNIT_COLUMNS,
  YES,
  type InfoField,
} from "./tables";
import { KIND_LABELS, readPlanModel, type PlanModel } from "./workbookModel";

export interface SyncInput {
  readonly snapshot: WorkbookSnapshot;
  /** A plan read from document text, to bring into the workbook. */
  readonly imported?: TextImport;
  readonly asOf: CalendarDate;
  readonly lang: Lang;
  readonly fallbackYear: number;
  /** The lexicon of Vietnamese bodies, for names typed into the plan sheet (import brings it). */
  readonly lexicon?: UnitRegistry;
}

export interface SyncResult {
  readonly edits: WorkbookEdit[];
  /** The plan as it reads once the edits are applied, and its issues. */
  readonly model: PlanModel;
  readonly issues: Issue[];
  readonly tasksAdded: number;
  readonly tasksKept: string[];
}

const text = (value: string): CellWrite => ({ value });
const date = (d: CalendarDate | null): CellWrite => (d ? { value: toExcelSerial(d), style: "date" } : { value: null });
const num = (n: number | null): CellWrite => ({ value: n, style: "integer" });
/** Units in one cell: ";" between them, since a unit's own name may hold a comma. */
export const joinUnits = (units: readonly string[]): string => units.join("; ");
const specs = <F extends string>(record: Readonly<Record<F, ColumnSpec>>): ColumnSpec[] => Object.values(record);
const blank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
/**
 * A cell sync may fill: blank, and not a formula (a formula is the user's even when it shows
 * blank, e.g. =IF(E2="","",…)). A column the table lacks is created blank: fillable.
 */
function fillable(table: TableSnapshot | undefined, row: number, column: number | undefined): boolean {
  if (!table || column === undefined) return true;
  return blank(table.rows[row]?.[column]) && table.formulas?.[row]?.[column] !== true;
}

type Place = { readonly sheet: string; readonly row: number; readonly column: number };

function tableEdit(name: string, columns: ColumnSpec[], existingName?: string, place?: Place): TableEdit & {
  cells: TableEdit["cells"][number][];
  append: Record<string, CellWrite>[];
  ownedColumns: TableEdit["ownedColumns"][number][];
} {
  const anchor = place ?? ANCHORS[name as keyof typeof ANCHORS];
  return {
    kind: "table",
    table: existingName ?? name,
    sheet: anchor.sheet,
    anchor: { row: anchor.row, column: anchor.column },
    columns,
    cells: [],
    ownedColumns: [],
    append: [],
  };
}

function taskRecord(t: ImportedTask, columns: ReadonlySet<string>): Record<string, CellWrite> {
  const deadline: CellWrite = t.deadline ? date(t.deadline) : text(t.deadlineText);
  const record: Record<string, CellWrite> = {
    [TASK_COLUMNS.id.header]: /^\d+$/.test(t.id) ? { value: Number(t.id) } : text(t.id),
    [TASK_COLUMNS.quarter.header]: num(t.quarter),
    [TASK_COLUMNS.content.header]: text(t.content),
    [TASK_COLUMNS.leadUnits.header]: text(joinUnits(t.leadUnits)),
    [TASK_COLUMNS.partnerUnits.header]: text(joinUnits(t.partnerUnits)),
    [TASK_COLUMNS.deadline.header]: t.deadline === null && t.deadlineText === "" ? { value: null } : deadline,
    [TASK_COLUMNS.status.header]: text(t.statusText && !/^\s*$/.test(t.statusText) ? t.statusText : STATUS_LABELS[t.status].vi),
    [TASK_COLUMNS.completedOn.header]: date(t.completedOn),
    [TASK_COLUMNS.notes.header]: text(t.notes),
  };
  if (columns.has(TASK_COLUMNS.group.header)) record[TASK_COLUMNS.group.header] = text(t.group ?? "");
  if (columns.has(TASK_COLUMNS.monitorUnits.header)) record[TASK_COLUMNS.monitorUnits.header] = text(joinUnits(t.monitorUnits ?? []));
  // The deadline as written, where the date cell cannot show it ("Quý II/2026", "Học kỳ I").
  if (columns.has(TASK_COLUMNS.deadlineText.header)) record[TASK_COLUMNS.deadlineText.header] = text(t.deadline ? t.deadlineText : "");
  for (const [header, value] of Object.entries(t.extra ?? {})) if (columns.has(header)) record[header] = text(value);
  return record;
}

/**
 * The plan table's columns: ours, those only this plan needs (groups, a monitoring role, deadlines
 * written as words) and the document's own (Sản phẩm, Kinh phí…), before Cảnh báo.
 */
function taskColumns(before: PlanModel, imported: TextImport | undefined): ColumnSpec[] {
  const tasks = imported?.tasks ?? [];
  const has = (f: TaskField): boolean => before.tasks?.columns[f] !== undefined;
  const needed: Partial<Record<TaskField, boolean>> = {
    group: has("group") || tasks.some((t) => t.group !== ""),
    monitorUnits: has("monitorUnits") || tasks.some((t) => t.monitorUnits.length > 0),
    deadlineText: has("deadlineText") || tasks.some((t) => t.deadline !== null && t.deadlineText !== "" && t.deadlineKind !== "derived"),
  };
  const ours = TASK_FIELDS.filter((f) => f !== "warnings" && (!OPTIONAL_TASK_FIELDS.has(f) || needed[f])).map((f) => TASK_COLUMNS[f]);
  const taken = new Set([...TASK_FIELDS.map((f) => matchKey(TASK_COLUMNS[f].header)), ...(before.tasks?.table.headers ?? []).map((h) => matchKey(String(h ?? "")))]);
  const theirs: ColumnSpec[] = [];
  for (const header of imported?.extraColumns ?? []) {
    if (taken.has(matchKey(header))) continue;
    taken.add(matchKey(header));
    theirs.push({ header, synonyms: [], width: 20, style: "wrap" });
  }
  return [...ours, ...theirs, TASK_COLUMNS.warnings];
}

function unitRecord(u: Unit, namedIn: readonly string[] = []): Record<string, CellWrite> {
  const record: Record<string, CellWrite> = {
    [UNIT_COLUMNS.name.header]: text(u.name),
    [UNIT_COLUMNS.aliases.header]: text(u.aliases.join("; ")),
    [UNIT_COLUMNS.kind.header]: text(KIND_LABELS[u.kind]),
    [UNIT_COLUMNS.groups.header]: text(u.groups.join("; ")),
    [UNIT_COLUMNS.review.header]: text(u.review ? YES : ""),
  };
  // A unit to review says where the plan names it, so the clerk can check it there.
  if (u.review && namedIn.length > 0) {
    const ids = namedIn.length > 10 ? `${namedIn.slice(0, 10).join(", ")}…` : namedIn.join(", ");
    record[UNIT_COLUMNS.note.header] = text(`Nêu ở nhiệm vụ ${ids}`);
  }
  return record;
}

/** Unit name → the ids of the tasks that name it, in the plan's order. */
function tasksNaming(model: PlanModel, imported: TextImport | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const note = (name: string, id: string): void => {
    const ids = out.get(name) ?? [];
    if (id && !ids.includes(id)) ids.push(id);
    out.set(name, ids);
  };
  for (const r of model.taskRows) for (const n of [...r.task.leadUnits, ...r.task.partnerUnits, ...(r.task.monitorUnits ?? [])]) note(n, r.task.id);
  for (const t of imported?.tasks ?? []) for (const n of [...t.leadUnits, ...t.partnerUnits, ...t.monitorUnits]) note(n, t.id);
  return out;
}

/**
 * Where a missing PT_Info goes when the workbook already has a plan table on "Kế hoạch" (one a
 * user made, or an older version's). Its usual place, A1 of that sheet, is then often taken (by
 * the user's title, or the table itself), and an adapter puts a new table below everything on the
 * sheet: under the plan table, which the .xlsx adapter then cannot grow, and beside it Excel cannot
 * add its columns. A sheet of its own is in nobody's way.
 */
const INFO_SHEET = "Thông tin kế hoạch";

function infoPlace(model: PlanModel): Place | undefined {
  const tasks = model.tasks?.table;
  // On another sheet, the plan table is out of the way of a new table on "Kế hoạch".
  if (!tasks || tasks.sheet.toLocaleLowerCase("vi") !== ANCHORS[TABLES.info].sheet.toLocaleLowerCase("vi")) return undefined;
  return { sheet: INFO_SHEET, row: 1, column: 1 };
}

/**
 * Everything "sync" means, as edits: create or upgrade the tables, bring an imported plan in
 * (new task numbers only: tasks already in the workbook stay as the user has them), fill derived
 * values where cells are blank, add units seen to the registry (unknown ones for review), keep one
 * submissions row per (unit, requirement), and refresh the Cảnh báo columns.
 */
export function planSync(input: SyncInput): SyncResult {
  const { snapshot, imported, lang } = input;
  const before = readPlanModel(snapshot, imported?.info.year ?? input.fallbackYear);
  const year = before.infoTable ? before.year : (imported?.info.year ?? before.year);
  const edits: TableEdit[] = [];

  // Plan information.
  const info = tableEdit(TABLES.info, specs(INFO_COLUMNS), before.infoTable?.table.name, before.infoTable ? undefined : infoPlace(before));
  const infoValues: Record<InfoField, CellWrite> = {
    number: text(imported?.info.number ?? ""),
    issuedOn: date(imported?.info.issuedOn ?? null),
    title: text(imported?.info.title ?? ""),
    // A plan over several years keeps its span in the Năm cell: "2025-2026".
    year: imported?.info.span ? text(`${imported.info.span.from}-${imported.info.span.to}`) : num(imported?.info.year ?? year),
    place: text(imported?.info.place ?? ""),
  };
  for (const f of Object.keys(INFO_FIELDS) as InfoField[]) {
    const row = before.infoRows[f];
    if (row === undefined) {
      info.append.push({ [INFO_COLUMNS.field.header]: text(INFO_FIELDS[f].header), [INFO_COLUMNS.value.header]: infoValues[f] });
    } else if (before.infoTable && imported) {
      const fill = fillable(before.infoTable.table, row, before.infoTable.columns.value);
      if (fill && !blank(infoValues[f].value)) info.cells.push({ row, column: INFO_COLUMNS.value.header, value: infoValues[f] });
    }
  }
  edits.push(info);

  // Tasks: fill blanks the plan implies, then add the imported tasks the workbook lacks.
  const columns = taskColumns(before, imported);
  const columnNames = new Set(columns.map((c) => c.header));
  // A document column that an existing table has under the same header is filled there.
  for (const h of before.tasks?.table.headers ?? []) columnNames.add(String(h ?? ""));
  const tasks = tableEdit(TABLES.tasks, columns, before.tasks?.table.name);
  for (const r of before.taskRows) {
    if (r.blank) continue;
    const may = (f: TaskField) => fillable(before.tasks?.table, r.index, before.tasks?.columns[f]);
    if (may("quarter") && r.task.deadline && r.deadlineState === "ok") {
      tasks.cells.push({ row: r.index, column: TASK_COLUMNS.quarter.header, value: num(r.task.quarter) });
    }
    if (r.deadlineState === "derived" && r.task.quarter !== null && may("deadline")) {
      tasks.cells.push({ row: r.index, column: TASK_COLUMNS.deadline.header, value: date(endOfQuarter(year, r.task.quarter)) });
    }
    if (may("status")) tasks.cells.push({ row: r.index, column: TASK_COLUMNS.status.header, value: text(STATUS_LABELS["not-started"].vi) });
  }
  const existingIds = new Set(before.taskRows.filter((r) => r.rawId).map((r) => r.rawId));
  const existingContent = new Set(before.taskRows.map((r) => matchKey(r.task.content)));
  const tasksKept: string[] = [];
  for (const t of imported?.tasks ?? []) {
    if (t.id ? existingIds.has(t.id) : existingContent.has(matchKey(t.content))) {
      if (t.id) tasksKept.push(t.id);
      continue;
    }
    tasks.append.push(taskRecord(t, columnNames));
  }
  edits.push(tasks);

  // Units: the registry, plus every unit the plan names that it does not know (for review).
  // A new workbook starts with the units its plan names (and their organisation's registry); one
  // that has a Đơn vị table keeps it, and gains the plan's new names.
  let registry = (!before.unitsTable && imported ? new UnitRegistry([...imported.units]) : before.registry).with([...(imported?.newUnits ?? []), ...(imported?.addedUnits ?? [])]);
  const seen: Unit[] = [];
  // Units typed into the plan sheet since: a body the lexicon knows (where the caller brings it, as
  // import does) comes in as known, others for review.
  const lexicon = input.lexicon ?? null;
  for (const r of before.taskRows) {
    for (const name of [...r.task.leadUnits, ...r.task.partnerUnits, ...(r.task.monitorUnits ?? [])]) {
      if (registry.find(name) || seen.some((u) => u.name === name || u.aliases.includes(name))) continue;
      const known = lexicon?.find(name);
      seen.push(known && !known.review ? known : unknownUnit(name));
    }
  }
  registry = registry.with(seen);
  const units = tableEdit(TABLES.units, specs(UNIT_COLUMNS), before.unitsTable?.table.name);
  const known = new Set(before.unitsTable ? before.registry.units.map((u) => u.name) : []);
  const naming = tasksNaming(before, imported);
  for (const u of registry.units) if (!known.has(u.name)) units.append.push(unitRecord(u, naming.get(u.name)));
  edits.push(units);

  // Requirements, numbered after the ones already there.
  const requirements = tableEdit(TABLES.requirements, specs(REQUIREMENT_COLUMNS), before.requirementsTable?.table.name);
  const allRequirements = [...before.requirements];
  const titleKeys = new Set(before.requirements.map((r) => matchKey(r.title)));
  for (const r of imported?.requirements ?? []) {
    if (titleKeys.has(matchKey(r.title))) continue;
    let n = allRequirements.length + 1;
    while (allRequirements.some((x) => x.id === `R${n}`)) n++;
    const req = { ...r, id: `R${n}` };
    allRequirements.push(req);
    requirements.append.push({
      [REQUIREMENT_COLUMNS.id.header]: text(req.id),
      [REQUIREMENT_COLUMNS.title.header]: text(req.title),
      [REQUIREMENT_COLUMNS.due.header]: date(req.due),
      [REQUIREMENT_COLUMNS.recipient.header]: text(req.recipient),
      [REQUIREMENT_COLUMNS.fromUnits.header]: text(joinUnits(req.fromUnits)),
      [REQUIREMENT_COLUMNS.required.header]: text(req.requiredForEligibility ? YES : NO),
    });
  }
  edits.push(requirements);

  // One submissions row per (unit, requirement).
  const submissions = tableEdit(TABLES.submissions, specs(SUBMISSION_COLUMNS), before.submissionsTable?.table.name);
  const pairs = new Set(before.submissionRows.map((s) => `${s.submission.unit}\u0000${s.submission.requirementId}`));
  for (const req of allRequirements) {
    const owing = new Set(req.fromUnits.flatMap((name) => registry.expand(name).map((u) => u.name)));
    for (const unit of owing) {
      const key = `${unit}\u0000${req.id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      submissions.append.push({
        [SUBMISSION_COLUMNS.unit.header]: text(unit),
        [SUBMISSION_COLUMNS.requirementId.header]: text(req.id),
        [SUBMISSION_COLUMNS.requirement.header]: text(req.title),
      });
    }
  }
  edits.push(submissions);

  const after = readPlanModel(simulateEdits(snapshot, edits), year);
  const issues = validatePlan(after, input.asOf);
  addWarnings(edits, after, issues, lang);
  return { edits, model: after, issues, tasksAdded: tasks.append.length, tasksKept };
}

const SUBMISSION_CODES: ReadonlySet<Issue["code"]> = new Set<Issue["code"]>([
  "submission-late",
  "submission-missing",
  "submission-date-invalid",
  "unit-ineligible",
]);

/** The Cảnh báo texts of every row of the tasks and submissions tables, as owned-column writes. */
export function warningColumns(model: PlanModel, issues: readonly Issue[], lang: Lang): { table: string; values: CellWrite[]; isTasks: boolean }[] {
  const out: { table: string; values: CellWrite[]; isTasks: boolean }[] = [];
  for (const [bound, isTasks] of [[model.tasks, true], [model.submissionsTable, false]] as const) {
    if (!bound) continue;
    const t = bound.table;
    const lines: string[][] = t.rows.map(() => []);
    for (const issue of issues) {
      if (issue.sheet !== t.sheet || issue.row === undefined) continue;
      // By kind, not only by place: the two tables may share a sheet and rows.
      if (SUBMISSION_CODES.has(issue.code) !== !isTasks) continue;
      const index = issue.row - t.headerRow - 1;
      if (index >= 0 && index < lines.length) lines[index].push(issueMessage(issue, lang));
    }
    // Messages quote the cell they are about; a few quoting a long cell must still fit in one.
    out.push({ table: t.name, values: lines.map((l) => ({ value: l.length ? fitCellText(l.join("\n")) : null })), isTasks });
  }
  return out;
}

function addWarnings(edits: TableEdit[], model: PlanModel, issues: readonly Issue[], lang: Lang): void {
  for (const w of warningColumns(model, issues, lang)) {
    const header = w.isTasks ? TASK_COLUMNS.warnings.header : SUBMISSION_COLUMNS.warnings.header;
    // The edit of that table that declares the column (one table never plays two roles, but the
    // owned column must only ever go to an edit that can write it).
    const edit = edits.find((e) => e.table === w.table && e.columns.some((c) => c.header === header)) as ReturnType<typeof tableEdit> | undefined;
    edit?.ownedColumns.push({ column: header, values: w.values });
  }
}

/** Edits that refresh only the Cảnh báo columns (what Validate writes). */
export function warningEdits(model: PlanModel, issues: readonly Issue[], lang: Lang): TableEdit[] {
  return warningColumns(model, issues, lang).map((w) => {
    const spec = w.isTasks ? TASK_COLUMNS.warnings : SUBMISSION_COLUMNS.warnings;
    const t = w.isTasks ? model.tasks : model.submissionsTable;
    return {
      kind: "table",
      table: w.table,
      sheet: t?.table.sheet ?? "",
      anchor: { row: t?.table.headerRow ?? 1, column: t?.table.firstColumn ?? 1 },
      columns: [spec],
      cells: [],
      ownedColumns: [{ column: spec.header, values: w.values }],
      append: [],
    };
  });
}
