/**
 * The engine against the I/O floor.
 *
 * engine: readPlanModel + validatePlan + computeSummary on a WorkbookSnapshot already in memory
 * (what every command does between reading and writing), median of several runs.
 * floor: exceljs loading the same .xlsx from disk and nothing else, median of several runs.
 * Both in this process, one after the other, so the machine's load weighs on both alike.
 */
import * as ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { readPlanModel } from "../src/core/plan/workbookModel";
import { computeSummary } from "../src/core/summary/figures";
import { validatePlan } from "../src/core/validate/validate";
import type { WorkbookSnapshot } from "../src/core/workbook/types";
import { loadWorkbookFile } from "../src/xlsx/files";
import { XlsxWorkbookPort } from "../src/xlsx/xlsxPort";
import { OPTS } from "./syncs";
import { median, settle, timeRuns } from "./timing";

export interface EngineFigures {
  readonly tasks: number;
  /** readPlanModel + validatePlan + computeSummary, ms (median) and each part's median. */
  readonly engineMs: number;
  readonly parts: { readonly model: number; readonly validate: number; readonly summary: number };
  readonly engineRuns: number[];
  /** exceljs readFile, ms (median). */
  readonly loadMs?: number;
  readonly loadRuns?: number[];
  readonly issues: number;
}

export async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return new XlsxWorkbookPort(await loadWorkbookFile(file)).read();
}

export async function exceljsLoad(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** One engine run on a snapshot at a time; keeps each part's times. */
function engineRunner(snapshot: WorkbookSnapshot) {
  const parts = { model: [] as number[], validate: [] as number[], summary: [] as number[] };
  const runs: number[] = [];
  let issues = 0;
  return {
    parts,
    runs,
    get issues() {
      return issues;
    },
    run(record = true): void {
      settle();
      const t0 = performance.now();
      const model = readPlanModel(snapshot, OPTS.asOf.year);
      const t1 = performance.now();
      const found = validatePlan(model, OPTS.asOf);
      const t2 = performance.now();
      computeSummary(model, OPTS.asOf);
      const t3 = performance.now();
      issues = found.length;
      if (!record) return;
      parts.model.push(t1 - t0);
      parts.validate.push(t2 - t1);
      parts.summary.push(t3 - t2);
      runs.push(t3 - t0);
    },
  };
}

/**
 * The engine on one snapshot, `runs` timed runs after `warmup` runs (so that the code is compiled
 * by then: a 10,000-task run is short enough to be measured half-optimised). With `loadFile`,
 * exceljs loads that file `loads` times, between the engine runs: a machine whose load changes
 * during the bench weighs on both figures alike.
 */
export async function measureEngine(
  tasks: number,
  snapshot: WorkbookSnapshot,
  runs: number,
  warmup = 1,
  load?: { file: string; loads: number },
): Promise<EngineFigures> {
  const engine = engineRunner(snapshot);
  for (let i = 0; i < warmup; i++) engine.run(false);
  const loadRuns: number[] = [];
  for (let i = 0; i < Math.max(runs, load?.loads ?? 0); i++) {
    if (i < runs) engine.run();
    if (load && i < load.loads) loadRuns.push(...(await timeRuns(1, () => exceljsLoad(load.file))));
  }
  return {
    tasks,
    engineMs: median(engine.runs),
    parts: { model: median(engine.parts.model), validate: median(engine.parts.validate), summary: median(engine.parts.summary) },
    engineRuns: engine.runs,
    issues: engine.issues,
    loadMs: load ? median(loadRuns) : undefined,
    loadRuns: load ? loadRuns : undefined,
  };
}

export interface CliFigures {
  readonly tasks: number;
  /** `plan-tracker summary file --as-of 2021-07-15 -o out` in this process, ms (median). */
  readonly cliMs: number;
  readonly cliRuns: number[];
  /** exceljs readFile + writeFile of the same workbook, ms (median). */
  readonly floorMs: number;
  readonly floorRuns: number[];
}

/** The CLI's summary end to end against exceljs loading and saving the same file. */
export async function measureCli(tasks: number, file: string, out: string, runs: number): Promise<CliFigures> {
  const sink = { out: () => undefined, err: (s: string) => process.stderr.write(s) };
  const cliRuns: number[] = [];
  const floorRuns: number[] = [];
  // Interleaved, so that a busier moment of the machine weighs on both.
  for (let i = 0; i < runs; i++) {
    settle();
    let t = performance.now();
    const code = await main(["summary", file, "--as-of", "2021-07-15", "-o", out], sink);
    cliRuns.push(performance.now() - t);
    if (code !== 0) throw new Error(`bench: plan-tracker summary exited ${code}`);
    settle();
    t = performance.now();
    const wb = await exceljsLoad(file);
    await wb.xlsx.writeFile(`${out}.exceljs.xlsx`);
    floorRuns.push(performance.now() - t);
  }
  return { tasks, cliMs: median(cliRuns), cliRuns, floorMs: median(floorRuns), floorRuns };
}
