/** Shared by the reliability tests: the CLI in-process, temp folders, what a written .xlsx holds. */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import type { CellValue } from "../../src/core/workbook/types";
import { loadWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";

export const ROOT = path.resolve(__dirname, "../..");
export const CORPUS = path.join(ROOT, "test/fixtures/corpus");
export const FIXTURE = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");

const FUZZ = Number(process.env.FUZZ_RUNS ?? "") || 0;

/**
 * How many generated cases a property runs: `regular` in the test run; under `npm run fuzz`
 * (FUZZ_RUNS=20000) FUZZ_RUNS divided by `cost`, for properties that save and open .xlsx files
 * on every case (a 20,000-case run of those would take hours).
 */
export const runs = (regular: number, cost = 1): number => (FUZZ ? Math.max(regular, Math.round(FUZZ / cost)) : regular);

/** A test's time limit for that many cases of `msPerCase` each, with room for a slow machine. */
export const timeFor = (cases: number, msPerCase: number): number => Math.max(120_000, cases * msPerCase * 4);

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const made: string[] = [];

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-rel-"));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  while (made.length) fs.rmSync(made.pop() as string, { recursive: true, force: true });
}

/** Every worksheet part of an .xlsx file, by part name. */
export async function sheetParts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    parts.set(name, await (zip.file(name) as JSZip.JSZipObject).async("string"));
  }
  return parts;
}

/** Cells holding a formula (<f>) in an .xlsx file: "part!A1" for each. */
export async function formulaCells(file: string): Promise<string[]> {
  const found: string[] = [];
  for (const [part, xml] of await sheetParts(file)) {
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      if (m[2] && /<f[\s>/]/.test(m[2])) found.push(`${part}!${m[1]}`);
    }
  }
  return found;
}

/** The task table of a workbook file, as the port reads it: rows by task number. */
export async function taskTable(file: string): Promise<{ headers: readonly string[]; row(id: string): readonly CellValue[] }> {
  const snapshot = await new XlsxWorkbookPort(await loadWorkbookFile(file)).read();
  const t = snapshot.tables.find((x) => x.name === "PT_Tasks");
  if (!t) throw new Error(`${file} has no PT_Tasks; tables: ${snapshot.tables.map((x) => x.name).join(", ")}`);
  const idAt = t.headers.indexOf("TT");
  return {
    headers: t.headers,
    row(id) {
      const r = t.rows.find((x) => String(x[idAt]) === id);
      if (!r) throw new Error(`no task ${id} in ${file}`);
      return r;
    },
  };
}

export const sha = (file: string): string => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
