/**
 * The engine against the I/O floor, and the CLI against it.
 *
 * engine: readPlanModel + validatePlan + computeSummary on a WorkbookSnapshot already in memory
 * (what every command does between reading and writing), median of several runs.
 * floor: exceljs loading the same .xlsx from disk and nothing else (and, for the CLI, saving it).
 * Both in one process, one after the other. Wall-clock times are the figures; CPU times are kept
 * beside them, as a cross-check that holds when other work shares the machine.
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
import { cpus, median, settle, stopwatch, timeRuns, walls, type Timing } from "./timing";

export interface EngineFigures {
  readonly tasks: number;
  /** readPlanModel + validatePlan + computeSummary, ms (median of the runs) and each part's median. */
  readonly engineMs: number;
  readonly engineCpuMs: number;
  readonly parts: { readonly model: number; readonly validate: number; readonly summary: number };
  readonly engineRuns: number[];
  /** exceljs readFile of the same workbook, ms (median). */
  readonly loadMs?: number;
  readonly loadCpuMs?: number;
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

/**
 * The engine on one snapshot: `runs` timed runs after `warmup` runs (so that the code is compiled
 * by then: a 10,000-task run is short enough to be measured half-optimised); then, with `load`,
 * exceljs loading that file `loads` times.
 */
export async function measureEngine(tasks: number, snapshot: WorkbookSnapshot, runs: number, warmup = 1, load?: { file: string; loads: number }): Promise<EngineFigures> {
  const parts = { model: [] as number[], validate: [] as number[], summary: [] as number[] };
  const times: Timing[] = [];
  let issues = 0;
  for (let i = 0; i < warmup + runs; i++) {
    settle();
    const stop = stopwatch();
    const t0 = performance.now();
    const model = readPlanModel(snapshot, OPTS.asOf.year);
    const t1 = performance.now();
    const found = validatePlan(model, OPTS.asOf);
    const t2 = performance.now();
    computeSummary(model, OPTS.asOf);
    const t3 = performance.now();
    const time = stop();
    issues = found.length;
    if (i < warmup) continue;
    times.push(time);
    parts.model.push(t1 - t0);
    parts.validate.push(t2 - t1);
    parts.summary.push(t3 - t2);
  }
  const loads = load ? await timeRuns(load.loads, () => exceljsLoad(load.file)) : null;
  return {
    tasks,
    engineMs: median(walls(times)),
    engineCpuMs: median(cpus(times)),
    parts: { model: median(parts.model), validate: median(parts.validate), summary: median(parts.summary) },
    engineRuns: walls(times),
    loadMs: loads ? median(walls(loads)) : undefined,
    loadCpuMs: loads ? median(cpus(loads)) : undefined,
    loadRuns: loads ? walls(loads) : undefined,
    issues,
  };
}

export interface CliFigures {
  readonly tasks: number;
  /** `plan-tracker summary file --as-of 2021-07-15 -o out` in this process, ms (median). */
  readonly cliMs: number;
  readonly cliCpuMs: number;
  readonly cliRuns: number[];
  /** exceljs readFile + writeFile of the same workbook, ms (median). */
  readonly floorMs: number;
  readonly floorCpuMs: number;
  readonly floorRuns: number[];
}

/** The CLI's summary end to end against exceljs loading and saving the same file. */
export async function measureCli(tasks: number, file: string, out: string, runs: number): Promise<CliFigures> {
  const sink = { out: () => undefined, err: (s: string) => void process.stderr.write(s) };
  const cli: Timing[] = [];
  const floor: Timing[] = [];
  // Interleaved, so that a busier moment of the machine weighs on both.
  for (let i = 0; i < runs; i++) {
    settle();
    let stop = stopwatch();
    const code = await main(["summary", file, "--as-of", "2021-07-15", "-o", out], sink);
    cli.push(stop());
    if (code !== 0) throw new Error(`bench: plan-tracker summary exited ${code}`);
    settle();
    stop = stopwatch();
    const wb = await exceljsLoad(file);
    await wb.xlsx.writeFile(`${out}.exceljs.xlsx`);
    floor.push(stop());
  }
  return {
    tasks,
    cliMs: median(walls(cli)),
    cliCpuMs: median(cpus(cli)),
    cliRuns: walls(cli),
    floorMs: median(walls(floor)),
    floorCpuMs: median(cpus(floor)),
    floorRuns: walls(floor),
  };
}
