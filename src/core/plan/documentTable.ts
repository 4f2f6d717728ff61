/**
 * The task table of a plan's text: its header row found by meaning and its lines read back into rows
 * of cells (tab-, pipe- or space-separated), which document/fromText.ts makes a table of the one
 * document model; and the judgements on a row (a heading, a repeated header, column numbers) that
 * the plan reader shares.
 */
import type { Quarter } from "../dates/calendarDate";
import { parseQuarterHeading } from "../dates/deadline";
import { matchKey, normalizeText } from "../text/normalize";
import { isBlank, isClosing, isPageArtefact, isSectionHeading, isSeparatorRow } from "./documentLines";
import { TASK_COLUMNS, isInspectedHeader, type TaskField } from "./headers";

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

export const ID_PATTERN = /^(\d{1,4}(?:\.\d{1,3})*)\s*[.)]?$/;
// "1. Hoàn thiện hồ sơ": a number and the content run together in one cell.
const ID_AND_TEXT = /^(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?\s+(\S.*)$/su;
// Roman numeral or letter in the number column: a group row ("II | CÔNG TÁC TUYÊN TRUYỀN").
export const GROUP_LABEL = /^(?:[IVX]{1,4}|[A-Z])\s*[.)]?$/;
// Several words, all in capitals: a heading, not a task nor a unit ("CĐN" alone is a unit).
export const isGroupHeading = (text: string): boolean =>
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
export function fieldOfHeader(text: string): TaskField | undefined {
  if (text === "" || text.length > 60) return undefined;
  const { exact, prefixes } = headers();
  const key = matchKey(text.replace(/\([^)]*\)/g, " "));
  const hit = exact.get(key) ?? exact.get(matchKey(text));
  if (hit !== undefined || key === "" || key.split(" ").length > 8) return hit;
  return prefixes.find((p) => key.startsWith(p.key + " "))?.field ?? HEADER_WORDS.find((w) => w.words.test(key))?.field;
}

/**
 * Words that give a header its meaning wherever they stand in it, for headers no list can hold
 * ("Người/Bộ phận chủ trì", "Đơn vị, cá nhân phối hợp thực hiện"): first match wins.
 */
const HEADER_WORDS: readonly { readonly words: RegExp; readonly field: TaskField }[] = [
  { words: /(?:^| )chu tri(?: |$)/, field: "leadUnits" },
  { words: /(?:^| )phoi hop(?: |$)/, field: "partnerUnits" },
  { words: /(?:^| )(?:theo doi|don doc)(?: |$)/, field: "monitorUnits" },
  { words: /(?:^| )phu trach(?: |$)/, field: "leadUnits" },
  { words: /(?:^| )(?:thoi gian|thoi han|tien do)(?: |$)/, field: "deadline" },
  { words: /(?:^| )ghi chu(?: |$)/, field: "notes" },
];

export type Columns = Partial<Record<TaskField, number>>;

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

export interface Header {
  readonly index: number;
  /** Lines the header takes (2 with a sub-header row). */
  readonly height: number;
  readonly mode: SplitMode;
  readonly width: number;
  readonly columns: Columns;
  readonly starts: readonly number[];
}

export function findHeader(lines: readonly string[]): Header | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line) || line.length > 400) continue;
    const mode = modeOf(line);
    const cells = cellsOf(line, mode);
    if (cells.length < 2) continue;
    const columns = columnsOf(cells);
    // An inspection schedule names the unit inspected instead of a task's content.
    const inspected = columns.content === undefined && cells.some((c) => isInspectedHeader(c.text));
    if ((columns.content === undefined && !inspected) || Object.keys(columns).length + (inspected ? 1 : 0) < 2) continue;
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
// Rows. The table is read line by line into rows of cells, one row per task, then each row into
// a task.

/**
 * A row of the table as the text gives it back. Section and group headings written across the
 * table ("QUÝ II", "CÔNG TÁC TUYÊN TRUYỀN") are rows too: the plan reader decides what they are.
 */
export interface Row {
  line: number;
  cells: string[];
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

export function readTable(lines: readonly string[], header: Header): TableRead {
  const { mode, width, columns } = header;
  const fieldAt: (TaskField | undefined)[] = [];
  for (const [field, index] of Object.entries(columns) as [TaskField, number][]) fieldAt[index] = field;
  const idColumn = columns.id;
  const rows: Row[] = [];
  // Assigned inside the helpers below; the cast keeps TypeScript from narrowing it to null here.
  let current = null as Row | null;
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
    current = { line, cells };
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
    if (quarterOfRow(cells) !== null || monthOfRow(cells) !== null) {
      finish();
      rows.push({ line: i + 1, cells: cells.map((c) => c.text) });
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
      rows.push({ line: i + 1, cells: cells.map((c) => c.text) });
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
// Cells the plan reader (importDocument.ts) judges the same way for text and Word files.

/** The quarter a "Quý" column names: "II", "2", "Quý II". */
export function quarterCell(text: string): Quarter | null {
  if (text === "") return null;
  return parseQuarterHeading(/^(?:[IVX]{1,3}|[1-4])$/i.test(text) ? `Quý ${text}` : text);
}

// ---------------------------------------------------------------------------------------------
// The same judgements on a row of cell texts, for the reader of the document model.

const asCells = (texts: readonly string[]): Cell[] => texts.map((text, start) => ({ text, start }));
export const isHeaderLikeRow = (texts: readonly string[]): boolean => isHeaderLike(asCells(texts));
export const isColumnNumberingRow = (texts: readonly string[]): boolean => isColumnNumbering(asCells(texts.filter((t) => t !== "")));
export const quarterOfTexts = (texts: readonly string[]): Quarter | null => quarterOfRow(asCells(texts));
export const monthOfTexts = (texts: readonly string[]): number | null => monthOfRow(asCells(texts));

/** The header's text over each column, a sub-header's cell where it has one ("Chủ trì" under "Đơn vị thực hiện"). */
export function headerTexts(lines: readonly string[], header: Header): string[] {
  const head = cellsOf(lines[header.index], header.mode).map((c) => c.text);
  if (header.height === 1) return Array.from({ length: header.width }, (_, k) => head[k] ?? "");
  const sub = cellsOf(lines[header.index + 1], header.mode).map((c) => c.text);
  const extra = sub.length - head.length;
  const span = sub.findIndex((t) => t !== "" && fieldOfHeader(t) !== undefined);
  return Array.from({ length: header.width }, (_, k) => {
    if (sub[k]) return sub[k];
    if (k < span) return head[k] ?? "";
    if (k > span + extra) return head[k - extra] ?? "";
    return head[span] ?? "";
  });
}
