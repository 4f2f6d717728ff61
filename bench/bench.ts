/**
 * Plan Tracker benchmarks (a script, not a test): round trips and payloads per command on the strict
 * Excel fake, the engine against exceljs's load time, the CLI against exceljs's load + save, .docx
 * import at 50, 500 and 5,000 tasks, the task pane's bundle and first render. See BENCHMARKS.md for what
 * each figure means.
 *
 *   npm run bench                      readable table on stdout (progress on stderr)
 *   npm run --silent bench -- --json   one JSON object on stdout, nothing else
 *
 * Options: --json; --no-pane (skip Chromium); --sizes 10,1000 (the fake's plan sizes; the engine
 * and CLI figures need 10000, 50000 and 100000); --keep (keep the temporary folder); --save FILE
 * (also write the JSON report there).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { measureDocx, type DocxFigures } from "./docx";
import { measureCli, measureEngine, snapshotOf, type CliFigures, type EngineFigures } from "./engine";
import { measurePane, type PaneFigures } from "./pane";
import { COMMANDS, measureSize, type Command, type SizeFigures } from "./syncs";
import { round, settle } from "./timing";

const SIZES = [10, 1_000, 10_000, 50_000, 100_000];
/** Plans also saved as .xlsx: the engine compares 10,000 with 100,000; the CLI runs on 50,000. */
const XLSX_SIZES = new Set([10_000, 50_000, 100_000]);
const ENGINE_RUNS = 5;
const LOAD_RUNS = 3;
const CLI_RUNS = 3;
const PANE_RUNS = 5;

interface Args {
  json: boolean;
  pane: boolean;
  keep: boolean;
  sizes: number[];
  /** Also write the JSON report to this file. */
  save?: string;
  /** Internal: run one section in this process and print its figures as JSON. */
  section?: "syncs" | "engine" | "cli" | "docx";
  dir?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { json: false, pane: true, keep: false, sizes: SIZES };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--no-pane") args.pane = false;
    else if (a === "--keep") args.keep = true;
    else if (a === "--sizes") args.sizes = (argv[++i] ?? "").split(",").map(Number).filter((n) => n > 0);
    else if (a === "--save") args.save = argv[++i];
    else if (a === "--section") args.section = argv[++i] as Args["section"];
    else if (a === "--dir") args.dir = argv[++i];
    else throw new Error(`bench: unknown option ${a} (known: --json, --no-pane, --sizes 10,1000, --keep, --save report.json)`);
  }
  return args;
}

const log = (s: string): void => void process.stderr.write(s + "\n");

function machine() {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    memoryGb: round(os.totalmem() / 1e9, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg().map((n) => round(n, 2)),
  };
}

const fileOf = (dir: string, n: number): string => path.join(dir, `plan-${n}.xlsx`);

/** One section, in a process of its own: each starts with an empty heap, so that the garbage of
 *  the one before (a 100,000-task fake workbook is large) does not slow the next one down. */
async function runSection(args: Args): Promise<unknown> {
  const dir = args.dir as string;
  switch (args.section) {
    case "syncs": {
      const sizes: SizeFigures[] = [];
      for (const n of args.sizes) {
        sizes.push(await measureSize(n, XLSX_SIZES.has(n) ? fileOf(dir, n) : undefined, log));
        settle();
      }
      return sizes;
    }
    case "engine": {
      const engine: EngineFigures[] = [];
      for (const n of [10_000, 100_000].filter((k) => fs.existsSync(fileOf(dir, k)))) {
        const snapshot = await snapshotOf(fileOf(dir, n));
        engine.push(
          n < 100_000
            ? await measureEngine(n, snapshot, 9, 5)
            : await measureEngine(n, snapshot, ENGINE_RUNS, 1, { file: fileOf(dir, n), loads: LOAD_RUNS }),
        );
      }
      return engine;
    }
    case "docx":
      return measureDocx(log);
    case "cli":
      return fs.existsSync(fileOf(dir, 50_000)) ? measureCli(50_000, fileOf(dir, 50_000), path.join(dir, "summary-50000.xlsx"), CLI_RUNS) : null;
    default:
      throw new Error(`bench: unknown section ${String(args.section)}`);
  }
}

/**
 * Node's flags for a section: TypeScript through ts-node, garbage collection on demand (each timed
 * run starts with the previous one's garbage gone), and room for a 100,000-task fake workbook and
 * exceljs workbook side by side (more than the default heap).
 */
const SECTION_FLAGS = ["--expose-gc", "--max-old-space-size=8192", "-r", "ts-node/register/transpile-only"];

/** Runs a section in a child process and returns its figures. */
function child<T>(section: NonNullable<Args["section"]>, dir: string, sizes: number[]): T {
  const run = spawnSync(process.execPath, [...SECTION_FLAGS, __filename, "--section", section, "--dir", dir, "--sizes", sizes.join(",")], {
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`bench: section ${section} failed (exit ${run.status ?? run.signal})`);
  return JSON.parse(run.stdout) as T;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.section) {
    process.stdout.write(JSON.stringify(await runSection(args)));
    return;
  }
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-bench-"));
  const phase = <T>(name: string, work: () => T): T => {
    const t = performance.now();
    log(`${name}…`);
    const result = work();
    log(`${name}: ${round((performance.now() - t) / 1000, 1)} s`);
    return result;
  };
  try {
    // 1. Round trips and payloads; the .xlsx files for the rest.
    const sizes = phase("round trips on the strict Excel fake", () => child<SizeFigures[]>("syncs", tmp, args.sizes));
    // 2. Engine against exceljs's load time. 3. The CLI end to end against exceljs's load + save.
    const engine = phase("engine against exceljs load (10,000 and 100,000 tasks)", () => child<EngineFigures[]>("engine", tmp, args.sizes));
    const cli = phase("CLI summary against exceljs load + save (50,000 tasks)", () => child<CliFigures | null>("cli", tmp, args.sizes));
    // 4. A .docx read and imported, at 50, 500 and 5,000 tasks.
    const docx = phase(".docx import (50, 500 and 5,000 tasks)", () => child<DocxFigures>("docx", tmp, args.sizes));
    // 5. The task pane.
    let pane: PaneFigures | null = null;
    if (args.pane) {
      const t = performance.now();
      log("task pane in Chromium…");
      pane = await measurePane(PANE_RUNS, tmp, log);
      log(`task pane in Chromium: ${round((performance.now() - t) / 1000, 1)} s`);
    }

    const report = buildReport(sizes, engine, cli, docx, pane, (performance.now() - started) / 1000);
    if (args.save) fs.writeFileSync(args.save, JSON.stringify(report, null, 2) + "\n");
    process.stdout.write(args.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report));
  } finally {
    if (args.keep) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
}

type Report = ReturnType<typeof buildReport>;

function buildReport(sizes: SizeFigures[], engine: EngineFigures[], cli: CliFigures | null, docx: DocxFigures, pane: PaneFigures | null, seconds: number) {
  const perCommand = (pick: (s: SizeFigures, c: Command) => number) =>
    Object.fromEntries(COMMANDS.map((c) => [c, Object.fromEntries(sizes.map((s) => [String(s.tasks), pick(s, c)]))])) as Record<Command, Record<string, number>>;
  const syncsPerCommand = perCommand((s, c) => s.commands[c].syncs);
  const at50k = sizes.find((s) => s.tasks === 50_000);
  const maxRequestBytes = at50k ? Math.max(...COMMANDS.map((c) => at50k.commands[c].maxRequestBytes)) : null;
  const e10k = engine.find((e) => e.tasks === 10_000);
  const e100k = engine.find((e) => e.tasks === 100_000);
  const engineVsLoadRatio = e100k?.loadMs ? round(e100k.engineMs / e100k.loadMs, 3) : null;
  const cliVsFloorRatio = cli ? round(cli.cliMs / cli.floorMs, 2) : null;
  const scaling = e10k && e100k ? round(e100k.engineMs / e10k.engineMs, 2) : null;
  // The same ratios on CPU time: they hold when other work shares the machine (see BENCHMARKS.md).
  const cpuTime = {
    engineVsLoadRatio: e100k?.loadCpuMs ? round(e100k.engineCpuMs / e100k.loadCpuMs, 3) : null,
    cliVsFloorRatio: cli ? round(cli.cliCpuMs / cli.floorCpuMs, 2) : null,
    scaling: e10k && e100k ? round(e100k.engineCpuMs / e10k.engineCpuMs, 2) : null,
    docxPerTaskRatio: docx.perTaskCpuRatio === null ? null : round(docx.perTaskCpuRatio, 2),
  };

  const syncTarget = (tasks: number): number => (tasks <= 10_000 ? 4 : Math.floor(4 + tasks / 10_000));
  const syncsOk = sizes.every((s) => COMMANDS.every((c) => s.commands[c].syncs <= syncTarget(s.tasks)));
  const small = sizes.filter((s) => s.tasks <= 10_000);
  const constant = COMMANDS.every((c) => new Set(small.map((s) => s.commands[c].syncs)).size <= 1);
  const target = (value: number | null, limit: number, below = false) => ({ value, target: `${below ? "<" : "≤"} ${limit}`, ok: value === null ? null : below ? value < limit : value <= limit });
  return {
    machine: machine(),
    seconds: round(seconds),
    syncsPerCommand,
    maxRequestBytes,
    engineVsLoadRatio,
    cliVsFloorRatio,
    scaling,
    docxPerTaskRatio: docx.perTaskRatio === null ? null : round(docx.perTaskRatio, 2),
    taskpaneGzipBytes: pane?.taskpaneGzipBytes ?? null,
    firstRenderMs: pane ? round(pane.firstRenderMs) : null,
    cpuTime,
    targets: {
      syncsPerCommand: { value: syncsPerCommand, target: "constant up to 10,000 tasks and ≤ 4; above, ≤ 4 + tasks / 10,000", ok: syncsOk && constant },
      maxRequestBytes: target(maxRequestBytes, 4_000_000, true),
      engineVsLoadRatio: target(engineVsLoadRatio, 0.1),
      cliVsFloorRatio: target(cliVsFloorRatio, 1.5),
      scaling: target(scaling, 12),
      docxPerTaskRatio: target(docx.perTaskRatio === null ? null : round(docx.perTaskRatio, 2), 1.2),
      taskpaneGzipBytes: target(pane?.taskpaneGzipBytes ?? null, 160_000, true),
      firstRenderMs: { value: pane ? round(pane.firstRenderMs) : null, target: "as low as possible (Microsoft's template: ~340 ms)", ok: null },
    },
    details: {
      commands: sizes.map((s) => ({
        tasks: s.tasks,
        submissions: s.submissions,
        commands: Object.fromEntries(COMMANDS.map((c) => [c, { ...s.commands[c], ms: round(s.commands[c].ms) }])) as Record<Command, SizeFigures["commands"][Command]>,
      })),
      engine: engine.map((e) => ({
        tasks: e.tasks,
        engineMs: round(e.engineMs),
        engineCpuMs: round(e.engineCpuMs),
        loadCpuMs: e.loadCpuMs === undefined ? undefined : round(e.loadCpuMs),
        parts: { model: round(e.parts.model), validate: round(e.parts.validate), summary: round(e.parts.summary) },
        engineRuns: e.engineRuns.map((t) => round(t)),
        issues: e.issues,
        loadMs: e.loadMs === undefined ? undefined : round(e.loadMs),
        loadRuns: e.loadRuns?.map((t) => round(t)),
      })),
      cli: cli && {
        ...cli,
        cliMs: round(cli.cliMs),
        cliCpuMs: round(cli.cliCpuMs),
        floorMs: round(cli.floorMs),
        floorCpuMs: round(cli.floorCpuMs),
        cliRuns: cli.cliRuns.map((t) => round(t)),
        floorRuns: cli.floorRuns.map((t) => round(t)),
      },
      docx: docx.sizes.map((d) => ({
        ...d,
        readMs: round(d.readMs, 1),
        importMs: round(d.importMs, 1),
        totalMs: round(d.totalMs, 1),
        totalCpuMs: round(d.totalCpuMs, 1),
        perTaskUs: round(d.perTaskUs),
        perTaskCpuUs: round(d.perTaskCpuUs),
        textMs: round(d.textMs, 1),
        totalRuns: d.totalRuns.map((t) => round(t, 1)),
      })),
      pane: pane && { ...pane, firstRenderMs: round(pane.firstRenderMs), firstRenderRuns: pane.firstRenderRuns.map((t) => round(t)) },
    },
  };
}

const fmt = (n: number | null | undefined, digits = 0): string => (n === null || n === undefined ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const mark = (ok: boolean | null): string => (ok === null ? "" : ok ? "ok" : "MISSED");

function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) => cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ");
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function formatReport(r: Report): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(`Plan Tracker benchmarks — ${m.nproc} × ${m.cpu}, ${m.memoryGb} GB, node ${m.node}, load average ${m.loadAverage.join(" ")}, ${r.seconds} s`);
  out.push("");
  out.push("Office.js round trips per command (strict fake, a fresh port per command), largest request and response");
  out.push(
    table(
      ["tasks", "import", "validate", "summary", "sync", "target", "max request B", "max response B"],
      r.details.commands.map((c) => [
        fmt(c.tasks),
        ...COMMANDS.map((k) => String(c.commands[k].syncs)),
        `≤ ${c.tasks <= 10_000 ? 4 : Math.floor(4 + c.tasks / 10_000)}`,
        fmt(Math.max(...COMMANDS.map((k) => c.commands[k].maxRequestBytes))),
        fmt(Math.max(...COMMANDS.map((k) => c.commands[k].maxResponseBytes))),
      ]),
    ),
  );
  out.push("");
  out.push("Engine (readPlanModel + validatePlan + computeSummary) and exceljs load from disk, median ms (CPU ms)");
  out.push(
    table(
      ["tasks", "engine", "model", "validate", "summary", "exceljs load", "issues"],
      r.details.engine.map((e) => [
        fmt(e.tasks),
        `${fmt(e.engineMs)} (${fmt(e.engineCpuMs)})`,
        fmt(e.parts.model),
        fmt(e.parts.validate),
        fmt(e.parts.summary),
        e.loadMs === undefined ? "—" : `${fmt(e.loadMs)} (${fmt(e.loadCpuMs)})`,
        fmt(e.issues),
      ]),
    ),
  );
  const c = r.details.cli;
  if (c) out.push(`\nCLI summary of ${fmt(c.tasks)} tasks: ${fmt(c.cliMs)} ms (CPU ${fmt(c.cliCpuMs)}); exceljs load + save: ${fmt(c.floorMs)} ms (CPU ${fmt(c.floorCpuMs)})`);
  out.push("");
  out.push(".docx import: readDocx, then importPlanText on its document against an empty workbook; median ms (CPU ms), the same plan as text beside it");
  out.push(
    table(
      ["tasks", ".docx bytes", "readDocx", "import", "total (CPU)", "µs per task (CPU)", "as text", "runs"],
      r.details.docx.map((d) => [
        fmt(d.tasks),
        fmt(d.bytes),
        fmt(d.readMs, 1),
        fmt(d.importMs, 1),
        `${fmt(d.totalMs, 1)} (${fmt(d.totalCpuMs, 1)})`,
        `${fmt(d.perTaskUs)} (${fmt(d.perTaskCpuUs)})`,
        fmt(d.textMs, 1),
        String(d.runs),
      ]),
    ),
  );
  out.push(`Per task, ${fmt(r.details.docx[r.details.docx.length - 1]?.tasks)} tasks over ${fmt(r.details.docx[0]?.tasks)}: ${fmt(r.docxPerTaskRatio, 2)} (CPU time ${fmt(r.cpuTime.docxPerTaskRatio, 2)}) (≤ 1: linear, with a fixed cost per file that 50 tasks share; above 1: the time grows faster than the plan)`);
  if (r.details.pane) {
    out.push(`\nTask pane: ${r.details.pane.scripts.map((s) => `${s.file} ${fmt(s.gzipBytes)} B gzip${s.initial ? "" : " (fetched after the first render)"}`).join(", ")}`);
    out.push(`First ${r.details.pane.firstControl} after ${r.details.pane.firstRenderRuns.map((t) => fmt(t)).join(", ")} ms; timeline (median ms): ${Object.entries(r.details.pane.timeline).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  }
  out.push("");
  out.push("Figures against their targets");
  const t = r.targets;
  out.push(
    table(
      ["figure", "value", "target", ""],
      [
        ["syncsPerCommand", "see above", t.syncsPerCommand.target, mark(t.syncsPerCommand.ok)],
        ["maxRequestBytes (50,000 tasks)", fmt(r.maxRequestBytes), t.maxRequestBytes.target, mark(t.maxRequestBytes.ok)],
        ["engineVsLoadRatio (100,000)", `${fmt(r.engineVsLoadRatio, 3)} (CPU time ${fmt(r.cpuTime.engineVsLoadRatio, 3)})`, t.engineVsLoadRatio.target, mark(t.engineVsLoadRatio.ok)],
        ["cliVsFloorRatio (50,000)", `${fmt(r.cliVsFloorRatio, 2)} (CPU time ${fmt(r.cpuTime.cliVsFloorRatio, 2)})`, t.cliVsFloorRatio.target, mark(t.cliVsFloorRatio.ok)],
        ["scaling (100,000 / 10,000)", `${fmt(r.scaling, 2)} (CPU time ${fmt(r.cpuTime.scaling, 2)})`, t.scaling.target, mark(t.scaling.ok)],
        ["docxPerTaskRatio (µs per task, 5,000 / 50)", `${fmt(r.docxPerTaskRatio, 2)} (CPU time ${fmt(r.cpuTime.docxPerTaskRatio, 2)})`, t.docxPerTaskRatio.target, mark(t.docxPerTaskRatio.ok)],
        ["taskpaneGzipBytes", fmt(r.taskpaneGzipBytes), t.taskpaneGzipBytes.target, mark(t.taskpaneGzipBytes.ok)],
        ["firstRenderMs (median of 5)", fmt(r.firstRenderMs), t.firstRenderMs.target, ""],
      ],
    ),
  );
  return out.join("\n") + "\n";
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
