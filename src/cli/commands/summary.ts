import * as path from "path";
import type { Command } from "commander";
import { generateSummary } from "../../app/buildSummary";
import type { CalendarDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import type { PeriodId } from "../../core/summary/figures";
import { loadWorkbookFile, saveWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import { summaryJson } from "../json";
import { asOfOption, commandOptions, jsonOption, langOption, outOption, periodOption } from "../options";
import { printSummary } from "../output";
import type { CliCommand } from "./command";

interface SummaryFlags {
  asOf?: CalendarDate;
  out?: string;
  json?: boolean;
  quarters?: boolean;
  period: PeriodId;
  lang: Lang;
}

export const summaryCommand: CliCommand<SummaryFlags> = {
  name: "summary",
  define: (cmd: Command) =>
    cmd
      .description("rebuild the Tổng hợp (summary) sheet in place, or into -o out.xlsx (dựng lại trang Tổng hợp trong tệp, hoặc ghi ra -o)")
      .argument("<plan.xlsx>", "the workbook (sổ tính)")
      .addOption(asOfOption())
      .addOption(outOption("write the result to this file and leave the input as it was (ghi ra tệp này, giữ nguyên tệp gốc)"))
      .addOption(jsonOption())
      .option("--quarters", "add one sheet per quarter (thêm một trang cho mỗi quý)")
      .addOption(periodOption())
      .addOption(langOption()),

  async run({ args, options, io }) {
    const file = args[0];
    const opts = commandOptions(options);
    const port = new XlsxWorkbookPort(await loadWorkbookFile(file));
    const result = await generateSummary(port, { ...opts, period: options.period, quarterSheets: options.quarters ?? false });
    const target = options.out ?? file;
    await saveWorkbookFile(port, target);
    if (options.json) io.out(JSON.stringify({ ...summaryJson(result.figures, result.sheetName), written: path.resolve(target) }, null, 2) + "\n");
    else printSummary(result.figures, result.sheetName, path.resolve(target), opts.lang, io);
    return 0;
  },
};
