import * as path from "path";
import { Option, type Command } from "commander";
import { generateReminders } from "../../app/remind";
import { formatDateVi, toIsoDate, type CalendarDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { DEFAULT_WITHIN_DAYS, type Reminders } from "../../core/remind/reminders";
import { loadWorkbookFile, saveWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import type { Io } from "../io";
import { asOfOption, commandOptions, jsonOption, langOption, outOption } from "../options";
import { formatTable } from "../table";
import { UsageError } from "../usage";
import type { CliCommand } from "./command";

interface RemindFlags {
  asOf?: CalendarDate;
  within: number;
  out?: string;
  json?: boolean;
  lang: Lang;
}

const withinOption = (): Option =>
  new Option("--within <days>", `also chase tasks due within this many days; default ${DEFAULT_WITHIN_DAYS} (nhắc cả nhiệm vụ sắp đến hạn trong số ngày này)`)
    .default(DEFAULT_WITHIN_DAYS)
    .argParser((v): number => {
      if (!/^\d{1,3}$/.test(v.trim()) || Number(v) > 366) {
        throw new UsageError(`--within là số ngày từ 0 đến 366 (nhận được "${v}")`, `--within is a number of days from 0 to 366 (got "${v}")`);
      }
      return Number(v);
    });

export function remindersJson(r: Reminders, texts: readonly string[], sheet: string | null) {
  return {
    plan: { number: r.planNumber, title: r.planTitle },
    asOf: toIsoDate(r.asOf),
    within: r.within,
    sheet,
    units: r.units.map((u, i) => ({
      unit: u.unit,
      overdue: u.overdue.map((t) => ({ ...t, deadline: toIsoDate(t.deadline) })),
      dueSoon: u.dueSoon.map((t) => ({ ...t, deadline: toIsoDate(t.deadline) })),
      reports: u.reports.map((q) => ({ ...q, due: toIsoDate(q.due) })),
      text: texts[i],
    })),
  };
}

function printReminders(r: Reminders, texts: readonly string[], sheet: string | null, file: string, lang: Lang, io: Io): void {
  const vi = lang === "vi";
  io.out(`${vi ? "Đôn đốc tính đến" : "Reminders as of"} ${formatDateVi(r.asOf)} — ${r.planNumber} ${r.planTitle}\n\n`);
  if (!r.units.length) io.out(vi ? "Không có đơn vị nào cần đôn đốc vào ngày này.\n" : "No unit owes anything on that day.\n");
  else {
    io.out(
      formatTable(
        vi ? ["Đơn vị", "NV quá hạn", `NV đến hạn trong ${r.within} ngày`, "Báo cáo chưa gửi"] : ["Unit", "Overdue tasks", `Due within ${r.within} days`, "Reports not sent"],
        r.units.map((u) => [u.unit, String(u.overdue.length), String(u.dueSoon.length), String(u.reports.length)]),
      ) + "\n\n",
    );
    texts.forEach((text) => io.out(`${"-".repeat(72)}\n${text}\n`));
    io.out(`${"-".repeat(72)}\n`);
  }
  if (sheet) io.out(`${vi ? "Đã ghi trang" : "Wrote sheet"} "${sheet}" → ${file}\n`);
}

export const remindCommand: CliCommand<RemindFlags> = {
  name: "remind",
  define: (cmd: Command) =>
    cmd
      .description("list per unit what it owes (overdue tasks, tasks due soon, reports not sent) with a reminder text, and write the Đôn đốc sheet (đôn đốc đơn vị)")
      .argument("<plan.xlsx>", "the workbook (sổ tính)")
      .addOption(asOfOption())
      .addOption(withinOption())
      .addOption(outOption("write the result to this file and leave the input as it was (ghi ra tệp này, giữ nguyên tệp gốc)"))
      .addOption(jsonOption())
      .addOption(langOption()),

  async run({ args, options, io }) {
    const file = args[0];
    const opts = commandOptions(options);
    const port = new XlsxWorkbookPort(await loadWorkbookFile(file));
    const result = await generateReminders(port, { ...opts, within: options.within });
    const target = options.out ?? file;
    await saveWorkbookFile(port, target);
    if (options.json) io.out(JSON.stringify({ ...remindersJson(result.reminders, result.texts, result.sheetName), written: path.resolve(target) }, null, 2) + "\n");
    else printReminders(result.reminders, result.texts, result.sheetName, path.resolve(target), opts.lang, io);
    return 0;
  },
};
