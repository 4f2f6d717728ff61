/**
 * Inputs too big to commit, made here: a 10 MB paste, a 30 MB file, 5,000-character cells, a cell
 * longer than Excel allows, and a large plan. Each is read whole or refused fast with a message
 * that names the size or the task and line; nothing is written when refused.
 */
import * as fs from "fs";
import * as path from "path";
import { UserFacingError } from "../../src/app/errors";
import { importPlanText, MAX_PLAN_CHARS } from "../../src/app/importPlan";
import type { CommandOptions } from "../../src/app/types";
import { harness } from "../excel/support";
import { FIXTURE, cli, formulaCells, removeTempDirs, sha, taskTable, tempDir } from "./support";

const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };
const AS_OF = ["--as-of", "2021-07-15"];
const HEAD = "Số: 31/KH-LĐLĐ\nLai Châu, ngày 05 tháng 01 năm 2021\nKẾ HOẠCH\nCông tác tuyên truyền năm 2021\n\nTT\tNội dung\tĐơn vị thực hiện\tThời gian\tGhi chú\n";

/** Vietnamese prose of exactly `n` characters, every letter with its marks. */
function prose(n: number, seed = 0): string {
  const words = ["Tổ", "chức", "tuyên", "truyền", "phổ", "biến", "giáo", "dục", "pháp", "luật", "cho", "đoàn", "viên,", "người", "lao", "động", "ở", "các", "doanh", "nghiệp;"];
  let s = "";
  for (let i = seed; s.length < n; i++) s += `${words[i % words.length]} `;
  return s.slice(0, n - 1) + "đ";
}

function planRows(count: number): string {
  const rows: string[] = [];
  for (let i = 1; i <= count; i++) rows.push(`${i}\tNhiệm vụ số ${i}: ${prose(60, i)}\tLĐLĐ tỉnh; Các cấp công đoàn\t${(i % 28) + 1}/${(i % 12) + 1}/2021\t`);
  return HEAD + rows.join("\n") + "\n";
}

let dir: string;
let planBook: string;
beforeAll(async () => {
  dir = tempDir();
  planBook = path.join(dir, "plan.xlsx");
  expect((await cli("import", FIXTURE, "-o", planBook, ...AS_OF)).code).toBe(0);
});
afterAll(removeTempDirs);

async function refusedInPane(text: string): Promise<UserFacingError> {
  const { fake, port } = harness();
  const error = await importPlanText(port, text, OPTS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  expect(fake.writes).toEqual([]);
  return error as UserFacingError;
}

describe("10 MB of text", () => {
  const big = (() => {
    let s = HEAD;
    const row = planRows(40).slice(HEAD.length);
    while (s.length < 10_000_000) s += row;
    return s;
  })();

  it("the CLI refuses it at once, saying how long it is and what the limit is; an existing workbook is untouched", async () => {
    const file = path.join(dir, "big.txt");
    fs.writeFileSync(file, big);
    const started = Date.now();
    const copy = path.join(dir, "copy.xlsx");
    fs.copyFileSync(planBook, copy);
    const before = sha(copy);
    const r = await cli("import", file, "-o", copy, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`tối đa ${MAX_PLAN_CHARS.toLocaleString("de-DE")}`);
    expect(r.err).toMatch(/too long \(10\.0\d\d\.\d{3} characters/);
    expect(sha(copy)).toBe(before);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("pasted into the pane: refused before anything is written", async () => {
    const started = Date.now();
    const e = await refusedInPane(big);
    expect(e.code).toBe("text-too-large");
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("a 30 MB file is refused before it is read, with its size", async () => {
    const file = path.join(dir, "huge.txt");
    const fd = fs.openSync(file, "w");
    fs.ftruncateSync(fd, 30_000_000); // sparse: no 30 MB written to disk
    fs.closeSync(fd);
    const r = await cli("import", file, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.err).toContain("30.0 MB");
    expect(r.err).toContain("too large");
  });
});

describe("long cells", () => {
  it("5,000-character cells are kept exactly, in the JSON and in the workbook", async () => {
    const content = prose(5000, 3);
    const notes = `=${prose(4999, 7)}`;
    const file = path.join(dir, "long-cells.txt");
    fs.writeFileSync(file, `${HEAD}1\t${content}\tLĐLĐ tỉnh\t15/3/2021\t${notes}\n2\tNgắn\tLĐLĐ tỉnh\t30/6/2021\t\n`);
    const json = await cli("import", file, "--json", ...AS_OF);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).tasks[0].content).toBe(content);
    const out = path.join(dir, "long-cells.xlsx");
    expect((await cli("import", file, "-o", out, ...AS_OF)).code).toBe(0);
    const table = await taskTable(out);
    expect(table.row("1")[table.headers.indexOf("Nội dung")]).toBe(content);
    expect(table.row("1")[table.headers.indexOf("Ghi chú")]).toBe(notes);
    expect(await formulaCells(out)).toEqual([]);
  });

  it("a cell longer than Excel holds (40,000 characters) is refused, naming the task, its line and the column", async () => {
    const file = path.join(dir, "too-long.txt");
    fs.writeFileSync(file, `${HEAD}1\tNgắn\tLĐLĐ tỉnh\t15/3/2021\t\n2\t${prose(40_000)}\tLĐLĐ tỉnh\t30/6/2021\t\n`);
    const copy = path.join(dir, "copy-long.xlsx");
    fs.copyFileSync(planBook, copy);
    const before = sha(copy);
    const r = await cli("import", file, "-o", copy, ...AS_OF);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Nhiệm vụ 2 (dòng 8)");
    expect(r.err).toContain("Task 2 (line 8)");
    expect(r.err).toContain("“Nội dung”");
    expect(r.err).toContain("32.767");
    expect(sha(copy)).toBe(before);
    const e = await refusedInPane(fs.readFileSync(file, "utf8"));
    expect(e.code).toBe("text-cell-too-long");
  });
});

it("a plan of 1,000 tasks is read whole and written as text", async () => {
  const file = path.join(dir, "thousand.txt");
  fs.writeFileSync(file, planRows(1000));
  const out = path.join(dir, "thousand.xlsx");
  const r = await cli("import", file, "-o", out, ...AS_OF, "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.out).tasks).toHaveLength(1000);
  expect(await formulaCells(out)).toEqual([]);
}, 30_000);
