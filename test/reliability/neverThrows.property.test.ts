/**
 * Import, sync, validate and summary never throw on any input: arbitrary text (plain, HTML, binary
 * junk) and arbitrary workbook snapshots (random tables, headers and cell values: numbers,
 * booleans, error values, 32,767-character strings). A command may refuse with a UserFacingError
 * (a message for the user); anything else thrown is a bug. What sync hands the adapter is well
 * formed: rows that exist, columns it declared, cells that fit in Excel, never an add-in sheet's table.
 */
import fc from "fast-check";
import { generateSummary } from "../../src/app/buildSummary";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText, planText, previewImport } from "../../src/app/importPlan";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { importPlanText as readPlanText } from "../../src/core/plan/importText";
import { planSync } from "../../src/core/plan/sync";
import { readPlanModel } from "../../src/core/plan/workbookModel";
import { computeSummary, PERIODS } from "../../src/core/summary/figures";
import { buildQuarterSheets } from "../../src/core/summary/quarterSheets";
import { buildSummarySheet } from "../../src/core/summary/sheet";
import { htmlToText } from "../../src/core/text/html";
import { seedUnits } from "../../src/core/units/seed";
import { UnitRegistry } from "../../src/core/units/registry";
import { validatePlan } from "../../src/core/validate/validate";
import { MAX_CELL_CHARS } from "../../src/core/workbook/limits";
import { simulateEdits } from "../../src/core/workbook/simulate";
import type { CellWrite, OwnedSheetContent, TableEdit, WorkbookEdit, WorkbookSnapshot } from "../../src/core/workbook/types";
import { MemoryPort } from "../taskpane/memoryPort";
import { cellString, planDocument, workbookSnapshot } from "./arbitraries";
import { runs, timeFor } from "./support";

const asOf = fc.record({ year: fc.integer({ min: 2019, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
const lang = fc.constantFrom("vi" as const, "en" as const);
const OWN_SHEET_TABLES = /^(PT_Summary|PT_Q[1-4])$/i;
const CORE_RUNS = runs(60, 10);
const APP_RUNS = runs(60, 10);
const TEXT_RUNS = runs(100, 4);
const PREVIEW_RUNS = runs(40, 10);
const HTML_RUNS = runs(200);

function strings(values: readonly CellWrite[]): string[] {
  return values.map((v) => v.value).filter((v): v is string => typeof v === "string");
}

/** What the adapters rely on: every edit names rows that exist and columns it declared. */
function expectWellFormed(snapshot: WorkbookSnapshot, edits: readonly WorkbookEdit[]): void {
  for (const edit of edits) {
    if (edit.kind === "ownedSheet") {
      expectOwnedSheet(edit.content);
      continue;
    }
    if (edit.kind !== "table") continue;
    expect(edit.table).not.toMatch(OWN_SHEET_TABLES);
    const headers = new Set(edit.columns.map((c) => c.header));
    const existing = snapshot.tables.find((t) => t.name === edit.table)?.rows.length ?? 0;
    for (const c of edit.cells) {
      expect(headers.has(c.column)).toBe(true);
      expect(Number.isInteger(c.row) && c.row >= 0 && c.row < existing).toBe(true);
    }
    for (const o of edit.ownedColumns) {
      expect(headers.has(o.column)).toBe(true);
      expect(o.values.length).toBeLessThanOrEqual(existing + edit.append.length);
    }
    for (const r of edit.append) for (const k of Object.keys(r)) expect(headers.has(k)).toBe(true);
    const written = [...edit.cells.map((c) => c.value), ...edit.ownedColumns.flatMap((o) => o.values), ...edit.append.flatMap((r) => Object.values(r))];
    for (const s of strings(written)) expect(s.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  }
}

function expectOwnedSheet(content: OwnedSheetContent): void {
  expect(content.tables.some((t) => t.name === content.markerTable)).toBe(true);
  for (const b of content.blocks) {
    for (const s of strings(b.cells.flat())) expect(s.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    for (const line of b.cells) for (const c of line) if (typeof c.value === "number") expect(Number.isFinite(c.value)).toBe(true);
  }
}

/** Runs a command; a UserFacingError is an answer, anything else thrown is a bug. */
async function answer<T>(work: () => Promise<T>): Promise<T | UserFacingError> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserFacingError) {
      expect(e.vi.length).toBeGreaterThan(10);
      expect(e.en.length).toBeGreaterThan(10);
      return e;
    }
    throw e;
  }
}

describe("the core never throws on any workbook snapshot", () => {
  it("read, validate, sync (with and without a document), summary figures and sheets", () => {
    fc.assert(
      fc.property(workbookSnapshot, fc.option(planDocument, { nil: null }), asOf, lang, fc.constantFrom(...PERIODS), (snapshot, doc, day, language, period) => {
        const model = readPlanModel(snapshot, day.year);
        const issues = validatePlan(model, day);
        const imported = doc ? readPlanText(doc.text, model.registry, day.year) : undefined;
        const sync = planSync({ snapshot, imported, asOf: day, lang: language, fallbackYear: day.year });
        expectWellFormed(snapshot, sync.edits);
        const after = simulateEdits(snapshot, sync.edits);
        expect(readPlanModel(after, day.year).taskRows.length).toBe(sync.model.taskRows.length);
        const figures = computeSummary(model, day, period);
        expectOwnedSheet(buildSummarySheet(figures, language, "01/01/2021 08:00"));
        for (const sheet of buildQuarterSheets(model, issues, language)) expectOwnedSheet(sheet);
        for (const issue of issues) expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)+$/);
      }),
      { numRuns: CORE_RUNS },
    );
  }, timeFor(CORE_RUNS, 150));
});

describe("the app's commands never throw but to tell the user", () => {
  it("sync, validate, summary (with quarter sheets) on any snapshot, in a row", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSnapshot, asOf, lang, async (snapshot, day, language) => {
        const port = new MemoryPort();
        port.snapshot = snapshot;
        const opts: CommandOptions = { asOf: day, lang: language, now: new Date(2021, 0, 1) };
        await answer(() => syncWorkbook(port, opts));
        await answer(() => validateWorkbook(port, opts));
        await answer(() => generateSummary(port, { ...opts, quarterSheets: true }));
        for (const edits of port.applied) expectWellFormed(snapshot, edits.filter((e) => e.kind !== "table"));
      }),
      { numRuns: APP_RUNS },
    );
  }, timeFor(APP_RUNS, 100));

  const junk = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.array(fc.constantFrom("<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<br>", "<p>", "&amp;", "&#7897;", "&#xD800;", "<!--", "-->", "<script>", "TT", "Nội dung", "1", "\t", "\n", "<td rowspan=99999>", "<td colspan=0>", "\u0000", "\u0007", "KẾ HOẠCH", "Ð", "\u00b9"), { maxLength: 80 }).map((p) => p.join("")),
    planDocument.map((d) => d.text),
    planDocument.map((d) => `<table>${d.text.split("\n").map((l) => `<tr><td>${l.split("\t").join("</td><td>")}</td></tr>`).join("")}</table>`),
  );

  it("importing any text, plain or HTML: a plan, or a message (never a crash)", async () => {
    await fc.assert(
      fc.asyncProperty(junk, async (text) => {
        const port = new MemoryPort();
        const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 0, 1) };
        const result = await answer(() => importPlanText(port, text, opts));
        if (!(result instanceof UserFacingError)) expect(result.taskCount).toBeGreaterThan(0);
        else expect(port.applied).toEqual([]);
      }),
      { numRuns: TEXT_RUNS },
    );
  }, timeFor(TEXT_RUNS, 50));

  it("previewImport against any snapshot's units: a plan or a message", () => {
    fc.assert(
      fc.property(planDocument, workbookSnapshot, (doc, snapshot) => {
        const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "en", now: new Date(2021, 0, 1) };
        try {
          const preview = previewImport(doc.text, opts, snapshot);
          expectWellFormed(snapshot, preview.edits);
        } catch (e) {
          if (!(e instanceof UserFacingError)) throw e;
        }
      }),
      { numRuns: PREVIEW_RUNS },
    );
  }, timeFor(PREVIEW_RUNS, 150));

  it("htmlToText on any markup returns text, in time linear in its length", () => {
    const piece = fc.oneof(cellString, fc.constantFrom("<table>", "<tr>", "<td>", "</td>", "</table>", "<a \"", "<!--", "<script>", "<td rowspan=\"3\">", "<br/>", "&nbsp;", "&#128204;"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const html = parts.join("");
        const text = htmlToText(html);
        expect(typeof text).toBe("string");
        expect(text.length).toBeLessThanOrEqual(html.length * 8 + 100);
      }),
      { numRuns: HTML_RUNS },
    );
    const registry = new UnitRegistry(seedUnits());
    expect(readPlanText(htmlToText("<table><tr><td>TT</td><td>Nội dung</td></tr><tr><td>1</td><td>x</td></tr></table>"), registry, 2021).tasks).toHaveLength(1);
  }, timeFor(HTML_RUNS, 5));
});

it("Vietnamese written in Unicode, in any case and with any marks, is never taken for a legacy encoding", () => {
  const lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
  const letter = fc.constantFrom(...lower, ...lower.toUpperCase());
  const word = fc.array(letter, { minLength: 1, maxLength: 7 }).map((l) => l.join(""));
  const mark = fc.constantFrom(" ", " ", " ", ", ", ". ", "; ", ": ", "\n", "\t", " – ", " “", "” ", " (", ") ", "/", " 15/5/2021 ");
  fc.assert(
    fc.property(fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 300 }), (parts) => {
      const text = parts.map(([w, m]) => w + m).join("");
      for (const t of [text, text.normalize("NFD")]) {
        try {
          planText(t);
        } catch (e) {
          expect((e as UserFacingError).code).not.toBe("text-not-unicode");
        }
      }
    }),
    { numRuns: TEXT_RUNS },
  );
}, timeFor(TEXT_RUNS, 20));

// A table edit must never address an add-in sheet's table: a TableEdit on PT_Q1 would put the plan
// into a sheet the next summary wipes.
it("sync never binds the plan to the add-in's quarter or summary tables", () => {
  const quarterTable = { name: "PT_Q1", sheet: "Quý I", headers: ["TT", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Cảnh báo"], rows: [[1, "x", "LĐLĐ tỉnh", 44331, "Hoàn thành", null]], headerRow: 3, firstColumn: 1 };
  const plan = { ...quarterTable, name: "KeHoach", sheet: "Kế hoạch", headerRow: 9 };
  const result = planSync({ snapshot: { sheets: [], tables: [quarterTable, plan] }, asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", fallbackYear: 2021 });
  expect(result.model.tasks?.table.name).toBe("KeHoach");
  expect(result.edits.filter((e): e is TableEdit => e.kind === "table").map((e) => e.table)).not.toContain("PT_Q1");
});
