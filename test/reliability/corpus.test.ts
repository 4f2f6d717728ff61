/**
 * The corpus of bad and odd plan documents (test/fixtures/corpus/expected.json): each gives the
 * outcome written there on the CLI (exit code, a message naming the problem and the place, what is
 * read and kept), writes only text cells into a workbook, and — where a user could paste it — gives
 * the same outcome in the task pane's path (app importPlanText over the strict Excel fake). A
 * refused input writes nothing: a new file is not created, an existing workbook stays byte for byte.
 */
import * as fs from "fs";
import * as path from "path";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText } from "../../src/app/importPlan";
import type { CommandOptions } from "../../src/app/types";
import { harness } from "../excel/support";
import { CORPUS, FIXTURE, cli, formulaCells, removeTempDirs, sha, taskTable, tempDir } from "./support";

interface Keep {
  readonly task: string;
  readonly field: string;
  readonly equals: unknown;
}
interface Case {
  readonly file: string;
  readonly why: string;
  readonly exit: 0 | 2;
  readonly stderr?: string[];
  readonly tasks?: number;
  readonly plan?: Record<string, unknown>;
  readonly keeps?: Keep[];
  readonly cells?: { task: string; column: string; equals: unknown }[];
  readonly issues?: string[];
  readonly noIssues?: string[];
  readonly invalidDeadlines?: string[];
  readonly pane?: { decode: string; error?: string; tasks?: number; message?: string[] };
}

const { cases } = JSON.parse(fs.readFileSync(path.join(CORPUS, "expected.json"), "utf8")) as { cases: Case[] };
const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };
const AS_OF = ["--as-of", "2021-07-15"];

let dir: string;
/** A workbook holding the real plan, made once: every refused import into it must leave it as it was. */
let planBook: string;

beforeAll(async () => {
  dir = tempDir();
  planBook = path.join(dir, "plan.xlsx");
  expect((await cli("import", FIXTURE, "-o", planBook, ...AS_OF)).code).toBe(0);
});
afterAll(removeTempDirs);

it("every file of the corpus has an expected outcome, and every outcome a file", () => {
  const files = fs.readdirSync(CORPUS).filter((f) => f !== "expected.json").sort();
  expect(cases.map((c) => c.file).sort()).toEqual(files);
});

describe.each(cases.map((c) => [c.file, c] as const))("%s", (file, c) => {
  const input = path.join(CORPUS, file);

  if (c.exit === 2) {
    it(`is refused with exit 2 and a message naming the problem (${c.why})`, async () => {
      const r = await cli("import", input, "--json", ...AS_OF);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(/^Lỗi: .+\nError: .+\n$/s);
      for (const fragment of c.stderr ?? []) expect(r.err).toContain(fragment);
    });

    it("writes nothing: no new file, and an existing workbook stays byte for byte", async () => {
      const fresh = path.join(dir, `new-${file}.xlsx`);
      expect((await cli("import", input, "-o", fresh, ...AS_OF)).code).toBe(2);
      expect(fs.existsSync(fresh)).toBe(false);
      const copy = path.join(dir, `copy-${file}.xlsx`);
      fs.copyFileSync(planBook, copy);
      const before = sha(copy);
      expect((await cli("import", input, "-o", copy, ...AS_OF)).code).toBe(2);
      expect(sha(copy)).toBe(before);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  } else {
    it(`is read (${c.why})`, async () => {
      const r = await cli("import", input, "--json", ...AS_OF);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.out);
      if (c.tasks !== undefined) expect(doc.tasks).toHaveLength(c.tasks);
      if (c.plan) expect(doc.plan).toMatchObject(c.plan);
      for (const k of c.keeps ?? []) {
        const task = doc.tasks.find((t: { id: string }) => t.id === k.task);
        expect([k.task, k.field, task?.[k.field]]).toEqual([k.task, k.field, k.equals]);
      }
      const codes = doc.issues.map((i: { code: string }) => i.code);
      for (const code of c.issues ?? []) expect(codes).toContain(code);
      for (const code of c.noIssues ?? []) expect(codes).not.toContain(code);
      if (c.invalidDeadlines) {
        const invalid = doc.issues.filter((i: { code: string }) => i.code === "deadline-invalid").map((i: { taskId: string }) => i.taskId);
        expect(invalid.sort()).toEqual([...c.invalidDeadlines].sort());
      }
    });

    it("is written into a workbook that opens again, every cell from the document as text (no formula)", async () => {
      const out = path.join(dir, `${file}.xlsx`);
      const r = await cli("import", input, "-o", out, ...AS_OF);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(await formulaCells(out)).toEqual([]);
      const table = await taskTable(out);
      for (const cell of c.cells ?? []) {
        const at = table.headers.indexOf(cell.column);
        expect([cell.task, cell.column, table.row(cell.task)[at]]).toEqual([cell.task, cell.column, cell.equals]);
      }
      // And a second command on the file works: the file is a real workbook, not just a zip.
      expect((await cli("validate", out, ...AS_OF, "--json")).code).toBeLessThan(2);
    });
  }

  if (c.pane) {
    const pane = c.pane;
    it(`pasted into the task pane (${pane.decode}): ${pane.error ? `refused (${pane.error})` : `${pane.tasks} tasks`}, no formula in Excel`, async () => {
      const text = new TextDecoder(pane.decode).decode(fs.readFileSync(input));
      const { fake, port } = harness();
      fake.addSheet("Sheet1");
      fake.setValues("Sheet1", "A1", [["ghi chú của tôi"]]);
      let error: unknown = null;
      try {
        await importPlanText(port, text, OPTS);
      } catch (e) {
        error = e;
      }
      if (pane.error) {
        expect(error).toBeInstanceOf(UserFacingError);
        expect((error as UserFacingError).code).toBe(pane.error);
        for (const fragment of pane.message ?? []) expect(`${(error as UserFacingError).vi}\n${(error as UserFacingError).en}`).toContain(fragment);
        // Refused before anything was written.
        expect(fake.writes).toEqual([]);
      } else {
        expect(error).toBeNull();
        expect(fake.tableRows("PT_Tasks")).toHaveLength(pane.tasks as number);
      }
      for (const sheet of fake.sheets) {
        for (const [key, cell] of sheet.cells) expect([sheet.name, key, cell.formula]).toEqual([sheet.name, key, undefined]);
      }
      expect(fake.value("Sheet1", "A1")).toBe("ghi chú của tôi");
    });
  }
});
