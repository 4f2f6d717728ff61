/**
 * Random workbooks — tables with real and random headers and names (PT_Tasks, pt_tasks, a
 * renamed plan, PT_Summary on a user's sheet…), cells of every kind — built for real on both
 * adapters, then sync, validate and summary. On each:
 *  - a command succeeds or refuses with a message for the user (UserFacingError), nothing else;
 *  - Office.js (strict fake): every write lies inside the add-in's tables as they end up, or on a
 *    sheet it made, and no cell gains a formula;
 *  - .xlsx: the file saved after each command opens again, holds no formula the user did not
 *    write, and every cell outside the add-in's tables and sheets is as it was.
 */
import * as path from "path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { generateSummary } from "../../src/app/buildSummary";
import { UserFacingError } from "../../src/app/errors";
import type { WorkbookPort } from "../../src/app/port";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { readPlanModel } from "../../src/core/plan/workbookModel";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook/types";
import { columnLetters } from "../../src/xlsx/chartXml";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import type { FakeExcel } from "../excel/fakeExcel";
import { harness } from "../excel/support";
import { workbookSnapshot } from "./arbitraries";
import { formulaCells, removeTempDirs, runs, tempDir, timeFor } from "./support";

const FAKE_RUNS = runs(60, 8);
const XLSX_RUNS = runs(12, 40);
const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };

interface Placed {
  readonly table: TableSnapshot;
  readonly headers: string[];
  readonly top: number; // 1-based header row
  readonly left: number;
}

/**
 * Tables laid out as Excel allows: headers unique and non-empty, no two tables overlapping, at
 * most 30 columns in (so the cases stay small). A table that would overlap goes below the others.
 */
function layout(snapshot: WorkbookSnapshot): Placed[] {
  const placed: Placed[] = [];
  for (const t of snapshot.tables) {
    const seen = new Set<string>();
    const headers = t.headers.map((h, j) => {
      let name = h.replace(/\s+/g, " ").trim() || `Column${j + 1}`;
      for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${h.trim() || "Column"}${k}`;
      seen.add(name.toLowerCase());
      return name;
    });
    let top = Math.min(t.headerRow, 60);
    const left = Math.min(t.firstColumn, 30);
    const height = Math.max(t.rows.length, 1) + 1;
    const overlaps = (p: Placed) =>
      p.table.sheet === t.sheet && top <= p.top + Math.max(p.table.rows.length, 1) + 1 && p.top <= top + height && left <= p.left + p.headers.length && p.left <= left + headers.length;
    while (placed.some(overlaps)) top = Math.max(...placed.filter((p) => p.table.sheet === t.sheet).map((p) => p.top + Math.max(p.table.rows.length, 1) + 3));
    placed.push({ table: t, headers, top, left });
  }
  return placed;
}

/** What a command answers: a result, or a UserFacingError. Anything else thrown fails the test. */
async function answer(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (e) {
    if (!(e instanceof UserFacingError)) throw e;
  }
}

const commands = (port: WorkbookPort): (() => Promise<unknown>)[] => [
  () => syncWorkbook(port, OPTS),
  () => validateWorkbook(port, OPTS),
  () => generateSummary(port, { ...OPTS, quarterSheets: true }),
  () => generateSummary(port, OPTS),
];

// ---------------------------------------------------------------------------------------------

function buildFake(fake: FakeExcel, snapshot: WorkbookSnapshot): void {
  for (const s of snapshot.sheets) fake.addSheet(s.name);
  for (const p of layout(snapshot)) {
    const input = (v: CellValue): string | number | boolean => (v === null ? "" : typeof v === "number" && !Number.isFinite(v) ? "" : v);
    const rows = p.table.rows.length ? p.table.rows.map((r) => r.map(input)) : [p.headers.map(() => "")];
    const first = `${columnLetters(p.left)}${p.top}`;
    const last = `${columnLetters(p.left + p.headers.length - 1)}${p.top + rows.length}`;
    fake.setValues(p.table.sheet, `${first}:${last}`, [p.headers, ...rows]);
    fake.addTable(p.table.sheet, `${first}:${last}`, p.table.name);
  }
}

const parse = (address: string): { r: number; c: number; r2: number; c2: number } | null => {
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (m) return { r: Number(m[2]), c: col(m[1]), r2: Number(m[4] ?? m[2]), c2: col(m[3] ?? m[1]) };
  m = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (m) return { r: 1, c: col(m[1]), r2: Infinity, c2: col(m[2]) };
  return null;
};

/** Sheets holding an add-in sheet's marker table: the add-in's to rebuild, whoever named them. */
const markedSheets = (tables: readonly { name: string; sheet: string }[]): Set<string> =>
  new Set(tables.filter((t) => /^PT_(Summary|Q[1-4])$/i.test(t.name)).map((t) => t.sheet));

/** Boxes (1-based, inclusive) of the tables the plan model binds: the only tables the add-in writes. */
function boundBoxes(snapshot: WorkbookSnapshot): { sheet: string; r: number; c: number; r2: number; c2: number }[] {
  const m = readPlanModel(snapshot, 2021);
  return [m.tasks, m.infoTable, m.unitsTable, m.requirementsTable, m.submissionsTable]
    .filter((b) => b !== null)
    .map((b) => b.table)
    .map((t) => ({ sheet: t.sheet, r: t.headerRow, c: t.firstColumn, r2: t.headerRow + Math.max(t.rows.length, 1), c2: t.firstColumn + t.headers.length - 1 }));
}

it("Office.js (strict fake): commands answer or refuse; writes stay in the add-in's tables and sheets; no formula appears", async () => {
  await fc.assert(
    fc.asyncProperty(workbookSnapshot, fc.constantFrom("1.1", "1.7", "1.20"), async (snapshot, apiVersion) => {
      const { fake, port } = harness({ apiVersion });
      buildFake(fake, snapshot);
      const marked = markedSheets(fake.tableModels.map((t) => ({ name: t.name, sheet: t.sheet.name })));
      const userSheets = new Set(fake.sheets.map((s) => s.name).filter((name) => !marked.has(name)));
      const formulasBefore = new Set(fake.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.formula).map(([k]) => `${s.name}!${k}`)));
      for (const command of commands(port)) await answer(command);

      const boxes = boundBoxes(await port.read());
      const outside = fake.writes.filter((w) => {
        if (!userSheets.has(w.sheet)) return false; // a sheet the add-in made or owns
        if (w.kind === "addSheet" || w.kind === "deleteSheet" || w.kind === "freezePanes") return true;
        const b = parse(w.address);
        if (!b) return true;
        // A column width is the whole sheet column's: it must be one of a bound table's columns.
        const rowsInside = w.kind === "columnWidth" || (b.r >= 0 && b.r2 >= 0);
        return !boxes.some((o) => o.sheet === w.sheet && b.c >= o.c && b.c2 <= o.c2 && (w.kind === "columnWidth" || (b.r >= o.r && b.r2 <= o.r2)) && rowsInside);
      });
      expect(outside).toEqual([]);
      const formulasAfter = fake.sheets.flatMap((s) => [...s.cells].filter(([k, c]) => c.formula && !formulasBefore.has(`${s.name}!${k}`)).map(([k]) => `${s.name}!${k}`));
      expect(formulasAfter).toEqual([]);
    }),
    { numRuns: FAKE_RUNS },
  );
}, timeFor(FAKE_RUNS, 60));

// ---------------------------------------------------------------------------------------------

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

function buildXlsx(wb: ExcelJS.Workbook, snapshot: WorkbookSnapshot): void {
  for (const s of snapshot.sheets) wb.addWorksheet(s.name);
  for (const p of layout(snapshot)) {
    const ws = wb.getWorksheet(p.table.sheet) as ExcelJS.Worksheet;
    const rows = p.table.rows.map((r) => r.map((v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)));
    ws.addTable({
      name: p.table.name,
      ref: `${columnLetters(p.left)}${p.top}`,
      headerRow: true,
      columns: p.headers.map((name) => ({ name, filterButton: true })),
      rows: rows.length ? rows : [p.headers.map(() => null)],
    });
  }
}

let n = 0;
it(".xlsx: commands answer or refuse; every saved file opens again, with no new formula and the user's cells as they were", async () => {
  await fc.assert(
    fc.asyncProperty(workbookSnapshot, async (snapshot) => {
      const wb = newWorkbook();
      buildXlsx(wb, snapshot);
      const file = path.join(dir, `random-${++n}.xlsx`);
      await saveWorkbookFile(wb, file);
      const userFormulas = new Set(await formulaCells(file));
      const before = await loadWorkbookFile(file);
      const userCells = cellValues(before);
      let current = file;
      // Each command on its own file, as the CLI runs them: load, run, save, load again.
      for (const make of [syncWorkbook, validateWorkbook, (p: WorkbookPort, o: CommandOptions) => generateSummary(p, { ...o, quarterSheets: true })]) {
        const port = new XlsxWorkbookPort(await loadWorkbookFile(current));
        try {
          await make(port, OPTS);
        } catch (e) {
          if (!(e instanceof UserFacingError)) throw e;
          continue; // refused: the CLI saves nothing
        }
        const next = path.join(dir, `random-${++n}.xlsx`);
        await saveWorkbookFile(port, next);
        const reopened = await loadWorkbookFile(next); // must open again
        expect((await formulaCells(next)).filter((f) => !userFormulas.has(f))).toEqual([]);
        const addIn = addInAreas(await new XlsxWorkbookPort(reopened).read());
        const now = cellValues(reopened);
        const changed = [...userCells].filter(([key, v]) => !addIn(key) && now.get(key) !== v).map(([key, v]) => `${key}: ${v} → ${now.get(key)}`);
        expect(changed).toEqual([]);
        current = next;
      }
    }),
    { numRuns: XLSX_RUNS },
  );
}, timeFor(XLSX_RUNS, 350));

/** Value of every non-empty cell: "sheet!A1" → JSON. */
function cellValues(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((c) => void out.set(`${ws.name}!${c.address}`, JSON.stringify(c.value))));
  }
  return out;
}

/** Cells the add-in may have written: inside the tables the plan model binds, or on its sheets. */
function addInAreas(snapshot: WorkbookSnapshot): (key: string) => boolean {
  const boxes = boundBoxes(snapshot);
  const own = markedSheets(snapshot.tables);
  return (key) => {
    const [sheet, address] = key.split("!");
    if (own.has(sheet)) return true;
    const b = parse(address);
    return b !== null && boxes.some((a) => a.sheet === sheet && b.r >= a.r && b.r <= a.r2 && b.c >= a.c && b.c <= a.c2);
  };
}
