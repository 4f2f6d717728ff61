import { daysInMonth, endOfQuarter, makeDate, quarterOf, type CalendarDate, type Quarter } from "../dates/calendarDate";
import { parseDeadline, parseQuarterHeading } from "../dates/deadline";
import { cleanChars, matchKey, normalizeText, stripMarkdown } from "../text/normalize";
import { unknownUnit, type Unit, type UnitRegistry } from "../units/registry";
import { PROVINCE } from "../units/seed";
import { splitUnits, type UnitRef } from "../units/split";
import { isErrorValue } from "../workbook/errorValues";
import type { Issue } from "../validate/issue";
import { TASK_COLUMNS, type TaskField } from "./headers";
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

// ---------------------------------------------------------------------------------------------
// Lines and cells. A table arrives in one of three shapes: tab-separated (copied from Word or
// Excel), markdown pipes (from chat tools; box-drawing bars read the same), or columns aligned with
// spaces (copied out of a PDF), where a gap of two or more spaces separates cells.

type SplitMode = "tab" | "pipe" | "spaces";

interface Cell {
  readonly text: string;
  /** Character offset in the line: what places a cell in its column when a PDF line skips one. */
  readonly start: number;
}

function modeOf(line: string): SplitMode {
  if (line.includes("\t")) return "tab";
  if (/^\s*\|/.test(line) || / \| /.test(line)) return "pipe";
  return "spaces";
}

const hasDelimiter = (line: string, mode: SplitMode): boolean =>
  mode === "tab" ? line.includes("\t") : mode === "pipe" ? line.includes("|") : / {2,}\S/.test(line.trim());

function cellsOf(line: string, mode: SplitMode): Cell[] {
  if (mode === "tab") return line.split("\t").map((text, start) => ({ text: normalizeText(text), start }));
  if (mode === "pipe") {
    const inner = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    // Chat tools write a line break inside a cell as <br>.
    return inner.split("|").map((text, start) => ({ text: normalizeText(text.replace(/<br\s*\/?>/gi, "\n")), start }));
  }
  const cells: Cell[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) cells.push({ text: normalizeText(m[0]), start: m.index ?? 0 });
  return cells;
}

const isBlank = (line: string): boolean => line.trim() === "";
// "----", "|---|:--:|", "====", box-drawing rules.
const isSeparatorRow = (line: string): boolean =>
  /^[\s\-–—=_|+:.*─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]*$/.test(line) && /[-–—=_─━═]/.test(line);
// Page-break artefacts copied out of Word or PDF: "- 2 -", "Trang 3", "Trang 3/12", "3/12", "Page 2".
const isPageArtefact = (line: string): boolean =>
  /^\s*(?:[-–—]\s*\d{1,3}\s*[-–—]|(?:trang|page)\s*\d{1,3}(?:\s*(?:\/|of|trên)\s*\d{1,3})?|\d{1,3}\s*\/\s*\d{1,3})\s*$/i.test(line);
// "II. CÁC GIẢI PHÁP", "III - TỔ CHỨC THỰC HIỆN": the next part of the document.
const isSectionHeading = (text: string): boolean => /^\s*(?:#+\s*)?[IVX]{1,4}\s*[.)–-]\s*\S/.test(text);
const isClosing = (text: string): boolean => /^\s*(?:nơi nhận|noi nhan)\b/iu.test(text);
const ID_PATTERN = /^(\d{1,4}(?:\.\d{1,3})*)\s*[.)]?$/;
// "1. Hoàn thiện hồ sơ": a number and the content run together in one cell.
const ID_AND_TEXT = /^(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?\s+(\S.*)$/su;
// Roman numeral or letter in the number column: a group row ("II | CÔNG TÁC TUYÊN TRUYỀN").
const GROUP_LABEL = /^(?:[IVX]{1,4}|[A-Z])\s*[.)]?$/;
// Several words, all in capitals: a heading, not a task nor a unit ("CĐN" alone is a unit).
const isGroupHeading = (text: string): boolean =>
  text.length >= 10 && /\p{L}+\s+\p{L}+/u.test(text) && /\p{Lu}/u.test(text) && text === text.toUpperCase() && !ID_AND_TEXT.test(text);
/** "1 2 3 4" or "(1) (2) (3)" under the header: the columns numbered, not a task. */
function isColumnNumbering(cells: readonly Cell[]): boolean {
  if (cells.length < 3) return false;
  return cells.every((c, k) => {
    const m = /^\(?(\d{1,2})\)?$/.exec(c.text);
    return m !== null && Number(m[1]) === k + 1;
  });
}

// ---------------------------------------------------------------------------------------------
// The header row.

interface HeaderIndex {
  readonly exact: ReadonlyMap<string, TaskField>;
  /** Spellings long enough to recognise at the start of a longer header, longest first. */
  readonly prefixes: readonly { readonly key: string; readonly field: TaskField }[];
}

let headerIndex: HeaderIndex | null = null;

/** The header spellings by key, built once: every row of every document is checked against them. */
function headers(): HeaderIndex {
  if (headerIndex) return headerIndex;
  const exact = new Map<string, TaskField>();
  const prefixes: { key: string; field: TaskField }[] = [];
  for (const field of Object.keys(TASK_COLUMNS) as TaskField[]) {
    const spec = TASK_COLUMNS[field];
    for (const name of [spec.header, ...spec.synonyms]) {
      const key = matchKey(name);
      if (!exact.has(key)) exact.set(key, field);
      // Two-letter spellings ("TT", "Q") are too short to recognise as a prefix.
      if (key.length >= 4) prefixes.push({ key, field });
    }
  }
  prefixes.sort((a, b) => b.key.length - a.key.length);
  return (headerIndex = { exact, prefixes });
}

/**
 * A header cell by meaning: the spellings real plans use, exactly, else one that starts a longer
 * header ("Thời gian hoàn thành (dự kiến)", "Nội dung công việc chủ yếu").
 */
function fieldOfHeader(text: string): TaskField | undefined {
  if (text === "" || text.length > 60) return undefined;
  const { exact, prefixes } = headers();
  const key = matchKey(text.replace(/\([^)]*\)/g, " "));
  const hit = exact.get(key) ?? exact.get(matchKey(text));
  if (hit !== undefined || key === "" || key.split(" ").length > 8) return hit;
  return prefixes.find((p) => key.startsWith(p.key + " "))?.field;
}

type Columns = Partial<Record<TaskField, number>>;

function columnsOf(cells: readonly Cell[]): Columns {
  const columns: Columns = {};
  cells.forEach((c, i) => {
    const field = fieldOfHeader(c.text);
    if (field !== undefined && columns[field] === undefined) columns[field] = i;
  });
  return columns;
}

/**
 * A header repeated after a page break, or a sub-header: most cells are header names (a column we
 * do not read, like "Kinh phí", may sit among them), and none is a task number.
 */
function isHeaderLike(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== "");
  const named = filled.filter((c) => fieldOfHeader(c.text) !== undefined).length;
  return named >= 2 && named * 2 > filled.length && !filled.some((c) => ID_PATTERN.test(c.text));
}

interface Header {
  readonly index: number;
  /** Lines the header takes (2 with a sub-header row). */
  readonly height: number;
  readonly mode: SplitMode;
  readonly width: number;
  readonly columns: Columns;
  readonly starts: readonly number[];
}

function findHeader(lines: readonly string[]): Header | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.length > 400) continue;
    const mode = modeOf(line);
    const cells = cellsOf(line, mode);
    if (cells.length < 2) continue;
    const columns = columnsOf(cells);
    if (columns.content === undefined || Object.keys(columns).length < 2) continue;
    const header: Header = { index: i, height: 1, mode, width: cells.length, columns, starts: cells.map((c) => c.start) };
    return withSubHeader(header, lines, cells);
  }
  return null;
}

/**
 * "Đơn vị thực hiện" often spans two sub-columns, "Chủ trì" and "Phối hợp", on the next row. Word
 * copies the merged cell as one, so the sub-header row is wider than the header by the span.
 */
function withSubHeader(header: Header, lines: readonly string[], headCells: readonly Cell[]): Header {
  const next = lines[header.index + 1];
  if (next === undefined || isBlank(next) || !hasDelimiter(next, header.mode)) return header;
  const sub = cellsOf(next, header.mode);
  const subFields = sub.map((c) => (c.text === "" ? undefined : fieldOfHeader(c.text)));
  if (!sub.some((c) => c.text !== "") || sub.some((c, k) => c.text !== "" && subFields[k] === undefined)) return header;
  const extra = sub.length - headCells.length;
  // The spanning header cell: the first one above a named sub-cell.
  const span = subFields.findIndex((f) => f !== undefined);
  if (extra < 0 || span < 0 || span >= headCells.length) return header;
  const columns: Columns = {};
  headCells.forEach((c, k) => {
    if (k === span) return;
    const field = fieldOfHeader(c.text);
    if (field !== undefined && columns[field] === undefined) columns[field] = k < span ? k : k + extra;
  });
  subFields.forEach((field, k) => {
    if (field !== undefined && k >= span && k <= span + extra) columns[field] = k;
  });
  if (columns.content === undefined) return header;
  return { ...header, height: 2, width: sub.length, columns, starts: sub.map((c) => c.start) };
}

// ---------------------------------------------------------------------------------------------
// The header block: number, date, title, year.

function parseInfo(lines: readonly string[], fallbackYear: number): PlanInfo {
  let number = "";
  let issuedOn: CalendarDate | null = null;
  let place = "";
  let title = "";
  for (let i = 0; i < lines.length && i < 80; i++) {
    // The header block is often a two-column table: "Số: 217/KH-LĐLĐ <tab> Lai Châu, ngày …".
    for (const part of lines[i].split(/\t| {3,}/)) {
      const cell = normalizeText(part);
      const num = /^S[ốô]\s*(?:hiệu)?\s*[:.]?\s*(\d+\s*[/-]\s*[\p{L}\p{N}]+(?:\s*[/-]\s*[\p{L}\p{N}.&]+)*)/iu.exec(cell);
      if (num && !number) number = num[1].replace(/\s*([/-])\s*/g, "$1").trim();
      if (!issuedOn) {
        const dated =
          /(?:^|\s)([\p{L}][\p{L}. ]{1,40}?)\s*,\s*ngày\s+(\d{1,2})\s*(?:tháng\s+|[/.-])(\d{1,2})\s*(?:năm\s+|[/.-])(\d{4})/iu.exec(cell);
        const date = dated ? makeDate(Number(dated[4]), Number(dated[3]), Number(dated[2])) : null;
        if (dated && date) {
          place = dated[1].trim();
          issuedOn = date;
        }
      }
    }
    const line = normalizeText(lines[i].replace(/\t/g, " "));
    if (!title) title = titleAt(lines, i, line);
  }
  const yearInTitle = /(?:năm|nam)\s+(\d{4})(?!\d)/iu.exec(title)?.[1];
  const year = yearInTitle ? Number(yearInTitle) : issuedOn ? issuedOn.year : fallbackYear;
  return { number, title, year, issuedOn, place };
}

/**
 * The title: the line after "KẾ HOẠCH" (or after "KẾ HOẠCH:" on the same line), with a second line
 * when it continues the first ("Công tác thi đua, khen thưởng" / "năm 2021").
 */
function titleAt(lines: readonly string[], i: number, line: string): string {
  const inline = /^KẾ HOẠCH\s*[:–-]?\s+(\S.{3,})$/u.exec(line);
  if (inline) return inline[1].trim();
  if (matchKey(line) !== "ke hoach") return "";
  let j = i + 1;
  while (j < lines.length && isBlank(lines[j])) j++;
  if (j >= lines.length) return "";
  let title = normalizeText(lines[j].replace(/\t/g, " "));
  const next = normalizeText((lines[j + 1] ?? "").replace(/\t/g, " "));
  if (next && next.length <= 80 && /^\p{Ll}/u.test(next) && !/[.;:]$/.test(title)) title = `${title} ${next}`;
  return title;
}

// ---------------------------------------------------------------------------------------------
// Rows. The table is read line by line into rows of cells, one row per task, then each row into
// a task.

interface Row {
  line: number;
  cells: string[];
  quarter: Quarter | null;
  /** Under a month section ("THÁNG 5") rather than a quarter. */
  month: number | null;
}

const UNIT_FIELDS: ReadonlySet<TaskField> = new Set(["leadUnits", "partnerUnits"]);

/**
 * Joins a cell continued on another line. A unit list continues on a new line either mid-name
 * ("LĐLĐ các huyện," / "TP") or with the next unit ("LĐLĐ tỉnh" / "Các cấp công đoàn"); a capital
 * letter after a finished name says which.
 */
function joinCell(field: TaskField | undefined, a: string, b: string, paragraph: boolean): string {
  if (!a || !b) return a || b;
  if (field !== undefined && UNIT_FIELDS.has(field)) {
    return /[,;/&-]$/.test(a) || /^\p{Ll}/u.test(b) ? `${a} ${b}` : `${a}\n${b}`;
  }
  return `${a}${paragraph ? "\n" : " "}${b}`;
}

interface TableRead {
  readonly rows: Row[];
  /** Index of the first line after the table. */
  readonly end: number;
}

/** The quarter named by a heading just above the header ("QUÝ I" then the table). */
function quarterAbove(lines: readonly string[], index: number): Quarter | null {
  for (let k = index - 1, seen = 0; k >= 0 && seen < 3; k--) {
    if (isBlank(lines[k])) continue;
    seen++;
    const q = parseQuarterHeading(normalizeText(lines[k].replace(/\t/g, " ")));
    if (q !== null) return q;
  }
  return null;
}

/** The heading's text of a section row: "QUÝ II", or "I | QUÝ I" with a label in the number column. */
function headingTexts(cells: readonly Cell[]): string[] {
  const filled = cells.map((c) => c.text).filter((t) => t !== "");
  if (filled.length === 0 || filled.length > 2) return [];
  return filled.length === 2 && GROUP_LABEL.test(filled[0]) ? [filled.join(" "), filled[1]] : [filled.join(" ")];
}

function quarterOfRow(cells: readonly Cell[]): Quarter | null {
  for (const text of headingTexts(cells)) {
    const q = parseQuarterHeading(text);
    if (q !== null) return q;
  }
  return null;
}

/** Some plans are laid out by month: "THÁNG 1", "Tháng 5/2023", "2. Tháng 02 năm 2023:". */
function monthOfRow(cells: readonly Cell[]): number | null {
  for (const text of headingTexts(cells)) {
    const m = /^(?:(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*)?tháng\s*(\d{1,2})(?:\s*(?:[/-]|năm)\s*\d{4})?\s*:?$/iu.exec(text);
    if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return Number(m[1]);
  }
  return null;
}

/**
 * Excel copies a cell holding line breaks or quotes inside double quotes, its quotes doubled:
 * "Tổ chức hội nghị<newline>sơ kết ""6 tháng""".
 */
function unquoteExcel(cell: string): string {
  const m = /^"([\s\S]*)"$/.exec(cell);
  if (!m || !/\n|""/.test(m[1]) || /"/.test(m[1].replace(/""/g, ""))) return cell;
  return m[1].replace(/""/g, '"');
}

function readTable(lines: readonly string[], header: Header): TableRead {
  const { mode, width, columns } = header;
  const fieldAt: (TaskField | undefined)[] = [];
  for (const [field, index] of Object.entries(columns) as [TaskField, number][]) fieldAt[index] = field;
  const idColumn = columns.id;
  const rows: Row[] = [];
  // Assigned inside the helpers below; the cast keeps TypeScript from narrowing it to null here.
  let current = null as Row | null;
  let quarter = quarterAbove(lines, header.index);
  let month: number | null = null;
  // Only for space-aligned text: where each column starts, refined by every complete row.
  let starts = [...header.starts];
  let lastWasRow = false;

  const isIdCell = (text: string): boolean => ID_PATTERN.test(text);
  const finish = (): void => {
    if (current) rows.push(mode === "tab" ? { ...current, cells: current.cells.map(unquoteExcel) } : current);
    current = null;
  };
  const start = (line: number, cells: string[]): void => {
    finish();
    current = { line, cells, quarter, month };
  };
  const continueCells = (cells: readonly (string | undefined)[], paragraph: boolean): void => {
    if (!current) return;
    const row: Row = current;
    cells.forEach((text, k) => {
      if (!text) return;
      // The number is written once; text that lands under it belongs to the content.
      const target = k === idColumn && row.cells[k] && columns.content !== undefined ? columns.content : k;
      row.cells[target] = joinCell(fieldAt[target], row.cells[target] ?? "", text, paragraph);
    });
  };
  /** Cells of a space-aligned line placed in the column whose start is nearest. */
  const placed = (cells: readonly Cell[]): (string | undefined)[] => {
    if (cells.length === width) {
      starts = cells.map((c) => c.start);
      return cells.map((c) => c.text);
    }
    const out: (string | undefined)[] = [];
    for (const c of cells) {
      let best = 0;
      starts.forEach((s, k) => {
        if (Math.abs(s - c.start) < Math.abs(starts[best] - c.start)) best = k;
      });
      out[best] = out[best] ? `${out[best]} ${c.text}` : c.text;
    }
    return out;
  };
  const startPlaced = (line: number, cells: readonly Cell[]): void => {
    const values = placed(cells);
    start(line, Array.from({ length: width }, (_, k) => values[k] ?? ""));
  };
  /** "1 Hoàn thiện…" in one cell where the number column comes first: two cells. */
  const splitLeadingId = (cells: Cell[]): Cell[] => {
    if (idColumn !== 0 || cells.length === 0 || cells.length >= width) return cells;
    const m = ID_AND_TEXT.exec(cells[0].text);
    if (!m || isIdCell(cells[0].text)) return cells;
    const offset = cells[0].text.indexOf(m[2]);
    return [{ text: m[1], start: cells[0].start }, { text: m[2], start: cells[0].start + offset }, ...cells.slice(1)];
  };
  const nextMeaningful = (from: number): string | undefined => {
    for (let k = from; k < lines.length; k++) {
      const l = lines[k];
      if (!isBlank(l) && !isSeparatorRow(l) && !isPageArtefact(l)) return l;
    }
    return undefined;
  };

  let i = header.index + header.height;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (isBlank(raw)) {
      lastWasRow = false;
      continue;
    }
    if (isSeparatorRow(raw) || isPageArtefact(raw)) continue;
    const delimited = hasDelimiter(raw, mode);
    let cells = cellsOf(raw, mode);
    const filled = cells.filter((c) => c.text !== "");
    if (filled.length === 0) continue;
    const q = quarterOfRow(cells);
    const m = q === null ? monthOfRow(cells) : null;
    if (q !== null || m !== null) {
      finish();
      month = m;
      quarter = q ?? (m === null ? null : (Math.ceil(m / 3) as Quarter));
      lastWasRow = false;
      continue;
    }
    // A header repeated after a page break, or the "(1) (2) (3)" row numbering its columns.
    if (isHeaderLike(cells) || isColumnNumbering(filled)) continue;
    if (!delimited && (isSectionHeading(filled[0].text) || isClosing(filled[0].text))) break;
    // A heading in capitals across the row ("CÔNG TÁC TUYÊN TRUYỀN"): a group of tasks, not one.
    // Only where a heading is written: capitals under the units are units ("LĐLĐ CÁC HUYỆN").
    const only = cells.indexOf(filled[0]);
    if (delimited && filled.length === 1 && (only === columns.content || only === idColumn) && isGroupHeading(filled[0].text)) {
      finish();
      lastWasRow = false;
      continue;
    }

    if (mode === "spaces") {
      cells = splitLeadingId(cells);
      const first = cells[0];
      const firstColumnEnd = starts.length > 1 ? starts[1] - 1 : Infinity;
      const inFirstColumn = first.start < firstColumnEnd;
      // A PDF wraps a row's cells onto the lines below it, each piece under its column: a new
      // row begins with a number at the left margin (or, with no number column, with several
      // cells there); anything else continues the row above.
      const startsRow =
        idColumn === undefined ? cells.length >= 2 && inFirstColumn : idColumn === 0 && inFirstColumn && isIdCell(first.text);
      if (!startsRow && idColumn === 0 && inFirstColumn) {
        // Text at the left margin that is not a task: the table is over, unless a task follows.
        const after = nextMeaningful(i + 1);
        const rowFollows = after !== undefined && ID_PATTERN.test(cellsOf(after, mode)[0]?.text.split(" ")[0] ?? "");
        if (!rowFollows) break;
      }
      if (startsRow || !current) startPlaced(i + 1, cells);
      else continueCells(placed(cells), false);
      lastWasRow = true;
      continue;
    }

    if (!delimited) {
      // A line with no cell separator inside a tab or pipe table: a Word cell's next paragraph
      // (it belongs to the last cell begun), or the end of the table.
      const after = nextMeaningful(i + 1);
      const tableGoesOn = after !== undefined && hasDelimiter(after, mode) && !isSectionHeading(after);
      const rowOpen = current !== null && current.cells.length < width;
      if (current && (tableGoesOn || (lastWasRow && (rowOpen || raw.trim().length <= 80)))) {
        const row = current;
        const last = row.cells.length - 1;
        const field = mode === "pipe" ? "content" : fieldAt[last];
        const k = mode === "pipe" ? (columns.content ?? last) : last;
        row.cells[k] = joinCell(field, row.cells[k] ?? "", normalizeText(raw), true);
        lastWasRow = true;
        continue;
      }
      if (!current && tableGoesOn) continue;
      break;
    }

    const open = current !== null && current.cells.length < width ? current : null;
    if (mode === "tab" && open && !(idColumn === 0 && isIdCell(cells[0].text)) && open.cells.length - 1 + cells.length <= width) {
      // The rest of a row whose cell held several paragraphs: its first cell continues the
      // open row's last cell.
      const last = open.cells.length - 1;
      open.cells[last] = joinCell(fieldAt[last], open.cells[last], cells[0].text, true);
      open.cells.push(...cells.slice(1).map((c) => c.text));
      lastWasRow = true;
      continue;
    }
    cells = splitLeadingId(cells);
    const texts = cells.map((c) => c.text);
    const idText = idColumn === undefined ? "" : (texts[idColumn] ?? "");
    if (idColumn !== undefined && idText === "" && current) {
      // A row broken by a page break: its cells continue the task above, column by column.
      continueCells(texts, false);
      lastWasRow = true;
      continue;
    }
    start(i + 1, texts);
    lastWasRow = true;
  }
  finish();
  return { rows, end: i };
}

// ---------------------------------------------------------------------------------------------
// Rows into tasks.


/** The quarter a "Quý" column names: "II", "2", "Quý II". */
function quarterCell(text: string): Quarter | null {
  if (text === "") return null;
  return parseQuarterHeading(/^(?:[IVX]{1,3}|[1-4])$/i.test(text) ? `Quý ${text}` : text);
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
  month: number | null;
}

function draftsOf(rows: readonly Row[], columns: Columns): Draft[] {
  const drafts: Draft[] = [];
  for (const row of rows) {
    const get = (f: TaskField): string => {
      const index = columns[f];
      return index === undefined ? "" : normalizeText(row.cells[index] ?? "").replace(/[ \t]+/g, " ");
    };
    const idCell = get("id");
    const idMatch = ID_PATTERN.exec(idCell);
    const besides = get("leadUnits") + get("partnerUnits") + get("deadline");
    // A group row ("II | CÔNG TÁC TUYÊN TRUYỀN", "II. CÔNG TÁC TỔ CHỨC", "A | NHIỆM VỤ CHUNG"): not a task.
    const label = GROUP_LABEL.test(idCell) || isSectionHeading(idCell) || idCell === "";
    if (!idMatch && besides === "" && label && (GROUP_LABEL.test(idCell) || isGroupHeading(get("content") || idCell))) continue;
    const content = get("content") || (idMatch ? "" : idCell);
    if (!idMatch && content === "" && besides === "" && get("notes") === "") continue;
    drafts.push({
      line: row.line,
      id: idMatch ? idMatch[1] : "",
      content,
      lead: get("leadUnits"),
      partner: get("partnerUnits"),
      deadline: get("deadline"),
      status: get("status"),
      notes: get("notes"),
      completed: get("completedOn"),
      quarter: quarterCell(get("quarter")) ?? row.quarter,
      month: row.month,
    });
  }
  return drafts;
}

const unique = (names: readonly string[]): string[] => Array.from(new Set(names));

/**
 * Reads a plan document's text: its number, date and title, the task table (by header meaning,
 * with quarter sections), and the submissions subordinate units owe. Never throws on user text:
 * what it cannot read becomes an issue.
 */
export function importPlanText(text: string, registry: UnitRegistry, fallbackYear: number): TextImport {
  const lines = cleanChars(typeof text === "string" ? text : "")
    .split("\n")
    // Box-drawing bars read as markdown pipes.
    .map((l) => stripMarkdown(l).replace(/[│┃║]/g, "|"));
  const info = parseInfo(lines, fallbackYear);
  const year = info.year ?? fallbackYear;
  const issues: Issue[] = [];
  const header = findHeader(lines);
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
        line: d.line,
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
      line: d.line,
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
    issues.push({ code: "plan-empty", severity: "error", line: header.index + 1, params: {} });
  }
  return { info, tasks, requirements, newUnits: [...newUnits.values()], issues, foundTable: header !== null };
}

// ---------------------------------------------------------------------------------------------
// Submission requirements.

// Words that introduce a due date. The last one before a date is the deadline's.
const DUE_MARKER = /(?:chậm nhất|trước ngày|trước|hạn chót|hạn nộp|hạn gửi|không quá ngày|không muộn hơn)/giu;
const SEND_MARKER = /(?:gửi về|gửi đến|gửi cho|gửi|nộp về|nộp cho|nộp|báo cáo về)/iu;
// What a unit owes, when the line names no sending: "Đăng ký thi đua trước ngày 30/01".
const OWED = /^(?:báo cáo|đăng ký|hồ sơ|danh sách|kết quả|đề nghị|bản đăng ký)/iu;
const BULLET = /^(?:[-+•*–—]|[a-zđ]\s*[.)]|\d{1,2}\s*\))\s*/iu;
// "2. Đối với LĐLĐ các huyện…", "b) Trách nhiệm của các công đoàn ngành:"
const FROM_HEADING = /^(?:\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*(?:đối với|trách nhiệm của|giao)\s+(.+?)\s*[:.]?$/iu;
// Without a number the heading must end in a colon: "Đối với các đơn vị chưa đăng ký, …" is a sentence.
const FROM_HEADING_BARE = /^(?:đối với|trách nhiệm của)\s+(.{3,120}?)\s*:$/iu;

/**
 * Lines joined where a sentence was wrapped (text copied out of a PDF): a line continues the one
 * above unless that one ended a sentence or this one starts a new item or heading.
 */
function paragraphsOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  let joinable = false;
  for (const raw of lines) {
    const line = normalizeText(raw.replace(/\t/g, " "));
    if (line === "") {
      joinable = false;
      continue;
    }
    const startsItem = BULLET.test(line) || /^\d+(?:\.\d+)*\s*[.)]\s/.test(line) || isSectionHeading(line) || isClosing(line);
    if (joinable && !startsItem) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joinable = !/[.;:!?]$/.test(out[out.length - 1]);
  }
  return out;
}

/**
 * Submissions from the implementation section: "- Báo cáo … gửi về LĐLĐ tỉnh chậm nhất ngày
 * 15/5/2021;" under a heading "2. Đối với <units>" that says who must submit.
 */
function parseRequirements(lines: readonly string[], year: number, unitsOf: (cell: string) => string[]): Requirement[] {
  const out: Requirement[] = [];
  let from: string[] = [];
  let rule: string | null = null;
  for (const line of paragraphsOf(lines)) {
    if (isClosing(line)) break;
    if (isSectionHeading(line)) {
      from = [];
      continue;
    }
    const heading = FROM_HEADING.exec(line) ?? FROM_HEADING_BARE.exec(line);
    if (heading) {
      from = unitsOf(heading[1]);
      continue;
    }
    const key = matchKey(line);
    if (/khong (?:duoc |se )*(?:xem xet |xet |de nghi )?(?:thi dua )?khen thuong/.test(key)) {
      rule = key;
      continue;
    }
    const requirement = readRequirement(line.replace(BULLET, "").replace(/[;.,]\s*$/, ""), year, unitsOf);
    if (requirement) out.push({ ...requirement, id: `R${out.length + 1}`, fromUnits: from.filter((u) => u !== requirement.recipient) });
  }
  if (rule !== null && out.length) {
    // The rule names what a unit failed to do: register ("không đăng ký") or report.
    const verb = /dang ky/.test(rule) ? "dang ky" : /bao cao/.test(rule) ? "bao cao" : "";
    const named = verb ? out.findIndex((r) => matchKey(r.title).includes(verb)) : -1;
    const target = named >= 0 ? named : 0;
    out[target] = { ...out[target], requiredForEligibility: true };
  }
  return out;
}

function readRequirement(
  body: string,
  year: number,
  unitsOf: (cell: string) => string[],
): Omit<Requirement, "id" | "fromUnits"> | null {
  // The last due word followed by a date is the deadline's.
  let due: { index: number; date: CalendarDate } | null = null;
  for (const m of body.matchAll(DUE_MARKER)) {
    const parsed = parseDeadline(body.slice(m.index ?? 0), year);
    if (parsed.kind === "date") due = { index: m.index ?? 0, date: parsed.date };
  }
  if (!due) return null;
  const send = SEND_MARKER.exec(body);
  const sendIndex = send?.index ?? -1;
  const title = body.slice(0, sendIndex >= 0 && sendIndex < due.index ? sendIndex : due.index).trim().replace(/[,:;]$/, "").trim();
  if (!title || (!send && !OWED.test(title))) return null;
  let recipientText = "";
  if (send && sendIndex >= 0) {
    const after = body.slice(sendIndex + send[0].length);
    const upTo = sendIndex < due.index ? due.index - sendIndex - send[0].length : after.length;
    // "gửi về LĐLĐ tỉnh (qua Ban Tổ chức) bằng văn bản": the unit, not the channel.
    recipientText = after.slice(0, upTo).split(/\(|\s(?:qua|bằng|theo|để|tại|vào)\s/iu)[0].replace(/[,:;.\s]+$/, "").trim();
  }
  const recipient = (recipientText ? unitsOf(recipientText)[0] : undefined) ?? PROVINCE;
  return { title, due: due.date, recipient, requiredForEligibility: false };
}
