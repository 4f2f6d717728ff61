/**
 * Finds places where the repository reaches outside itself: a path that a clone on a fresh machine,
 * with nothing beside it, would not have. Used by standalone.test.ts.
 *
 * What counts as a reach outside (this file names no such path itself, or it would report itself):
 * - a path through a folder named "shared" above the repository: one or more parent steps and then
 *   "shared" (any depth, either slash), or the machine's work folder and then "shared"; also a path
 *   built from string literals (`__dirname` or ROOT followed by "..", "shared", …);
 * - an absolute path into this machine's work folder, or into the checkout itself;
 * - a relative path (starting with a dot and a slash, or two dots and a slash) that, resolved against
 *   the folder of the file holding it, leaves the repository; likewise a path built from `__dirname`
 *   and string literals, and one built from ROOT (resolved against the repository root). A file that
 *   is compiled elsewhere to run (src/ into build/cli, per tsconfig.cli.json) is judged from both
 *   places: it reaches outside only if the path leaves the repository from each of them.
 * Normal relative imports (src/app importing from the core folder above it) resolve inside and are
 * not reported.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export interface Reach {
  /** Path from the repository root, with forward slashes. */
  readonly file: string;
  readonly line: number;
  /** The path as written. */
  readonly text: string;
  readonly why: string;
}

/** What is checked: these folders (all their files) and these files at the root. */
export const SCANNED_DIRS = ["src", "test", "scripts", "bench", ".ci"];
export const SCANNED_ROOT_FILES = [
  "README.md",
  "BENCHMARKS.md",
  "package.json",
  "webpack.config.js",
  "jest.config.js",
  "jest.e2e.config.js",
  "eslint.config.js",
  "tsconfig.json",
  "tsconfig.cli.json",
  "tsconfig.es5.json",
  "manifest.xml",
];

const BINARY = /\.(xlsx|xlsm|xls|docx|doc|odt|ods|pdf|png|jpe?g|gif|ico|zip|gz|woff2?|ttf)$/i;

/** Parent steps (or the work folder) and then a folder named "shared", at any depth, either slash. */
const SHARED_PATH = /(?:\.\.[\\/]|\/work\/)(?:[\w.-]+[\\/])*shared(?:[\\/]|\b)/g;
/** The machine's work folders, written as an absolute path. */
const WORK_PATH = /(?<![\w.~-])(?:file:\/\/)?\/work\/[^\s"'`)<>\]]*/g;
/** A relative path: one or two dots and a slash, where no word, dot or slash comes before it. */
const RELATIVE = /(?<![\w.~/\\@$%-])(?:\.\.?[\\/])+[^\s"'`()<>[\]{},;|*?$]*/g;
/** `__dirname` or ROOT followed by string literals: a path built with path.join / path.resolve. */
const JOINED = /\b(__dirname|ROOT)((?:\s*,\s*(["'`])[^"'`\n]*\3)+)/g;

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function escapes(root: string, resolved: string): boolean {
  const rel = path.relative(root, resolved);
  return rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel);
}

/**
 * The reaches outside in one file's text. `file` is its path from the repository root; `root` the
 * repository's absolute path; `runsFrom` the folders (from the root) the file is used from: its own,
 * and where a compiler puts it (see compiledFolders). Nothing is read from disk.
 */
export function reachesIn(root: string, file: string, text: string, runsFrom: readonly string[] = [path.dirname(file)]): Reach[] {
  const found: Reach[] = [];
  const dirs = runsFrom.map((d) => path.join(root, d));
  const add = (index: number, written: string, why: string) => {
    const line = lineOf(text, index);
    if (!found.some((r) => r.line === line && r.text === written)) found.push({ file, line, text: written, why });
  };
  const leavesFromEach = (...segments: string[]) => dirs.every((d) => escapes(root, path.resolve(d, ...segments)));
  const from = runsFrom.map((d) => `${d}/`).join(" and from ");
  for (const m of text.matchAll(SHARED_PATH)) add(m.index, m[0], "a shared folder outside the repository");
  for (const m of text.matchAll(WORK_PATH)) add(m.index, m[0], "an absolute path on this machine");
  if (root.length > 1) {
    for (let i = text.indexOf(root + "/"); i !== -1; i = text.indexOf(root + "/", i + 1)) add(i, root, "the checkout's own absolute path");
  }
  for (const m of text.matchAll(RELATIVE)) {
    // A full stop or colon after the path ends the sentence, not the path (two dots alone stay).
    const written = m[0].replace(/([^\\/.])[.:]+$/, "$1");
    if (leavesFromEach(written.replace(/\\/g, "/"))) add(m.index, written, `leaves the repository from ${from}`);
  }
  for (const m of text.matchAll(JOINED)) {
    const segments = [...m[2].matchAll(/(["'`])([^"'`\n]*)\1/g)].map((s) => s[2]);
    const leaves = m[1] === "ROOT" ? escapes(root, path.resolve(root, ...segments)) : leavesFromEach(...segments);
    if (leaves) add(m.index, m[0], `${m[1]} joined with ${segments.join(", ")} leaves the repository`);
    else if (segments.includes("..") && segments.includes("shared")) add(m.index, m[0], "a shared folder outside the repository");
  }
  return found;
}

/**
 * The folders (from the root) a file is used from: its own, and for each tsconfig*.json at the root
 * that compiles it elsewhere (rootDir → outDir), the folder its output lands in.
 */
export function compiledFolders(root: string, file: string): string[] {
  const own = path.dirname(file);
  const places = [own];
  for (const name of fs.readdirSync(root).filter((n) => /^tsconfig.*\.json$/.test(n))) {
    let options: { rootDir?: string; outDir?: string } | undefined;
    try {
      options = (JSON.parse(fs.readFileSync(path.join(root, name), "utf8")) as { compilerOptions?: { rootDir?: string; outDir?: string } }).compilerOptions;
    } catch {
      continue; // not plain JSON: nothing learnt from it
    }
    if (!options?.rootDir || !options.outDir) continue;
    const rootDir = path.normalize(options.rootDir);
    const rel = path.relative(rootDir, own);
    if (rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) continue;
    const out = path.join(path.normalize(options.outDir), rel).split(path.sep).join("/");
    if (!places.includes(out)) places.push(out);
  }
  return places;
}

/** Files to check under `root`: git's list (tracked and new, not ignored) when it has one, else a walk. */
export function scannedFiles(root: string): string[] {
  const inScope = (f: string) => SCANNED_ROOT_FILES.includes(f) || SCANNED_DIRS.some((d) => f.startsWith(d + "/"));
  let files: string[];
  try {
    const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", ...SCANNED_DIRS, ...SCANNED_ROOT_FILES], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
    files = out.split("\0").filter(Boolean);
  } catch {
    files = [];
    const walk = (rel: string) => {
      for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
        if (e.name === "node_modules") continue;
        const child = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(child);
        else if (e.isFile()) files.push(child);
      }
    };
    for (const d of SCANNED_DIRS) if (fs.existsSync(path.join(root, d))) walk(d);
    files.push(...SCANNED_ROOT_FILES.filter((f) => fs.existsSync(path.join(root, f))));
  }
  return files.filter((f) => inScope(f) && !BINARY.test(f) && fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).isFile()).sort();
}

/** Every reach outside in the repository at `root`. */
export function reachesOutside(root: string): Reach[] {
  const found: Reach[] = [];
  for (const file of scannedFiles(root)) {
    const bytes = fs.readFileSync(path.join(root, file));
    if (bytes.subarray(0, 8000).includes(0)) continue; // binary
    found.push(...reachesIn(root, file, bytes.toString("utf8"), compiledFolders(root, file)));
  }
  return found;
}
