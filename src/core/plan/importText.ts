import { endOfQuarter, makeDate, quarterOf, type CalendarDate, type Quarter } from "../dates/calendarDate";
import { parseDeadline, parseQuarterHeading } from "../dates/deadline";
import { cleanChars, matchKey, normalizeText, stripMarkdown } from "../text/normalize";
import { unknownUnit, type Unit, type UnitRegistry } from "../units/registry";
import { PROVINCE } from "../units/seed";
import { splitUnits } from "../units/split";
import type { Issue } from "../validate/issue";
import { mapHeaders, TASK_COLUMNS, type TaskField } from "./headers";
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

type SplitMode = "tab" | "pipe" | "spaces";

function splitRow(line: string, mode: SplitMode): string[] {
  if (mode === "tab") return line.split("\t").map((c) => normalizeText(c));
  if (mode === "pipe") {
    const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    return inner.split("|").map((c) => normalizeText(c));
  }
  return line.trim().split(/ {2,}/).map((c) => normalizeText(c));
}

function modeOf(line: string): SplitMode {
  if (line.includes("\t")) return "tab";
  if (line.trim().startsWith("|")) return "pipe";
  return "spaces";
}

const isSeparatorRow = (line: string): boolean => /^[\s\-–—=_|+:.*]*$/.test(line) && /[-–—=_]/.test(line);
const isBlank = (line: string): boolean => line.trim() === "";
// Page-break artefacts copied out of Word or PDF: "- 2 -", "Trang 3", "3/12".
const isPageArtefact = (line: string): boolean => /^\s*(-\s*\d+\s*-|trang\s*\d+(\s*\/\s*\d+)?|\d+\s*\/\s*\d+)\s*$/i.test(line);
const isSectionHeading = (line: string): boolean => /^\s*(?:[IVX]{1,4})\s*[.)]\s+\S/.test(line);
const ID_PATTERN = /^(\d{1,4}(?:\.\d{1,3})*)\s*[.)]?$/;

interface HeaderFound {
  readonly index: number;
  readonly mode: SplitMode;
  readonly columns: Partial<Record<TaskField, number>>;
}

function findHeader(lines: readonly string[]): HeaderFound | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.length > 400) continue;
    const mode = modeOf(line);
    const cells = splitRow(line, mode);
    if (cells.length < 2) continue;
    const { columns } = mapHeaders(cells, TASK_COLUMNS);
    const named = Object.keys(columns).length;
    if (columns.content !== undefined && named >= 2) return { index: i, mode, columns };
  }
  return null;
}

function parseInfo(lines: readonly string[], fallbackYear: number): PlanInfo {
  let number = "";
  let issuedOn: CalendarDate | null = null;
  let place = "";
  let title = "";
  for (let i = 0; i < lines.length && i < 80; i++) {
    const line = normalizeText(lines[i].replace(/\t/g, " "));
    const num = /^S[ốô]\s*(?:hiệu)?\s*[:.]\s*(.+)$/iu.exec(line);
    if (num && !number) number = num[1].replace(/\s*([/-])\s*/g, "$1").trim();
    const dated = /^([^,]{2,60}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(line);
    if (dated && !issuedOn) {
      place = dated[1].trim();
      issuedOn = makeDate(Number(dated[4]), Number(dated[3]), Number(dated[2]));
    }
    if (!title && matchKey(line) === "ke hoach") {
      const next = lines.slice(i + 1).find((l) => !isBlank(l));
      if (next) title = normalizeText(next.replace(/\t/g, " "));
    }
  }
  const yearInTitle = /(?:năm|nam)\s+(\d{4})/iu.exec(title)?.[1];
  const year = yearInTitle ? Number(yearInTitle) : issuedOn ? issuedOn.year : fallbackYear;
  return { number, title, year, issuedOn, place };
}

interface Draft {
  line: number;
  id: string;
  content: string;
  lead: string;
  partner: string;
  deadline: string;
  status: string;
  notes: string;
  completed: string;
  quarter: Quarter | null;
}

const cellOf = (cells: readonly string[], index: number | undefined): string =>
  index === undefined ? "" : (cells[index] ?? "");

/**
 * Reads a plan document's text: its number, date and title, the task table (by header meaning,
 * with quarter sections), and the submissions subordinate units owe. Never throws on user text:
 * what it cannot read becomes an issue.
 */
export function importPlanText(text: string, registry: UnitRegistry, fallbackYear: number): TextImport {
  const lines = cleanChars(text)
    .split("\n")
    .map((l) => stripMarkdown(l));
  const info = parseInfo(lines, fallbackYear);
  const year = info.year ?? fallbackYear;
  const issues: Issue[] = [];
  const header = findHeader(lines);
  const drafts: Draft[] = [];
  let tableEnd = 0;
  if (header) {
    const { columns, mode } = header;
    let quarter: Quarter | null = null;
    let i = header.index + 1;
    for (; i < lines.length; i++) {
      const raw = lines[i];
      if (isBlank(raw) || isSeparatorRow(raw) || isPageArtefact(raw)) continue;
      if (isSectionHeading(raw)) break;
      const cells = splitRow(raw, mode);
      const nonEmpty = cells.filter((c) => c !== "");
      if (nonEmpty.length === 0) continue;
      const heading = parseQuarterHeading(nonEmpty[0]);
      if (heading !== null && nonEmpty.length === 1) {
        quarter = heading;
        continue;
      }
      // A header repeated after a page break.
      if (mapHeaders(cells, TASK_COLUMNS).columns.content !== undefined && cells.length > 1) continue;
      const idCell = cellOf(cells, columns.id);
      const idMatch = ID_PATTERN.exec(idCell);
      const get = (f: TaskField): string => cellOf(cells, columns[f]);
      if (idMatch || columns.id === undefined) {
        drafts.push({
          line: i + 1,
          id: idMatch ? idMatch[1] : "",
          content: get("content"),
          lead: get("leadUnits"),
          partner: get("partnerUnits"),
          deadline: get("deadline"),
          status: get("status"),
          notes: get("notes"),
          completed: get("completedOn"),
          quarter,
        });
        continue;
      }
      const last = drafts[drafts.length - 1];
      if (last && idCell === "") {
        // A row broken across a page: its cells continue the task above.
        const join = (a: string, b: string, sep: string): string => (a && b ? a + sep + b : a || b);
        if (cells.length === 1 && mode !== "tab") last.content = join(last.content, nonEmpty[0], " ");
        else {
          last.content = join(last.content, get("content"), " ");
          last.lead = join(last.lead, get("leadUnits"), ", ");
          last.partner = join(last.partner, get("partnerUnits"), ", ");
          last.deadline = join(last.deadline, get("deadline"), " ");
          last.notes = join(last.notes, get("notes"), " ");
        }
        continue;
      }
      // A row whose first cell is not a task number: keep it, flagged, rather than drop it.
      drafts.push({
        line: i + 1,
        id: "",
        content: idCell && columns.content !== undefined && get("content") === "" ? idCell : get("content"),
        lead: get("leadUnits"),
        partner: get("partnerUnits"),
        deadline: get("deadline"),
        status: get("status"),
        notes: get("notes"),
        completed: get("completedOn"),
        quarter,
      });
    }
    tableEnd = i;
  }

  const newUnits = new Map<string, Unit>();
  const unitsOf = (cell: string): string[] =>
    splitUnits(cell, registry).map((ref) => {
      if (!ref.known && !registry.find(ref.name)) newUnits.set(ref.name, unknownUnit(ref.name));
      return ref.name;
    });

  const tasks: ImportedTask[] = drafts.map((d) => {
    const parsed = parseDeadline(d.deadline, year);
    let deadline: CalendarDate | null = null;
    if (parsed.kind === "date") deadline = parsed.date;
    else if (parsed.kind === "none" && d.quarter !== null) deadline = endOfQuarter(year, d.quarter);
    if (parsed.kind === "invalid") {
      issues.push({
        code: "deadline-invalid",
        severity: "error",
        line: d.line,
        taskId: d.id || undefined,
        column: TASK_COLUMNS.deadline.header,
        params: { text: d.deadline },
      });
    }
    const completed = parseDeadline(d.completed, year);
    const status: TaskStatus = parseStatus(d.status) ?? "not-started";
    return {
      line: d.line,
      id: d.id,
      quarter: d.quarter ?? (deadline ? quarterOf(deadline) : null),
      content: d.content,
      leadUnits: unitsOf(d.lead),
      partnerUnits: unitsOf(d.partner),
      deadline,
      deadlineText: d.deadline,
      status,
      statusText: d.status,
      completedOn: completed.kind === "date" ? completed.date : null,
      notes: d.notes,
    };
  });

  const requirements = parseRequirements(lines.slice(tableEnd), registry, year, unitsOf);
  if (!header) {
    issues.push({ code: "plan-table-missing", severity: "error", params: {} });
  } else if (tasks.length === 0) {
    issues.push({ code: "plan-empty", severity: "error", line: header.index + 1, params: {} });
  }
  return { info, tasks, requirements, newUnits: [...newUnits.values()], issues, foundTable: header !== null };
}

const DUE_MARKER = /(chậm nhất|trước ngày|trước|hạn chót|hạn nộp|không quá ngày)/iu;
const SEND_MARKER = /(gửi về|gửi|nộp về|nộp cho|nộp)/iu;

/**
 * Submissions from the implementation section: "- Báo cáo … gửi về LĐLĐ tỉnh chậm nhất ngày
 * 15/5/2021;" under a heading "2. Đối với <units>" that says who must submit.
 */
function parseRequirements(
  lines: readonly string[],
  registry: UnitRegistry,
  year: number,
  unitsOf: (cell: string) => string[],
): Requirement[] {
  const out: Requirement[] = [];
  let from: string[] = [];
  let eligibilityRule = false;
  lines.forEach((raw) => {
    const line = normalizeText(raw.replace(/\t/g, " "));
    const heading = /^\d+\s*[.)]\s*Đối với\s+(.+?)\s*:?$/iu.exec(line);
    if (heading) {
      from = unitsOf(heading[1]);
      return;
    }
    const key = matchKey(line);
    if (key.includes("luu y") && /khong (duoc )?(xem xet|xet) khen thuong/.test(key)) {
      eligibilityRule = true;
      return;
    }
    if (!/^[-+•*–]/.test(line)) return;
    const body = line.replace(/^[-+•*–]\s*/, "").replace(/[;.]\s*$/, "");
    const due = DUE_MARKER.exec(body);
    if (!due || due.index === undefined) return;
    const parsed = parseDeadline(body.slice(due.index), year);
    if (parsed.kind !== "date") return;
    const before = body.slice(0, due.index);
    const send = SEND_MARKER.exec(before);
    const title = (send ? before.slice(0, send.index) : before).trim().replace(/[,:]$/, "");
    const recipientText = send ? before.slice(send.index + send[0].length).trim() : "";
    const recipient = recipientText ? (unitsOf(recipientText)[0] ?? recipientText) : (registry.get(PROVINCE)?.name ?? "");
    if (!title) return;
    out.push({
      id: `R${out.length + 1}`,
      title,
      due: parsed.date,
      recipient,
      fromUnits: from.filter((u) => u !== recipient),
      requiredForEligibility: false,
    });
  });
  if (eligibilityRule && out.length) {
    const registration = out.findIndex((r) => matchKey(r.title).startsWith("dang ky"));
    const target = registration >= 0 ? registration : 0;
    out[target] = { ...out[target], requiredForEligibility: true };
  }
  return out;
}
