/**
 * Properties of the commands on real .xlsx files (the exceljs adapter, saved and opened again):
 * a random plan document is imported, a user adds columns, values, looks, comments and a sheet of
 * their own, then sync, validate, a second import and the summary run. Checked, cell by cell, on
 * every sheet:
 *  - every cell the user made is as it was (value, style, comment), but for the add-in's own
 *    columns (Cảnh báo) and the blanks it fills (Quý, Hạn hoàn thành, Trạng thái);
 *  - rebuilding the summary again gives the same workbook, but the "generated at" stamp;
 *  - no cell holds a formula: text that came from the document (= + - @ …) is stored as text.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { generateSummary } from "../../src/app/buildSummary";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText } from "../../src/app/importPlan";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { columnLetters } from "../../src/xlsx/chartXml";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { planDocument, userDecoration, type UserDecoration, type UserLook } from "./arbitraries";
import { formulaCells, removeTempDirs, runs, tempDir, timeFor } from "./support";

const AS_OF = { year: 2021, month: 7, day: 15 };
const RUNS = runs(8, 40);
const opts = (lang: "vi" | "en", now: Date): CommandOptions => ({ asOf: AS_OF, lang, now });
// Columns of PT_Tasks whose blank cells sync may fill, and the one it owns.
const FILLED = new Set(["Quý", "Hạn hoàn thành", "Trạng thái"]);
const OWNED = new Set(["Cảnh báo"]);

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(removeTempDirs);

let n = 0;
async function saved(port: XlsxWorkbookPort): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const file = path.join(dir, `rt-${++n}.xlsx`);
  await saveWorkbookFile(port, file);
  return { file, wb: await loadWorkbookFile(file) };
}

function look(cell: ExcelJS.Cell, l: UserLook): void {
  if (l.bold !== undefined || l.italic !== undefined || l.fontColor) {
    cell.font = { ...(cell.font ?? {}), bold: l.bold, italic: l.italic, ...(l.fontColor ? { color: { argb: `FF${l.fontColor.slice(1)}` } } : {}) };
  }
  if (l.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${l.fill.slice(1)}` } };
  if (l.numberFormat) cell.numFmt = l.numberFormat;
}

/** What a user does to the plan workbook after the import. */
async function decorate(port: XlsxWorkbookPort, d: UserDecoration): Promise<void> {
  const tasks = (await port.read()).tables.find((t) => t.name === "PT_Tasks");
  if (!tasks) throw new Error("no PT_Tasks after import");
  if (d.columns.length) {
    // A column added to the table, as Excel does when a user types a header next to it.
    await port.apply([
      {
        kind: "table",
        table: "PT_Tasks",
        sheet: tasks.sheet,
        anchor: { row: tasks.headerRow, column: tasks.firstColumn },
        columns: d.columns.map((c) => ({ header: c.header, synonyms: [] })),
        cells: d.columns.flatMap((c) => c.values.slice(0, tasks.rows.length).map((v, row) => ({ row, column: c.header, value: { value: v } }))),
        ownedColumns: [],
        append: [],
      },
    ]);
  }
  const ws = port.workbook.getWorksheet(tasks.sheet) as ExcelJS.Worksheet;
  for (const l of d.looks) {
    if (l.row >= tasks.rows.length) continue;
    const cell = ws.getCell(tasks.headerRow + 1 + l.row, tasks.firstColumn + (l.column % tasks.headers.length));
    look(cell, l.look);
    if (l.note) cell.note = l.note;
  }
  if (d.ownSheet) {
    const own = port.workbook.addWorksheet(d.ownSheet.name);
    for (const c of d.ownSheet.cells) {
      own.getCell(c.row, c.column).value = c.value;
      look(own.getCell(c.row, c.column), c.look);
    }
  }
}

/** Every cell of every sheet that holds a value, a style or a comment: "sheet!A1" → its JSON. */
function dump(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const style = JSON.stringify(c.style ?? {});
        if ((c.value === null || c.value === undefined) && style === "{}" && !c.note) return;
        out.set(`${ws.name}!${c.address}`, JSON.stringify({ v: c.value ?? null, s: c.style ?? {}, n: c.note ?? null }));
      }),
    );
  }
  return out;
}

/** Where the add-in may write in the plan table: its own column, and blanks it fills. */
async function addInCells(file: string): Promise<(key: string, before: string) => boolean> {
  const snapshot = await new XlsxWorkbookPort(await loadWorkbookFile(file)).read();
  const allowed = new Map<string, "owned" | "filled">();
  for (const t of snapshot.tables) {
    const kinds: Record<string, Set<string>> = { PT_Tasks: new Set([...FILLED, ...OWNED]), PT_Submissions: OWNED, PT_Info: new Set(["Giá trị"]) };
    t.headers.forEach((h, j) => {
      if (!kinds[t.name]?.has(h)) return;
      const letter = columnLetters(t.firstColumn + j);
      for (let r = 0; r < t.rows.length; r++) allowed.set(`${t.sheet}!${letter}${t.headerRow + 1 + r}`, OWNED.has(h) ? "owned" : "filled");
    });
  }
  return (key, before) => {
    const kind = allowed.get(key);
    return kind === "owned" || (kind === "filled" && JSON.parse(before).v === null);
  };
}

/** The "generated at" stamp of the summary sheet: the cell right of its label. */
function stampCells(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  for (const ws of wb.worksheets) {
    ws.eachRow((row, r) => {
      const label = row.getCell(1).value;
      if (label === "Lập lúc" || label === "Generated at") out.add(`${ws.name}!B${r}`);
    });
  }
  return out;
}

it("a user's cells, columns, looks and comments survive sync, validate, import and summary; the summary rebuilds the same; no formula anywhere", async () => {
  await fc.assert(
    fc.asyncProperty(
      planDocument,
      fc.constantFrom("vi" as const, "en" as const),
      fc.boolean(),
      fc.integer({ min: 1, max: 12 }).chain((rows) => userDecoration(rows, 9)),
      async (doc, lang, quarters, decoration) => {
        const port = new XlsxWorkbookPort(newWorkbook());
        const first = await importPlanText(port, doc.text, opts(lang, new Date(2021, 6, 15, 8, 0))).catch((e: unknown) => e);
        if (first instanceof UserFacingError) return; // refused: nothing to keep
        if (first instanceof Error) throw first;
        await decorate(port, decoration);
        const base = await saved(port);
        const before = dump(base.wb);
        const userSheets = new Set(base.wb.worksheets.map((w) => w.name));

        const work = new XlsxWorkbookPort(base.wb);
        await syncWorkbook(work, opts(lang, new Date(2021, 6, 15, 9, 0)));
        await validateWorkbook(work, opts(lang, new Date(2021, 6, 15, 9, 5)));
        await importPlanText(work, doc.text, opts(lang, new Date(2021, 6, 15, 9, 10)));
        await generateSummary(work, { ...opts(lang, new Date(2021, 6, 15, 9, 15)), quarterSheets: quarters });
        const once = await saved(work);
        await generateSummary(new XlsxWorkbookPort(once.wb), { ...opts(lang, new Date(2021, 6, 16, 17, 45)), quarterSheets: quarters });
        const twice = await saved(new XlsxWorkbookPort(once.wb));

        // 1. The user's cells.
        const mayChange = await addInCells(once.file);
        const afterOnce = dump(await loadWorkbookFile(once.file));
        const lost = [...before]
          .filter(([key, value]) => userSheets.has(key.split("!")[0]) && !mayChange(key, value) && afterOnce.get(key) !== value)
          .map(([key, value]) => `${key}: ${value} → ${afterOnce.get(key)}`);
        expect(lost).toEqual([]);

        // 2. The summary rebuilt again: the same cells, but the stamp.
        const stamps = stampCells(twice.wb);
        expect(stamps.size).toBe(1);
        const again = dump(twice.wb);
        const diff = [...new Set([...afterOnce.keys(), ...again.keys()])].filter((k) => !stamps.has(k) && afterOnce.get(k) !== again.get(k));
        expect(diff).toEqual([]);
        expect(once.wb.worksheets.map((w) => w.name)).toEqual(twice.wb.worksheets.map((w) => w.name));

        // 3. No formula: the workbook holds none of the user's, so every <f> would be the add-in's.
        expect(await formulaCells(once.file)).toEqual([]);
        expect(await formulaCells(twice.file)).toEqual([]);
      },
    ),
    { numRuns: RUNS },
  );
}, timeFor(RUNS, 600));
