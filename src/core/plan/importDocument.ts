/**
 * The plan reader: a document (paragraphs and tables, whatever file it was) into the plan — its
 * number, date, title and span, the task table found by meaning (the largest table whose header
 * names a content column; a table split over pages joined again), the tasks with their group, and
 * the submissions subordinate units owe. Group rows, quarter and month sections, repeated headers,
 * column numbering and page numbers are structure, not tasks. Never throws on user text.
 */
import { daysInMonth, endOfQuarter, makeDate, quarterOf, type CalendarDate, type Quarter } from "../dates/calendarDate";
import { parseDeadline, parseQuarterHeading } from "../dates/deadline";
import { yearOfMonth } from "../dates/span";
import type { DocBlock, DocRow, DocTable, PlanDocument } from "../document/model";
import { documentLines } from "../document/model";
import { matchKey, normalizeText } from "../text/normalize";
import { unknownUnit, type Unit, type UnitRegistry } from "../units/registry";
import { familyUnitNames, seedUnits } from "../units/seed";
import { recurringCells, splitUnits, type UnitRef } from "../units/split";
import { isErrorValue } from "../workbook/errorValues";
import type { Issue } from "../validate/issue";
import { parseInfo } from "./documentInfo";
import { isBlank, isPageArtefact } from "./documentLines";
import { parseRequirements } from "./documentRequirements";
import {
  GROUP_LABEL,
  ID_PATTERN,
  fieldOfHeader,
  isColumnNumberingRow,
  isGroupHeading,
  isHeaderLikeRow,
  monthOfTexts,
  quarterCell,
  quarterOfTexts,
  type Columns,
} from "./documentTable";
import { TASK_COLUMNS, isInspectedHeader, type TaskField } from "./headers";
import type { PlanInfo, Requirement, Task, TaskStatus } from "./model";
import { parseStatus } from "./status";

export type DeadlineKind = "date" | "derived" | "recurring" | "ongoing" | "untracked" | "none" | "invalid";

export interface ImportedTask extends Task {
  /** 1-based line (text) or paragraph (Word) of the document the task starts on. */
  readonly line: number;
  /** The status cell as written, when the document has a status column. */
  readonly statusText: string;
  /** "II. CẢI CÁCH TỔ CHỨC BỘ MÁY": the group row the task stands under ("" when none). */
  readonly group: string;
  /** The units that follow up and check (a third role, "Theo dõi, kiểm tra, đôn đốc"). */
  readonly monitorUnits: readonly string[];
  /** The document's other columns, by their header as written: "Sản phẩm", "Kinh phí". */
  readonly extra: Readonly<Record<string, string>>;
  readonly deadlineKind: DeadlineKind;
}

export interface TextImport {
  readonly info: PlanInfo;
  readonly tasks: readonly ImportedTask[];
  readonly requirements: readonly Requirement[];
  /** Units the document names that the registry does not know (to add, marked for review). */
  readonly newUnits: readonly Unit[];
  /** Units the registry does not know whose names are shaped like a body's (to add, known). */
  readonly addedUnits: readonly Unit[];
  /** Problems in the document itself (line numbers), before any workbook exists. */
  readonly issues: readonly Issue[];
  /** False when no task table was found. */
  readonly foundTable: boolean;
  /** The document's own columns, in their order: what the plan table keeps beside its own. */
  readonly extraColumns: readonly string[];
  /**
   * The registry a new workbook starts with: every unit the plan names (known ones as the lexicon
   * has them, unknown ones for review) with the members of the groups it names, and the whole
   * registry of the organisation it belongs to where it names one of its units.
   */
  readonly units: readonly Unit[];
}

const unique = (names: readonly string[]): string[] => Array.from(new Set(names));
const clean = (text: string): string => normalizeText(text).replace(/[ \t]+/g, " ");

// ---------------------------------------------------------------------------------------------
// The task table and its columns.

/** "T9", "Th 9", "Tháng 9", "9" (under "Thời gian thực hiện"): a column ticked for a month. */
const MONTH_COLUMN = /^(?:t|th|thang)\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?$/;
const QUARTER_COLUMN = /^(?:quy|q)\s*(i{1,3}|iv|[1-4])$/;
/** Under a time heading ("Thời gian thực hiện" over "Bắt đầu | Kết thúc"): which end is the deadline. */
const TIME_PARENT = /(?:^| )(?:thoi gian|thoi han|tien do)(?: |$)/;
const SPAN_END = /^(?:ket thuc|hoan thanh|den|den ngay|thoi diem ket thuc|ngay ket thuc)$/;
const SPAN_START = /^(?:bat dau|tu|tu ngay|thoi diem bat dau|ngay bat dau|khoi cong)$/;
const TICK = /^[xX✓✔✗×+•v√]$/u;

interface TimeColumn {
  readonly month?: number;
  readonly quarter?: Quarter;
  readonly year?: number;
}

interface TaskTable {
  /** The tables it is made of: one, or several where Word's table was split into pieces. */
  readonly blocks: readonly number[];
  readonly rows: readonly DocRow[];
  readonly columns: Columns;
  /** Grid column → the document's own column header, for columns with no meaning of ours. */
  readonly extra: ReadonlyMap<number, string>;
  readonly time: ReadonlyMap<number, TimeColumn>;
  /** The "unit inspected" column of a schedule. */
  readonly inspected: number | undefined;
  readonly headerTexts: readonly string[];
}

const texts = (row: DocRow): string[] => row.cells.map((c) => (c.merged === "left" ? "" : clean(c.paragraphs.join("\n"))));


function timeColumnOf(text: string, parent: string): TimeColumn | null {
  const key = matchKey(text);
  const m = MONTH_COLUMN.exec(key);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { month: Number(m[1]), year: m[2] ? Number(m[2]) : undefined };
  // A bare number under a "Thời gian" / "Tháng" heading.
  if (/^\d{1,2}$/.test(key) && /thoi gian|thang|tien do/.test(matchKey(parent)) && Number(key) >= 1 && Number(key) <= 12) return { month: Number(key) };
  const q = QUARTER_COLUMN.exec(key);
  if (q) return { quarter: parseQuarterHeading(`Quý ${q[1].toUpperCase()}`) ?? undefined };
  return null;
}

/** The header of a table: its row (and sub-header row), the meaning of each column. */
function headerOf(table: DocTable): { at: number; height: number; columns: Columns; labels: string[]; time: Map<number, TimeColumn>; inspected?: number } | null {
  for (let r = 0; r < Math.min(table.rows.length, 6); r++) {
    const head = texts(table.rows[r]);
    const columns: Columns = {};
    let inspected: number | undefined;
    const fieldAt = (k: number, text: string): void => {
      const field = fieldOfHeader(text);
      if (field !== undefined && columns[field] === undefined) columns[field] = k;
      else if (field === undefined && inspected === undefined && isInspectedHeader(text)) inspected = k;
    };
    head.forEach((t, k) => fieldAt(k, t));
    if (columns.content === undefined && inspected === undefined) continue;
    if (Object.keys(columns).length + (inspected !== undefined ? 1 : 0) < 2) continue;
    // A sub-header row: "Chủ trì | Phối hợp" under "Đơn vị thực hiện", months under "Thời gian".
    const labels = head.map((t, k) => t || spanningText(table.rows[r], k));
    const time = new Map<number, TimeColumn>();
    let height = 1;
    const next = table.rows[r + 1];
    if (next) {
      const sub = next.cells.map((c) => (c.merged ? "" : clean(c.paragraphs.join(" "))));
      const named = sub.filter((t) => t !== "");
      const meaningful = (t: string, k: number): boolean =>
        fieldOfHeader(t) !== undefined || timeColumnOf(t, labels[k]) !== null || (TIME_PARENT.test(matchKey(labels[k])) && (SPAN_END.test(matchKey(t)) || SPAN_START.test(matchKey(t))));
      // One lone "Quý I" under the header is a section heading, not a sub-header.
      const enough = named.length >= 2 || (named.length === 1 && fieldOfHeader(named[0]) !== undefined);
      if (enough && sub.every((t, k) => t === "" || meaningful(t, k))) {
        height = 2;
        sub.forEach((t, k) => {
          if (t === "") return;
          const parent = labels[k];
          // The spanning cell's meaning gives way to its sub-columns': a month under "Thời gian
          // thực hiện" is a month column; "Kết thúc" under it is the deadline, "Bắt đầu" kept as written.
          for (const f of Object.keys(columns) as TaskField[]) if (columns[f] === k) delete columns[f];
          const tc = timeColumnOf(t, parent);
          if (tc) time.set(k, tc);
          else if (TIME_PARENT.test(matchKey(parent)) && SPAN_END.test(matchKey(t))) columns.deadline = k;
          else if (!(TIME_PARENT.test(matchKey(parent)) && SPAN_START.test(matchKey(t)))) {
            const field = fieldOfHeader(t);
            if (field !== undefined) columns[field] = k;
          }
          labels[k] = t;
        });
      }
    }
    head.forEach((t, k) => {
      if (time.has(k)) return;
      const tc = timeColumnOf(t, "");
      if (tc && fieldOfHeader(t) === undefined) time.set(k, tc);
    });
    return { at: r, height, columns, labels, time, inspected };
  }
  return null;
}

/** The text of the header cell that spans this grid column from the left. */
function spanningText(row: DocRow, k: number): string {
  for (let j = k; j >= 0; j--) if (row.cells[j]?.merged !== "left") return clean(row.cells[j]?.paragraphs.join(" ") ?? "");
  return "";
}

const dataRowsOf = (table: DocTable, at: number, height: number): number => table.rows.length - at - height;

type Header = NonNullable<ReturnType<typeof headerOf>>;

/** Rows made from the headings written between the pieces of a plan split into several tables. */
const sectionRows = new WeakSet<DocRow>();

const signatureOf = (table: DocTable, header: Header): string => `${table.width}|${header.labels.map(matchKey).join("|")}`;

/** A short line between two tables of the plan, naming the next part ("QUÝ II", "2. Công tác tuyên truyền"). */
const isSectionLine = (text: string): boolean => {
  const t = clean(text);
  return t !== "" && t.length <= 160 && !isPageArtefact(t);
};

function findTaskTable(blocks: readonly DocBlock[]): TaskTable | null {
  const found: { index: number; header: Header; signature: string }[] = [];
  blocks.forEach((b, index) => {
    if (b.kind !== "table") return;
    const header = headerOf(b);
    if (header) found.push({ index, header, signature: signatureOf(b, header) });
  });
  if (found.length === 0) return null;
  // The plan is the tables that share the header with the most rows under it: one table, a table
  // broken into pieces, or one table per section. Where the body and an appendix both hold the
  // tasks under different headers, the larger is the plan.
  const rowsBy = new Map<string, number>();
  for (const f of found) rowsBy.set(f.signature, (rowsBy.get(f.signature) ?? 0) + dataRowsOf(blocks[f.index] as DocTable, f.header.at, f.header.height));
  let signature = found[0].signature;
  for (const [sig, n] of rowsBy) if (n > (rowsBy.get(signature) ?? 0)) signature = sig;
  const parts = found.filter((f) => f.signature === signature);
  const { index, header } = parts[0];
  const first = blocks[index] as DocTable;
  const rows: DocRow[] = [];
  const used: number[] = [];
  const seen = new Set<string>();
  const contentCol = header.columns.content ?? header.inspected;
  const contentKey = (row: DocRow): string => (contentCol === undefined ? "" : matchKey(row.cells[contentCol]?.paragraphs.join(" ") ?? ""));
  // A plan in several tables: the heading just above the first piece heads it too.
  let last = index - 1;
  if (parts.length > 1) {
    last = Math.max(-1, index - 3);
    for (let k = index - 1; k > last; k--) if (blocks[k].kind === "table") last = k;
  }
  const takeTable = (k: number, head: Header | null): boolean => {
    const table = blocks[k] as DocTable;
    const data = table.rows.slice(head ? head.at + head.height : 0);
    const keys = data.map(contentKey).filter((c) => c.length > 10);
    // The same tasks a second time (the body's table repeated in an appendix): counted once.
    if (keys.length > 0 && keys.filter((c) => seen.has(c)).length * 10 >= keys.length * 6) return false;
    for (const c of keys) seen.add(c);
    // The headings written since the last piece head this one.
    const headings = blocks.slice(last + 1, k).filter((b) => b.kind === "paragraph" && isSectionLine(b.text)).slice(-2);
    for (const h of headings) {
      const cells = Array.from({ length: first.width }, (_, c) => (c === 0 ? { paragraphs: [clean((h as { text: string }).text)] } : { paragraphs: [], merged: "left" as const }));
      const row: DocRow = { cells, line: h.line };
      sectionRows.add(row);
      rows.push(row);
    }
    rows.push(...data);
    used.push(k);
    last = k;
    return true;
  };
  takeTable(index, header);
  for (let k = index + 1; k < blocks.length; k++) {
    const b = blocks[k];
    if (b.kind !== "table") continue;
    const part = parts.find((p) => p.index === k);
    // A piece without its header right after the last one (a page break, a pasted continuation).
    const between = blocks.slice(last + 1, k);
    const adjacent = between.every((x) => x.kind === "paragraph" && (isBlank(x.text) || isPageArtefact(x.text)));
    if (part) takeTable(k, part.header);
    else if (adjacent && b.width === first.width && !headerOf(b)) takeTable(k, null);
  }
  const extra = new Map<number, string>();
  const mapped = new Set<number>(Object.values(header.columns));
  header.labels.forEach((label, k) => {
    if (mapped.has(k) || header.time.has(k) || k === header.inspected || label === "") return;
    // A header spanning several columns names only its first.
    if (first.rows[header.at].cells[k]?.merged === "left" && header.height === 1) return;
    extra.set(k, label);
  });
  return { blocks: used, rows, columns: header.columns, extra, time: header.time, inspected: header.inspected, headerTexts: header.labels };
}

// ---------------------------------------------------------------------------------------------
// Rows into tasks.

interface Draft {
  line: number;
  id: string;
  content: string;
  lead: string;
  partner: string;
  monitor: string;
  deadline: string;
  status: string;
  notes: string;
  completed: string;
  quarter: Quarter | null;
  month: number | null;
  ticked: TimeColumn | null;
  group: { label: string; title: string } | null;
  extra: Record<string, string>;
  inspected: string;
}

/** Businesses named as partners: outside any registry, each checked once by the clerk. */
const BUSINESS = /^(?:công ty|tổng công ty|doanh nghiệp|hợp tác xã|htx|ngân hàng)\b/iu;
const TOTAL_ROW = /^(?:tổng cộng|tổng số|tổng|cộng)\s*(?:[:(].*)?$/iu;
const LETTER_ID = /^([a-kđ])\s*[.)]?$/u; // Vietnamese list letters: a, b, c, d, đ, e, g, h, i, k
const NUMBERED_HEADING = /^((?:[IVX]{1,4}|[A-Z]|\d{1,2}))\s*[.):-]?\s+(\S.*)$/su;

/** "I. CẢI CÁCH THỂ CHẾ" → label I and the heading; a heading without a label keeps its words. */
function groupOf(label: string, title: string): { label: string; title: string } {
  const l = label.replace(/[.):\s]+$/, "");
  if (l) return { label: l, title };
  const m = NUMBERED_HEADING.exec(title);
  return m && (GROUP_LABEL.test(m[1]) || /^\d+$/.test(m[1])) && isGroupHeading(m[2]) ? { label: m[1], title: m[2] } : { label: "", title };
}

const groupName = (g: { label: string; title: string } | null): string => (!g ? "" : g.label ? `${g.label}. ${g.title}` : g.title);

function draftsOf(table: TaskTable, quarterBefore: Quarter | null): Draft[] {
  const { columns } = table;
  const idCol = columns.id;
  const contentCol = columns.content;
  const drafts: Draft[] = [];
  let quarter = quarterBefore;
  let month: number | null = null;
  let group: { label: string; title: string } | null = null;
  // The headings open above the current row, outermost first: "1." then "1.1." in a plan numbered
  // to three levels. A task stands under the deepest one whose number its own starts with.
  let open: { label: string; title: string }[] = [];
  const enterGroup = (g: { label: string; title: string }): { label: string; title: string } => {
    const depth = /^\d+(?:\.\d+)*$/.test(g.label) ? g.label.split(".").length : 1;
    open = depth > 1 ? [...open.filter((h) => g.label.startsWith(`${h.label}.`)), g] : [g];
    return g;
  };
  const groupFor = (id: string): { label: string; title: string } | null => {
    for (let k = open.length - 1; k >= 0; k--) if (id.startsWith(`${open[k].label}.`)) return open[k];
    return group;
  };
  // The last number written (a task's or a heading's): letter rows under it take it ("2.2.a").
  let lastNumber = "";
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const cells = texts(row);
    const own = row.cells.map((c, k) => (c.merged ? "" : cells[k]));
    const filled = own.filter((t) => t !== "");
    if (filled.length === 0) continue;
    if (filled.length === 1 && isPageArtefact(filled[0])) continue;
    if (isHeaderLikeRow(cells) || isColumnNumberingRow(own)) continue;
    const q = quarterOfTexts(filled);
    const m = q === null ? monthOfTexts(filled) : null;
    if (q !== null || m !== null) {
      month = m;
      quarter = q ?? (m === null ? null : (Math.ceil(m / 3) as Quarter));
      continue;
    }
    if (sectionRows.has(row)) {
      // A heading between two pieces of the table: the group of the tasks that follow.
      const m2 = NUMBERED_HEADING.exec(filled[0]);
      group = enterGroup(m2 && (GROUP_LABEL.test(m2[1]) || /^\d+$/.test(m2[1])) ? { label: m2[1], title: m2[2] } : { label: "", title: filled[0] });
      continue;
    }
    const get = (f: TaskField): string => {
      const k = columns[f];
      return k === undefined ? "" : cells[k] ?? "";
    };
    const idText = idCol === undefined ? "" : (own[idCol] ?? "");
    const content = contentCol === undefined ? "" : (own[contentCol] ?? "");
    // What else the row says, besides a number and a heading: units, a time, a product…
    const besides = own.filter((t, k) => t !== "" && k !== idCol && k !== contentCol);
    if (besides.length === 0) {
      const heading = content || (filled.length === 1 ? filled[0] : "");
      // A number at any level ("1", "1.1") whose children follow ("1.1", "1.1.1") heads them.
      const numeric = /^\d{1,2}(?:\.\d{1,2})*\s*[.)]?$/.test(idText);
      const next = nextId(rows, r + 1, idCol);
      const childFollows = numeric && (next.startsWith(`${idText.replace(/[.)\s]+$/, "")}.`) || LETTER_ID.test(next));
      const isGroup =
        (GROUP_LABEL.test(idText) && heading !== "") ||
        (idText === "" && heading !== "" && (isGroupHeading(heading) || NUMBERED_HEADING.test(heading) && isGroupHeading(NUMBERED_HEADING.exec(heading)?.[2] ?? ""))) ||
        (numeric && heading !== "" && (isGroupHeading(heading) || childFollows)) ||
        (idText === "" && filled.length === 1 && content === "" && isGroupHeading(filled[0]));
      if (isGroup) {
        group = enterGroup(groupOf(idText, heading));
        if (/^\d/.test(group.label)) lastNumber = group.label;
        continue;
      }
    }
    const idMatch = ID_PATTERN.exec(idText) ?? LETTER_ID.exec(idText);
    // "Tổng cộng" under a money column: the table's total, not a task.
    if (!idMatch && TOTAL_ROW.test(content || filled[0])) continue;
    if (!idMatch && idText === "" && drafts.length > 0 && content === "" && besides.length > 0 && rows[r - 1] !== undefined) {
      // The rest of the row above, broken over a page: its cells go on.
      const last = drafts[drafts.length - 1];
      const join = (a: string, b: string): string => (a && b ? `${a}\n${b}` : a || b);
      last.lead = join(last.lead, own[columns.leadUnits ?? -1] ?? "");
      last.partner = join(last.partner, own[columns.partnerUnits ?? -1] ?? "");
      last.notes = join(last.notes, own[columns.notes ?? -1] ?? "");
      continue;
    }
    const extra: Record<string, string> = {};
    for (const [k, header] of table.extra) if (cells[k]) extra[header] = cells[k];
    let ticked: TimeColumn | null = null;
    const tickedLabels: string[] = [];
    for (const [k, tc] of table.time) {
      if (!TICK.test(cells[k] ?? "")) continue;
      ticked = tc;
      tickedLabels.push(table.headerTexts[k]);
    }
    const inspected = table.inspected === undefined ? "" : (cells[table.inspected] ?? "");
    if (!idMatch && content === "" && besides.length === 0 && idText === "") continue;
    let id = idMatch ? idMatch[1] : "";
    if (id && /^\d/.test(id)) lastNumber = id;
    else if (id && lastNumber) id = `${lastNumber}.${id}`;
    drafts.push({
      line: row.line,
      id,
      content: content || (idMatch ? "" : idText),
      lead: get("leadUnits"),
      partner: get("partnerUnits"),
      monitor: get("monitorUnits" as TaskField),
      // Ticked month columns are the plan's way of writing the time: "T10, T11".
      deadline: get("deadline") || tickedLabels.join(", "),
      status: get("status"),
      notes: get("notes"),
      completed: get("completedOn"),
      quarter: quarterCell(get("quarter")) ?? quarter,
      month,
      ticked,
      group: id ? groupFor(id) : group,
      extra,
      inspected,
    });
  }
  return withUniqueIds(drafts, idCol !== undefined);
}

function nextId(rows: readonly DocRow[], from: number, idCol: number | undefined): string {
  if (idCol === undefined) return "";
  for (let r = from; r < rows.length && r < from + 3; r++) {
    const t = clean(rows[r].cells[idCol]?.paragraphs.join(" ") ?? "");
    if (t !== "") return t;
  }
  return "";
}

/**
 * Numbering that restarts in each group ("1, 2, 3" under I, again under II) keeps ids unique with
 * the group's label: "II.3". Hierarchical ids (1.1, 2.3.1) are unique as written and stay; letters
 * under a numbered task take its number ("3.a").
 */
function withUniqueIds(drafts: Draft[], numbered: boolean): Draft[] {
  // A table with no number column: its tasks are numbered in the table's order.
  if (!numbered) return drafts.map((d, k) => ({ ...d, id: String(k + 1) }));
  const seen = new Map<string, number>();
  for (const d of drafts) if (d.id) seen.set(d.id, (seen.get(d.id) ?? 0) + 1);
  const restarts = [...seen.values()].some((n) => n > 1) && drafts.some((d) => d.group?.label);
  if (!restarts) return drafts;
  return drafts.map((d) => (d.id && d.group?.label && !d.id.startsWith(`${d.group.label}.`) ? { ...d, id: `${d.group.label}.${d.id}` } : d));
}

// ---------------------------------------------------------------------------------------------
// The plan.

/** The quarter named by a heading just above the table ("QUÝ I" then the table). */
function quarterAbove(blocks: readonly DocBlock[], index: number): Quarter | null {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 3; k--) {
    const b = blocks[k];
    if (b.kind !== "paragraph") return null;
    if (isBlank(b.text)) continue;
    seen++;
    const q = parseQuarterHeading(normalizeText(b.text.replace(/\t/g, " ")));
    if (q !== null) return q;
  }
  return null;
}

/** Who inspects, in a schedule: "Đoàn kiểm tra của Sở Nội vụ", else the body that issued the plan. */
function inspectorOf(lines: readonly string[], registry: UnitRegistry): string {
  for (const line of lines.slice(0, 120)) {
    const m = /(?:đoàn kiểm tra|đoàn giám sát|đoàn công tác)\s+(?:của|do)\s+([^,;.():]+)/iu.exec(line);
    if (!m) continue;
    const words = m[1].trim().split(/\s+/);
    // The longest run of words that names a known body ("Sở Nội vụ do Giám đốc Sở … thành lập").
    for (let n = words.length; n > 0; n--) {
      const unit = registry.find(words.slice(0, n).join(" "));
      if (unit && !unit.review) return unit.name;
    }
    return m[1].split(/\s+(?:do|theo|gồm|tiến hành|được|đã)\s+/u)[0].trim();
  }
  // The letterhead's first line names the issuing body ("UBND TỈNH …", "SỞ NỘI VỤ").
  for (const line of lines.slice(0, 6)) {
    const first = normalizeText(line.split("\t")[0] ?? "");
    const unit = first ? registry.find(first) : null;
    if (unit) return unit.name;
  }
  return "";
}

export interface ImportOptions {
  /**
   * No registry to check names against (a new workbook of an organisation the lexicon does not
   * hold whole): names shaped like a body's are taken as the organisation's units, not for review.
   */
  readonly learnUnits?: boolean;
}

export function importPlanDocument(doc: PlanDocument, registry: UnitRegistry, fallbackYear: number, options: ImportOptions = {}): TextImport {
  const blocks = doc.blocks;
  const lines = documentLines(blocks);
  const info = parseInfo(lines, fallbackYear);
  const year = info.year ?? fallbackYear;
  const span = info.span ?? null;
  const issues: Issue[] = [];
  const table = findTaskTable(blocks);
  const firstBlock = table ? table.blocks[0] : blocks.length;
  const lastBlock = table ? table.blocks[table.blocks.length - 1] : blocks.length;
  const drafts = table ? draftsOf(table, quarterAbove(blocks, firstBlock)) : [];

  // A units cell that recurs whole in the document is one unit (unless it splits into known ones).
  const recurring = recurringCells(drafts.flatMap((d) => [d.lead, d.partner, d.monitor].flatMap((c) => c.split("\n"))));
  const newUnits = new Map<string, Unit>();
  const shapedUnits = new Map<string, Unit>();
  const named = new Set<string>();
  const references = new Set<string>();
  const refsOf = (cell: string, taskId?: string, line?: number): UnitRef[] =>
    cell
      .split("\n")
      .flatMap((p) => splitUnits(p, registry, { recurring }))
      .map((ref) => {
        if (ref.reference) {
          if (!references.has(ref.name)) {
            references.add(ref.name);
            issues.push({ code: "unit-reference", severity: "info", line, taskId, unit: ref.name, params: { text: ref.name } });
          }
          return ref;
        }
        // An error value stays as written: the workbook reports it as cell-error, not as a unit.
        if (isErrorValue(ref.name)) return ref;
        named.add(ref.name);
        if (!ref.known && !registry.find(ref.name)) {
          // Shaped like a body's name ("Khoa Nội", "Vụ Pháp chế"): a unit of the plan's own
          // organisation, known from now on. A business named as a partner is checked once.
          if (options.learnUnits && ref.shaped && !BUSINESS.test(ref.name)) shapedUnits.set(ref.name, { ...unknownUnit(ref.name), review: false });
          else newUnits.set(ref.name, unknownUnit(ref.name));
        }
        return ref;
      });
  const unitsOf = (cell: string): string[] => refsOf(cell).map((ref) => ref.name);
  // A cell may say who leads and who helps ("LĐLĐ tỉnh chủ trì, các cấp CĐ phối hợp"): what it
  // says outranks the column it is in.
  const rolesOf = (d: Draft): { lead: string[]; partner: string[] } => {
    const refs = [
      ...refsOf(d.lead, d.id, d.line).map((r) => ({ ...r, role: r.role ?? "lead" })),
      ...refsOf(d.partner, d.id, d.line).map((r) => ({ ...r, role: r.role ?? "partner" })),
    ];
    const lead = unique(refs.filter((r) => r.role === "lead").map((r) => r.name));
    return { lead, partner: unique(refs.filter((r) => r.role === "partner" && !lead.includes(r.name)).map((r) => r.name)) };
  };
  const inspector = table && table.inspected !== undefined ? inspectorOf(lines, registry) : "";

  const tasks: ImportedTask[] = drafts.map((d) => {
    const parsed = parseDeadline(d.deadline, year, span);
    let deadline: CalendarDate | null = null;
    let kind: DeadlineKind = parsed.kind as DeadlineKind;
    if (parsed.kind === "date") deadline = parsed.date;
    else if (d.ticked) {
      // Month (or quarter) columns ticked "x": the last one ticked is when it is due.
      const y = d.ticked.year ?? (d.ticked.month ? yearOfMonth(d.ticked.month, year, span) : year);
      deadline = d.ticked.month ? makeDate(y, d.ticked.month, daysInMonth(y, d.ticked.month)) : d.ticked.quarter ? endOfQuarter(y, d.ticked.quarter) : null;
      kind = deadline ? "date" : "none";
    }
    // No deadline written: the end of the section's month, else of its quarter.
    else if (parsed.kind === "none" && d.month !== null) {
      const y = yearOfMonth(d.month, year, span);
      deadline = makeDate(y, d.month, daysInMonth(y, d.month));
      kind = "derived";
    } else if (parsed.kind === "none" && d.quarter !== null) {
      deadline = endOfQuarter(year, d.quarter);
      kind = "derived";
    }
    if (parsed.kind === "invalid" && !d.ticked) {
      issues.push({
        code: "deadline-invalid",
        severity: "error",
        line: d.line,
        taskId: d.id || undefined,
        column: TASK_COLUMNS.deadline.header,
        // The same code and reason validation gives a workbook row.
        params: { text: d.deadline, reason: parsed.reason },
      });
    }
    const units = rolesOf(d);
    const extra = { ...d.extra };
    let content = d.content;
    if (d.inspected && !content) {
      content = `Kiểm tra ${d.inspected}`;
      extra[table?.headerTexts[table.inspected ?? -1] || "Đơn vị được kiểm tra"] = d.inspected;
      if (units.lead.length === 0 && inspector) units.lead.push(inspector);
    }
    const completed = parseDeadline(d.completed, year, span);
    const status: TaskStatus = parseStatus(d.status) ?? "not-started";
    return {
      line: d.line,
      id: d.id,
      quarter: d.quarter ?? (deadline ? quarterOf(deadline) : null),
      content,
      leadUnits: units.lead,
      partnerUnits: units.partner,
      monitorUnits: unique(unitsOf(d.monitor)),
      deadline,
      deadlineText: d.deadline,
      deadlineKind: kind,
      status,
      statusText: d.status,
      completedOn: completed.kind === "date" ? completed.date : null,
      notes: d.notes,
      group: groupName(d.group),
      extra,
    };
  });

  // The implementation section follows the table, or precedes it when the table is an appendix.
  const before = documentLines(blocks.slice(0, firstBlock));
  const after = documentLines(blocks.slice(lastBlock + 1));
  const unitsOnly = (text: string): string[] | null => {
    const refs = splitUnits(text, registry);
    return refs.length > 0 && refs.every((r) => (r.known || (options.learnUnits && r.shaped)) && !r.reference) ? unitsOf(text) : null;
  };
  const requirements = [...parseRequirements(before, year, unitsOf, unitsOnly), ...parseRequirements(after, year, unitsOf, unitsOnly)].map((r, k) => ({
    ...r,
    id: `R${k + 1}`,
  }));
  if (!table) {
    issues.push({ code: "plan-table-missing", severity: "error", params: {} });
  } else if (tasks.length === 0) {
    const header = blocks[firstBlock] as DocTable;
    issues.push({ code: "plan-empty", severity: "error", line: header.line, params: {} });
  }
  const extraColumns = table ? unique([...table.extra.values(), ...(table.inspected !== undefined && tasks.some((t) => t.content.startsWith("Kiểm tra ")) ? [table.headerTexts[table.inspected]] : [])]) : [];
  const unknown = new Map([...newUnits, ...shapedUnits]);
  return {
    info,
    tasks,
    requirements,
    newUnits: [...newUnits.values()],
    addedUnits: [...shapedUnits.values()],
    issues,
    foundTable: table !== null,
    extraColumns,
    units: startingUnits(named, registry, unknown),
  };
}

function startingUnits(named: ReadonlySet<string>, registry: UnitRegistry, unknown: ReadonlyMap<string, Unit>): Unit[] {
  const out = new Map<string, Unit>();
  const add = (u: Unit): void => {
    if (!out.has(u.name)) out.set(u.name, u);
  };
  // An organisation's registry comes whole when its plan names one of its units (the labour
  // federation's: its districts and sectors answer for "Các cấp công đoàn").
  // (Bodies outside it, such as UBND tỉnh, which its plans also name, do not count.)
  const family = familyUnitNames();
  if ([...named].some((n) => family.has(n))) for (const u of seedUnits()) add(registry.get(u.name) ?? u);
  for (const name of named) {
    const unit = registry.get(name) ?? unknown.get(name) ?? unknownUnit(name);
    add(unit);
    if (unit.kind === "group") for (const member of registry.units) if (member.groups.includes(unit.name)) add(member);
  }
  return [...out.values()];
}
