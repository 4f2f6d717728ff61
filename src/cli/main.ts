import * as fs from "fs";
import * as path from "path";
import { generateSummary } from "../app/buildSummary";
import { UserFacingError } from "../app/errors";
import { importPlanText, previewImport } from "../app/importPlan";
import type { CommandOptions } from "../app/types";
import { checkedPlan } from "../app/validate";
import { formatDateVi, makeDate, parseIsoDate, toIsoDate, type CalendarDate } from "../core/dates/calendarDate";
import { issueMessage } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/lang";
import { warningEdits } from "../core/plan/sync";
import { readPlanModel } from "../core/plan/workbookModel";
import { PERIOD_LABELS, PERIODS, type PeriodId, type SummaryFigures } from "../core/summary/figures";
import type { Issue } from "../core/validate/issue";
import { countBySeverity } from "../core/validate/validate";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../xlsx/files";
import { XlsxWorkbookPort } from "../xlsx/xlsxPort";
import { issueJson, planJson, summaryJson } from "./json";
import { readPlanTextFile } from "./readInput";
import { formatTable } from "./table";

const USAGE = `plan-tracker — Kế hoạch → Excel workbook (Plan Tracker CLI)

Usage:
  plan-tracker import <plan.txt> [-o plan.xlsx] [--json] [--as-of YYYY-MM-DD] [--lang vi|en]
  plan-tracker validate <plan.xlsx> [--as-of YYYY-MM-DD] [--json] [--write] [--lang vi|en]
  plan-tracker summary <plan.xlsx> [--as-of YYYY-MM-DD] [-o out.xlsx] [--json] [--quarters]
                       [--period q1|q2|q3|q4|h1|m9|year] [--lang vi|en]
  plan-tracker demo [--out-dir out]

import    reads a plan document (UTF-8 text) and, with -o, writes or updates the workbook.
validate  checks the workbook; exit 1 when it finds errors. --write refreshes its Cảnh báo columns.
summary   rebuilds the Tổng hợp sheet in place, or into -o out.xlsx (the input is then untouched).
Exit codes: 0 ok, 1 errors found by validate, 2 bad usage or unreadable input (nothing written).
`;

class UsageError extends Error {}

interface Args {
  command: string;
  file?: string;
  out?: string;
  json: boolean;
  write: boolean;
  quarters: boolean;
  asOf?: CalendarDate;
  lang: Lang;
  period: PeriodId;
  outDir?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: argv[0] ?? "", json: false, write: false, quarters: false, lang: "vi", period: "year" };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case "--json":
        args.json = true;
        break;
      case "--write":
        args.write = true;
        break;
      case "--quarters":
        args.quarters = true;
        break;
      case "-o":
      case "--out":
        args.out = value(i++, a);
        break;
      case "--out-dir":
        args.outDir = value(i++, a);
        break;
      case "--as-of": {
        const v = value(i++, a);
        const d = parseIsoDate(v);
        if (!d) throw new UsageError(`--as-of takes a real date as YYYY-MM-DD (got "${v}")`);
        args.asOf = d;
        break;
      }
      case "--lang": {
        const v = value(i++, a);
        if (v !== "vi" && v !== "en") throw new UsageError(`--lang is vi or en (got "${v}")`);
        args.lang = v;
        break;
      }
      case "--period": {
        const v = value(i++, a) as PeriodId;
        if (!PERIODS.includes(v)) throw new UsageError(`--period is one of ${PERIODS.join(", ")} (got "${v}")`);
        args.period = v;
        break;
      }
      default:
        if (a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
        positional.push(a);
    }
  }
  if (positional.length > 1) throw new UsageError(`one file at a time (got ${positional.join(", ")})`);
  args.file = positional[0];
  return args;
}

function today(): CalendarDate {
  const now = new Date();
  return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as CalendarDate;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Runs the CLI; returns the exit code. Never throws for user input. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    if (!["import", "validate", "summary", "demo", "help", "--help", "-h"].includes(args.command)) {
      throw new UsageError(args.command ? `unknown command "${args.command}"` : "no command given");
    }
    if (args.command === "help" || args.command === "--help" || args.command === "-h") {
      io.out(USAGE);
      return 0;
    }
    if (args.command !== "demo" && !args.file) throw new UsageError(`${args.command} needs a file`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`plan-tracker: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const opts: CommandOptions = { asOf: args.asOf ?? today(), lang: args.lang, now: new Date() };
  try {
    switch (args.command) {
      case "import":
        return await runImport(args, opts, io);
      case "validate":
        return await runValidate(args, opts, io);
      case "summary":
        return await runSummary(args, opts, io);
      default:
        return await runDemo(args, io);
    }
  } catch (e) {
    if (e instanceof UserFacingError) {
      // In a batch over many files, a message about a table or a cell must say which file it is.
      const subject = args.command === "import" ? (args.out ?? args.file) : args.file;
      const named = !subject || e.en.includes(subject) || e.en.includes(path.basename(subject));
      const vi = named ? e.vi : `${e.vi} (Tệp: ${subject})`;
      const en = named ? e.en : `${e.en} (File: ${subject})`;
      io.err(`Lỗi: ${vi}\nError: ${en}\n`);
      return 2;
    }
    // A failure nobody foresaw (a workbook exceljs cannot handle): still a message and exit 2, not
    // a stack trace and exit 1, which scripts would read as "validate found errors". Files are
    // saved atomically as the last step, so nothing half-written is left behind.
    const detail = e instanceof Error ? e.message : String(e);
    io.err(
      `Lỗi: không xử lý được "${args.file ?? ""}" (${detail}). Chưa có gì được ghi. Hãy mở tệp bằng Excel, lưu lại rồi chạy lại; nếu vẫn lỗi, hãy báo lỗi kèm tệp này.\n` +
        `Error: could not process "${args.file ?? ""}" (${detail}). Nothing was written. Open the file in Excel, save it and run again; if it still fails, report it with the file.\n`,
    );
    return 2;
  }
}

function printIssues(issues: readonly Issue[], lang: Lang, io: Io): void {
  if (!issues.length) {
    io.out(lang === "vi" ? "Không có cảnh báo.\n" : "No warnings.\n");
    return;
  }
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...issues].sort(
    (a, b) => order[a.severity] - order[b.severity] || (a.sheet ?? "").localeCompare(b.sheet ?? "", "vi") || (a.row ?? 0) - (b.row ?? 0),
  );
  const headers = lang === "vi" ? ["Mức", "Mã", "Nơi", "TT", "Đơn vị", "Nội dung"] : ["Severity", "Code", "Where", "Task", "Unit", "Message"];
  io.out(
    formatTable(
      headers,
      sorted.map((i) => [
        i.severity,
        i.code,
        i.sheet ? `${i.sheet}!${i.row ?? ""}` : i.line ? `line ${i.line}` : "",
        i.taskId ?? "",
        i.unit ?? "",
        issueMessage(i, lang),
      ]),
      70,
    ) + "\n",
  );
  const c = countBySeverity(issues);
  io.out(lang === "vi" ? `${c.error} lỗi, ${c.warning} cảnh báo, ${c.info} lưu ý.\n` : `${c.error} errors, ${c.warning} warnings, ${c.info} notes.\n`);
}

async function runImport(args: Args, opts: CommandOptions, io: Io): Promise<number> {
  const text = readPlanTextFile(args.file as string);
  if (!args.out) {
    const preview = previewImport(text, opts);
    if (args.json) io.out(JSON.stringify(planJson(preview.model, preview.issues, opts.lang), null, 2) + "\n");
    else {
      describePlan(preview.model, io, opts.lang);
      printIssues(preview.issues, opts.lang, io);
      io.out(opts.lang === "vi" ? "Chưa ghi tệp nào: thêm -o ke-hoach.xlsx để ghi sổ tính.\n" : "Nothing written: add -o plan.xlsx to write the workbook.\n");
    }
    return 0;
  }
  const exists = fs.existsSync(args.out);
  const wb = exists ? await loadWorkbookFile(args.out) : newWorkbook();
  const port = new XlsxWorkbookPort(wb);
  const outcome = await importPlanText(port, text, opts);
  await saveWorkbookFile(port, args.out);
  const model = readPlanModel(await port.read(), opts.asOf.year);
  if (args.json) io.out(JSON.stringify({ ...planJson(model, outcome.issues, opts.lang), written: path.resolve(args.out) }, null, 2) + "\n");
  else {
    describePlan(model, io, opts.lang);
    printIssues(outcome.issues, opts.lang, io);
    if (outcome.tasksKept.length) {
      io.out(
        opts.lang === "vi"
          ? `Giữ nguyên ${outcome.tasksKept.length} nhiệm vụ đã có trong sổ tính (TT ${outcome.tasksKept.join(", ")}).\n`
          : `Kept ${outcome.tasksKept.length} tasks already in the workbook as they are (${outcome.tasksKept.join(", ")}).\n`,
      );
    }
    io.out((opts.lang === "vi" ? "Đã ghi: " : "Written: ") + path.resolve(args.out) + "\n");
  }
  return 0;
}

function describePlan(model: ReturnType<typeof readPlanModel>, io: Io, lang: Lang): void {
  const tasks = model.taskRows.filter((r) => !r.blank);
  const perQuarter = [1, 2, 3, 4].map((q) => tasks.filter((r) => r.task.quarter === q).length);
  const vi = lang === "vi";
  io.out(
    [
      `${vi ? "Kế hoạch" : "Plan"} ${model.info.number || "—"}: ${model.info.title || "—"}`,
      `${vi ? "Ngày ban hành" : "Issued on"}: ${model.info.issuedOn ? formatDateVi(model.info.issuedOn) : "—"}   ${vi ? "Năm" : "Year"}: ${model.year}`,
      `${vi ? "Nhiệm vụ" : "Tasks"}: ${tasks.length} (${perQuarter.map((n, i) => `${vi ? "Quý" : "Q"} ${["I", "II", "III", "IV"][i]}: ${n}`).join(", ")})`,
      `${vi ? "Báo cáo phải nộp" : "Required submissions"}: ${model.requirements.length}`,
      "",
    ].join("\n"),
  );
}

async function runValidate(args: Args, opts: CommandOptions, io: Io): Promise<number> {
  const file = args.file as string;
  const wb = await loadWorkbookFile(file);
  const port = new XlsxWorkbookPort(wb);
  const { model, issues } = checkedPlan(await port.read(), opts);
  if (args.write) {
    await port.apply(warningEdits(model, issues, opts.lang));
    await saveWorkbookFile(port, file);
  }
  if (args.json) io.out(JSON.stringify({ asOf: toIsoDate(opts.asOf), counts: countBySeverity(issues), issues: issues.map((i) => issueJson(i, opts.lang)) }, null, 2) + "\n");
  else printIssues(issues, opts.lang, io);
  return countBySeverity(issues).error > 0 ? 1 : 0;
}

async function runSummary(args: Args, opts: CommandOptions, io: Io): Promise<number> {
  const file = args.file as string;
  const wb = await loadWorkbookFile(file);
  const port = new XlsxWorkbookPort(wb);
  const result = await generateSummary(port, { ...opts, period: args.period, quarterSheets: args.quarters });
  const target = args.out ?? file;
  await saveWorkbookFile(port, target);
  if (args.json) io.out(JSON.stringify({ ...summaryJson(result.figures, result.sheetName), written: path.resolve(target) }, null, 2) + "\n");
  else printSummary(result.figures, result.sheetName, path.resolve(target), opts.lang, io);
  return 0;
}

function printSummary(f: SummaryFigures, sheet: string, file: string, lang: Lang, io: Io): void {
  const vi = lang === "vi";
  io.out(`${vi ? "Tổng hợp tính đến" : "Summary as of"} ${formatDateVi(f.asOf)} — ${f.planNumber} ${f.title}\n`);
  io.out(
    formatTable(
      vi ? ["Kỳ", "Tổng", "Hoàn thành", "Đang TH", "Chưa TH", "Quá hạn", "% HT"] : ["Period", "Total", "Done", "In progress", "Not started", "Overdue", "% done"],
      f.periods.map((p) => [PERIOD_LABELS[p.period][lang], String(p.total), String(p.done), String(p.inProgress), String(p.notStarted), String(p.overdue), `${Math.round(p.percentDone * 100)}%`]),
    ) + "\n",
  );
  if (f.ineligibleUnits.length) io.out(`${vi ? "Không đủ điều kiện xét khen thưởng" : "Not eligible for commendation"}: ${f.ineligibleUnits.join("; ")}\n`);
  io.out(`${vi ? "Đã ghi trang" : "Wrote sheet"} "${sheet}" → ${file}\n`);
}

async function runDemo(args: Args, io: Io): Promise<number> {
  const root = path.resolve(__dirname, "..", "..", "..");
  const fixture = path.join(root, "test", "fixtures", "ke-hoach-217-KH-LDLD-2021.txt");
  const outDir = path.resolve(args.outDir ?? path.join(root, "out"));
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, "ke-hoach-217-KH-LDLD-2021.xlsx");
  const asOf = { year: 2021, month: 7, day: 15 };
  const opts: CommandOptions = { asOf, lang: args.lang, now: new Date() };
  io.out(`Demo: ${path.relative(process.cwd(), fixture)} → ${target}\n${args.lang === "vi" ? "Tính đến" : "As of"} ${formatDateVi(asOf)}\n\n`);
  const port = new XlsxWorkbookPort(newWorkbook());
  await importPlanText(port, readPlanTextFile(fixture), opts);
  const result = await generateSummary(port, { ...opts, quarterSheets: true });
  await saveWorkbookFile(port, target);
  describePlan(readPlanModel(await port.read(), 2021), io, args.lang);
  printIssues(result.issues, args.lang, io);
  io.out("\n");
  printSummary(result.figures, result.sheetName, target, args.lang, io);
  return 0;
}
