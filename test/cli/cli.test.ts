import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const made: string[] = [];
const tmp = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-cli-"));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("import --json on the real plan", () => {
  let doc: any;
  beforeAll(async () => {
    const r = await run("import", FIXTURE, "--json", "--as-of", "2021-07-15");
    expect(r.code).toBe(0);
    doc = JSON.parse(r.out);
  });
  it("reads the plan's number, date and year", () => {
    expect(doc.plan).toEqual({ number: "217/KH-LĐLD", title: "Công tác thi đua, khen thưởng năm 2021", year: 2021, issuedOn: "2021-01-20" });
  });
  it("has 24 tasks in quarters of 7, 7, 3, 7", () => {
    expect(doc.tasks).toHaveLength(24);
    expect([1, 2, 3, 4].map((q) => doc.tasks.filter((t: any) => t.quarter === q).length)).toEqual([7, 7, 3, 7]);
  });
  it("splits the responsible units: task 6 three, task 19 two, task 20 none (with unit-missing)", () => {
    const task = (id: string) => doc.tasks.find((t: any) => t.id === id);
    expect(task("6").leadUnits).toEqual(["LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố", "Các công đoàn ngành"]);
    expect(task("19").leadUnits).toEqual(["LĐLĐ tỉnh", "Các cấp công đoàn"]);
    expect(task("20").leadUnits).toEqual([]);
    expect(doc.issues.filter((i: any) => i.code === "unit-missing").map((i: any) => i.taskId)).toEqual(["20"]);
  });
  it("no unit anywhere still reads LĐLD", () => {
    const units = doc.tasks.flatMap((t: any) => [...t.leadUnits, ...t.partnerUnits]).concat(doc.submissions.flatMap((s: any) => [s.recipient, ...s.fromUnits]));
    expect(units.length).toBeGreaterThan(30);
    expect(units.filter((u: string) => u.includes("LĐLD"))).toEqual([]);
  });
  it("finds the three submissions, registration required for commendation", () => {
    expect(doc.submissions.map((s: any) => [s.due, s.requiredForEligibility, s.recipient])).toEqual([
      ["2021-01-30", true, "LĐLĐ tỉnh"],
      ["2021-05-15", false, "LĐLĐ tỉnh"],
      ["2021-11-10", false, "LĐLĐ tỉnh"],
    ]);
    expect(doc.submissions[0].fromUnits).toEqual(["LĐLĐ các huyện, thành phố", "Các công đoàn ngành", "Công đoàn Viên chức tỉnh"]);
  });
  it("dates are YYYY-MM-DD and statuses are codes", () => {
    expect(doc.tasks[0]).toMatchObject({ deadline: "2021-03-31", status: "not-started" });
  });
});

describe("import -o, validate, summary on a workbook file", () => {
  const dir = tmp();
  const xlsx = path.join(dir, "plan.xlsx");

  it("import writes the workbook and says where", async () => {
    const r = await run("import", FIXTURE, "-o", xlsx, "--as-of", "2021-07-15");
    expect(r.code).toBe(0);
    expect(r.out).toContain("217/KH-LĐLD");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Kế hoạch", "Đơn vị", "Nộp báo cáo"]));
  });

  it("validate as of 15/07/2021: overdue for the 14 tasks of quarters I and II only; missing and ineligible units", async () => {
    const r = await run("validate", xlsx, "--as-of", "2021-07-15", "--json");
    expect(r.code).toBe(0); // warnings only, no errors
    const { issues } = JSON.parse(r.out);
    const overdue = issues.filter((i: any) => i.code === "task-overdue").map((i: any) => Number(i.taskId));
    expect(overdue).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const missing = issues.filter((i: any) => i.code === "submission-missing");
    expect(missing).toHaveLength(20); // 10 units × the two submissions already due
    expect(new Set(missing.map((i: any) => i.requirement)).size).toBe(2);
    const ineligible = issues.filter((i: any) => i.code === "unit-ineligible").map((i: any) => i.unit);
    expect(ineligible).toHaveLength(10);
    expect(ineligible).toContain("LĐLĐ huyện Nậm Nhùn");
    expect(ineligible).toContain("Công đoàn Viên chức tỉnh");
  });

  it("validate exits 1 when the plan has errors", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet("Kế hoạch");
    const table = ws?.getTable("PT_Tasks") as any;
    const ref: string = table.table?.tableRef ?? table.model?.tableRef ?? table.ref;
    const firstDataRow = Number(/\d+/.exec(ref)?.[0]) + 1;
    ws!.getCell(`A${firstDataRow + 1}`).value = 1; // task 2 now also numbered 1
    const broken = path.join(dir, "broken.xlsx");
    await wb.xlsx.writeFile(broken);
    const r = await run("validate", broken, "--as-of", "2021-07-15");
    expect(r.code).toBe(1);
    expect(r.out).toContain("task-id-duplicate");
  });

  it("summary writes Tổng hợp with Quý I–IV totals 7, 7, 3, 7 and period rows", async () => {
    const out = path.join(dir, "summary.xlsx");
    const before = fs.readFileSync(xlsx);
    const r = await run("summary", xlsx, "--as-of", "2021-07-15", "-o", out, "--json");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(xlsx).equals(before)).toBe(true); // -o leaves the input untouched
    const figures = JSON.parse(r.out);
    expect(figures.periods.slice(0, 4).map((p: any) => p.total)).toEqual([7, 7, 3, 7]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Tổng hợp");
    expect(ws).toBeDefined();
    const rows: [string, number][] = [];
    ws!.eachRow((row) => {
      const label = String(row.getCell(1).value ?? "");
      if (/^(Quý (I|II|III|IV)|6 tháng đầu năm|9 tháng|Cả năm)$/.test(label)) rows.push([label, Number(row.getCell(2).value)]);
    });
    expect(rows).toEqual([
      ["Quý I", 7],
      ["Quý II", 7],
      ["Quý III", 3],
      ["Quý IV", 7],
      ["6 tháng đầu năm", 14],
      ["9 tháng", 17],
      ["Cả năm", 24],
    ]);
  });
});

describe("bad input: exit 2, a message that says what to do, nothing written", () => {
  const dir = tmp();
  const out = path.join(dir, "out.xlsx");
  const file = (name: string, content: string | Buffer): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const cases: [string, () => string[], RegExp][] = [
    ["a missing file", () => ["import", path.join(dir, "nope.txt"), "-o", out], /File not found/],
    ["an empty file", () => ["import", file("empty.txt", ""), "-o", out], /empty/],
    ["whitespace only", () => ["import", file("blank.txt", " \n\t\n"), "-o", out], /empty/],
    ["a binary file", () => ["import", file("bin.txt", Buffer.from([1, 2, 0, 3, 4, 5])), "-o", out], /not text/],
    ["a damaged .docx", () => ["import", file("plan.docx", Buffer.from("PK\u0003\u0004rest", "latin1")), "-o", out], /The Word file is damaged.*\(File: .*plan\.docx\)\n$/],
    ["Windows-1258 bytes", () => ["import", file("cp1258.txt", Buffer.from([0x4b, 0xea, 0x20, 0x68, 0x6f, 0xe3, 0x63, 0x68, 0x0a])), "-o", out], /Convert it to Unicode/],
    ["text with no task table", () => ["import", file("notable.txt", "KẾ HOẠCH\nCông tác năm 2021\nKhông có bảng.\n"), "-o", out], /No task table/],
    ["a workbook without the plan table", () => ["validate", makeEmptyWorkbook(dir)], /no plan table/],
    ["a text file given as a workbook", () => ["summary", file("notxlsx.xlsx", "hello"), "-o", out], /xlsx/i],
    ["a bad --as-of", () => ["validate", "x.xlsx", "--as-of", "15/07/2021"], /YYYY-MM-DD/],
    ["an unknown command", () => ["frobnicate"], /unknown command/],
  ];
  it.each(cases)("%s", async (_name, argv, message) => {
    const r = await run(...argv());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe("");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("a bad workbook is left byte for byte as it was", async () => {
    const p = file("bad.xlsx", "not a zip at all");
    const before = fs.readFileSync(p);
    expect((await run("summary", p)).code).toBe(2);
    expect(fs.readFileSync(p).equals(before)).toBe(true);
  });
});

function makeEmptyWorkbook(dir: string): string {
  const p = path.join(dir, "empty.xlsx");
  // The case table is built synchronously and exceljs writes asynchronously: write it in a child.
  execFileSync(process.execPath, ["-e", `const E=require("exceljs");const w=new E.Workbook();w.addWorksheet("Sheet1").getCell("A1").value="hello";w.xlsx.writeFile(${JSON.stringify(p)})`], { cwd: ROOT });
  return p;
}

it("npx plan-tracker works from the repo root (the compiled CLI)", () => {
  const r = spawnSync("npx", ["--no-install", "plan-tracker", "import", FIXTURE, "--json"], { cwd: ROOT, encoding: "utf8" });
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).tasks).toHaveLength(24);
});
