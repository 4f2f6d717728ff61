/**
 * The same properties through the Office.js adapter, on the strict Excel fake (which records every
 * write with its sheet and address, and reads typed text as Excel does, so "=…" becomes a formula):
 * a random plan is imported on a random API level, a user adds columns, values, looks and a sheet of
 * their own, then sync, validate, a second import and the summary run. Checked:
 *  - every write lies inside what the add-in owns: its tables (as they end up) and its own sheets;
 *  - every cell the user made is as it was, but the add-in's own column and the blanks it fills;
 *  - rebuilding the summary gives the same sheets (every cell and format, charts), but the stamp;
 *  - no cell holds a formula.
 */
import fc from "fast-check";
import { generateSummary } from "../../src/app/buildSummary";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText } from "../../src/app/importPlan";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import type { FakeCell, FakeExcel } from "../excel/fakeExcel";
import { harness } from "../excel/support";
import { planDocument, userDecoration, type UserDecoration, type UserLook } from "./arbitraries";
import { runs, timeFor } from "./support";

const AS_OF = { year: 2021, month: 7, day: 15 };
const RUNS = runs(25, 20);
const opts = (lang: "vi" | "en", now: Date): CommandOptions => ({ asOf: AS_OF, lang, now });
const FILLED = new Set(["Quý", "Hạn hoàn thành", "Trạng thái"]);
const OWNED = new Set(["Cảnh báo"]);

interface Box {
  r: number;
  c: number;
  rows: number;
  cols: number;
}

const letters = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
function parse(address: string): Box | null {
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(address);
  if (m) {
    const r = Number(m[2]) - 1;
    const c = letters(m[1]);
    return { r, c, rows: (m[4] ? Number(m[4]) - 1 : r) - r + 1, cols: (m[3] ? letters(m[3]) : c) - c + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(address);
  if (m) return { r: 0, c: letters(m[1]), rows: Infinity, cols: letters(m[2]) - letters(m[1]) + 1 };
  m = /^(\d+):(\d+)$/.exec(address);
  if (m) return { r: Number(m[1]) - 1, c: 0, rows: Number(m[2]) - Number(m[1]) + 1, cols: Infinity };
  return null;
}
const inside = (a: Box, b: Box): boolean => a.r >= b.r && a.c >= b.c && a.r + a.rows <= b.r + b.rows && a.c + a.cols <= b.c + b.cols;

function decorate(fake: FakeExcel, d: UserDecoration): Promise<unknown> | void {
  const t = fake.table("PT_Tasks");
  for (const l of d.looks) {
    if (l.row >= t.dataRows) continue;
    fake.format(t.sheet.name, cellAddress(t.r + 1 + l.row, t.c + (l.column % t.cols)), fakeLook(l.look));
  }
  if (d.ownSheet) {
    const name = d.ownSheet.name;
    fake.addSheet(name);
    for (const c of d.ownSheet.cells) {
      fake.setValues(name, cellAddress(c.row - 1, c.column - 1), [[c.value]]);
      fake.format(name, cellAddress(c.row - 1, c.column - 1), fakeLook(c.look));
    }
  }
}

function fakeLook(l: UserLook): Partial<FakeCell> {
  return { bold: l.bold, italic: l.italic, fontColor: l.fontColor, fill: l.fill, ...(l.numberFormat ? { numberFormat: l.numberFormat } : {}) };
}

function cellAddress(r: number, c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

/** Every cell of every sheet, with all it holds: "sheet!r,c" → JSON. Plus widths and charts. */
function dump(fake: FakeExcel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fake.sheets) {
    for (const [key, cell] of s.cells) {
      const [r, c] = key.split(",").map(Number);
      out.set(`${s.name}!${cellAddress(r, c)}`, JSON.stringify(cell));
    }
    out.set(`${s.name}!charts`, JSON.stringify(s.charts));
    out.set(`${s.name}!widths`, JSON.stringify([...s.widths]));
  }
  return out;
}

const value = (json: string | undefined): unknown => (json === undefined ? null : (JSON.parse(json) as FakeCell).value);

it("writes stay inside the add-in's tables and sheets; the user's cells survive; the summary rebuilds the same; no formula", async () => {
  await fc.assert(
    fc.asyncProperty(
      planDocument,
      fc.constantFrom("vi" as const, "en" as const),
      fc.constantFrom("1.1", "1.4", "1.8", "1.20"),
      fc.boolean(),
      fc.integer({ min: 1, max: 12 }).chain((rows) => userDecoration(rows, 9)),
      async (doc, lang, apiVersion, quarters, decoration) => {
        const { fake, port } = harness({ apiVersion });
        const first = await importPlanText(port, doc.text, opts(lang, new Date(2021, 6, 15, 8, 0))).catch((e: unknown) => e);
        if (first instanceof UserFacingError) return;
        if (first instanceof Error) throw first;
        // ExcelApi 1.1–1.3 cannot add table columns (the adapter says so); users of those add theirs by hand.
        if (decoration.columns.length && apiVersion !== "1.1") {
          const t = fake.table("PT_Tasks");
          // Columns added as the user would: typed next to the table, which then takes them in.
          await port.apply([
            {
              kind: "table",
              table: "PT_Tasks",
              sheet: t.sheet.name,
              anchor: { row: t.r + 1, column: t.c + 1 },
              columns: decoration.columns.map((c) => ({ header: c.header, synonyms: [] })),
              cells: decoration.columns.flatMap((c) => c.values.slice(0, t.dataRows).map((v, row) => ({ row, column: c.header, value: { value: v } }))),
              ownedColumns: [],
              append: [],
            },
          ]);
        }
        await decorate(fake, decoration);
        const before = dump(fake);
        const userSheets = new Set(fake.sheets.map((s) => s.name));
        fake.writes.length = 0;

        await syncWorkbook(port, opts(lang, new Date(2021, 6, 15, 9, 0)));
        await validateWorkbook(port, opts(lang, new Date(2021, 6, 15, 9, 5)));
        await importPlanText(port, doc.text, opts(lang, new Date(2021, 6, 15, 9, 10)));
        await generateSummary(port, { ...opts(lang, new Date(2021, 6, 15, 9, 15)), quarterSheets: quarters });
        const once = dump(fake);
        await generateSummary(port, { ...opts(lang, new Date(2021, 6, 16, 17, 45)), quarterSheets: quarters });
        const twice = dump(fake);

        // 1. Every write inside a table the add-in owns (as it ends up), or on a sheet it made.
        const boxes = fake.tableModels
          .filter((t) => /^PT_/.test(t.name))
          .map((t) => ({ sheet: t.sheet.name, box: parse(fake.tableAddress(t.name)) as Box }));
        const outside = fake.writes.filter((w) => {
          if (!userSheets.has(w.sheet)) return false; // a sheet the add-in made
          if (w.kind === "addSheet" || w.kind === "deleteSheet") return true;
          const box = parse(w.address);
          if (!box) return true;
          const spans = boxes.filter((b) => b.sheet === w.sheet);
          if (w.kind === "columnWidth") return !spans.some((b) => box.c >= b.box.c && box.c + box.cols <= b.box.c + b.box.cols);
          return !spans.some((b) => inside(box, b.box));
        });
        expect(outside).toEqual([]);
        expect(fake.writes.some((w) => userSheets.has(w.sheet))).toBe(true); // the check above had work to do

        // 2. The user's cells, but where the add-in writes: its own column, and blanks it fills.
        const mayChange = new Set<string>();
        for (const t of fake.tableModels.filter((x) => /^PT_(Tasks|Submissions)$/.test(x.name))) {
          fake.tableHeaders(t.name).forEach((h, j) => {
            if (!OWNED.has(h) && !(t.name === "PT_Tasks" && FILLED.has(h))) return;
            for (let r = 1; r <= t.dataRows; r++) mayChange.add(`${t.sheet.name}!${cellAddress(t.r + r, t.c + j)}`);
          });
        }
        const lost = [...before]
          .filter(([key]) => userSheets.has(key.split("!")[0]) && !key.endsWith("!widths") && !key.endsWith("!charts"))
          .filter(([key, json]) => !(mayChange.has(key) && (OWNED.has(headerOf(fake, key)) || value(json) === null)))
          .filter(([key, json]) => once.get(key) !== json)
          .map(([key, json]) => `${key}: ${json} → ${once.get(key)}`);
        expect(lost).toEqual([]);

        // 3. The summary again: the same, but the stamp (the cell right of "Lập lúc"/"Generated at").
        const stamp = [...twice].find(([, json]) => /"value":"(Lập lúc|Generated at)"/.test(json))?.[0];
        expect(stamp).toBeDefined();
        const stampCell = (stamp as string).replace(/!A(\d+)$/, "!B$1");
        const diff = [...new Set([...once.keys(), ...twice.keys()])].filter((k) => k !== stampCell && once.get(k) !== twice.get(k));
        expect(diff).toEqual([]);

        // 4. No formula anywhere: the user typed none, so any would be the add-in's.
        const formulas = [...twice].filter(([, json]) => json.includes('"formula"')).map(([k]) => k);
        expect(formulas).toEqual([]);
      },
    ),
    { numRuns: RUNS },
  );
}, timeFor(RUNS, 250));

/** The header of the table column a cell key ("sheet!B12") is in, or "". */
function headerOf(fake: FakeExcel, key: string): string {
  const [sheet, address] = key.split("!");
  const box = parse(address);
  if (!box) return "";
  for (const t of fake.tableModels) {
    if (t.sheet.name !== sheet || box.c < t.c || box.c >= t.c + t.cols || box.r <= t.r || box.r > t.r + t.dataRows) continue;
    return fake.tableHeaders(t.name)[box.c - t.c] ?? "";
  }
  return "";
}
