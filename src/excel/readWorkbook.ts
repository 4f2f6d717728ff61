import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../core/workbook/types";
import { rangeAddress, type Rect } from "./a1";
import type { Capabilities } from "./capabilities";
import { fromExcelOutput } from "./cellInput";

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

export interface LoadOptions {
  /** Load every table's data rows (read()); apply() needs only their count and first row. */
  readonly bodies: boolean;
  readonly charts: boolean;
  /** Queued before the first sync (apply() turns the add-in's events off there). */
  readonly beforeFirstSync?: (context: Excel.RequestContext) => void;
  /** Cells read per sync when the bodies must be read in slices (after a response-size error). */
  readonly cellsPerSlice?: number;
}

const isPayloadError = (e: unknown): boolean =>
  /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(String((e as { code?: unknown })?.code ?? ""));

const blankRow = (row: readonly unknown[] | undefined): boolean => !row || row.every((v) => v === "" || v === null);

/**
 * Reads sheets and tables in two syncs whatever the size: names first (collections must be loaded
 * before their items can be used), then for every sheet its used range and for every table its
 * header, position and body, all queued together. When Excel on the web refuses the response as too
 * large (5 MB), the bodies are read again in slices, one sync per slice.
 */
export async function loadWorkbook(context: Excel.RequestContext, caps: Capabilities, opts: LoadOptions): Promise<WorkbookState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name");
  opts.beforeFirstSync?.(context);
  await context.sync();

  const queue = (withBodies: boolean) => {
    const sheets = worksheets.items.map((sheet) => {
      const used = caps.nullObjects
        ? sheet.getUsedRangeOrNullObject(true)
        : caps.valuesOnlyUsedRange
          ? sheet.getUsedRange(true)
          : sheet.getUsedRange();
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      // Below 1.4 a blank sheet's used range is A1: its value tells a blank sheet from one using A1.
      const a1 = caps.nullObjects ? null : sheet.getRange("A1").load("values");
      const charts = opts.charts ? sheet.charts.load("items/name") : null;
      return { name: sheet.name, used, a1, charts };
    });
    const tabs = tables.items.map((table) => {
      const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
      const sheet = header.worksheet.load("name");
      const body = table.getDataBodyRange().load(withBodies ? "values,rowCount,columnCount" : "rowCount,columnCount");
      const first = withBodies ? null : table.getDataBodyRange().getRow(0).load("values");
      return { name: table.name, header, sheet, body, first };
    });
    return { sheets, tabs };
  };

  let withBodies = opts.bodies;
  let loaded = queue(withBodies);
  try {
    await context.sync();
  } catch (e) {
    if (!withBodies || !isPayloadError(e)) throw e;
    withBodies = false;
    loaded = queue(false);
    await context.sync();
  }

  const sheets: SheetState[] = loaded.sheets.map((s) => {
    const u = s.used;
    const empty =
      s.a1 === null
        ? u.isNullObject
        : u.rowCount === 1 && u.columnCount === 1 && u.rowIndex === 0 && u.columnIndex === 0 && blankRow(s.a1.values[0]);
    const used = empty ? null : { row: u.rowIndex + 1, column: u.columnIndex + 1, rows: u.rowCount, columns: u.columnCount };
    return { name: s.name, lastRow: used ? used.row + used.rows - 1 : 0, used, chartCount: s.charts ? s.charts.items.length : 0 };
  });
  const tableStates: TableState[] = loaded.tabs.map((t) => {
    const headers = (t.header.values[0] ?? []).map((v) => String(v ?? ""));
    const bodyRows = t.body.rowCount;
    const firstBlank = withBodies ? bodyRows === 1 && blankRow(t.body.values[0]) : bodyRows === 1 && blankRow(t.first?.values[0]);
    const dataRows = firstBlank ? 0 : bodyRows;
    const rows = withBodies ? t.body.values.slice(0, dataRows).map((r) => r.map(fromExcelOutput)) : undefined;
    return {
      name: t.name,
      sheet: t.sheet.name,
      headers,
      headerRow: t.header.rowIndex + 1,
      firstColumn: t.header.columnIndex + 1,
      bodyRows,
      dataRows,
      rows,
    };
  });

  if (opts.bodies && !withBodies) {
    const read = await readBodiesInSlices(context, tableStates, opts.cellsPerSlice ?? 100_000);
    return { sheets, tables: tableStates.map((t, i) => ({ ...t, rows: read[i] })) };
  }
  return { sheets, tables: tableStates };
}

interface Slice {
  readonly table: number;
  readonly sheet: string;
  readonly rect: Rect;
}

/** Reads table bodies slice by slice; a slice refused as too large is read again in halves. */
async function readBodiesInSlices(context: Excel.RequestContext, tables: readonly TableState[], cellsPerSlice: number): Promise<CellValue[][][]> {
  const out: CellValue[][][] = tables.map(() => []);
  const slices: Slice[] = [];
  tables.forEach((t, i) => {
    const columns = Math.max(1, t.headers.length);
    const step = Math.max(1, Math.floor(cellsPerSlice / columns));
    for (let start = 0; start < t.dataRows; start += step) {
      slices.push({ table: i, sheet: t.sheet, rect: { row: t.headerRow + 1 + start, column: t.firstColumn, rows: Math.min(step, t.dataRows - start), columns } });
    }
  });
  const readSlice = async (slice: Slice): Promise<void> => {
    const r = slice.rect;
    const range = context.workbook.worksheets.getItem(slice.sheet).getRange(rangeAddress(r.row, r.column, r.rows, r.columns)).load("values");
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || r.rows === 1) throw e;
      const half = Math.ceil(r.rows / 2);
      await readSlice({ ...slice, rect: { ...r, rows: half } });
      await readSlice({ ...slice, rect: { ...r, row: r.row + half, rows: r.rows - half } });
      return;
    }
    const target = out[slice.table];
    const offset = r.row - (tables[slice.table].headerRow + 1);
    range.values.forEach((row, k) => (target[offset + k] = row.map(fromExcelOutput)));
  };
  // One sync per slice, in order: the only reads whose count grows with size, and only past 5 MB.
  await slices.reduce((previous, slice) => previous.then(() => readSlice(slice)), Promise.resolve());
  return out;
}

export function toSnapshot(state: WorkbookState): WorkbookSnapshot {
  const tables: TableSnapshot[] = state.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet,
    headers: t.headers,
    rows: t.rows ?? [],
    headerRow: t.headerRow,
    firstColumn: t.firstColumn,
  }));
  return { sheets: state.sheets.map((s) => ({ name: s.name, lastRow: s.lastRow })), tables };
}
