import type { PrintEdit, PrintSetup } from "../print/pageSetup";

/**
 * The workbook as the core sees it: plain data read by an adapter (Office.js or exceljs) in one
 * batch, and plain edits handed back to the adapter. Nothing here touches a real workbook.
 */

/** A cell's value as read: dates arrive as Excel serial numbers, empty cells as null. */
export type CellValue = string | number | boolean | null;

export interface TableSnapshot {
  /** Excel table name, unique in the workbook (how the add-in finds its tables). */
  readonly name: string;
  readonly sheet: string;
  /** Header texts, left to right, as the user sees them. */
  readonly headers: readonly string[];
  /** Data rows (header excluded), each as long as headers. */
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Which data cells hold a formula, same shape as `rows` (absent: none known). A formula cell is
   * the user's: the core never fills it, even when it shows blank.
   */
  readonly formulas?: readonly (readonly boolean[])[];
  /** 1-based sheet row of the header row and 1-based sheet column of the first column. */
  readonly headerRow: number;
  readonly firstColumn: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** 1-based index of the last used row (0 when empty); lets the adapter place new blocks below. */
  readonly lastRow: number;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
}

/** Cell looks the core asks for; each adapter maps them to its own formats. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "text"
  | "wrap"
  | "integer"
  | "percent"
  | "date"
  | "datetime"
  | "error"
  | "warning"
  | "info"
  | "muted";

/** A cell to write. `date` values are Excel serials and must carry style "date". */
export interface CellWrite {
  readonly value: CellValue;
  readonly style?: CellStyle;
}

/** A rectangular block of cells, written in one go. Row and column are 1-based. */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly CellWrite[])[];
}

export interface ChartSpec {
  readonly title: string;
  /** Sheet range of the category labels and series, 1-based, on the same sheet. */
  readonly categories: { readonly row: number; readonly column: number; readonly count: number };
  readonly series: readonly {
    readonly name: string;
    readonly row: number;
    readonly column: number;
  }[];
  /** Where the chart sits: top-left cell and size in columns/rows. */
  readonly anchor: { readonly row: number; readonly column: number; readonly columns: number; readonly rows: number };
}

/** A table placed on a sheet the add-in owns (its header row is the first row of the block). */
export interface OwnedTable {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly rowCount: number; // data rows
  readonly columnCount: number;
}

/** A sheet the add-in owns and rebuilds whole: found by its marker table, never by its name. */
export interface OwnedSheetContent {
  readonly preferredName: string;
  /** Name of a table on the sheet that proves the add-in made it. */
  readonly markerTable: string;
  readonly blocks: readonly Block[];
  readonly tables: readonly OwnedTable[];
  readonly columnWidths: readonly number[]; // characters, from column 1
  readonly charts: readonly ChartSpec[];
  readonly activate?: boolean;
  /** How the sheet prints (A4 always). */
  readonly print?: PrintSetup;
  /** Cells merged into one (a paragraph across the sheet's width); the value is the first cell's. */
  readonly merges?: readonly { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number }[];
  /** Heights of rows whose wrapped text needs more than one line (1-based rows, points). */
  readonly rowHeights?: readonly { readonly row: number; readonly points: number }[];
}

export interface ColumnSpec {
  readonly header: string;
  /** Header spellings that mean this column (matched by key, any language). */
  readonly synonyms: readonly string[];
  readonly style?: CellStyle;
  readonly width?: number;
  /** A list of allowed values, for a dropdown where the host supports it. */
  readonly allowed?: readonly string[];
}

/**
 * Create a table if it is missing, append the columns it lacks at its right, fill cells, append
 * rows. Never reorders, deletes or rewrites a cell that is not named here.
 */
export interface TableEdit {
  readonly kind: "table";
  readonly table: string;
  /** Where to create it when missing. */
  readonly sheet: string;
  readonly anchor: { readonly row: number; readonly column: number };
  /** The columns the add-in needs, in creation order. Missing ones are appended at the right. */
  readonly columns: readonly ColumnSpec[];
  /** Single cells in existing data rows (0-based row index), by column header of `columns`. */
  readonly cells: readonly { readonly row: number; readonly column: string; readonly value: CellWrite }[];
  /**
   * Whole-column writes for columns the add-in owns (e.g. Cảnh báo), one value per existing row
   * followed by one per appended row.
   */
  readonly ownedColumns: readonly { readonly column: string; readonly values: readonly CellWrite[] }[];
  /** New rows at the bottom, keyed by column header of `columns`; missing keys stay blank. */
  readonly append: readonly Readonly<Record<string, CellWrite>>[];
}

export interface OwnedSheetEdit {
  readonly kind: "ownedSheet";
  readonly content: OwnedSheetContent;
}

export interface SelectEdit {
  readonly kind: "select";
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

export type WorkbookEdit = TableEdit | OwnedSheetEdit | SelectEdit | PrintEdit;

/** Names of the tables the add-in owns or keeps. */
export const TABLES = {
  info: "PT_Info",
  tasks: "PT_Tasks",
  units: "PT_Units",
  requirements: "PT_Requirements",
  submissions: "PT_Submissions",
  summary: "PT_Summary",
} as const;
