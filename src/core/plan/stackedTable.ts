/**
 * A task table copied one cell per line, as a PDF viewer (or a phone) often gives it:
 *
 *     TT
 *     Nội dung
 *     Đơn vị thực hiện
 *     QUÝ I
 *     1
 *     Hoàn thiện hồ sơ …
 *     LĐLD tỉnh
 *
 * The header is a run of lines that each name a different column, the number column first; each
 * task starts at a line holding only the next task number. Its lines are put back into one
 * tab-separated row, so the table is then read like any other.
 */
import { parseDeadline, parseQuarterHeading } from "../dates/deadline";
import { isBlank, isClosing, isSectionHeading } from "./documentLines";
import { ID_PATTERN, fieldOfHeader } from "./documentTable";
import type { TaskField } from "./headers";

export interface Unstacked {
  readonly lines: string[];
  /** For each line of `lines`, the 0-based line of the document it comes from (a task: its number's). */
  readonly origin: number[];
}

/** The header run: its fields in order, and the line after it; null when there is none. */
function headerRun(lines: readonly string[]): { fields: TaskField[]; at: number; next: number } | null {
  for (let i = 0; i < lines.length; i++) {
    if (fieldOfHeader(lines[i].trim()) !== "id" || lines[i].includes("\t")) continue;
    const fields: TaskField[] = ["id"];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = lines[j].trim();
      if (text === "") continue;
      const field = text.includes("\t") ? undefined : fieldOfHeader(text);
      if (field === undefined || fields.includes(field)) break;
      fields.push(field);
    }
    if (fields.length >= 3 && fields.includes("content")) return { fields, at: i, next: j };
  }
  return null;
}

/** The number's parts ("12.3" → [12, 3]); null for a line that is not a task number. */
function numberOf(line: string): number[] | null {
  const m = ID_PATTERN.exec(line.trim());
  return m ? m[1].split(".").map(Number) : null;
}

/** Whether `next` can follow `previous` in a plan's numbering: 4 → 5, 4 → 4.1, 4.2 → 4.3 or 5. */
function follows(previous: readonly number[] | null, next: readonly number[]): boolean {
  if (previous === null) return next.every((n, k) => n === 1 || (k === 0 && n <= 1));
  for (let depth = 0; depth < next.length; depth++) {
    const same = previous.slice(0, depth).every((n, k) => n === next[k]);
    if (!same) return false;
    if (depth === next.length - 1) {
      const before = previous[depth];
      return before === undefined ? next[depth] === 1 : next[depth] === before + 1;
    }
  }
  return false;
}

const UNIT_FIELDS: readonly TaskField[] = ["leadUnits", "partnerUnits"];

/**
 * A task's cells in the header's order (its number first) from the lines after the number. A blank
 * cell leaves no line and a long content wraps over several, so the lines are placed by what they
 * are: the content starts them; the last line that reads as a deadline is the deadline; between
 * the two, the trailing lines that name units are the unit columns (in order) and the rest is the
 * content still; after the deadline, the remaining columns in order.
 */
function cellsOf(id: string, body: readonly string[], fields: readonly TaskField[], namesUnits: (text: string) => boolean): string[] {
  const rest = fields.slice(1);
  const cells = new Map<TaskField, string[]>();
  const put = (field: TaskField, line: string): void => {
    const list = cells.get(field);
    if (list) list.push(line);
    else cells.set(field, [line]);
  };
  const content = rest.indexOf("content");
  const lines = body.slice();
  for (let k = 0; k < content && lines.length > 0; k++) put(rest[k], lines.shift() as string);
  if (lines.length > 0) put("content", lines.shift() as string);

  const after = rest.slice(content + 1);
  const d = after.indexOf("deadline");
  let anchor = -1;
  if (d >= 0) for (let j = lines.length - 1; j >= 0 && anchor < 0; j--) if (isDeadline(lines[j])) anchor = j;
  const middle = anchor >= 0 ? lines.slice(0, anchor) : lines;
  const middleFields = anchor >= 0 ? after.slice(0, d) : after;
  const tail = anchor >= 0 ? lines.slice(anchor + 1) : [];
  const tailFields = anchor >= 0 ? after.slice(d + 1) : [];
  if (anchor >= 0) put("deadline", lines[anchor]);

  // Between the content and the deadline.
  let units = 0;
  if (middleFields.length > 0 && middleFields.every((f) => UNIT_FIELDS.includes(f))) {
    while (units < middleFields.length && units < middle.length && namesUnits(middle[middle.length - 1 - units])) units++;
  }
  const own = units > 0 ? units : Math.min(middle.length, middleFields.length);
  const first = middle.length - own;
  for (const line of middle.slice(0, first)) put("content", line);
  middle.slice(first).forEach((line, k) => put(middleFields[k], line));
  // After it: in order; more lines than columns go to the last one.
  tail.forEach((line, k) => put(tailFields[Math.min(k, tailFields.length - 1)] ?? "notes", line));
  return [id, ...rest.map((f) => (cells.get(f) ?? []).join(f === "content" || f === "notes" ? " " : "; "))];
}

const isDeadline = (text: string): boolean => {
  const kind = parseDeadline(text, 2000).kind;
  // A rule is a deadline cell too ("Hằng tháng", "Định kỳ"); "untracked" wording is not, since
  // "Theo phân công tại Quyết định…" stands in units cells as well.
  return kind === "date" || kind === "ongoing" || kind === "recurring";
};

/** The document with a table of one cell per line put back into rows; null when it has none. */
export function unstackTable(lines: readonly string[], namesUnits: (text: string) => boolean): Unstacked | null {
  const header = headerRun(lines);
  if (!header) return null;
  const out = lines.slice(0, header.at);
  const origin = out.map((_, i) => i);
  out.push(lines.slice(header.at, header.next).map((l) => l.trim()).filter((l) => l !== "").join("\t"));
  origin.push(header.at);

  let task: { id: string; line: number; body: string[] } | null = null;
  let last: number[] | null = null;
  let tasks = 0;
  const flush = (): void => {
    if (!task) return;
    out.push(cellsOf(task.id, task.body, header.fields, namesUnits).join("\t"));
    origin.push(task.line);
    tasks++;
    task = null;
  };
  let i = header.next;
  for (; i < lines.length; i++) {
    const text = lines[i].trim();
    if (isBlank(text)) continue;
    if (isClosing(text) || isSectionHeading(text)) break;
    const number = numberOf(text);
    if (number && follows(last, number)) {
      flush();
      task = { id: text.replace(/[.)]\s*$/, ""), line: i, body: [] };
      last = number;
    } else if (task && parseQuarterHeading(text) === null) {
      task.body.push(text);
    } else {
      // A quarter heading between tasks ("QUÝ II"), or a line before the first task: a row of its own.
      flush();
      out.push(text);
      origin.push(i);
    }
  }
  flush();
  if (tasks === 0) return null;
  for (; i < lines.length; i++) {
    out.push(lines[i]);
    origin.push(i);
  }
  return { lines: out, origin };
}
