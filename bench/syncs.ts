/**
 * Office.js round trips per command, on the strict Excel fake (test/excel/fakeExcel.ts): import the
 * generated plan, record the submissions received (not counted), then validate, summary and sync,
 * each through its use case over createExcelPort(fake.run). The fake counts every context.sync()
 * and measures each request's payload (UTF-8 JSON of the arguments plus a per-action overhead) and
 * each response's.
 *
 * Each command gets a fresh port, as a ribbon button does (commands.ts creates one per click); the
 * task pane keeps one port, which counts the same: a port remembers only what its last read() saw,
 * for the apply() that follows it.
 *
 * The same edits the fake's import applied go to an exceljs workbook too (a tee), so the .xlsx files
 * the other sections load hold exactly the plan the fake holds, without parsing the text twice.
 */
import { generateSummary } from "../src/app/buildSummary";
import { importPlanText, MAX_PLAN_CHARS } from "../src/app/importPlan";
import type { ApplyResult, Progress, WorkbookPort } from "../src/app/port";
import { syncWorkbook } from "../src/app/syncPlan";
import type { CommandOptions } from "../src/app/types";
import { validateWorkbook } from "../src/app/validate";
import { importPlanText as readPlanText } from "../src/core/plan/importText";
import { planSync } from "../src/core/plan/sync";
import { readPlanModel } from "../src/core/plan/workbookModel";
import type { WorkbookEdit, WorkbookSnapshot } from "../src/core/workbook/types";
import { TABLES } from "../src/core/workbook/types";
import { detectCapabilities } from "../src/excel/capabilities";
import { createExcelPort } from "../src/excel/excelPort";
import { OwnWriteGuard } from "../src/excel/ownWrites";
import { newWorkbook, saveWorkbookFile } from "../src/xlsx/files";
import { XlsxWorkbookPort } from "../src/xlsx/xlsxPort";
import { FakeExcel } from "../test/excel/fakeExcel";
import { planText, recordReceipts } from "./plan";

export const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };
export const COMMANDS = ["import", "validate", "summary", "sync"] as const;
export type Command = (typeof COMMANDS)[number];

export interface CommandFigures {
  readonly syncs: number;
  /** Largest request and response of the command (bytes, as the fake measures them). */
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly ms: number;
}

export interface SizeFigures {
  readonly tasks: number;
  readonly submissions: number;
  readonly commands: Record<Command, CommandFigures>;
  /** Syncs with one port for the whole session (task pane), after the import. */

}

/**
 * importPlanText() refuses a text over MAX_PLAN_CHARS (2,000,000 characters, about 10,000 tasks):
 * past that, the same steps without that check (read, parse against the workbook's units, plan
 * the sync, apply), so that the round trips of a 50,000-task import can be counted at all.
 */
async function importAnySize(port: WorkbookPort, text: string, opts: CommandOptions): Promise<void> {
  if (text.length <= MAX_PLAN_CHARS) {
    await importPlanText(port, text, opts);
    return;
  }
  const snapshot = await port.read();
  const imported = readPlanText(text, readPlanModel(snapshot, opts.asOf.year).registry, opts.asOf.year);
  const { edits } = planSync({ snapshot, imported, asOf: opts.asOf, lang: opts.lang, fallbackYear: opts.asOf.year });
  await port.apply(edits);
}

/** Reads from one port; applies to it and then to the copies (their results are not returned). */
class TeePort implements WorkbookPort {
  constructor(
    private readonly main: WorkbookPort,
    private readonly copies: readonly WorkbookPort[],
  ) {}
  read(): Promise<WorkbookSnapshot> {
    return this.main.read();
  }
  async apply(edits: readonly WorkbookEdit[], progress?: Progress): Promise<ApplyResult> {
    const result = await this.main.apply(edits, progress);
    for (const copy of this.copies) await copy.apply(edits);
    return result;
  }
}

/**
 * Runs the four commands at one size. With `xlsxFile`, the imported workbook (with its receipts) is
 * also saved there through the real .xlsx adapter.
 */
export async function measureSize(tasks: number, xlsxFile?: string, log: (s: string) => void = () => undefined): Promise<SizeFigures> {
  const fake = new FakeExcel();
  fake.addSheet("Sheet1");
  const caps = detectCapabilities(fake.isSetSupported);
  const coldPort = (): WorkbookPort => createExcelPort(fake.run, caps, { guard: new OwnWriteGuard() });

  const measure = async (work: (port: WorkbookPort) => Promise<unknown>, port: WorkbookPort = coldPort()): Promise<CommandFigures> => {
    const syncs = fake.syncCount;
    const requests = fake.requests.length;
    const responses = fake.maxResponseBytes;
    fake.maxResponseBytes = 0;
    const t = performance.now();
    await work(port);
    const ms = performance.now() - t;
    const figures = {
      syncs: fake.syncCount - syncs,
      maxRequestBytes: Math.max(0, ...fake.requests.slice(requests)),
      maxResponseBytes: fake.maxResponseBytes,
      ms,
    };
    fake.maxResponseBytes = Math.max(responses, fake.maxResponseBytes);
    return figures;
  };

  const text = planText(tasks);
  const xlsx = xlsxFile ? new XlsxWorkbookPort(newWorkbook()) : null;
  const tee = (port: WorkbookPort): WorkbookPort => (xlsx ? new TeePort(port, [xlsx]) : port);

  log(`  ${tasks} tasks: import`);
  const imported = await measure((port) => importAnySize(tee(port), text, OPTS));
  await recordReceipts(tee(coldPort()));
  if (xlsx && xlsxFile) {
    log(`  ${tasks} tasks: saving ${xlsxFile}`);
    await saveWorkbookFile(xlsx, xlsxFile);
  }
  log(`  ${tasks} tasks: validate, summary, sync`);
  const validated = await measure((port) => validateWorkbook(port, OPTS));
  const summarised = await measure((port) => generateSummary(port, OPTS));
  const synced = await measure((port) => syncWorkbook(port, OPTS));

  const taskRows = fake.tableRows(TABLES.tasks).length;
  if (taskRows !== tasks) throw new Error(`bench: the fake holds ${taskRows} tasks, expected ${tasks}`);
  return {
    tasks,
    submissions: fake.tableRows(TABLES.submissions).length,
    commands: { import: imported, validate: validated, summary: summarised, sync: synced },
  };
}
