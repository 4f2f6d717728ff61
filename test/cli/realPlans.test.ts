/**
 * Real plans, straight from their Word files (issue #11): each fixture in test/fixtures/real-plans/<name>/
 * is a plan.docx (rebuilt from its plan.html or plan.js by scripts/make-fixtures.js) and an
 * expected.json written as a careful clerk reads the document. The CLI as a user runs it
 * (`node bin/plan-tracker.js import plan.docx --json --as-of …`) must give every task, group, unit,
 * deadline and submission the clerk reads, the warnings a clerk would agree with and not many more;
 * and `-o plan.xlsx` must write a workbook whose PT_Tasks table holds every task.
 *
 * Conventions of expected.json (agreed with the lead):
 * - ids: "<group label>.<number>" when numbering restarts per group ("II.3"), hierarchical ids as
 *   written ("1.1"), plain numbers when numbering runs through the groups;
 * - group: "<label>. <heading as written>" ("" when none; a QUÝ section is a quarter, not a group);
 * - quarter: the quarter section, else the calendar quarter of the deadline, else null;
 * - deadlineKind: date | derived (none written: end of its quarter/month) | recurring | ongoing |
 *   untracked | none; a layout ticked by month gives the last ticked month and, as deadlineText, the
 *   ticked month headers joined by ", ";
 * - extra: the document's columns that are not id, content, units, deadline or notes (Ghi chú), by
 *   header; an empty cell may be left out;
 * - a span plan (năm học 2025-2026) has span {from, to} and a year within it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isDeepStrictEqual } from "util";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/plan-tracker.js");
const PLANS = path.join(ROOT, "test/fixtures/real-plans");
const MODEL_TEXT = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");

const TASK_FIELDS = [
  "id",
  "group",
  "quarter",
  "content",
  "leadUnits",
  "partnerUnits",
  "monitorUnits",
  "deadline",
  "deadlineText",
  "deadlineKind",
  "extra",
] as const;
type TaskField = (typeof TASK_FIELDS)[number];
type ExpectedTask = Record<TaskField, unknown> & { id: string; content: string; extra: Record<string, string> };

interface Expected {
  asOf: string;
  plan: { number: string; title: string; year: number; span: { from: number; to: number } | null; issuedOn: string };
  tasks: ExpectedTask[];
  submissions: Record<string, unknown>[];
  issues: Record<string, unknown>[];
  maxIssues: number;
}

/** The kinds of plan issue #11 names; every one must have its fixture. */
const REQUIRED = [
  "province-ubnd-cchc",
  "commune-ubnd",
  "district-ubnd-2024",
  "department-so",
  "department-split-table",
  "school-year",
  "school-months",
  "party-or-mass-org",
  "mass-org-tinh-doan",
  "inspection-schedule",
  "model-plan-217",
];

const FIXTURES = fs
  .readdirSync(PLANS)
  .filter((name) => fs.existsSync(path.join(PLANS, name, "expected.json")))
  .sort();

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tmpDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-real-plans-"));
  made.push(dir);
  return dir;
};

/** Runs the CLI as a user would, from the repository root. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 180_000 });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

function importJson(file: string, asOf: string): any {
  const r = cli("import", file, "--json", "--as-of", asOf);
  if (r.code !== 0) throw new Error(`import ${path.relative(ROOT, file)} exited ${r.code}:\n${r.err}${r.out.slice(0, 2000)}`);
  return JSON.parse(r.out);
}

const show = (v: unknown): string => (v === undefined ? "(no such field)" : JSON.stringify(v));
const short = (s: unknown): string => {
  const t = String(s ?? "");
  return t.length > 70 ? JSON.stringify(t.slice(0, 70) + "…") : JSON.stringify(t);
};

/** An empty cell of an extra column may be left out: compare without the empty values. */
function comparable(field: TaskField, value: unknown): unknown {
  if (field !== "extra" || value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== "" && v !== null && v !== undefined));
}

/**
 * What differs between the tasks a clerk reads and the tasks imported, one line per difference:
 * missing and unexpected tasks (by id), each differing field of a task, and the order.
 */
function taskDifferences(expected: ExpectedTask[], actual: any[]): string[] {
  const lines: string[] = [];
  const actualIds = actual.map((t) => String(t?.id));
  const byId = new Map<string, any>();
  actual.forEach((t) => {
    if (!byId.has(String(t?.id))) byId.set(String(t?.id), t);
  });
  const duplicates = actualIds.filter((id, i) => actualIds.indexOf(id) !== i);
  if (duplicates.length) lines.push(`ids found more than once: ${[...new Set(duplicates)].join(", ")}`);
  const expectedIds = new Set(expected.map((t) => t.id));
  for (const e of expected) {
    const a = byId.get(e.id);
    if (!a) {
      lines.push(`${e.id} missing: ${short(e.content)}`);
      continue;
    }
    for (const field of TASK_FIELDS) {
      const want = comparable(field, e[field]);
      const got = comparable(field, a[field]);
      if (!isDeepStrictEqual(want, got)) lines.push(`${e.id} ${field}: expected ${show(want)}, got ${show(got)}`);
    }
  }
  for (const a of actual) if (!expectedIds.has(String(a?.id))) lines.push(`unexpected task ${show(a?.id)}: ${short(a?.content)}`);
  const inOrder = actualIds.filter((id) => expectedIds.has(id));
  const wantOrder = expected.map((t) => t.id).filter((id) => byId.has(id));
  if (!isDeepStrictEqual([...new Set(inOrder)], wantOrder)) lines.push(`order: expected ${wantOrder.join(" ")}, got ${inOrder.join(" ")}`);
  return lines;
}

/** The text of every paragraph of a .docx (w:t runs joined), to check a fixture against its own expected.json. */
async function documentText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file("word/document.xml")!.async("string");
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return xml
    .split("</w:p>")
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join("")
        .replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => entities[e]),
    )
    .join("\n");
}

/** The number of data rows of the named Excel table, wherever the sheet is. */
function tableDataRows(wb: ExcelJS.Workbook, name: string): number | null {
  for (const ws of wb.worksheets) {
    const table = ws.getTable(name) as any;
    if (!table) continue;
    const model = table.table ?? table.model ?? {};
    const ref: string = model.tableRef ?? model.ref;
    const [, first, last] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref) ?? [];
    if (!first) return null;
    const rows = Number(last) - Number(first) + 1;
    return rows - (model.headerRow === false ? 0 : 1) - (model.totalsRow ? 1 : 0);
  }
  return null;
}

describe("real-plan fixtures", () => {
  it("cover every kind of plan of issue #11, each with its Word file, source and page image", () => {
    expect(FIXTURES).toEqual(expect.arrayContaining(REQUIRED));
    for (const name of FIXTURES) {
      const dir = path.join(PLANS, name);
      expect(fs.existsSync(path.join(dir, "plan.docx"))).toBe(true);
      expect(fs.existsSync(path.join(dir, "plan.html")) || fs.existsSync(path.join(dir, "plan.js"))).toBe(true);
      expect(fs.existsSync(path.join(dir, "page1.png"))).toBe(true);
    }
  });
});

describe.each(FIXTURES)("import %s/plan.docx", (name) => {
  const dir = path.join(PLANS, name);
  const docx = path.join(dir, "plan.docx");
  const expected: Expected = JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
  let doc: any;
  let failure: Error | null = null;

  beforeAll(() => {
    try {
      doc = importJson(docx, expected.asOf);
    } catch (e) {
      failure = e as Error;
    }
  }, 200_000);

  const imported = (): any => {
    if (failure) throw failure;
    return doc;
  };

  it("the fixture says what its document says (every task's content and extra cells are in plan.docx)", async () => {
    const text = await documentText(docx);
    const absent: string[] = [];
    for (const t of expected.tasks) {
      const inspected = t.extra["Đơn vị được kiểm tra"];
      // A schedule row's content is made from the inspected unit ("Kiểm tra <unit>").
      if (!(inspected && t.content === `Kiểm tra ${inspected}`) && !text.includes(t.content)) absent.push(`${t.id} content ${short(t.content)}`);
      for (const [column, value] of Object.entries(t.extra)) if (value && !text.includes(value)) absent.push(`${t.id} ${column} ${short(value)}`);
      for (const field of TASK_FIELDS) if (!(field in t)) absent.push(`${t.id} has no ${field} in expected.json`);
    }
    expect(absent).toEqual([]);
  });

  it("reads the plan's number, title, year or span, and date", () => {
    const plan = imported().plan;
    const span = plan.span ? { from: plan.span.from, to: plan.span.to } : null; // more fields allowed (e.g. its kind)
    expect({ number: plan.number, title: plan.title, issuedOn: plan.issuedOn, span }).toEqual({
      number: expected.plan.number,
      title: expected.plan.title,
      issuedOn: expected.plan.issuedOn,
      span: expected.plan.span,
    });
    if (expected.plan.span) {
      expect(plan.year).toBeGreaterThanOrEqual(expected.plan.span.from);
      expect(plan.year).toBeLessThanOrEqual(expected.plan.span.to);
    } else {
      expect(plan.year).toBe(expected.plan.year);
    }
  });

  it(`finds every task (${expected.tasks.length}) with its group, quarter, content, units, deadline and other columns`, () => {
    expect(taskDifferences(expected.tasks, imported().tasks)).toEqual([]);
  });

  it("finds the submissions the plan requires", () => {
    const actual: any[] = imported().submissions;
    const lines: string[] = [];
    if (actual.length !== expected.submissions.length) {
      lines.push(`${expected.submissions.length} submissions expected, got ${actual.length}: ${actual.map((s) => short(s.title)).join("; ")}`);
    }
    expected.submissions.forEach((want, i) => {
      const got = actual[i] ?? {};
      for (const [key, value] of Object.entries(want)) {
        if (!isDeepStrictEqual(got[key], value)) lines.push(`submission ${i + 1} ${key}: expected ${show(value)}, got ${show(got[key])}`);
      }
    });
    expect(lines).toEqual([]);
  });

  it(`reports the warnings a clerk would agree with, and at most ${expected.maxIssues}`, () => {
    const issues: any[] = imported().issues;
    const summary = issues.map((i) => [i.code, i.taskId ?? i.unit ?? ""].join(" "));
    for (const want of expected.issues) {
      const found = issues.some((i) => Object.entries(want).every(([k, v]) => i[k] === v));
      if (!found) throw new Error(`expected the warning ${JSON.stringify(want)}; got:\n${summary.join("\n")}`);
    }
    if (issues.length > expected.maxIssues) throw new Error(`${issues.length} warnings (at most ${expected.maxIssues} expected):\n${summary.join("\n")}`);
    const unknown = issues.filter((i) => i.code === "unit-unknown").map((i) => i.unit);
    expect(unknown.filter((u, i) => unknown.indexOf(u) !== i)).toEqual([]); // an unknown unit is reported once
    const references = issues.filter((i) => i.code === "unit-reference").map((i) => i.taskId);
    expect(references.filter((t, i) => references.indexOf(t) !== i)).toEqual([]); // a document reference is flagged once
  });

  it("writes a workbook (-o) whose PT_Tasks table holds every task", async () => {
    const out = path.join(tmpDir(), `${name}.xlsx`);
    const r = cli("import", docx, "-o", out, "--as-of", expected.asOf);
    if (r.code !== 0) throw new Error(`import -o exited ${r.code}:\n${r.err}`);
    expect(fs.existsSync(out)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(tableDataRows(wb, "PT_Tasks")).toBe(expected.tasks.length);
  }, 200_000);
});

describe("the model plan: its Word file gives what its text gives", () => {
  it("plan, tasks and submissions of model-plan-217/plan.docx equal those of the .txt", () => {
    const expected: Expected = JSON.parse(fs.readFileSync(path.join(PLANS, "model-plan-217", "expected.json"), "utf8"));
    const fromText = importJson(MODEL_TEXT, expected.asOf);
    const fromWord = importJson(path.join(PLANS, "model-plan-217", "plan.docx"), expected.asOf);
    expect(fromWord.plan).toEqual(fromText.plan);
    expect(fromWord.submissions).toEqual(fromText.submissions);
    expect(fromWord.tasks.length).toBe(fromText.tasks.length);
    fromText.tasks.forEach((t: any, i: number) => expect({ i, ...fromWord.tasks[i] }).toEqual({ i, ...t }));
    expect(fromWord.issues.map((i: any) => [i.code, i.taskId, i.unit])).toEqual(fromText.issues.map((i: any) => [i.code, i.taskId, i.unit]));
  }, 200_000);
});
