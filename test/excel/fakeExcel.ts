/**
 * A strict in-memory stand-in for the subset of the Excel JavaScript API (Office.js) the add-in
 * uses. Excel cannot run here, so the adapter's tests run against this instead. It is strict where
 * Excel is, so a test that passes here does not pass by accident:
 *
 *  - nothing happens until context.sync(): calls are queued and run in order at the sync, and
 *    values written are not visible before it; a failing call rejects the sync and drops the rest
 *    of the batch (what ran before it stays done, as in Excel);
 *  - reading a scalar property before load() + sync() throws PropertyNotLoaded;
 *  - calling an API above the configured requirement set throws ApiNotFound at the call
 *    (new FakeExcel({ apiVersion: "1.1" }) is Office 2016), including the version-dependent
 *    arguments (rows.add with many rows, columns.add at the end, getUsedRange(valuesOnly));
 *  - getItem of a missing sheet or table fails with ItemNotFound; duplicate or invalid sheet and
 *    table names, overlapping tables and wrongly sized value arrays fail as in Excel;
 *  - a string written to a cell is read the way Excel reads typed input: "=…" (and "+x", "-x",
 *    "@x") becomes a formula whose value is #NAME?, numbers, dates (d/m/y) and TRUE/FALSE are
 *    coerced, a leading apostrophe keeps the rest as text (and is not stored), and a cell formatted
 *    "@" keeps the string as it is — so formula injection shows up in tests;
 *  - every sync is counted, every write is logged with its sheet and address, and each request's
 *    payload (UTF-8 bytes of the JSON of its arguments, plus an overhead per action) is measured:
 *    over the limit (5 MB by default, as Excel on the web) the sync fails, like a response that
 *    is too large;
 *  - a table created from a header row alone has one blank body row, which the first added row
 *    fills (as in Microsoft's "create a table" sample);
 *  - Range.formulas gives a formula cell's formula and any other cell's value, and
 *    getSpecialCellsOrNullObject("Formulas") (ExcelApi 1.9) the formula cells as areas; both are
 *    counted in the response's bytes, as values are;
 *  - table change events (ExcelApi 1.7) fire after the sync for the add-in's writes and for
 *    userEdit(), asynchronously, unless Runtime.enableEvents is false at the time of the change;
 *    TableChangedEventArgs has no triggerSource, as in every ExcelApi set.
 *
 * It is plain TypeScript with no Node APIs, so the browser tests can bundle it as window.Excel.
 */

type Scalar = string | number | boolean;
type Matrix = Scalar[][];

/** 0-based rectangle. */
interface Box {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

export interface FakeCell {
  /** null when empty; for a formula, its (fake) computed value. */
  value: Scalar | null;
  formula?: string;
  /** Stored as text (apostrophe prefix or "@" format). */
  text?: boolean;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  align?: string;
  valign?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  position: { topLeft: string; bottomRight: string } | null;
  series: { name: string; column: number }[];
}

interface SheetModel {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  widths: Map<number, number>;
  charts: FakeChart[];
  freezeRows: number;
  validations: { address: string; rule: unknown; errorAlert?: unknown }[];
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string; fontColor?: string }[];
  /** Row heights in points by 1-based row (RangeFormat.rowHeight), merged areas, autofitted ranges. */
  heights?: Map<number, number>;
  merges?: Box[];
  autofitRows?: string[];
  /** What Worksheet.pageLayout was given (ExcelApi 1.9). */
  pageLayout?: Record<string, unknown>;
}

interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row and first column, 0-based. */
  r: number;
  c: number;
  cols: number;
  /** 0 for a table with only its blank body row. */
  dataRows: number;
}

export interface WriteRecord {
  readonly sheet: string;
  readonly address: string;
  readonly kind: string;
}

export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x supported, e.g. "1.1" (Office 2016) … "1.20". Default "1.20". */
  readonly apiVersion?: string;
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

const ACTION_BYTES = 100;
const GENERAL = "General";

function utf8(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    n += ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch >= 0xd800 && ch < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
const bytesOf = (v: unknown): number => utf8(JSON.stringify(v) ?? "");

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
function a1(b: Box): string {
  const first = `${letters(b.c)}${b.r + 1}`;
  return b.rows === 1 && b.cols === 1 ? first : `${first}:${letters(b.c + b.cols - 1)}${b.r + b.rows}`;
}
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
function parseAddress(address: string): Box {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  let m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(bare);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = col(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? col(m[3]) : c1;
    return { r: Math.min(r1, r2), c: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
  }
  m = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(bare);
  if (m) return { r: 0, c: col(m[1]), rows: MAX_ROWS, cols: col(m[2]) - col(m[1]) + 1 };
  m = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (m) return { r: Number(m[1]) - 1, c: 0, rows: Number(m[2]) - Number(m[1]) + 1, cols: MAX_COLS };
  throw new FakeOfficeError("InvalidArgument", `The address "${address}" is not valid`);
}
const overlap = (a: Box, b: Box): boolean => a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
const intersection = (a: Box, b: Box): Box | null => {
  const r = Math.max(a.r, b.r);
  const c = Math.max(a.c, b.c);
  const r2 = Math.min(a.r + a.rows, b.r + b.rows);
  const c2 = Math.min(a.c + a.cols, b.c + b.cols);
  return r < r2 && c < c2 ? { r, c, rows: r2 - r, cols: c2 - c } : null;
};
const keyOf = (r: number, c: number): string => `${r},${c}`;
const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Excel 1900 serial of a valid d/m/y (the fake reads dates as a Vietnamese-locale Excel does). */
function dateSerial(d: number, m: number, y: number): number | null {
  if (y < 100) y += 2000;
  if (m < 1 || m > 12 || d < 1) return null;
  const dim = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  if (d > dim) return null;
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** How Excel stores what it is given, as if typed. */
function storeInput(cell: FakeCell, input: Scalar): void {
  delete cell.formula;
  cell.text = false;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.value = null;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.text = true;
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    cell.text = true;
    return;
  }
  const t = input.trim();
  if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t)) {
    cell.value = Number(t);
    return;
  }
  if (/^[=+\-@]/.test(input)) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    cell.value = "#NAME?";
    return;
  }
  if (/^\d+(\.\d+)?%$/.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    return;
  }
  const date = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(t);
  if (date) {
    const serial = dateSerial(Number(date[1]), Number(date[2]), Number(date[3]));
    if (serial !== null) {
      cell.value = serial;
      return;
    }
  }
  if (/^(true|false)$/i.test(t)) {
    cell.value = t.toLowerCase() === "true";
    return;
  }
  cell.value = input;
  cell.text = true;
}

const notLoaded = (type: string, name: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

interface Queued {
  readonly bytes: number;
  readonly run: () => void;
}

type Handler = (args: unknown) => Promise<unknown> | unknown;

/** The workbook and its host: state, counters, and the `run` to hand the adapter as Excel.run. */
export class FakeExcel {
  readonly apiMinor: number;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
  readonly sheets: SheetModel[] = [];
  readonly tableModels: TableModel[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  enableEvents = true;
  syncCount = 0;
  /** Per sync: payload bytes sent. */
  readonly requests: number[] = [];
  /** Largest response delivered, and how many were refused as over the limit. */
  maxResponseBytes = 0;
  refusedResponses = 0;
  /** Syncs preceded by suspendApiCalculationUntilNextSync. */
  calcSuspendedSyncs = 0;
  readonly writes: WriteRecord[] = [];
  /** API name → requirement-set minor version, for every API the adapter called. */
  readonly apiUsed = new Map<string, number>();
  readonly handlers = new Set<Handler>();
  private ids = 0;
  private pendingEvents: unknown[] = [];

  constructor(opts: FakeExcelOptions = {}) {
    const m = /^1\.(\d+)$/.exec(opts.apiVersion ?? "1.20");
    if (!m) throw new Error(`apiVersion must look like "1.7", got ${opts.apiVersion}`);
    this.apiMinor = Number(m[1]);
    this.requestLimitBytes = opts.requestLimitBytes ?? 5_000_000;
    this.responseLimitBytes = opts.responseLimitBytes ?? 5_000_000;
  }

  /** Office.context.requirements.isSetSupported for this host. */
  readonly isSetSupported = (name: string, version: string): boolean => {
    const m = /^1\.(\d+)$/.exec(version);
    return name === "ExcelApi" && m !== null && Number(m[1]) <= this.apiMinor;
  };

  /** Use as Excel.run: run(batch) or run(contextOrObject, batch). */
  readonly run = (async (a: unknown, b?: unknown): Promise<unknown> => {
    const batch = (typeof a === "function" ? a : b) as (ctx: FakeContext) => Promise<unknown>;
    const reuse = typeof a === "function" ? null : a instanceof FakeContext ? a : (a as { context?: FakeContext }).context;
    const ctx = reuse ?? new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  }) as unknown as typeof Excel.run;

  /** What a browser test injects: window.Excel, and the part of window.Office the add-in reads. */
  globals(): { Excel: { run: typeof Excel.run }; Office: { context: { requirements: { isSetSupported(name: string, version?: string): boolean } } } } {
    const isSetSupported = (name: string, version?: string): boolean => this.isSetSupported(name, version ?? "1.1");
    return { Excel: { run: this.run }, Office: { context: { requirements: { isSetSupported } } } };
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.requests);
  }

  /** Highest requirement-set minor version among the APIs the adapter used. */
  get maxApiUsed(): number {
    return Math.max(1, ...this.apiUsed.values());
  }

  // ---- test setup and inspection (direct, no sync) -------------------------------------------

  nextId(prefix: string): string {
    this.ids++;
    return `{${prefix}-${this.ids}}`;
  }

  addSheet(name: string): SheetModel {
    this.checkSheetName(name);
    const sheet: SheetModel = {
      id: this.nextId("sheet"),
      name,
      cells: new Map(),
      widths: new Map(),
      charts: [],
      freezeRows: 0,
      validations: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet "${name}")`);
    return s;
  }

  /** Writes values as a user typing them would (same coercion), without events. */
  setValues(sheet: string, address: string, values: Matrix): void {
    const box = parseAddress(address);
    this.writeCells(this.sheet(sheet), box, values);
  }

  /** A formula typed by a user, showing `result` (the fake does not calculate). */
  setFormula(sheet: string, address: string, formula: string, result: Scalar | null): void {
    if (!formula.startsWith("=")) throw new Error("fake: a formula starts with =");
    const b = parseAddress(address);
    const cell = this.cellAt(this.sheet(sheet), b.r, b.c);
    cell.formula = formula;
    cell.value = result === "" ? null : result;
    cell.text = false;
  }

  /** Formats cells as a user would. */
  format(sheet: string, address: string, look: Partial<Omit<FakeCell, "value" | "formula" | "text">>): void {
    const s = this.sheet(sheet);
    const box = parseAddress(address);
    for (let r = box.r; r < box.r + box.rows; r++) for (let c = box.c; c < box.c + box.cols; c++) Object.assign(this.cellAt(s, r, c), look);
  }

  /** A table over an existing range whose first row holds the headers. */
  addTable(sheet: string, address: string, name: string): TableModel {
    return this.createTable(this.sheet(sheet), parseAddress(address), name);
  }

  /** A user deleting a table with its cells, or, with keepCells, converting it to a range. */
  removeTable(name: string, keepCells = false): void {
    const t = this.table(name);
    if (!keepCells) {
      const b = this.tableBox(t);
      for (let r = b.r; r < b.r + b.rows; r++) for (let c = b.c; c < b.c + b.cols; c++) t.sheet.cells.delete(keyOf(r, c));
    }
    this.tableModels.splice(this.tableModels.indexOf(t), 1);
  }

  /** A user typing a row just below a table: Excel extends the table over it. */
  typeBelowTable(name: string, values: Scalar[]): void {
    const t = this.table(name);
    const row = t.r + 1 + Math.max(1, t.dataRows);
    this.writeCells(t.sheet, { r: row, c: t.c, rows: 1, cols: t.cols }, [values]);
    t.dataRows = Math.max(1, t.dataRows) + 1;
  }

  cell(sheet: string, address: string): FakeCell {
    const b = parseAddress(address);
    return this.cellAt(this.sheet(sheet), b.r, b.c, false);
  }

  value(sheet: string, address: string): Scalar | null {
    return this.cell(sheet, address).value;
  }

  /** Values of a range as Excel would return them ("" for empty). */
  values(sheet: string, address: string): Matrix {
    return this.readBox(this.sheet(sheet), parseAddress(address));
  }

  table(name: string): TableModel {
    const t = this.tableModels.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (table "${name}")`);
    return t;
  }

  tableAddress(name: string): string {
    return a1(this.tableBox(this.table(name)));
  }

  tableHeaders(name: string): string[] {
    const t = this.table(name);
    return this.readBox(t.sheet, { r: t.r, c: t.c, rows: 1, cols: t.cols })[0].map(String);
  }

  tableRows(name: string): Matrix {
    const t = this.table(name);
    return t.dataRows === 0 ? [] : this.readBox(t.sheet, { r: t.r + 1, c: t.c, rows: t.dataRows, cols: t.cols });
  }

  /** Every non-empty cell of a sheet: address → value (formulas shown as their formula). */
  dump(sheet: string): Record<string, Scalar> {
    const s = this.sheet(sheet);
    const out: Record<string, Scalar> = {};
    const keys = [...s.cells.keys()].map((k) => k.split(",").map(Number)).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const [r, c] of keys) {
      const cell = s.cells.get(keyOf(r, c)) as FakeCell;
      if (cell.value !== null || cell.formula) out[a1({ r, c, rows: 1, cols: 1 })] = cell.formula ?? (cell.value as Scalar);
    }
    return out;
  }

  /** A user edit in Excel: applied at once, change events follow (if events are on). */
  userEdit(sheet: string, address: string, values: Matrix, source: "Local" | "Remote" = "Local"): void {
    const s = this.sheet(sheet);
    const box = parseAddress(address);
    this.writeCells(s, box, values);
    this.noteChange(s, box, "RangeEdited", source);
    this.flushEvents();
  }

  // ---- model operations (run at sync) ---------------------------------------------------------

  checkSheetName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}"`);
    }
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists`);
    }
  }

  checkTableName(name: string, except?: TableModel): void {
    if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) || name.length > 255 || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new FakeOfficeError("InvalidArgument", `Invalid table name "${name}"`);
    }
    if (this.tableModels.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeOfficeError("ItemAlreadyExists", `A table named "${name}" already exists`);
    }
  }

  cellAt(sheet: SheetModel, r: number, c: number, create = true): FakeCell {
    const k = keyOf(r, c);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = { value: null, numberFormat: GENERAL };
      if (create) sheet.cells.set(k, cell);
    }
    return cell;
  }

  readBox(sheet: SheetModel, b: Box): Matrix {
    const out: Matrix = [];
    for (let r = b.r; r < b.r + b.rows; r++) {
      const row: Scalar[] = [];
      for (let c = b.c; c < b.c + b.cols; c++) row.push(sheet.cells.get(keyOf(r, c))?.value ?? "");
      out.push(row);
    }
    return out;
  }

  writeCells(sheet: SheetModel, b: Box, values: Matrix): void {
    checkShape(b, values);
    for (let i = 0; i < b.rows; i++) for (let j = 0; j < b.cols; j++) storeInput(this.cellAt(sheet, b.r + i, b.c + j), values[i][j]);
  }

  tableBox(t: TableModel): Box {
    return { r: t.r, c: t.c, rows: 1 + Math.max(1, t.dataRows), cols: t.cols };
  }

  createTable(sheet: SheetModel, b: Box, name?: string): TableModel {
    const box: Box = b.rows === 1 ? { ...b, rows: 2 } : b;
    for (const t of this.tableModels) {
      if (t.sheet === sheet && overlap(this.tableBox(t), box)) throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
    }
    if (b.rows === 1) {
      const below = this.readBox(sheet, { ...b, r: b.r + 1 })[0];
      if (below.some((v) => v !== "")) throw new Error("fake: a header-only table over a non-blank row below is not modelled");
    }
    // Headers become unique non-empty text, as Excel makes them.
    const seen = new Set<string>();
    for (let j = 0; j < b.cols; j++) {
      const cell = this.cellAt(sheet, b.r, b.c + j);
      let header = cell.value === null || cell.value === "" ? `Column${j + 1}` : String(cell.value);
      const base = header;
      for (let k = 2; seen.has(header.toLowerCase()); k++) header = `${base}${k}`;
      seen.add(header.toLowerCase());
      cell.value = header;
      cell.text = true;
      delete cell.formula;
    }
    const table: TableModel = { id: this.nextId("table"), name: "", sheet, r: b.r, c: b.c, cols: b.cols, dataRows: b.rows - 1 };
    let n = this.tableModels.length + 1;
    while (this.tableModels.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
    table.name = `Table${n}`;
    if (name !== undefined) {
      this.checkTableName(name);
      table.name = name;
    }
    this.tableModels.push(table);
    return table;
  }

  /** Moves the cells of `sheet` in rows ≥ fromRow and columns [c, c+cols) down by n. */
  shiftDown(sheet: SheetModel, fromRow: number, c: number, cols: number, n: number): void {
    const moving = [...sheet.cells.entries()].filter(([k]) => {
      const [r, col] = k.split(",").map(Number);
      return r >= fromRow && col >= c && col < c + cols;
    });
    for (const [k] of moving) sheet.cells.delete(k);
    for (const [k, cell] of moving) {
      const [r, col] = k.split(",").map(Number);
      sheet.cells.set(keyOf(r + n, col), cell);
    }
  }

  /** Moves the cells of `sheet` in rows [r, r+rows) and columns ≥ fromCol right by n. */
  shiftRight(sheet: SheetModel, r: number, rows: number, fromCol: number, n: number): void {
    const moving = [...sheet.cells.entries()].filter(([k]) => {
      const [row, col] = k.split(",").map(Number);
      return row >= r && row < r + rows && col >= fromCol;
    });
    for (const [k] of moving) sheet.cells.delete(k);
    for (const [k, cell] of moving) {
      const [row, col] = k.split(",").map(Number);
      sheet.cells.set(keyOf(row, col + n), cell);
    }
  }

  usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [k, cell] of sheet.cells) {
      const formatted = cell.numberFormat !== GENERAL || cell.bold || cell.italic || cell.fill || cell.fontColor || cell.wrap || cell.size;
      if (cell.value === null && !cell.formula && (valuesOnly || !formatted)) continue;
      const [r, c] = k.split(",").map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 < 0 ? null : { r: r1, c: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  /** The formula cells of a box as rectangles: runs down each column, side by side runs merged. */
  formulaAreas(sheet: SheetModel, b: Box): Box[] {
    const runs: Box[] = [];
    for (const [k, cell] of sheet.cells) {
      if (!cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      if (r >= b.r && r < b.r + b.rows && c >= b.c && c < b.c + b.cols) runs.push({ r, c, rows: 1, cols: 1 });
    }
    runs.sort((x, y) => x.c - y.c || x.r - y.r);
    const down: Box[] = [];
    for (const cell of runs) {
      const last = down[down.length - 1];
      if (last && last.c === cell.c && last.r + last.rows === cell.r) last.rows++;
      else down.push({ ...cell });
    }
    const areas: Box[] = [];
    for (const run of down) {
      const beside = areas.find((a) => a.r === run.r && a.rows === run.rows && a.c + a.cols === run.c);
      if (beside) beside.cols++;
      else areas.push(run);
    }
    return areas;
  }

  log(sheet: SheetModel, box: Box | string, kind: string): void {
    this.writes.push({ sheet: sheet.name, address: typeof box === "string" ? box : a1(box), kind });
  }

  noteChange(sheet: SheetModel, box: Box, changeType: string, source: "Local" | "Remote" = "Local"): void {
    if (!this.enableEvents || this.handlers.size === 0) return;
    for (const t of this.tableModels) {
      if (t.sheet !== sheet) continue;
      const hit = intersection(this.tableBox(t), box);
      if (!hit) continue;
      this.pendingEvents.push({ type: "TableChanged", tableId: t.id, worksheetId: sheet.id, address: a1(hit), changeType, source });
    }
  }

  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (events.length === 0) return;
    const handlers = [...this.handlers];
    setTimeout(() => {
      for (const e of events) for (const h of handlers) void Promise.resolve(h(e)).catch(() => undefined);
    }, 0);
  }
}

function checkShape(b: Box, values: unknown): asserts values is Matrix {
  const ok = Array.isArray(values) && values.length === b.rows && values.every((r) => Array.isArray(r) && r.length === b.cols);
  if (!ok) throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${b.rows}×${b.cols}).`);
}

/** One Excel.run's request context: the queue, sync, and the object model's roots. */
export class FakeContext {
  private queue: Queued[] = [];
  private readonly wb: FakeExcel;
  private responseBytes = 0;
  private calcSuspended = false;
  readonly workbook: FakeWorkbookApi;
  readonly application: FakeApplication;

  constructor(wb: FakeExcel) {
    this.wb = wb;
    this.workbook = new FakeWorkbookApi(this);
    this.application = new FakeApplication(this);
  }

  get excel(): FakeExcel {
    return this.wb;
  }

  get pending(): number {
    return this.queue.length;
  }

  get runtime(): FakeRuntime {
    this.need(5, "RequestContext.runtime");
    return new FakeRuntime(this);
  }

  /** Throws like a host without the API: at the call, before anything is queued. */
  need(minor: number, api: string): void {
    if (this.wb.apiMinor < minor) throw new FakeOfficeError("ApiNotFound", `${api} needs ExcelApi 1.${minor}; this host has 1.${this.wb.apiMinor}`);
    const prev = this.wb.apiUsed.get(api) ?? 0;
    if (minor > prev) this.wb.apiUsed.set(api, minor);
  }

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + ACTION_BYTES, run });
  }

  respond(value: unknown): void {
    this.responseBytes += bytesOf(value);
  }

  suspendCalc(): void {
    this.calcSuspended = true;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.wb.syncCount++;
    const bytes = queue.reduce((n, q) => n + q.bytes, 0);
    this.wb.requests.push(bytes);
    if (this.calcSuspended) this.wb.calcSuspendedSyncs++;
    this.calcSuspended = false;
    await Promise.resolve();
    if (bytes > this.wb.requestLimitBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload (${bytes} bytes) is over the limit`);
    }
    this.responseBytes = 0;
    try {
      for (const q of queue) q.run();
    } finally {
      this.wb.flushEvents();
    }
    if (this.responseBytes > this.wb.responseLimitBytes) {
      this.wb.refusedResponses++;
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload (${this.responseBytes} bytes) is over the limit`);
    }
    this.wb.maxResponseBytes = Math.max(this.wb.maxResponseBytes, this.responseBytes);
  }

  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** Base of every proxy: lazily bound target, load bookkeeping, strict reads. */
abstract class FakeObject<T> {
  protected target: T | null | undefined = undefined;
  private readonly loadedProps = new Map<string, unknown>();
  private nullKnown = false;

  constructor(
    readonly context: FakeContext,
    locate: (() => T | null) | { bound: T },
  ) {
    if (typeof locate === "function") context.enqueue(0, () => (this.target = locate()));
    else this.target = locate.bound;
  }

  protected abstract readonly typeName: string;
  /** Loadable scalar properties: name → [requirement-set minor, getter]. */
  protected abstract props(): Record<string, [number, (t: T) => unknown]>;

  protected get model(): T {
    if (this.target === undefined) throw new Error(`fake: ${this.typeName} used before the call that creates it ran`);
    if (this.target === null) throw new FakeOfficeError("InvalidObjectPath", `${this.typeName} is a null object`);
    return this.target;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded(this.typeName, "isNullObject");
    return this.target === null;
  }

  load(select?: string | string[]): this {
    const names = (Array.isArray(select) ? select : (select ?? "").split(","))
      .map((s) => s.trim())
      .filter(Boolean);
    const table = this.props();
    const wanted = names.length === 0 ? Object.keys(table) : names;
    for (const n of wanted) {
      const entry = table[n];
      if (!entry) throw new FakeOfficeError("PropertyNotFound", `fake: ${this.typeName}.${n} is not a loadable property here`);
      this.context.need(entry[0], `${this.typeName}.${n}`);
    }
    this.context.enqueue(bytesOf(wanted), () => {
      this.nullKnown = true;
      if (this.target === null) return;
      for (const n of wanted) {
        const v = table[n][1](this.model);
        this.context.respond(v);
        this.loadedProps.set(n, v);
      }
    });
    return this;
  }

  protected prop<V>(name: string): V {
    if (!this.loadedProps.has(name)) throw notLoaded(this.typeName, name);
    return this.loadedProps.get(name) as V;
  }

  /** Office.js keeps a value set locally: reading it back without a load gives what was set. */
  protected setLocal(name: string, value: unknown): void {
    this.loadedProps.set(name, value);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.need(6, "Application.suspendApiCalculationUntilNextSync");
    this.ctx.suspendCalc();
  }
}

class FakeRuntime {
  constructor(private readonly ctx: FakeContext) {}
  set enableEvents(on: boolean) {
    this.ctx.need(8, "Runtime.enableEvents");
    this.ctx.enqueue(8, () => (this.ctx.excel.enableEvents = on));
  }
}

class FakeWorkbookApi {
  constructor(private readonly ctx: FakeContext) {}
  get worksheets(): FakeWorksheetCollection {
    return new FakeWorksheetCollection(this.ctx);
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, null);
  }
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw notLoaded("WorksheetCollection", "items");
    return this.loadedItems;
  }

  load(select?: string): this {
    const props = (select ?? "").split(",").map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.need(1, "WorksheetCollection.load");
    this.ctx.enqueue(0, () => {
      const wb = this.ctx.excel;
      this.loadedItems = wb.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, { bound: s });
        w.preload(props);
        return w;
      });
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    this.ctx.need(1, "WorksheetCollection.add");
    return new FakeWorksheet(this.ctx, () => {
      const wb = this.ctx.excel;
      const s = wb.addSheet(name);
      wb.log(s, "", "addSheet");
      return s;
    }, utf8(name));
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.need(1, "WorksheetCollection.getItem");
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(name), utf8(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.need(4, "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.ctx, () => this.ctx.excel.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null, utf8(name));
  }
}

class FakeWorksheet extends FakeObject<SheetModel> {
  protected readonly typeName = "Worksheet";
  constructor(ctx: FakeContext, locate: (() => SheetModel | null) | { bound: SheetModel }, bytes = 0) {
    super(ctx, locate);
    if (bytes) ctx.enqueue(bytes, () => undefined);
  }
  protected props(): Record<string, [number, (t: SheetModel) => unknown]> {
    return { name: [1, (s) => s.name], id: [1, (s) => s.id], position: [1, (s) => this.context.excel.sheets.indexOf(s)] };
  }
  /** Collection loads ("items/name") fill the items' properties at the same sync. */
  preload(props: string[]): void {
    const table = this.props();
    for (const p of props) {
      if (!table[p]) throw new FakeOfficeError("PropertyNotFound", `fake: Worksheet.${p}`);
      this.setLocal(p, table[p][1](this.model));
      this.context.respond(table[p][1](this.model));
    }
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.context.need(1, "Worksheet.name");
    this.setLocal("name", value);
    this.context.enqueue(utf8(value), () => {
      this.context.excel.checkSheetName(value, this.model);
      this.model.name = value;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get tables(): FakeTableCollection {
    this.context.need(1, "Worksheet.tables");
    return new FakeTableCollection(this.context, () => this.model);
  }
  get charts(): FakeChartCollection {
    this.context.need(1, "Worksheet.charts");
    return new FakeChartCollection(this.context, () => this.model);
  }
  get freezePanes(): { freezeRows(count: number): void } {
    this.context.need(7, "Worksheet.freezePanes");
    return {
      freezeRows: (count: number) => {
        this.context.need(7, "WorksheetFreezePanes.freezeRows");
        this.context.enqueue(8, () => {
          this.model.freezeRows = count;
          this.context.excel.log(this.model, `1:${count}`, "freezePanes");
        });
      },
    };
  }
  get pageLayout(): Record<string, unknown> {
    this.context.need(9, "Worksheet.pageLayout");
    const ctx = this.context;
    const model = () => this.model;
    const store = (k: string, v: unknown): void =>
      ctx.enqueue(16, () => {
        const m = model();
        m.pageLayout = { ...(m.pageLayout ?? {}), [k]: v };
      });
    const layout = {
      set paperSize(v: string) {
        store("paperSize", v);
      },
      set orientation(v: string) {
        store("orientation", v);
      },
      set centerHorizontally(v: boolean) {
        store("centerHorizontally", v);
      },
      set zoom(v: unknown) {
        store("zoom", v);
      },
      setPrintTitleRows(rows: string) {
        store("printTitleRows", rows);
      },
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            store("centerFooter", v);
          },
        },
      },
    };
    return layout as unknown as Record<string, unknown>;
  }
  getRange(address?: string): FakeRange {
    this.context.need(1, "Worksheet.getRange");
    return new FakeRange(this.context, () => ({ sheet: this.model, box: address === undefined ? { r: 0, c: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address) }));
  }
  getCell(row: number, column: number): FakeRange {
    this.context.need(1, "Worksheet.getCell");
    return new FakeRange(this.context, () => ({ sheet: this.model, box: { r: row, c: column, rows: 1, cols: 1 } }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.context.need(valuesOnly === undefined ? 1 : 2, valuesOnly === undefined ? "Worksheet.getUsedRange" : "Worksheet.getUsedRange(valuesOnly)");
    return new FakeRange(this.context, () => ({ sheet: this.model, box: this.context.excel.usedBox(this.model, !!valuesOnly) ?? { r: 0, c: 0, rows: 1, cols: 1 } }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.context.need(4, "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(this.context, () => {
      const box = this.context.excel.usedBox(this.model, !!valuesOnly);
      return box ? { sheet: this.model, box } : null;
    });
  }
  activate(): void {
    this.context.need(1, "Worksheet.activate");
    this.context.enqueue(0, () => (this.context.excel.activeSheet = this.model.name));
  }
  delete(): void {
    this.context.need(1, "Worksheet.delete");
    this.context.enqueue(0, () => {
      const wb = this.context.excel;
      wb.log(this.model, "", "deleteSheet");
      wb.sheets.splice(wb.sheets.indexOf(this.model), 1);
      for (let i = wb.tableModels.length - 1; i >= 0; i--) if (wb.tableModels[i].sheet === this.model) wb.tableModels.splice(i, 1);
    });
  }
}

interface RangeModel {
  sheet: SheetModel;
  box: Box;
}

class FakeRange extends FakeObject<RangeModel> {
  protected readonly typeName = "Range";
  protected props(): Record<string, [number, (t: RangeModel) => unknown]> {
    const wb = this.context.excel;
    return {
      values: [1, (m) => wb.readBox(m.sheet, m.box)],
      formulas: [1, (m) => wb.readBox(m.sheet, m.box).map((row, i) => row.map((v, j) => wb.cellAt(m.sheet, m.box.r + i, m.box.c + j, false).formula ?? v))],
      numberFormat: [1, (m) => Array.from({ length: m.box.rows }, (_, i) => Array.from({ length: m.box.cols }, (_, j) => wb.cellAt(m.sheet, m.box.r + i, m.box.c + j, false).numberFormat))],
      address: [1, (m) => `${quoteSheet(m.sheet.name)}!${a1(m.box)}`],
      rowIndex: [1, (m) => m.box.r],
      columnIndex: [1, (m) => m.box.c],
      rowCount: [1, (m) => m.box.rows],
      columnCount: [1, (m) => m.box.cols],
    };
  }
  get values(): Matrix {
    return this.prop("values");
  }
  set values(values: Matrix) {
    this.context.need(1, "Range.values");
    this.setLocal("values", values);
    this.context.enqueue(bytesOf(values), () => {
      const { sheet, box } = this.model;
      const wb = this.context.excel;
      wb.writeCells(sheet, box, values);
      wb.log(sheet, box, "values");
      wb.noteChange(sheet, box, "RangeEdited");
    });
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.context.need(1, "Range.numberFormat");
    this.setLocal("numberFormat", formats);
    this.context.enqueue(bytesOf(formats), () => {
      const { sheet, box } = this.model;
      checkShape(box, formats);
      const wb = this.context.excel;
      for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) wb.cellAt(sheet, box.r + i, box.c + j).numberFormat = formats[i][j];
      wb.log(sheet, box, "numberFormat");
    });
  }
  get formulas(): Matrix {
    return this.prop("formulas");
  }
  get address(): string {
    return this.prop("address");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get worksheet(): FakeWorksheet {
    this.context.need(1, "Range.worksheet");
    return new FakeWorksheet(this.context, () => this.model.sheet);
  }
  get format(): FakeRangeFormat {
    this.context.need(1, "Range.format");
    return new FakeRangeFormat(this.context, () => this.model);
  }
  get dataValidation(): { rule: unknown; errorAlert: unknown } {
    this.context.need(8, "Range.dataValidation");
    const ctx = this.context;
    const range = (): RangeModel => this.model;
    const item = { address: "", rule: undefined as unknown, errorAlert: undefined as unknown };
    let added = false;
    const commit = (): void => {
      const m = range();
      if (!added) {
        item.address = a1(m.box);
        m.sheet.validations.push(item);
        ctx.excel.log(m.sheet, m.box, "dataValidation");
        added = true;
      }
    };
    return {
      set rule(rule: unknown) {
        ctx.need(8, "DataValidation.rule");
        ctx.enqueue(bytesOf(rule), () => {
          commit();
          item.rule = rule;
        });
      },
      get rule(): unknown {
        throw notLoaded("DataValidation", "rule");
      },
      set errorAlert(alert: unknown) {
        ctx.need(8, "DataValidation.errorAlert");
        ctx.enqueue(bytesOf(alert), () => {
          commit();
          item.errorAlert = alert;
        });
      },
      get errorAlert(): unknown {
        throw notLoaded("DataValidation", "errorAlert");
      },
    };
  }
  get conditionalFormats(): { add(type: string): unknown } {
    this.context.need(6, "Range.conditionalFormats");
    const ctx = this.context;
    const range = (): RangeModel => this.model;
    return {
      add: (type: string) => {
        ctx.need(6, "ConditionalFormatCollection.add");
        const cf: SheetModel["conditionalFormats"][number] = { address: "", type };
        ctx.enqueue(8, () => {
          const m = range();
          cf.address = a1(m.box);
          m.sheet.conditionalFormats.push(cf);
          ctx.excel.log(m.sheet, m.box, "conditionalFormat");
        });
        const set = (apply: () => void): void => ctx.enqueue(16, apply);
        return {
          custom: {
            rule: {
              set formula(f: string) {
                set(() => (cf.formula = f));
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  set(() => (cf.fill = c));
                },
              },
              font: {
                set color(c: string) {
                  set(() => (cf.fontColor = c));
                },
              },
            },
          },
        };
      },
    };
  }
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas {
    this.context.need(9, "Range.getSpecialCellsOrNullObject");
    if (cellType !== "Formulas" || cellValueType !== undefined) throw new Error(`fake: getSpecialCells(${cellType}, ${cellValueType}) is not modelled`);
    return new FakeRangeAreas(this.context, () => {
      const { sheet, box } = this.model;
      const areas = this.context.excel.formulaAreas(sheet, box);
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }
  getCell(row: number, column: number): FakeRange {
    this.context.need(1, "Range.getCell");
    return new FakeRange(this.context, () => ({ sheet: this.model.sheet, box: { r: this.model.box.r + row, c: this.model.box.c + column, rows: 1, cols: 1 } }));
  }
  getRow(row: number): FakeRange {
    this.context.need(1, "Range.getRow");
    return new FakeRange(this.context, () => {
      const m = this.model;
      if (row >= m.box.rows) throw new FakeOfficeError("InvalidArgument", "Row index out of range");
      return { sheet: m.sheet, box: { ...m.box, r: m.box.r + row, rows: 1 } };
    });
  }
  merge(across?: boolean): void {
    this.context.need(2, "Range.merge");
    if (across) throw new Error("fake: merge(across) is not modelled");
    this.context.enqueue(8, () => {
      const { sheet, box } = this.model;
      sheet.merges = [...(sheet.merges ?? []).filter((m) => !overlap(m, box)), box];
    });
  }
  clear(applyTo?: string): void {
    this.context.need(1, "Range.clear");
    this.context.enqueue(8, () => {
      const { sheet, box } = this.model;
      const wb = this.context.excel;
      for (const k of [...sheet.cells.keys()]) {
        const [r, c] = k.split(",").map(Number);
        if (r < box.r || r >= box.r + box.rows || c < box.c || c >= box.c + box.cols) continue;
        const cell = sheet.cells.get(k) as FakeCell;
        if (applyTo === "Formats") Object.assign(cell, { numberFormat: GENERAL, bold: undefined, italic: undefined, size: undefined, fontColor: undefined, fill: undefined, wrap: undefined, align: undefined, valign: undefined });
        else if (applyTo === "Contents") storeInput(cell, "");
        else sheet.cells.delete(k);
      }
      if (applyTo !== "Contents") {
        sheet.merges = (sheet.merges ?? []).filter((m) => !overlap(m, box));
        sheet.validations = sheet.validations.filter((v) => !overlap(parseAddress(v.address), box));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((v) => !overlap(parseAddress(v.address), box));
      }
      wb.log(sheet, box, "clear");
      wb.noteChange(sheet, box, "RangeEdited");
    });
  }
  select(): void {
    this.context.need(1, "Range.select");
    this.context.enqueue(0, () => {
      const { sheet, box } = this.model;
      this.context.excel.activeSheet = sheet.name;
      this.context.excel.selection = { sheet: sheet.name, address: a1(box) };
    });
  }
}

interface AreasModel {
  sheet: SheetModel;
  areas: Box[];
}

/** What getSpecialCells answers: the cells found, as rectangles ("areas"). */
class FakeRangeAreas extends FakeObject<AreasModel> {
  protected readonly typeName = "RangeAreas";
  protected props(): Record<string, [number, (t: AreasModel) => unknown]> {
    return {
      address: [9, (m) => m.areas.map((b) => `${quoteSheet(m.sheet.name)}!${a1(b)}`).join(",")],
      areaCount: [9, (m) => m.areas.length],
    };
  }
  get address(): string {
    return this.prop("address");
  }
  get areaCount(): number {
    return this.prop("areaCount");
  }
}

class FakeRangeFormat {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: () => RangeModel,
  ) {}
  private each(kind: string, apply: (cell: FakeCell) => void): void {
    this.ctx.enqueue(16, () => {
      const { sheet, box } = this.range();
      if (box.rows * box.cols > 5_000_000) throw new Error("fake: formatting whole rows/columns cell by cell is not modelled");
      for (let r = box.r; r < box.r + box.rows; r++) for (let c = box.c; c < box.c + box.cols; c++) apply(this.ctx.excel.cellAt(sheet, r, c));
      this.ctx.excel.log(sheet, box, kind);
    });
  }
  get font(): { bold: boolean; italic: boolean; size: number; color: string } {
    this.ctx.need(1, "RangeFormat.font");
    const each = (apply: (cell: FakeCell) => void): void => this.each("font", apply);
    return {
      set bold(v: boolean) {
        each((c) => (c.bold = v));
      },
      set italic(v: boolean) {
        each((c) => (c.italic = v));
      },
      set size(v: number) {
        each((c) => (c.size = v));
      },
      set color(v: string) {
        each((c) => (c.fontColor = v));
      },
      get bold(): boolean {
        throw notLoaded("RangeFont", "bold");
      },
      get italic(): boolean {
        throw notLoaded("RangeFont", "italic");
      },
      get size(): number {
        throw notLoaded("RangeFont", "size");
      },
      get color(): string {
        throw notLoaded("RangeFont", "color");
      },
    };
  }
  get fill(): { color: string; clear(): void } {
    this.ctx.need(1, "RangeFormat.fill");
    const each = (apply: (cell: FakeCell) => void): void => this.each("fill", apply);
    return {
      set color(v: string) {
        each((c) => (c.fill = v));
      },
      get color(): string {
        throw notLoaded("RangeFill", "color");
      },
      clear: () => each((c) => (c.fill = undefined)),
    };
  }
  set wrapText(v: boolean) {
    this.ctx.need(1, "RangeFormat.wrapText");
    this.each("wrapText", (c) => (c.wrap = v));
  }
  set verticalAlignment(v: string) {
    this.ctx.need(1, "RangeFormat.verticalAlignment");
    this.each("verticalAlignment", (c) => (c.valign = v));
  }
  set horizontalAlignment(v: string) {
    this.ctx.need(1, "RangeFormat.horizontalAlignment");
    this.each("horizontalAlignment", (c) => (c.align = v));
  }
  set rowHeight(points: number) {
    this.ctx.need(2, "RangeFormat.rowHeight");
    this.ctx.enqueue(8, () => {
      const { sheet, box } = this.range();
      sheet.heights ??= new Map();
      for (let r = box.r; r < box.r + box.rows; r++) sheet.heights.set(r + 1, points);
    });
  }
  set useStandardHeight(v: boolean) {
    this.ctx.need(7, "RangeFormat.useStandardHeight");
    this.ctx.enqueue(8, () => {
      const { sheet, box } = this.range();
      if (!v || !sheet.heights) return;
      for (const r of [...sheet.heights.keys()]) if (r - 1 >= box.r && r - 1 < box.r + box.rows) sheet.heights.delete(r);
    });
  }
  autofitRows(): void {
    this.ctx.need(2, "RangeFormat.autofitRows");
    this.ctx.enqueue(8, () => {
      const { sheet, box } = this.range();
      (sheet.autofitRows ??= []).push(`${letters(box.c)}${box.r + 1}:${letters(box.c + box.cols - 1)}${box.r + box.rows}`);
    });
  }
  set columnWidth(points: number) {
    this.ctx.need(2, "RangeFormat.columnWidth");
    this.ctx.enqueue(8, () => {
      const { sheet, box } = this.range();
      for (let c = box.c; c < box.c + box.cols; c++) sheet.widths.set(c + 1, points);
      this.ctx.excel.log(sheet, box.rows === MAX_ROWS ? `${letters(box.c)}:${letters(box.c + box.cols - 1)}` : box, "columnWidth");
    });
  }
}

class FakeTableCollection {
  private loadedItems: FakeTable[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    /** The sheet of worksheet.tables; null for workbook.tables. */
    private readonly sheet: (() => SheetModel) | null,
  ) {}

  private all(): TableModel[] {
    const wb = this.ctx.excel;
    const s = this.sheet?.();
    return s ? wb.tableModels.filter((t) => t.sheet === s) : wb.tableModels;
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw notLoaded("TableCollection", "items");
    return this.loadedItems;
  }

  load(select?: string): this {
    const props = (select ?? "").split(",").map((s) => s.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.need(1, "TableCollection.load");
    this.ctx.enqueue(0, () => {
      this.loadedItems = this.all().map((t) => {
        const item = new FakeTable(this.ctx, { bound: t });
        item.preload(props);
        return item;
      });
    });
    return this;
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    this.ctx.need(typeof address === "string" ? 1 : 3, typeof address === "string" ? "TableCollection.add" : "TableCollection.add(Range)");
    return new FakeTable(this.ctx, () => {
      const wb = this.ctx.excel;
      let sheet: SheetModel;
      // As Microsoft's reference says: an address without a sheet name goes to the active sheet,
      // even through a worksheet's own collection.
      if (address.includes("!")) sheet = wb.sheet(address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"));
      else sheet = wb.sheet(wb.activeSheet ?? "");
      const box = parseAddress(address);
      if (!hasHeaders) throw new Error("fake: tables.add without headers is not modelled");
      const t = wb.createTable(sheet, box);
      wb.log(sheet, box, "table.add");
      return t;
    });
  }

  getItem(key: string): FakeTable {
    this.ctx.need(1, "TableCollection.getItem");
    return new FakeTable(this.ctx, () => {
      const t = this.all().find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (table "${key}")`);
      return t;
    });
  }

  getItemOrNullObject(key: string): FakeTable {
    this.ctx.need(4, "TableCollection.getItemOrNullObject");
    return new FakeTable(this.ctx, () => this.all().find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key) ?? null);
  }

  get onChanged(): { add(handler: Handler): { context: FakeContext; remove(): void } } {
    this.ctx.need(7, "TableCollection.onChanged");
    const ctx = this.ctx;
    return {
      add: (handler: Handler) => {
        ctx.enqueue(16, () => ctx.excel.handlers.add(handler));
        return {
          context: ctx,
          remove: () => ctx.enqueue(16, () => ctx.excel.handlers.delete(handler)),
        };
      },
    };
  }
}

class FakeTable extends FakeObject<TableModel> {
  protected readonly typeName = "Table";
  protected props(): Record<string, [number, (t: TableModel) => unknown]> {
    return { name: [1, (t) => t.name], id: [1, (t) => t.id], showHeaders: [1, () => true], showTotals: [1, () => false] };
  }
  preload(props: string[]): void {
    const table = this.props();
    for (const p of props) {
      if (!table[p]) throw new FakeOfficeError("PropertyNotFound", `fake: Table.${p}`);
      this.setLocal(p, table[p][1](this.model));
      this.context.respond(table[p][1](this.model));
    }
  }
  get name(): string {
    return this.prop("name");
  }
  set name(value: string) {
    this.context.need(1, "Table.name");
    this.setLocal("name", value);
    this.context.enqueue(utf8(value), () => {
      this.context.excel.checkTableName(value, this.model);
      this.model.name = value;
    });
  }
  get id(): string {
    return this.prop("id");
  }
  get worksheet(): FakeWorksheet {
    this.context.need(2, "Table.worksheet");
    return new FakeWorksheet(this.context, () => this.model.sheet);
  }
  private range(part: "header" | "body" | "all"): FakeRange {
    this.context.need(1, `Table.get${part === "header" ? "HeaderRow" : part === "body" ? "DataBody" : ""}Range`);
    return new FakeRange(this.context, () => {
      const t = this.model;
      const all = this.context.excel.tableBox(t);
      const box = part === "header" ? { ...all, rows: 1 } : part === "body" ? { ...all, r: all.r + 1, rows: all.rows - 1 } : all;
      return { sheet: t.sheet, box };
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.range("header");
  }
  getDataBodyRange(): FakeRange {
    return this.range("body");
  }
  getRange(): FakeRange {
    return this.range("all");
  }
  delete(): void {
    this.context.need(1, "Table.delete");
    this.context.enqueue(0, () => {
      const wb = this.context.excel;
      const t = this.model;
      const box = wb.tableBox(t);
      for (let r = box.r; r < box.r + box.rows; r++) for (let c = box.c; c < box.c + box.cols; c++) t.sheet.cells.delete(keyOf(r, c));
      wb.tableModels.splice(wb.tableModels.indexOf(t), 1);
      wb.log(t.sheet, box, "table.delete");
    });
  }
  get rows(): { add(index?: number | null, values?: Matrix): void; readonly count: number } {
    this.context.need(1, "Table.rows");
    const ctx = this.context;
    const table = (): TableModel => this.model;
    return {
      get count(): number {
        throw notLoaded("TableRowCollection", "count");
      },
      add(index?: number | null, values?: Matrix): void {
        if (!values || values.length === 0) throw new Error("fake: rows.add without values is not modelled");
        ctx.need(values.length > 1 ? 4 : 1, values.length > 1 ? "TableRowCollection.add(many rows)" : "TableRowCollection.add");
        ctx.enqueue(bytesOf(values), () => {
          const t = table();
          const wb = ctx.excel;
          if (index !== null && index !== undefined && index !== -1 && index !== t.dataRows) throw new Error("fake: inserting rows inside a table is not modelled");
          let at = t.r + 1 + t.dataRows;
          let rows = values;
          if (t.dataRows === 0) {
            // The blank body row of an empty table takes the first row.
            wb.writeCells(t.sheet, { r: at, c: t.c, rows: 1, cols: t.cols }, [values[0]]);
            t.dataRows = 1;
            at++;
            rows = values.slice(1);
          }
          if (rows.length > 0) {
            const box = { r: at, c: t.c, rows: rows.length, cols: t.cols };
            for (const other of wb.tableModels) {
              if (other !== t && other.sheet === t.sheet && other.r >= at && overlap({ ...box, rows: MAX_ROWS - at }, wb.tableBox(other))) {
                throw new Error("fake: adding rows that push another table down is not modelled");
              }
            }
            wb.shiftDown(t.sheet, at, t.c, t.cols, rows.length);
            // New rows take the number formats of the row above, as table rows do.
            for (let j = 0; j < t.cols; j++) {
              const format = wb.cellAt(t.sheet, at - 1, t.c + j, false).numberFormat;
              for (let i = 0; i < rows.length; i++) wb.cellAt(t.sheet, at + i, t.c + j).numberFormat = format;
            }
            wb.writeCells(t.sheet, box, rows);
            t.dataRows += rows.length;
          }
          const added = { r: t.r + 1 + t.dataRows - values.length, c: t.c, rows: values.length, cols: t.cols };
          wb.log(t.sheet, added, "rows.add");
          wb.noteChange(t.sheet, added, "RowInserted");
        });
      },
    };
  }
  get columns(): { add(index?: number | null, values?: Matrix, name?: string): void; readonly count: number } {
    this.context.need(1, "Table.columns");
    const ctx = this.context;
    const table = (): TableModel => this.model;
    return {
      get count(): number {
        throw notLoaded("TableColumnCollection", "count");
      },
      add(index?: number | null, values?: Matrix, name?: string): void {
        const atEnd = index === null || index === undefined || index === -1;
        ctx.need(atEnd ? 4 : 1, atEnd ? "TableColumnCollection.add(at the end)" : "TableColumnCollection.add");
        if (name !== undefined) ctx.need(4, "TableColumnCollection.add(name)");
        ctx.enqueue(bytesOf(values ?? null), () => {
          const t = table();
          const wb = ctx.excel;
          if (!atEnd) {
            if ((index as number) >= t.cols) throw new FakeOfficeError("InvalidArgument", "Before ExcelApi 1.4 the index must be smaller than the column count");
            throw new Error("fake: inserting a column inside a table is not modelled");
          }
          const box = { r: t.r, c: t.c + t.cols, rows: 1 + Math.max(1, t.dataRows), cols: 1 };
          if (values) checkShape(box, values);
          wb.shiftRight(t.sheet, box.r, box.rows, box.c, 1);
          for (const other of wb.tableModels) {
            if (other !== t && other.sheet === t.sheet && overlap(wb.tableBox(other), { ...box, cols: MAX_COLS })) {
              throw new Error("fake: adding a column that pushes another table right is not modelled");
            }
          }
          if (values) wb.writeCells(t.sheet, box, values);
          t.cols += 1;
          const header = wb.cellAt(t.sheet, t.r, box.c);
          if (name !== undefined) header.value = name;
          if (header.value === null || header.value === "") header.value = `Column${t.cols}`;
          header.value = String(header.value);
          header.text = true;
          wb.log(t.sheet, box, "columns.add");
          wb.noteChange(t.sheet, box, "ColumnInserted");
        });
      },
    };
  }
}

class FakeChartCollection {
  private loadedItems: { name: string }[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {}
  get items(): { name: string }[] {
    if (!this.loadedItems) throw notLoaded("ChartCollection", "items");
    return this.loadedItems;
  }
  load(select?: string): this {
    void select;
    this.ctx.need(1, "ChartCollection.load");
    this.ctx.enqueue(0, () => {
      this.loadedItems = this.sheet().charts.map((c) => ({ name: c.name }));
      this.ctx.respond(this.loadedItems);
    });
    return this;
  }
  add(type: string, source: FakeRange, seriesBy?: string): FakeChartApi {
    this.ctx.need(1, "ChartCollection.add");
    const chart: FakeChart = { name: "", type, source: "", seriesBy: seriesBy ?? "Auto", title: "", position: null, series: [] };
    this.ctx.enqueue(utf8(type) + 16, () => {
      const sheet = this.sheet();
      const m = (source as unknown as { model: RangeModel }).model;
      const wb = this.ctx.excel;
      if (m.sheet !== sheet) throw new Error("fake: a chart's data on another sheet is not modelled");
      chart.source = a1(m.box);
      chart.name = `Chart ${sheet.charts.length + 1}`;
      const data = wb.readBox(m.sheet, m.box);
      // Series by columns; a first column of text is the category labels.
      const labels = m.box.cols > 1 && data.some((row) => typeof row[0] === "string" && row[0] !== "");
      const first = labels ? 1 : 0;
      for (let j = first; j < m.box.cols; j++) chart.series.push({ name: `Series${j - first + 1}`, column: m.box.c + j + 1 });
      sheet.charts.push(chart);
      wb.log(sheet, m.box, "chart.add");
    });
    return new FakeChartApi(this.ctx, chart, this.sheet);
  }
  getItemAt(index: number): { delete(): void } {
    this.ctx.need(1, "ChartCollection.getItemAt");
    return {
      delete: () => {
        this.ctx.need(1, "Chart.delete");
        this.ctx.enqueue(0, () => {
          const sheet = this.sheet();
          if (index >= sheet.charts.length) throw new FakeOfficeError("ItemNotFound", `No chart at ${index}`);
          sheet.charts.splice(index, 1);
          this.ctx.excel.log(sheet, "", "chart.delete");
        });
      },
    };
  }
}

class FakeChartApi {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly sheet: () => SheetModel,
  ) {}
  get title(): { text: string } {
    this.ctx.need(1, "Chart.title");
    const ctx = this.ctx;
    const chart = this.chart;
    return {
      set text(v: string) {
        ctx.need(1, "ChartTitle.text");
        ctx.enqueue(utf8(v), () => (chart.title = v));
      },
      get text(): string {
        throw notLoaded("ChartTitle", "text");
      },
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.ctx.need(1, "Chart.setPosition");
    this.ctx.enqueue(16, () => {
      parseAddress(startCell);
      if (endCell) parseAddress(endCell);
      this.chart.position = { topLeft: startCell, bottomRight: endCell ?? startCell };
      this.ctx.excel.log(this.sheet(), startCell, "chart.position");
    });
  }
  get series(): { getItemAt(i: number): { name: string; delete(): void } } {
    this.ctx.need(1, "Chart.series");
    const ctx = this.ctx;
    const chart = this.chart;
    return {
      getItemAt(i: number) {
        ctx.need(1, "ChartSeriesCollection.getItemAt");
        const item = (): FakeChart["series"][number] => {
          const s = chart.series[i];
          if (!s) throw new FakeOfficeError("ItemNotFound", `No series at ${i}`);
          return s;
        };
        return {
          set name(v: string) {
            ctx.need(1, "ChartSeries.name");
            ctx.enqueue(utf8(v), () => (item().name = v));
          },
          get name(): string {
            throw notLoaded("ChartSeries", "name");
          },
          delete() {
            ctx.need(7, "ChartSeries.delete");
            ctx.enqueue(0, () => chart.series.splice(chart.series.indexOf(item()), 1));
          },
        };
      },
    };
  }
}
