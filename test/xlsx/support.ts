/** Helpers for the .xlsx adapter tests: temp folders, round trips through files, cell dumps. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ColumnSpec, TableEdit } from "../../src/core/workbook/types";
import { loadWorkbookFile, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";

const made: string[] = [];

export function tempDir(prefix = "pt-xlsx-"): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  while (made.length) rmSync(made.pop() as string, { recursive: true, force: true });
}

/** Save through the adapter and open again, as the next CLI run would. */
export async function roundTrip(source: ExcelJS.Workbook | XlsxWorkbookPort, name = "book.xlsx"): Promise<{ file: string; wb: ExcelJS.Workbook; port: XlsxWorkbookPort }> {
  const file = path.join(tempDir(), name);
  await saveWorkbookFile(source, file);
  const wb = await loadWorkbookFile(file);
  return { file, wb, port: new XlsxWorkbookPort(wb) };
}

export async function zipOf(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

export async function partText(file: string, part: string): Promise<string> {
  const zip = await zipOf(file);
  const entry = zip.file(part);
  if (!entry) throw new Error(`${file} has no part ${part}; it has ${Object.keys(zip.files).join(", ")}`);
  return entry.async("string");
}

/** The <c> element of a cell in a worksheet part, or null. */
export function cellXml(sheetXml: string, address: string): string | null {
  const m = new RegExp(`<c r="${address}"(?:\\s[^>]*)?(?:/>|>.*?</c>)`).exec(sheetXml);
  return m ? m[0] : null;
}

export interface CellDump {
  readonly value: unknown;
  readonly style: unknown;
  readonly note: unknown;
}

/** Every cell of a sheet that holds a value, a style or a note, by address. */
export function dumpCells(ws: ExcelJS.Worksheet): Map<string, CellDump> {
  const cells = new Map<string, CellDump>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const style = JSON.parse(JSON.stringify(cell.style ?? {}));
      const empty = (cell.value === null || cell.value === undefined) && Object.keys(style).length === 0 && !cell.note;
      if (empty) return;
      cells.set(cell.address, {
        value: JSON.parse(JSON.stringify(cell.value ?? null)),
        style,
        note: JSON.parse(JSON.stringify(cell.note ?? null)),
      });
    });
  });
  return cells;
}

export function sheetFile(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}; sheets: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

export const col = (header: string, more: Partial<ColumnSpec> = {}): ColumnSpec => ({ header, synonyms: [], ...more });

export function tableEdit(partial: Partial<TableEdit> & Pick<TableEdit, "table" | "columns">): TableEdit {
  return {
    kind: "table",
    sheet: "Kế hoạch",
    anchor: { row: 1, column: 1 },
    cells: [],
    ownedColumns: [],
    append: [],
    ...partial,
  };
}

/** Table model as exceljs holds it (what becomes xl/tables/tableN.xml). */
export function tableModel(wb: ExcelJS.Workbook, name: string): { tableRef: string; columns: { name: string }[]; sheet: string } {
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string; columns: { name: string }[] } }> }).tables;
    const t = Object.values(tables).find((x) => x.model.name === name);
    if (t) return { tableRef: t.model.tableRef, columns: t.model.columns, sheet: ws.name };
  }
  throw new Error(`no table ${name}`);
}

/** A 1×1 PNG, for a user's picture. */
export const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

const SOFFICE = process.env.SOFFICE ?? "soffice";

/** LibreOffice's version line; throws, saying how to install it, when it is missing. */
export function sofficeVersion(): string {
  const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (r.error || r.status !== 0) {
    throw new Error(
      `LibreOffice is needed for this test and "${SOFFICE} --version" failed (${r.error?.message ?? `exit ${r.status}`}). ` +
        `Install it with: apt-get install -y libreoffice-calc (scripts/setup.sh, run by scripts/test-all.sh and .ci/run, does this).`,
    );
  }
  return r.stdout.trim();
}

/**
 * Convert `file` with LibreOffice Calc (`to` as for --convert-to) using the profile folder
 * `profile` (one per test file: two instances cannot share one); returns the output folder.
 */
export function convertWithLibreOffice(file: string, to: string, profile: string): { dir: string; stdout: string } {
  const dir = tempDir("pt-lo-out-");
  const r = spawnSync(
    SOFFICE,
    ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, "--convert-to", to, "--outdir", dir, file],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (r.error || r.status !== 0) {
    throw new Error(`soffice --convert-to ${to} failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
  }
  return { dir, stdout: r.stdout };
}

/** The first sheet of `file` as LibreOffice shows it, as CSV lines (UTF-8, dates dd/mm/yyyy). */
export function csvByLibreOffice(file: string, profile: string): string[] {
  const { dir } = convertWithLibreOffice(file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1", profile);
  const csvs = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  if (csvs.length !== 1) throw new Error(`LibreOffice wrote ${csvs.length} CSV files for ${file}`);
  return readFileSync(path.join(dir, csvs[0]), "utf8").trim().split(/\r?\n/);
}
