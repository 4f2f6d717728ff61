/**
 * The command line itself, as commander reads it: --help and --version, each command's help, and
 * every kind of bad usage refused with exit 2, a message in Vietnamese and English, and nothing
 * read or written.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-cmdline-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--help and --version", () => {
  it.each([["--help"], ["-h"], ["help"]])("%s lists every command, exit 0", async (flag) => {
    const r = await run(flag);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    for (const command of ["import", "validate", "summary", "demo"]) expect(r.out).toMatch(new RegExp(`^  ${command} `, "m"));
    expect(r.out).toContain("Exit codes (mã thoát)");
  });

  it("--version prints package.json's version", async () => {
    for (const flag of ["--version", "-V"]) expect(await run(flag)).toEqual({ code: 0, out: `${VERSION}\n`, err: "" });
  });

  const options: [string, string[]][] = [
    ["import", ["-o, --out <file>", "--json", "--as-of <YYYY-MM-DD>", "--lang <vi|en>"]],
    ["validate", ["--as-of <YYYY-MM-DD>", "--json", "--write", "--lang <vi|en>"]],
    ["summary", ["--as-of <YYYY-MM-DD>", "-o, --out <file>", "--json", "--quarters", "--period <q1|q2|q3|q4|h1|m9|year>", "--lang <vi|en>"]],
    ["demo", ["--out-dir <folder>", "--lang <vi|en>"]],
  ];
  it.each(options)("%s --help lists its options, each in English with its Vietnamese meaning", async (command, flags) => {
    for (const argv of [[command, "--help"], ["help", command]]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: plan-tracker ${command} [options]`);
      const lines = r.out.split("\n\nOptions:\n")[1];
      for (const flag of flags) {
        // The option's entry runs from its flags to the next option; it ends with "(Vietnamese…)".
        const entry = lines.slice(lines.indexOf(`  ${flag}`)).split(/\n {2}-/)[0].replace(/\s+/g, " ");
        expect([flag, entry]).toEqual([flag, expect.stringMatching(/ \([^()]*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][^()]*\)/)]);
      }
    }
  });

  it("the installed command answers --version and --help (compiled CLI, from the repo root)", () => {
    const version = spawnSync(process.execPath, [path.join(ROOT, "bin/plan-tracker.js"), "--version"], { cwd: ROOT, encoding: "utf8" });
    expect([version.status, version.stdout]).toEqual([0, `${VERSION}\n`]);
    const help = spawnSync(process.execPath, [path.join(ROOT, "bin/plan-tracker.js"), "import", "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("-o, --out <file>");
  });
});

describe("bad usage: exit 2, what is wrong in both languages, nothing written", () => {
  const out = () => path.join(dir, "out.xlsx");
  const cases: [string, () => string[], string, string][] = [
    ["no command", () => [], "chưa có lệnh nào", "no command given"],
    ["an unknown command", () => ["frobnicate", FIXTURE], 'không có lệnh "frobnicate"', 'unknown command "frobnicate"'],
    ["help for an unknown command", () => ["help", "frobnicate"], 'không có lệnh "frobnicate"', 'unknown command "frobnicate"'],
    ["import without a file", () => ["import", "-o", out()], "lệnh import cần một tệp", "import needs a file"],
    ["two files", () => ["import", FIXTURE, FIXTURE, "-o", out()], "mỗi lần một tệp", "one file at a time"],
    ["an option another command has", () => ["import", FIXTURE, "-o", out(), "--write"], "lệnh import không có tùy chọn --write", "unknown option --write for import"],
    ["an unknown option", () => ["summary", "plan.xlsx", "--quarter"], "lệnh summary không có tùy chọn --quarter", "unknown option --quarter for summary"],
    ["-o with no value", () => ["import", FIXTURE, "-o"], "-o cần một giá trị", "-o needs a value"],
    ["-o followed by another option", () => ["import", FIXTURE, "-o", "--json"], "-o cần một giá trị", "-o needs a value"],
    ["--as-of not a date", () => ["import", FIXTURE, "-o", out(), "--as-of", "15/07/2021"], "dạng YYYY-MM-DD", "takes a real date as YYYY-MM-DD"],
    ["--as-of a day that does not exist", () => ["import", FIXTURE, "-o", out(), "--as-of", "2021-02-30"], 'nhận được "2021-02-30"', 'got "2021-02-30"'],
    ["--lang fr", () => ["import", FIXTURE, "-o", out(), "--lang", "fr"], "--lang là vi hoặc en", "--lang is vi or en"],
    ["--period q5", () => ["summary", "plan.xlsx", "--period", "q5"], "--period là một trong q1, q2", "--period is one of q1, q2"],
    ["an option before the command", () => ["--lang", "en", "import", FIXTURE, "-o", out()], "tùy chọn đặt sau tên lệnh", "options go after the command"],
  ];
  it.each(cases)("%s", async (_name, argv, vi, en) => {
    const r = await run(...argv());
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^Lỗi: .+\nError: .+\n\nUsage: plan-tracker /);
    expect(r.err.split("\n")[0]).toContain(vi);
    expect(r.err.split("\n")[1]).toContain(en);
    expect(fs.existsSync(out())).toBe(false);
  });

  it("a subcommand's refusal shows how that command is written and where its help is", async () => {
    const r = await run("validate");
    expect(r.err).toContain("See plan-tracker validate --help");
    expect(r.err).toContain("Usage: plan-tracker validate [options] <plan.xlsx>");
  });
});

describe("options the commands share", () => {
  it("--lang en and --as-of reach the command; options may come before the file", async () => {
    const r = await run("import", "--lang", "en", "--as-of", "2021-07-15", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Tasks: 24 (Q I: 7, Q II: 7, Q III: 3, Q IV: 7)");
    expect(r.out).toContain("Nothing written: add -o plan.xlsx");
  });

  it("--out= and -o forms give the same workbook", async () => {
    for (const argv of [["-o", path.join(dir, "a.xlsx")], [`--out=${path.join(dir, "b.xlsx")}`]]) {
      const r = await run("import", FIXTURE, ...argv, "--as-of", "2021-07-15");
      expect(r.code).toBe(0);
    }
    expect(fs.existsSync(path.join(dir, "a.xlsx")) && fs.existsSync(path.join(dir, "b.xlsx"))).toBe(true);
  });
});
