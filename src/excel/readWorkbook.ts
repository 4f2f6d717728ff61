import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../core/workbook/types";
import { rangeAddress, type Rect } from "./a1";
import type { Capabilities } from "./capabilities";
import { fromExcelOutput } from "./cellInput";
import { formulaShare, queueFormulaCells, type FormulaCells } from "./formulaCells";
import { DEFAULT_RESPONSE_BUDGET } from "./payload";
import { RowWeights } from "./rowWeights";

/** One table as the adapter sees it (1-based positions). */
export interface TableState {
  readonly name: string;
  readonly sheet: string;
  readonly headers: string[];
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Rows in the data body as Excel has it (a table with no data shows one blank row). */
  readonly bodyRows: number;
  /** Data rows as the core sees them: 0 when the body is that one blank row. */
  readonly dataRows: number;
  readonly rows?: CellValue[][];
  /** Which of `rows`' cells hold a formula; absent when none does (or the rows were not read). */
  readonly formulas?: boolean[][];
}

export interface SheetState {
  readonly name: string;
  readonly lastRow: number;
  /** The used range's rectangle, null when the sheet is empty. */
  readonly used: Rect | null;
  readonly chartCount: number;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
}

/** Names of the sheets and tables of a workbook, as last seen. */
export interface KnownNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
}

/** How big a table was when last read or written: what its rows weigh, and where they were. */
export interface SizeHint {
  readonly weights: RowWeights;
  /** Where its rows were: lets the first look read a first slice of them already. */
  readonly at?: { readonly sheet: string; readonly headerRow: number; readonly firstColumn: number; readonly columns: number };
}

export interface LoadOptions {
  /** Load every table's data rows (read()); apply() needs only their count and first row. */
  readonly bodies: boolean;
  readonly charts: boolean;
  /** Queued before the first sync (apply() turns the add-in's events off there). */
  readonly beforeFirstSync?: (context: Excel.RequestContext) => void;
  /**
   * Sheets and tables the port saw in its last read. Their items are then looked at by name in the
   * same sync that lists the workbook's names, which saves a round trip when the lists still match
   * (they are checked in that very sync; when they do not, the workbook is looked at from its names).
   */
  readonly known?: KnownNames;
  /**
   * Sizes of tables seen before (by table name). A table whose rows, with the others', would not fit
   * in one response is not read whole (a refused response costs a round trip): its rows are read
   * in slices straight away. Only a hint: its rows are counted again, and a wrong weight costs at
   * most a slice read again.
   */
  readonly hints?: ReadonlyMap<string, SizeHint>;
  /** Bytes a response may carry when bodies are read in slices (default 4.5 MB). */
  readonly responseBudget?: number;
  /** Cells read by the first slice of a table whose weight is not known (after a response-size
   *  error); later slices are sized from the bytes the first ones held. */
  readonly cellsPerSlice?: number;
}

export function namesOf(state: WorkbookState): KnownNames {
  return { sheets: state.sheets.map((s) => s.name), tables: state.tables.map((t) => t.name) };
}

const isPayloadError = (e: unknown): boolean =>
  /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(String((e as { code?: unknown })?.code ?? ""));

const blankRow = (row: readonly unknown[] | undefined): boolean => !row || row.every((v) => v === "" || v === null);

const sameNames = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((n) => set.has(n));
};

/** What a cell is guessed to weigh in a response before any has been read (a cautious guess). */
const INITIAL_BYTES_PER_CELL = 40;
/** Share of the budget a read aims at: rows sized from a profile of their weights come close to
 *  it; rows sized from an average of others leave room, as rows further down may be heavier. */
const FILL_PROFILED = 0.97;
const FILL_AVERAGED = 0.9;

/**
 * The tables to leave out of a whole read: the heaviest ones known, until the rest fits in one
 * response. Tables never seen are read whole (they are small, or the response is refused and the
 * rows are read in slices then).
 */
function tooBigForOneResponse(hints: ReadonlyMap<string, SizeHint> | undefined, budget: number): { skip: Set<string>; rest: number } {
  const skip = new Set<string>();
  if (!hints) return { skip, rest: 0 };
  const sized = [...hints].map(([n, h]) => ({ n, bytes: h.weights.total })).sort((a, b) => b.bytes - a.bytes);
  let rest = sized.reduce((s, t) => s + t.bytes, 0);
  for (const t of sized) {
    if (rest <= budget) break;
    skip.add(t.n);
    rest -= t.bytes;
  }
  return { skip, rest };
}

interface QueuedSheet {
  readonly name: () => string;
  readonly used: Excel.Range;
  readonly a1: Excel.Range | null;
  readonly charts: Excel.ChartCollection | null;
}

interface QueuedTable {
  readonly name: () => string;
  readonly header: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly body: Excel.Range;
  /** The first body row, when the body itself is not loaded (a blank one means no data). */
  readonly first: Excel.Range | null;
  /** The formula cells of the body, or of its first row when the body is not loaded. */
  readonly formulas: FormulaCells;
}

/** Queues, for every sheet its used range and for every table its header, position and body. */
function queueItems(
  caps: Capabilities,
  opts: LoadOptions,
  sheets: readonly { sheet: Excel.Worksheet; name: () => string }[],
  tables: readonly { table: Excel.Table; name: () => string; body: boolean }[],
): { sheets: QueuedSheet[]; tabs: QueuedTable[] } {
  return {
    sheets: sheets.map(({ sheet, name }) => {
      const used = caps.nullObjects
        ? sheet.getUsedRangeOrNullObject(true)
        : caps.valuesOnlyUsedRange
          ? sheet.getUsedRange(true)
          : sheet.getUsedRange();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // Below 1.4 a blank sheet's used range is A1: its value tells a blank sheet from one using A1.
      const a1 = caps.nullObjects ? null : sheet.getRange("A1").load("values");
      const charts = opts.charts ? sheet.charts.load("items/name") : null;
      return { name, used, a1, charts };
    }),
    tabs: tables.map(({ table, name, body: withBody }) => {
      const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
      const sheet = header.worksheet.load("name");
      const body = table.getDataBodyRange().load(withBody ? "values,rowCount,columnCount" : "rowCount,columnCount");
      const first = withBody ? null : table.getDataBodyRange().getRow(0).load("values");
      // A row whose only content is a formula showing "" is not the blank row of an empty table.
      const formulas = queueFormulaCells(caps, first ?? body);
      return { name, header, sheet, body, first, formulas };
    }),
  };
}

function sheetState(s: QueuedSheet): SheetState {
  const u = s.used;
  const empty =
    s.a1 === null
      ? u.isNullObject
      : u.rowCount === 1 && u.columnCount === 1 && u.rowIndex === 0 && u.columnIndex === 0 && blankRow(s.a1.values[0]);
  const used = empty ? null : { row: u.rowIndex + 1, column: u.columnIndex + 1, rows: u.rowCount, columns: u.columnCount };
  return { name: s.name(), lastRow: used ? used.row + used.rows - 1 : 0, used, chartCount: s.charts ? s.charts.items.length : 0 };
}

function tableState(t: QueuedTable): TableState {
  const headers = (t.header.values[0] ?? []).map((v) => String(v ?? ""));
  const headerRow = t.header.rowIndex + 1;
  const firstColumn = t.header.columnIndex + 1;
  const bodyRows = t.body.rowCount;
  const withBody = t.first === null;
  const marks = t.formulas.marks({ row: headerRow + 1, column: firstColumn, rows: withBody ? bodyRows : 1, columns: t.body.columnCount });
  const firstBlank = bodyRows === 1 && blankRow(withBody ? t.body.values[0] : t.first?.values[0]) && !marks?.[0]?.includes(true);
  const dataRows = firstBlank ? 0 : bodyRows;
  const rows = withBody ? t.body.values.slice(0, dataRows).map((r) => r.map(fromExcelOutput)) : undefined;
  const formulas = withBody && marks && dataRows > 0 ? marks.slice(0, dataRows) : undefined;
  return { name: t.name(), sheet: t.sheet.name, headers, headerRow, firstColumn, bodyRows, dataRows, rows, ...(formulas ? { formulas } : {}) };
}

/**
 * Reads sheets and tables in two syncs whatever the size: names first (collections must be loaded
 * before their items can be used), then for every sheet its used range and for every table its
 * header, position and body, all queued together. With `known` names (the port's last read), the
 * items are queued by name in the first sync already: one sync when the names still match.
 *
 * Past Excel on the web's 5 MB response limit the bodies are read in slices, as many per sync as the
 * response budget allows: straight away for the tables `hints` say are too big, else after the
 * host refused the whole read.
 */
export async function loadWorkbook(context: Excel.RequestContext, caps: Capabilities, opts: LoadOptions): Promise<WorkbookState> {
  // Budgets and hints count the bytes of values; below ExcelApi 1.9 the formulas read with them
  // weigh as much again.
  const budget = (opts.responseBudget ?? DEFAULT_RESPONSE_BUDGET) / (opts.bodies ? formulaShare(caps) : 1);
  const sized = tooBigForOneResponse(opts.hints, budget);
  return firstLook({ context, caps, opts, budget, rest: sized.rest }, opts.known ?? null, opts.bodies ? sized.skip : null);
}

interface Look {
  readonly context: Excel.RequestContext;
  readonly caps: Capabilities;
  readonly opts: LoadOptions;
  /** Bytes of values a response may carry. */
  readonly budget: number;
  /** Bytes of the bodies read whole, as hinted. */
  readonly rest: number;
}

/**
 * The workbook's names, and with `known` names the items themselves, in one sync. `skip`: the
 * tables whose bodies are not read whole (null: no bodies at all).
 */
async function firstLook(look: Look, known: KnownNames | null, skip: ReadonlySet<string> | null): Promise<WorkbookState> {
  const { context, caps, opts } = look;
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  opts.beforeFirstSync?.(context);
  const speculative = known
    ? queueItems(
        caps,
        opts,
        known.sheets.map((n) => ({ sheet: caps.nullObjects ? worksheets.getItemOrNullObject(n) : worksheets.getItem(n), name: () => n })),
        known.tables.map((n) => ({ table: caps.nullObjects ? tables.getItemOrNullObject(n) : tables.getItem(n), name: () => n, body: bodyOf(skip, n) })),
      )
    : null;
  try {
    await context.sync();
  } catch (e) {
    if (!speculative) throw e;
    // Too large a response: the same without bodies. Anything else (a sheet or table of the last
    // read is gone): look at the workbook from its names.
    return skip !== null && isPayloadError(e) ? firstLook(look, known, null) : firstLook(look, null, skip);
  }
  if (speculative && known) {
    const sheetNames = worksheets.items.map((s) => s.name);
    if (sameNames(sheetNames, known.sheets) && sameNames(tables.items.map((t) => t.name), known.tables)) {
      const byName = new Map(speculative.sheets.map((s) => [s.name(), s]));
      // In the workbook's order (a user may have moved a sheet).
      const sheets = sheetNames.map((n) => sheetState(byName.get(n) as QueuedSheet));
      return withSlices(look, sheets, speculative.tabs.map(tableState), new Map());
    }
  }
  return itemsByName(look, worksheets, tables, skip);
}

const bodyOf = (skip: ReadonlySet<string> | null, name: string): boolean => skip !== null && !skip.has(name);

/**
 * Every sheet and table of the loaded name lists, in one sync. The tables too big to read whole
 * have their first slice read in it already, where a hint says they were (kept only if the table
 * is still exactly there).
 */
async function itemsByName(look: Look, worksheets: Excel.WorksheetCollection, tables: Excel.TableCollection, skip: ReadonlySet<string> | null): Promise<WorkbookState> {
  const { context, caps, opts, budget } = look;
  const sheetNames = new Set(worksheets.items.map((s) => s.name));
  const tableNames = new Set(tables.items.map((t) => t.name));
  const loaded = queueItems(
    caps,
    opts,
    worksheets.items.map((sheet) => ({ sheet, name: () => sheet.name })),
    tables.items.map((table) => ({ table, name: () => table.name, body: bodyOf(skip, table.name) })),
  );
  const early = new Map<string, { range: Excel.Range; formulas: FormulaCells; rows: number; hint: SizeHint }>();
  let room = budget * FILL_PROFILED - look.rest;
  for (const name of skip ?? []) {
    const hint = opts.hints?.get(name);
    if (!hint?.at || !tableNames.has(name) || !sheetNames.has(hint.at.sheet)) continue;
    const rows = hint.weights.fit(0, room, hint.weights.rows);
    if (rows <= 0) break;
    const { sheet, headerRow, firstColumn, columns } = hint.at;
    const range = worksheets.getItem(sheet).getRange(rangeAddress(headerRow + 1, firstColumn, rows, columns)).load("values");
    early.set(name, { range, formulas: queueFormulaCells(caps, range), rows, hint });
    room -= hint.weights.bytes(0, rows);
  }
  try {
    await context.sync();
  } catch (e) {
    // Refused as too large, or a sheet gone since its name was read: again, without bodies.
    if (skip === null || (early.size === 0 && !isPayloadError(e))) throw e;
    return itemsByName(look, worksheets, tables, null);
  }
  const states = loaded.tabs.map(tableState);
  const partial = new Map<string, Slice>();
  for (const t of states) {
    const got = early.get(t.name);
    const at = got?.hint.at;
    if (!got || !at || t.sheet !== at.sheet || t.headerRow !== at.headerRow || t.firstColumn !== at.firstColumn || t.headers.length !== at.columns) continue;
    const rows = Math.min(got.rows, t.dataRows);
    const marks = got.formulas.marks({ row: t.headerRow + 1, column: t.firstColumn, rows, columns: at.columns });
    partial.set(t.name, { rows: got.range.values.slice(0, rows).map((r) => r.map(fromExcelOutput)), marks });
  }
  return withSlices(look, loaded.sheets.map(sheetState), states, partial);
}

/** The first rows of a table, read with the names' items: values, and which hold formulas. */
interface Slice {
  readonly rows: CellValue[][];
  readonly marks: boolean[][] | null;
}

/** Reads the bodies the first look left out (or read the first rows of), when bodies were asked for. */
async function withSlices(look: Look, sheets: SheetState[], tableStates: TableState[], partial: ReadonlyMap<string, Slice>): Promise<WorkbookState> {
  const { context, caps, opts, budget } = look;
  if (!opts.bodies || tableStates.every((t) => t.rows)) return { sheets, tables: tableStates };
  const guess = budget / (opts.cellsPerSlice ?? Math.floor(budget / INITIAL_BYTES_PER_CELL));
  const missing = tableStates.filter((t) => !t.rows);
  const read = await readBodiesInSlices(
    context,
    caps,
    missing.map((t) => ({ table: t, done: partial.get(t.name) ?? { rows: [], marks: null }, weights: opts.hints?.get(t.name)?.weights ?? null })),
    budget,
    guess,
  );
  return {
    sheets,
    tables: tableStates.map((t) => {
      if (t.rows) return t;
      const { rows, formulas } = read[missing.indexOf(t)];
      return { ...t, rows, ...(formulas ? { formulas } : {}) };
    }),
  };
}

interface BodyWork {
  readonly table: number;
  readonly sheet: string;
  readonly firstRow: number;
  readonly column: number;
  readonly columns: number;
  readonly rows: number;
  next: number;
  /** A profile of the rows' weights (from a hint), scaled by what rows read so far weighed. */
  readonly weights: RowWeights | null;
  scale: number;
  /** Without a profile: what a row is expected to weigh. */
  bytesPerRow: number;
  /** The expectation comes from rows read or a profile, not from a guess. */
  measured: boolean;
}

const expected = (w: BodyWork, from: number, rows: number): number =>
  w.weights ? w.weights.bytes(from, from + rows) * w.scale : rows * w.bytesPerRow;

/**
 * Reads table bodies in slices, several per sync up to the response budget, sized from the rows'
 * profile where a hint gives one, else from what the rows read so far weighed. A sync refused as
 * too large is read again with less in it: rows guessed twice as heavy, or, once their weight is
 * measured, a budget half as big (the host's limit is lower than the budget).
 */
async function readBodiesInSlices(
  context: Excel.RequestContext,
  caps: Capabilities,
  tables: readonly { table: TableState; done: Slice; weights: RowWeights | null }[],
  budget: number,
  bytesPerCell: number,
): Promise<{ rows: CellValue[][]; formulas?: boolean[][] }[]> {
  const out: CellValue[][][] = tables.map((t) => t.done.rows);
  // Formula flags of a table, made whole (all false) when one of its slices holds a formula.
  const flags: (boolean[][] | undefined)[] = tables.map(() => undefined);
  const mark = (w: BodyWork, start: number, marks: boolean[][] | null): void => {
    if (!marks) return;
    const f = (flags[w.table] ??= Array.from({ length: w.rows }, () => Array<boolean>(w.columns).fill(false)));
    marks.forEach((row, k) => (f[start + k] = row));
  };
  const work: BodyWork[] = tables.map(({ table: t, done: { rows: done }, weights }, i) => {
    const columns = Math.max(1, t.headers.length);
    return {
      table: i,
      sheet: t.sheet,
      firstRow: t.headerRow + 1,
      column: t.firstColumn,
      columns,
      rows: t.dataRows,
      next: done.length,
      weights,
      scale: 1,
      bytesPerRow: Math.max(1, done.length > 0 ? RowWeights.of(done).perRow : bytesPerCell * columns),
      measured: weights !== null || done.length > 0,
    };
  });
  tables.forEach((t, i) => mark(work[i], 0, t.done.marks));
  // One sync per batch, one after the other: the only reads whose count grows with size, and only
  // past the response limit.
  const next = async (limit: number): Promise<void> => {
    const batch: { w: BodyWork; start: number; rows: number; range: Excel.Range; formulas: FormulaCells }[] = [];
    let room = limit;
    for (const w of work) {
      if (w.next >= w.rows) continue;
      const left = w.rows - w.next;
      let rows = w.weights ? w.weights.fit(w.next, room / w.scale, left) : Math.min(left, Math.floor(room / w.bytesPerRow));
      if (rows <= 0) {
        if (batch.length > 0) break;
        rows = 1;
      }
      const range = context.workbook.worksheets.getItem(w.sheet).getRange(rangeAddress(w.firstRow + w.next, w.column, rows, w.columns)).load("values");
      batch.push({ w, start: w.next, rows, range, formulas: queueFormulaCells(caps, range) });
      room -= expected(w, w.next, rows);
      w.next += rows;
      if (room <= 0) break;
    }
    if (batch.length === 0) return;
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || (batch.length === 1 && batch[0].rows === 1)) throw e;
      const planned = batch.reduce((n, b) => n + expected(b.w, b.start, b.rows), 0);
      for (const b of batch) {
        b.w.next = Math.min(b.w.next, b.start);
        if (!b.w.measured) b.w.bytesPerRow *= 2;
      }
      return next(batch.every((b) => b.w.measured) ? Math.max(1, planned / 2) : limit);
    }
    for (const b of batch) {
      const target = out[b.w.table];
      b.range.values.forEach((row, k) => (target[b.start + k] = row.map(fromExcelOutput)));
      mark(b.w, b.start, b.formulas.marks({ row: b.w.firstRow + b.start, column: b.w.column, rows: b.rows, columns: b.w.columns }));
      const weighed = RowWeights.of(b.range.values).total;
      if (b.w.weights) {
        // The profile may be of an older state: scale it by how the rows just read compare.
        const profiled = b.w.weights.bytes(b.start, b.start + b.rows);
        if (profiled > 0) b.w.scale = Math.min(2, Math.max(0.5, weighed / profiled));
      } else b.w.bytesPerRow = Math.max(1, weighed / b.rows);
      b.w.measured = true;
    }
    return next(limit);
  };
  await next(budget * (work.every((w) => w.weights) ? FILL_PROFILED : FILL_AVERAGED));
  return out.map((rows, i) => {
    const formulas = flags[i];
    return formulas ? { rows, formulas } : { rows };
  });
}

export function toSnapshot(state: WorkbookState): WorkbookSnapshot {
  const tables: TableSnapshot[] = state.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    headers: t.headers,
    rows: t.rows ?? [],
    // Only where a cell holds a formula: most tables have none.
    ...(t.formulas ? { formulas: t.formulas } : {}),
    headerRow: t.headerRow,
    firstColumn: t.firstColumn,
  }));
  return { sheets: state.sheets.map((s) => ({ name: s.name, lastRow: s.lastRow })), tables };
}
