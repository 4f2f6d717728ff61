import { UserFacingError, tableColumnBlocked, tableRowsBlocked } from "../app/errors";
import type { ApplyResult, Progress } from "../app/port";
import { matchKey } from "../core/text/normalize";
import { findColumn } from "../core/workbook/simulate";
import type {
  Block,
  CellStyle,
  CellWrite,
  ChartSpec,
  ColumnSpec,
  OwnedSheetContent,
  SelectEdit,
  TableEdit,
  WorkbookEdit,
} from "../core/workbook/types";
import { TABLES } from "../core/workbook/types";
import type { PrintEdit } from "../core/print/pageSetup";
import { applyPageLayout, PAGE_LAYOUT_BYTES } from "./printLayout";
import { cellAddress, columnsAddress, intersects, rangeAddress, sheetRangeAddress, type Rect } from "./a1";
import type { Capabilities } from "./capabilities";
import {
  LOOKS,
  styleNumberFormat,
  toExcelInput,
  WARNING_HIGHLIGHT,
  widthToPoints,
  type ExcelInput,
  type Look,
} from "./cellInput";
import type { OwnWriteGuard } from "./ownWrites";
import { CALL_OVERHEAD, chunkByBytes, jsonBytes, sliceRows } from "./payload";
import type { SheetState, WorkbookState } from "./readWorkbook";
import { RowWeights } from "./rowWeights";

/** "null or -1: at the end" (TableRowCollection.add 1.1, TableColumnCollection.add 1.4). */
const AT_END = null as unknown as number;
/** Header keys of the columns the add-in fills with warnings (highlighted where 1.6 allows). */
const WARNING_KEYS = new Set(["canh bao", "warning", "warnings"]);
/** The size of a sheet (every Excel since 2007). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** Live Excel objects for one Excel.run, fetched once and reused across the chunks' syncs. */
class Live {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly tables = new Map<string, Excel.Table>();
  constructor(readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let s = this.sheets.get(key);
    if (!s) {
      s = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, s);
    }
    return s;
  }

  addSheet(name: string): void {
    this.sheets.set(name.toLowerCase(), this.context.workbook.worksheets.add(name));
  }

  range(sheet: string, r: Rect): Excel.Range {
    return this.sheet(sheet).getRange(rangeAddress(r.row, r.column, r.rows, r.columns));
  }

  table(name: string): Excel.Table {
    const key = name.toLowerCase();
    let t = this.tables.get(key);
    if (!t) {
      t = this.context.workbook.tables.getItem(name);
      this.tables.set(key, t);
    }
    return t;
  }

  addTable(sheet: string, r: Rect, name: string): void {
    // Sheet-qualified: Microsoft's reference says a bare address goes to the active sheet, whichever
    // sheet's collection is asked.
    const t = this.sheet(sheet).tables.add(sheetRangeAddress(sheet, r.row, r.column, r.rows, r.columns), true);
    t.name = name;
    this.tables.set(name.toLowerCase(), t);
  }

  deleteTable(name: string): void {
    this.table(name).delete();
    this.tables.delete(name.toLowerCase());
  }
}

/** A table as it stands once a plan has run (for the next read's size hints). */
export interface TableSize {
  readonly name: string;
  readonly rows: number;
  readonly written?: { readonly from: number; readonly weights: RowWeights };
  readonly at: { readonly sheet: string; readonly headerRow: number; readonly firstColumn: number; readonly columns: number };
}

/** One queued call (or a few that belong together), with the bytes it adds to its request. */
interface Op {
  readonly bytes: number;
  readonly run: (live: Live) => void;
}

interface SheetPlan {
  name: string;
  /** Cells that are taken: the used range as read, and every table, old or placed by this apply. */
  occupied: Rect[];
  chartCount: number;
  /** Added by this apply: the add-in may set how it scrolls (a user's sheet is theirs). */
  created: boolean;
}

interface TablePlan {
  name: string;
  sheet: string;
  headers: string[];
  headerRow: number;
  firstColumn: number;
  bodyRows: number;
  dataRows: number;
  /** Rows this plan writes from row `from` on (0-based), with their weights (for the next read). */
  written?: { from: number; weights: RowWeights };
}

const key = (name: string): string => name.toLowerCase();

function staleWorkbook(table: string): UserFacingError {
  return new UserFacingError(
    "workbook-changed",
    `Bảng ${table} vừa thay đổi trong lúc xử lý (có thể do người khác đang sửa). Hãy chạy lại lệnh.`,
    `Table ${table} changed while the command ran (perhaps someone else is editing). Run the command again.`,
  );
}

function tooOldToAddColumns(table: string, headers: readonly string[]): UserFacingError {
  const list = headers.map((h) => `“${h}”`).join(", ");
  return new UserFacingError(
    "excel-too-old-add-column",
    `Phiên bản Excel này (ExcelApi 1.1–1.3) không cho phần bổ trợ thêm cột vào cuối bảng ${table}. Hãy tự gõ tiêu đề ${list} vào ô ngay bên phải dòng tiêu đề của bảng (Excel sẽ tự mở rộng bảng), rồi chạy lại lệnh.`,
    `This Excel (ExcelApi 1.1–1.3) cannot let the add-in append columns to table ${table}. Type the header ${list} in the cell just right of the table's header row (Excel extends the table), then run the command again.`,
  );
}

/**
 * Turns edits into queued Excel calls against the workbook as just read. Everything that could
 * refuse (a table that changed since the snapshot, an Excel too old for a step) is checked here,
 * before a single call is queued, so a refused command writes nothing.
 */
export class EditPlanner {
  readonly ops: Op[] = [];
  readonly ownedSheets: Record<string, string> = {};
  private readonly sheets = new Map<string, SheetPlan>();
  private readonly tables = new Map<string, TablePlan>();
  /** Largest single call: an eighth of a request (overhead included), so that the chunks, which
   *  take whole calls, come out at least seven-eighths full. */
  private readonly maxCallBytes: number;
  /** Tables of the snapshot the edits were made from (when known): one gone since is not made anew. */
  private readonly readTables: ReadonlySet<string>;

  constructor(
    state: WorkbookState,
    private readonly caps: Capabilities,
    payloadBudget: number,
    private readonly guard?: OwnWriteGuard,
    readTables: readonly string[] = [],
  ) {
    this.maxCallBytes = Math.max(1024, Math.floor(payloadBudget / 8) - CALL_OVERHEAD);
    this.readTables = new Set(readTables.map(key));
    for (const s of state.sheets) this.sheets.set(key(s.name), sheetPlan(s));
    for (const t of state.tables) {
      this.tables.set(key(t.name), { ...t, headers: [...t.headers] });
      this.sheets.get(key(t.sheet))?.occupied.push(tableRect(t));
    }
  }

  /** Every table as it stands once the plan has run, with the weight of the rows it wrote. */
  tableSizes(): TableSize[] {
    return [...this.tables.values()].map((t) => ({
      name: t.name,
      rows: t.dataRows,
      written: t.written,
      at: { sheet: t.sheet, headerRow: t.headerRow, firstColumn: t.firstColumn, columns: t.headers.length },
    }));
  }

  plan(edits: readonly WorkbookEdit[]): this {
    for (const edit of edits) {
      if (edit.kind === "table") this.tableEdit(edit);
      else if (edit.kind === "ownedSheet") this.ownedSheet(edit.content);
      else if (edit.kind === "print") this.print(edit);
      else this.select(edit);
    }
    return this;
  }

  // ---- queueing helpers ----------------------------------------------------------------------

  private call(bytes: number, run: (live: Live) => void): void {
    this.ops.push({ bytes: bytes + CALL_OVERHEAD, run });
  }

  /** Writes a 2-D block of values or number formats in as few calls as the budget allows. */
  private matrix(sheet: string, row: number, column: number, cells: ExcelInput[][], property: "values" | "numberFormat"): void {
    if (cells.length === 0 || cells[0].length === 0) return;
    for (const slice of sliceRows(cells, this.maxCallBytes)) {
      const rect = { row: row + slice.start, column, rows: slice.rows.length, columns: cells[0].length };
      const data = slice.rows;
      this.call(slice.bytes, (live) => {
        const range = live.range(sheet, rect);
        if (property === "values") range.values = data;
        else range.numberFormat = data;
      });
    }
  }

  /** Same number format over a rectangle. */
  private numberFormat(sheet: string, rect: Rect, format: string): void {
    const row = Array<string>(rect.columns).fill(format);
    this.matrix(sheet, rect.row, rect.column, Array.from({ length: rect.rows }, () => row), "numberFormat");
  }

  /** Font, fill and wrap of a look over a rectangle (number formats go through numberFormat()). */
  private look(sheet: string, rect: Rect, look: Look): void {
    if (look.bold === undefined && look.italic === undefined && look.size === undefined && !look.fontColor && !look.fill && !look.wrap) return;
    this.call(64, (live) => {
      const format = live.range(sheet, rect).format;
      if (look.bold !== undefined) format.font.bold = look.bold;
      if (look.italic !== undefined) format.font.italic = look.italic;
      if (look.size !== undefined) format.font.size = look.size;
      if (look.fontColor) format.font.color = look.fontColor;
      if (look.fill) format.fill.color = look.fill;
      if (look.wrap) format.wrapText = true;
    });
  }

  private columnWidth(sheet: string, first: number, last: number, characters: number): void {
    if (!this.caps.columnWidth) return;
    const points = widthToPoints(characters);
    this.call(32, (live) => {
      live.sheet(sheet).getRange(columnsAddress(first, last)).format.columnWidth = points;
    });
  }

  /** Where the host cannot turn the add-in's events off (below 1.8), remember what it wrote. */
  private record(table: string, rect: Rect): void {
    if (!this.caps.toggleEvents) this.guard?.record(table, rect);
  }

  private ensureSheet(name: string): SheetPlan {
    const found = this.sheets.get(key(name));
    if (found) return found;
    const created: SheetPlan = { name, occupied: [], chartCount: 0, created: true };
    this.sheets.set(key(name), created);
    this.call(name.length, (live) => live.addSheet(name));
    return created;
  }

  // ---- tables ----------------------------------------------------------------------------------

  private tableEdit(edit: TableEdit): void {
    const table = this.tables.get(key(edit.table));
    if (!table) {
      // Deleted (or renamed) since the snapshot: the edits were made for the table as it was.
      if (this.readTables.has(key(edit.table))) throw staleWorkbook(edit.table);
      this.createTable(edit);
      return;
    }
    const headers = [...table.headers];
    const position = new Map<string, number>();
    const added: ColumnSpec[] = [];
    for (const spec of edit.columns) {
      let i = findColumn(headers, spec);
      if (i < 0) {
        headers.push(spec.header);
        i = headers.length - 1;
        added.push(spec);
      }
      position.set(spec.header, i);
    }
    const columnOf = (header: string): number => {
      const i = position.get(header);
      if (i === undefined) throw new Error(`Column "${header}" is written but not listed in the edit's columns of ${edit.table}`);
      return i;
    };

    // Refuse before queueing anything.
    if (edit.cells.some((c) => c.row < 0 || c.row >= table.dataRows)) throw staleWorkbook(table.name);
    if (edit.ownedColumns.some((o) => o.values.length !== table.dataRows + edit.append.length)) throw staleWorkbook(table.name);
    if (added.length > 0 && !this.caps.appendColumn) throw tooOldToAddColumns(table.name, added.map((s) => s.header));
    edit.cells.forEach((c) => columnOf(c.column));
    edit.ownedColumns.forEach((o) => columnOf(o.column));
    // Excel makes room for a new column by shifting cells right across the table's rows, and for
    // new rows by shifting cells down under its columns, as far as the sheet goes; it refuses to
    // shift part of another table, after the calls before it in the batch have run.
    if (added.length > 0) {
      const right = table.firstColumn + table.headers.length;
      const at = this.otherTableIn(table, { row: table.headerRow, column: right, rows: 1 + table.bodyRows, columns: SHEET_COLUMNS + 1 - right });
      if (at) throw tableColumnBlocked(table.name, table.sheet, added.map((s) => s.header), at);
    }
    if (edit.append.length > 0) {
      // Below the body as Excel has it: whether a blank only row is filled or pushed down, cells
      // under the table may move.
      const below = table.headerRow + 1 + table.bodyRows;
      const at = this.otherTableIn(table, { row: below, column: table.firstColumn, rows: SHEET_ROWS + 1 - below, columns: headers.length });
      if (at) throw tableRowsBlocked(table.name, table.sheet, edit.append.length, at);
    }

    const sheet = table.sheet;
    const bodyTop = table.headerRow + 1;

    // Missing columns, appended at the right in the edit's order: header plus one blank per body row.
    for (const spec of added) {
      const column = table.firstColumn + table.headers.length;
      const values: ExcelInput[][] = [[toExcelInput(spec.header)], ...Array.from({ length: table.bodyRows }, () => [""])];
      const name = table.name;
      this.call(jsonBytes(values), (live) => {
        live.table(name).columns.add(AT_END, values);
      });
      table.headers.push(spec.header);
      const body: Rect = { row: bodyTop, column, rows: Math.max(1, table.bodyRows), columns: 1 };
      this.record(name, { ...body, row: table.headerRow, rows: body.rows + 1 });
      this.columnFormats(sheet, body, spec);
    }
    if (added.length > 0) this.sheets.get(key(sheet))?.occupied.push(tableRect(table));

    // Single cells, one call per run of adjacent rows in a column.
    const byColumn = new Map<number, { row: number; value: CellWrite }[]>();
    for (const c of edit.cells) {
      const j = columnOf(c.column);
      const list = byColumn.get(j) ?? [];
      list.push({ row: c.row, value: c.value });
      byColumn.set(j, list);
    }
    for (const [j, list] of byColumn) {
      list.sort((a, b) => a.row - b.row);
      for (const run of runsBy(list, (a, b) => b.row === a.row + 1)) {
        this.columnRun(table, j, run[0].row, run.map((c) => c.value));
      }
    }

    // Owned columns, whole: the existing rows here, the appended rows with the append below.
    for (const owned of edit.ownedColumns) {
      const j = columnOf(owned.column);
      if (table.dataRows > 0) this.columnRun(table, j, 0, owned.values.slice(0, table.dataRows));
    }

    // Appended rows, all in one call where ExcelApi 1.4 allows (1.1 adds one row per call).
    if (edit.append.length > 0) {
      const headerAt = new Map<number, string>();
      for (const [header, j] of position) headerAt.set(j, header);
      const owned = edit.ownedColumns.map((o) => ({ j: columnOf(o.column), values: o.values.slice(table.dataRows) }));
      const writes: CellWrite[][] = edit.append.map((record, k) => {
        const row = headers.map((_, j): CellWrite => {
          const header = headerAt.get(j);
          return (header !== undefined ? record[header] : undefined) ?? { value: null };
        });
        for (const o of owned) row[o.j] = o.values[k];
        return row;
      });
      const rows = writes.map((r) => r.map((c) => toExcelInput(c.value)));
      const name = table.name;
      const slices = this.caps.multiRowAdd ? sliceRows(rows, this.maxCallBytes) : rows.map((r, i) => ({ start: i, rows: [r], bytes: jsonBytes(r) }));
      for (const slice of slices) {
        const data = slice.rows;
        this.call(slice.bytes, (live) => {
          live.table(name).rows.add(AT_END, data);
        });
      }
      const firstNew = bodyTop + table.dataRows;
      this.record(name, { row: firstNew, column: table.firstColumn, rows: rows.length, columns: headers.length });
      for (let j = 0; j < headers.length; j++) {
        this.formatRuns(sheet, firstNew, table.firstColumn + j, writes.map((r) => r[j].style));
      }
      table.written = { from: table.dataRows, weights: RowWeights.of(rows) };
      table.dataRows += rows.length;
      table.bodyRows = table.dataRows;
      this.sheets.get(key(sheet))?.occupied.push(tableRect(table));
    }
  }

  /** The top left cell of another table on `self`'s sheet within `area`, if any. */
  private otherTableIn(self: TablePlan, area: Rect): string | null {
    let first: { row: number; column: number } | null = null;
    for (const t of this.tables.values()) {
      if (t === self || key(t.sheet) !== key(self.sheet)) continue;
      const r = tableRect(t);
      if (!intersects(r, area)) continue;
      const at = { row: Math.max(r.row, area.row), column: Math.max(r.column, area.column) };
      if (!first || at.row < first.row || (at.row === first.row && at.column < first.column)) first = at;
    }
    return first && cellAddress(first.row, first.column);
  }

  /** Values of adjacent rows in one table column, and the number formats their styles ask for. */
  private columnRun(table: TablePlan, j: number, firstRow: number, cells: readonly CellWrite[]): void {
    const row = table.headerRow + 1 + firstRow;
    const column = table.firstColumn + j;
    this.matrix(table.sheet, row, column, cells.map((c) => [toExcelInput(c.value)]), "values");
    this.record(table.name, { row, column, rows: cells.length, columns: 1 });
    this.formatRuns(table.sheet, row, column, cells.map((c) => c.style));
  }

  /** Number formats down one column, one call per run of cells that share a format. */
  private formatRuns(sheet: string, row: number, column: number, styles: readonly (CellStyle | undefined)[]): void {
    const items = styles.map((s, i) => ({ i, format: styleNumberFormat(s) }));
    for (const run of runsBy(items, (a, b) => a.format === b.format)) {
      if (run[0].format) this.numberFormat(sheet, { row: row + run[0].i, column, rows: run.length, columns: 1 }, run[0].format);
    }
  }

  /** What a column the add-in creates gets: format, width, dropdown, warning highlight. */
  private columnFormats(sheet: string, body: Rect, spec: ColumnSpec): void {
    const format = styleNumberFormat(spec.style);
    if (format) this.numberFormat(sheet, body, format);
    if (spec.style === "wrap") this.look(sheet, body, { wrap: true });
    if (spec.width) this.columnWidth(sheet, body.column, body.column, spec.width);
    const allowed = (spec.allowed ?? []).filter((v) => v.trim() !== "" && !v.includes(","));
    if (allowed.length > 0 && this.caps.dataValidation) {
      const source = allowed.join(",");
      this.call(source.length * 2 + 64, (live) => {
        const validation = live.range(sheet, body).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source } };
        // A dropdown to help, not a lock: validation reports unknown statuses instead.
        validation.errorAlert = { showAlert: false, style: "Information", title: "", message: "" };
      });
    }
    const warnings = [spec.header, ...spec.synonyms].some((h) => WARNING_KEYS.has(matchKey(h)));
    if (warnings && this.caps.conditionalFormats) {
      const formula = `=LEN(TRIM(${cellAddress(body.row, body.column)}))>0`;
      this.call(96, (live) => {
        const cf = live.range(sheet, body).conditionalFormats.add("Custom");
        cf.custom.rule.formula = formula;
        cf.custom.format.fill.color = WARNING_HIGHLIGHT.fill;
        cf.custom.format.font.color = WARNING_HIGHLIGHT.fontColor;
      });
    }
  }

  private createTable(edit: TableEdit): void {
    const sheet = this.ensureSheet(edit.sheet);
    const n = edit.append.length;
    if (edit.cells.length > 0 || edit.ownedColumns.some((o) => o.values.length !== n)) throw staleWorkbook(edit.table);
    const specs = edit.columns;
    const writes: CellWrite[][] = edit.append.map((record) => specs.map((s) => record[s.header] ?? { value: null }));
    for (const owned of edit.ownedColumns) {
      const j = specs.findIndex((s) => s.header === owned.column);
      if (j < 0) throw new Error(`Column "${owned.column}" is written but not listed in the edit's columns of ${edit.table}`);
      owned.values.forEach((v, k) => (writes[k][j] = v));
    }
    // A table with no rows still shows one blank body row in Excel.
    const rect = this.place(sheet, edit.anchor, 1 + Math.max(1, n), specs.length);
    const values: ExcelInput[][] = [specs.map((s) => toExcelInput(s.header)), ...writes.map((r) => r.map((c) => toExcelInput(c.value)))];
    this.matrix(sheet.name, rect.row, rect.column, values, "values");
    const bodyRect: Rect = { row: rect.row + 1, column: rect.column, rows: Math.max(1, n), columns: specs.length };
    this.call(64, (live) => live.addTable(sheet.name, { ...rect, rows: 1 + n }, edit.table));
    specs.forEach((spec, j) => {
      const column: Rect = { ...bodyRect, column: rect.column + j, columns: 1 };
      this.columnFormats(sheet.name, column, spec);
      this.formatRuns(sheet.name, bodyRect.row, column.column, writes.map((r) => (styleNumberFormat(r[j].style) === styleNumberFormat(spec.style) ? undefined : r[j].style)));
    });
    if (edit.table === TABLES.tasks && this.caps.freezePanes && sheet.created) {
      const rows = rect.row;
      const name = sheet.name;
      this.call(32, (live) => live.sheet(name).freezePanes.freezeRows(rows));
    }
    const table: TablePlan = {
      name: edit.table,
      sheet: sheet.name,
      headers: specs.map((s) => s.header),
      headerRow: rect.row,
      firstColumn: rect.column,
      bodyRows: Math.max(1, n),
      dataRows: n,
      written: { from: 0, weights: RowWeights.of(values.slice(1)) },
    };
    this.tables.set(key(edit.table), table);
    // Not recorded for live sync: the cells are written before the table exists, so they raise no
    // table events, and recording the whole table would hide the user's first edits in it.
    sheet.occupied.push(rect);
  }

  /** At the anchor, or below everything on the sheet when that would cover cells in use. */
  private place(sheet: SheetPlan, anchor: { row: number; column: number }, rows: number, columns: number): Rect {
    const at: Rect = { row: anchor.row, column: anchor.column, rows, columns };
    if (!sheet.occupied.some((r) => intersects(r, at))) return at;
    const bottom = Math.max(...sheet.occupied.map((r) => r.row + r.rows - 1));
    return { ...at, row: bottom + 2 };
  }

  // ---- owned sheets ----------------------------------------------------------------------------

  private ownedSheet(content: OwnedSheetContent): void {
    const marker = this.tables.get(key(content.markerTable));
    let name: string;
    if (marker) {
      name = marker.sheet;
      const sheet = this.sheets.get(key(name));
      const charts = sheet?.chartCount ?? 0;
      const doomed = [...this.tables.values()].filter((t) => key(t.sheet) === key(name)).map((t) => t.name);
      this.call(64 * (charts + doomed.length + 1), (live) => {
        const s = live.sheet(name);
        // From the last chart down, so the indexes stay valid while deleting.
        for (let i = charts - 1; i >= 0; i--) s.charts.getItemAt(i).delete();
        for (const t of doomed) live.deleteTable(t);
        s.getRange().clear();
        // The previous build's row heights would not fit this one's rows.
        if (this.caps.standardHeight) s.getRange().format.useStandardHeight = true;
      });
      for (const t of doomed) this.tables.delete(key(t));
      if (sheet) {
        sheet.occupied = [];
        sheet.chartCount = 0;
      }
    } else {
      name = this.freeSheetName(content.preferredName);
      this.ensureSheet(name);
    }
    const sheet = this.sheets.get(key(name)) as SheetPlan;

    for (const block of content.blocks) this.block(name, block);
    for (const t of content.tables) {
      const rect: Rect = { row: t.row, column: t.column, rows: t.rowCount + 1, columns: t.columnCount };
      this.call(64, (live) => live.addTable(name, rect, t.name));
      this.tables.set(key(t.name), {
        name: t.name,
        sheet: name,
        headers: [],
        headerRow: t.row,
        firstColumn: t.column,
        bodyRows: Math.max(1, t.rowCount),
        dataRows: t.rowCount,
      });
      sheet.occupied.push(rect);
    }
    const widths = content.columnWidths.map((w, i) => ({ i, w }));
    for (const run of runsBy(widths, (a, b) => a.w === b.w)) {
      if (run[0].w > 0) this.columnWidth(name, run[0].i + 1, run[run.length - 1].i + 1, run[0].w);
    }
    for (const chart of content.charts) this.chart(name, chart, content.blocks);
    sheet.chartCount += content.charts.length;
    this.ownedLayout(name, content);
    if (content.activate) this.call(16, (live) => live.sheet(name).activate());
    this.ownedSheets[content.markerTable] = name;
  }

  /** Merged cells, row heights and page setup of an owned sheet (see printLayout.ts). */
  private ownedLayout(name: string, content: OwnedSheetContent): void {
    const caps = this.caps;
    const lastRow = Math.max(0, ...content.blocks.map((b) => b.row + b.cells.length - 1));
    const area: Rect = { row: 1, column: 1, rows: Math.max(1, lastRow), columns: Math.max(1, content.columnWidths.length) };
    // In a row that wraps, every cell starts on the first line.
    if (lastRow > 0) this.call(48, (live) => (live.range(name, area).format.verticalAlignment = "Top"));
    if (caps.rowLayout) {
      // Excel measures wrapped text itself (one call, whatever the rows); not in merged cells, whose
      // rows take the height the core computed.
      if (lastRow > 0) this.call(48, (live) => live.range(name, area).format.autofitRows());
      for (const m of content.merges ?? []) {
        this.call(48, (live) => live.range(name, m).merge(false));
        const h = content.rowHeights?.find((x) => x.row === m.row);
        if (h && m.rows === 1) this.call(48, (live) => (live.range(name, { row: m.row, column: 1, rows: 1, columns: 1 }).format.rowHeight = h.points));
      }
    }
    const setup = content.print;
    if (setup) this.call(PAGE_LAYOUT_BYTES, (live) => applyPageLayout(live.sheet(name), setup, caps));
  }

  /** PrintEdit: the table's sheet set up for A4; its rows fitted to their wrapped text. */
  private print(edit: PrintEdit): void {
    const table = this.tables.get(key(edit.table));
    if (!table) return;
    const caps = this.caps;
    const setup = edit.repeatHeader ? { ...edit.setup, repeatRows: { first: table.headerRow, last: table.headerRow } } : edit.setup;
    this.call(PAGE_LAYOUT_BYTES, (live) => applyPageLayout(live.sheet(table.sheet), setup, caps));
    if (edit.fitRows) {
      const body: Rect = { row: table.headerRow + 1, column: table.firstColumn, rows: table.bodyRows, columns: Math.max(1, table.headers.length) };
      // Only the rows' heights change: the cells (values, looks, alignment) are the user's.
      if (caps.rowLayout) this.call(48, (live) => live.range(table.sheet, { ...body, row: table.headerRow, rows: body.rows + 1 }).format.autofitRows());
    }
  }

  private freeSheetName(preferred: string): string {
    const taken = (n: string): boolean => this.sheets.has(key(n));
    if (!taken(preferred)) return preferred;
    for (let k = 2; ; k++) {
      const suffix = ` (${k})`;
      const candidate = preferred.slice(0, 31 - suffix.length) + suffix;
      if (!taken(candidate)) return candidate;
    }
  }

  /** A block's values in one write, then its looks: one call per rectangle of cells sharing a style. */
  private block(sheet: string, block: Block): void {
    const width = Math.max(0, ...block.cells.map((r) => r.length));
    if (width === 0) return;
    const values = block.cells.map((r) => Array.from({ length: width }, (_, j): ExcelInput => toExcelInput(r[j]?.value ?? null)));
    this.matrix(sheet, block.row, block.column, values, "values");
    const styles = block.cells.map((r) => Array.from({ length: width }, (_, j) => r[j]?.style));
    for (const { style, rect } of styleRects(styles)) {
      const look = LOOKS[style];
      const r: Rect = { ...rect, row: block.row + rect.row, column: block.column + rect.column };
      if (look.numberFormat) this.numberFormat(sheet, r, look.numberFormat);
      this.look(sheet, r, look);
    }
    const first = this.sheets.get(key(sheet));
    first?.occupied.push({ row: block.row, column: block.column, rows: block.cells.length, columns: width });
  }

  private chart(sheet: string, spec: ChartSpec, blocks: readonly Block[]): void {
    const cat = spec.categories;
    const columns = spec.series.map((s) => s.column);
    const sameRows = spec.series.every((s) => s.row === cat.row);
    const adjacent = sameRows && columns.every((c, i) => c === cat.column + 1 + i);
    let source: Rect;
    let drop: number[] = [];
    if (adjacent) {
      source = { row: cat.row, column: cat.column, rows: cat.count, columns: 1 + columns.length };
    } else if (sameRows && this.caps.chartSeriesEdit && columns.every((c, i) => c > cat.column && (i === 0 || c > columns[i - 1]))) {
      // Take the whole span, then delete the series of the columns in between (ExcelApi 1.7).
      const last = columns[columns.length - 1];
      source = { row: cat.row, column: cat.column, rows: cat.count, columns: last - cat.column + 1 };
      for (let c = cat.column + 1; c <= last; c++) if (!columns.includes(c)) drop.push(c - cat.column - 1);
      drop = drop.reverse();
    } else {
      // Older Excel takes series from one rectangle only: copy the figures into cells the chart
      // itself covers (on the add-in's own sheet), and chart those.
      const lookup = cellLookup(blocks);
      const data: ExcelInput[][] = Array.from({ length: cat.count }, (_, i) => [
        toExcelInput(lookup(cat.row + i, cat.column)),
        ...spec.series.map((s) => toExcelInput(lookup(s.row + i, s.column))),
      ]);
      source = { row: spec.anchor.row, column: spec.anchor.column, rows: cat.count, columns: 1 + spec.series.length };
      this.matrix(sheet, source.row, source.column, data, "values");
    }
    const topLeft = cellAddress(spec.anchor.row, spec.anchor.column);
    const bottomRight = cellAddress(spec.anchor.row + spec.anchor.rows - 1, spec.anchor.column + spec.anchor.columns - 1);
    const names = spec.series.map((s) => s.name);
    this.call(jsonBytes(names) + spec.title.length + 128, (live) => {
      const chart = live.sheet(sheet).charts.add("ColumnStacked", live.range(sheet, source), "Columns");
      chart.title.text = spec.title;
      chart.setPosition(topLeft, bottomRight);
      for (const i of drop) chart.series.getItemAt(i).delete();
      names.forEach((n, i) => (chart.series.getItemAt(i).name = n));
    });
  }

  // ---- selection -------------------------------------------------------------------------------

  private select(edit: SelectEdit): void {
    const sheet = this.sheets.get(key(edit.sheet));
    if (!sheet) return;
    const name = sheet.name;
    this.call(32, (live) => {
      const s = live.sheet(name);
      s.activate();
      s.getCell(edit.row - 1, edit.column - 1).select();
    });
  }
}

function sheetPlan(s: SheetState): SheetPlan {
  return { name: s.name, occupied: s.used ? [s.used] : [], chartCount: s.chartCount, created: false };
}

function tableRect(t: { headerRow: number; firstColumn: number; bodyRows: number; headers: readonly string[] }): Rect {
  return { row: t.headerRow, column: t.firstColumn, rows: 1 + t.bodyRows, columns: Math.max(1, t.headers.length) };
}

/** Splits a list into runs of neighbours that `together` accepts. */
function runsBy<T>(items: readonly T[], together: (a: T, b: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && together(run[run.length - 1], item)) run.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** Rectangles (0-based within the block) of cells sharing a style: row runs, merged downwards. */
function styleRects(styles: readonly (readonly (CellStyle | undefined)[])[]): { style: CellStyle; rect: Rect }[] {
  const done: { style: CellStyle; rect: Rect }[] = [];
  let open: { style: CellStyle; rect: Rect }[] = [];
  styles.forEach((row, i) => {
    const runs: { style: CellStyle; column: number; columns: number }[] = [];
    row.forEach((style, j) => {
      const last = runs[runs.length - 1];
      if (style && last && last.style === style && last.column + last.columns === j) last.columns++;
      else if (style) runs.push({ style, column: j, columns: 1 });
    });
    const next: { style: CellStyle; rect: Rect }[] = [];
    for (const run of runs) {
      const k = open.findIndex((o) => o.style === run.style && o.rect.column === run.column && o.rect.columns === run.columns && o.rect.row + o.rect.rows === i);
      if (k >= 0) {
        const grown = { style: run.style, rect: { ...open[k].rect, rows: open[k].rect.rows + 1 } };
        open.splice(k, 1);
        next.push(grown);
      } else next.push({ style: run.style, rect: { row: i, column: run.column, rows: 1, columns: run.columns } });
    }
    done.push(...open);
    open = next;
  });
  return [...done, ...open];
}

function cellLookup(blocks: readonly Block[]): (row: number, column: number) => CellWrite["value"] {
  return (row, column) => {
    for (const b of blocks) {
      const cell = b.cells[row - b.row]?.[column - b.column];
      if (cell) return cell.value;
    }
    return null;
  };
}

/**
 * Runs the planned calls: one sync per chunk of at most `budget` bytes (one chunk for most
 * commands), with Excel's recalculation suspended until each sync where ExcelApi 1.6 allows.
 */
export async function executePlan(
  context: Excel.RequestContext,
  planner: EditPlanner,
  caps: Capabilities,
  budget: number,
  progress: Progress | undefined,
  finish: (context: Excel.RequestContext) => void,
): Promise<ApplyResult> {
  const live = new Live(context);
  const chunks = chunkByBytes(planner.ops, budget);
  if (chunks.length === 0) chunks.push([]);
  // Chunks run one after another; this is the only place where the number of syncs grows with the
  // size of what is written, and only past the budget.
  await chunks.reduce(
    (previous, chunk, i) =>
      previous.then(async () => {
        if (caps.calcSuspend && chunk.length > 0) context.application.suspendApiCalculationUntilNextSync();
        for (const op of chunk) op.run(live);
        if (i === chunks.length - 1) finish(context);
        await context.sync();
        progress?.(i + 1, chunks.length, "write");
      }),
    Promise.resolve(),
  );
  return { ownedSheets: { ...planner.ownedSheets } };
}
