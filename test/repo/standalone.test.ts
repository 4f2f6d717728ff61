/**
 * The project stands alone: a clone with nothing beside it has everything its code, tests, scripts
 * and README refer to. CI runs where a shared folder exists next to the repository, so a reach
 * outside would pass there and fail for every user; this test fails instead.
 *
 * The sample paths below are built at run time (`up(n)` parent steps, `HERE` for the folder name
 * variable), so that this file, which is scanned too, does not hold a reach outside itself.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { compiledFolders, reachesIn, reachesOutside, scannedFiles, type Reach } from "./standalone";

const ROOT = path.resolve(__dirname, "../..");
const up = (n: number): string => "../".repeat(n);
const HERE = "__dirname";
const shown = (reaches: Reach[]): string[] => reaches.map((r) => `${r.file}:${r.line}: ${r.text} (${r.why})`);
const reachesOf = (file: string, text: string): string[] => shown(reachesIn(ROOT, file, text, compiledFolders(ROOT, file)));

describe("this repository", () => {
  it("refers to nothing outside itself from src/, test/, scripts/, bench/, .ci/, the README or its configs", () => {
    expect(shown(reachesOutside(ROOT))).toEqual([]);
  });

  it("is scanned in full: the README, the sources, the tests, the scripts, the model plan", () => {
    const files = scannedFiles(ROOT);
    for (const f of ["README.md", "src/cli/main.ts", "test/core/plan/stackedTable.test.ts", "scripts/setup.sh", "test/repo/standalone.test.ts", "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt"]) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.startsWith("src/")).length).toBeGreaterThan(50);
    expect(files.some((f) => f.startsWith("node_modules/") || f.endsWith(".xlsx"))).toBe(false);
  });
});

describe("what counts as a reach outside", () => {
  it("reports the reaches that broke a newcomer's clone", () => {
    // test/core/plan/stackedTable.test.ts read the model plan four folders up, in a shared folder.
    expect(
      reachesOf("test/core/plan/stackedTable.test.ts", `const FIXTURE = readFileSync(join(__dirname, "${up(4)}shared/fixtures/plan.txt"), "utf8");`),
    ).not.toEqual([]);
    // test/cli/cli.test.ts resolved it from the repository root.
    expect(reachesOf("test/cli/cli.test.ts", `const SHARED_FIXTURE = path.resolve(ROOT, "${up(1)}shared/fixtures/plan.txt");`)).not.toEqual([]);
    // The README sent readers to the toolchain notes beside the repository.
    expect(reachesOf("README.md", `On a fresh Debian machine (see \`${up(1)}shared/TOOLCHAIN.md\`):`)).toEqual([
      expect.stringContaining("a shared folder outside the repository"),
      expect.stringContaining("leaves the repository from ./"),
    ]);
  });

  it("reports any path that leaves the repository, and absolute paths on this machine", () => {
    const work = "/" + "work";
    expect(reachesOf("test/core/x.test.ts", `readFileSync("${up(3)}notes/plan.txt")`)).toHaveLength(1);
    expect(reachesOf("scripts/setup.sh", `cp "${up(1)}${up(1)}other/fixtures" test/`)).toHaveLength(1);
    expect(reachesOf("test/core/x.test.ts", `join(${HERE}, "..", "..", "..", "outside.txt")`)).toHaveLength(1);
    expect(reachesOf("test/core/x.test.ts", `join(${HERE}, "..", "..", "..", "shared", "plan.txt")`)).toHaveLength(1);
    expect(reachesOf("bench/x.ts", `path.resolve(ROOT, "${up(1)}sibling/data.json")`)).toHaveLength(1);
    expect(reachesOf("README.md", `Copy it from ${work}/shared/fixtures.`)).not.toEqual([]);
    expect(reachesOf("test/x.test.ts", `const plan = "${work}/main/test/fixtures/plan.txt";`)).not.toEqual([]);
    expect(reachesOf("test/x.test.ts", `const plan = "${ROOT}/test/fixtures/plan.txt";`)).not.toEqual([]);
    expect(reachesOf("scripts/x.sh", `cd ${up(1)}..${"\\"}shared`)).not.toEqual([]);
  });

  it("does not report paths that stay inside", () => {
    expect(reachesOf("src/app/importPlan.ts", `import { importPlanText } from "${up(1)}core/plan/importText";\nimport type { WorkbookPort } from "./port";`)).toEqual([]);
    expect(reachesOf("test/core/plan/x.test.ts", `import { UnitRegistry } from "${up(3)}src/core/units/registry";`)).toEqual([]);
    expect(reachesOf("test/core/plan/x.test.ts", `readFileSync(join(__dirname, "${up(2)}fixtures/plan.txt"))`)).toEqual([]);
    expect(reachesOf("test/e2e/support/paths.js", `const ROOT = path.resolve(__dirname, "${up(2)}..");`)).toEqual([]);
    expect(reachesOf("scripts/setup.sh", `cd "$(dirname "$0")/.."\nbash ./scripts/test-all.sh`)).toEqual([]);
    expect(reachesOf("README.md", "Run `./bin/plan-tracker.js`, or read `test/fixtures/plan.txt`.")).toEqual([]);
    // Words, versions and ellipses are not paths; absolute paths to system programs are not the repository's business.
    expect(reachesOf("README.md", 'Shared folder… sharedFormula; ".." and "..." alone; v1.2.3; executablePath: "/usr/bin/chromium".')).toEqual([]);
  });

  it("judges a file compiled elsewhere from where it runs as well (src/cli runs from build/cli/cli)", () => {
    const demoRoot = `const root = path.resolve(${HERE}, "..", "..", "..");`;
    expect(compiledFolders(ROOT, "src/cli/main.ts")).toEqual(["src/cli", "build/cli/cli"]);
    expect(reachesOf("src/cli/main.ts", demoRoot)).toEqual([]);
    // The same three steps up from a file that runs where it is leave the repository.
    expect(reachesOf("test/cli/x.test.ts", demoRoot)).toHaveLength(1);
  });
});

describe("the scan of a whole repository", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  /** A small repository in a temporary folder: a README and one source file holding `line`. */
  function repository(line: string, git: boolean): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-standalone-"));
    made.push(dir);
    fs.mkdirSync(path.join(dir, "src/app"), { recursive: true });
    fs.writeFileSync(path.join(dir, "README.md"), "# A project\n\nRun `./bin/x`.\n");
    fs.writeFileSync(path.join(dir, "src/app/use.ts"), `import { x } from "${up(1)}core/x";\n${line}\n`);
    if (git) execFileSync("git", ["init", "-q"], { cwd: dir });
    return dir;
  }

  it.each([
    ["without git (walks the folders)", false],
    ["in a git checkout (git's file list)", true],
  ])("fails on a file that reads beside the repository, %s", (_how, git) => {
    const bad = repository(`const notes = readFileSync("${up(3)}shared/notes.md");`, git);
    expect(shown(reachesOutside(bad))).toEqual([
      `src/app/use.ts:2: ${up(3)}shared/ (a shared folder outside the repository)`,
      `src/app/use.ts:2: ${up(3)}shared/notes.md (leaves the repository from src/app/)`,
    ]);
    expect(shown(reachesOutside(repository(`const notes = readFileSync("${up(2)}docs/notes.md");`, git)))).toEqual([]);
  });
});
