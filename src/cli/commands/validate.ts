import type { Command } from "commander";
import { checkedPlan } from "../../app/validate";
import type { CalendarDate } from "../../core/dates/calendarDate";
import { toIsoDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { warningEdits } from "../../core/plan/sync";
import { countBySeverity } from "../../core/validate/validate";
import { loadWorkbookFile, saveWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import { issueJson } from "../json";
import { asOfOption, commandOptions, jsonOption, langOption } from "../options";
import { printIssues } from "../output";
import type { CliCommand } from "./command";

interface ValidateFlags {
  asOf?: CalendarDate;
  json?: boolean;
  write?: boolean;
  lang: Lang;
}

export const validateCommand: CliCommand<ValidateFlags> = {
  name: "validate",
  define: (cmd: Command) =>
    cmd
      .description("check the workbook and print its warnings; exit 1 when it finds errors (kiểm tra sổ tính, in các cảnh báo; mã thoát 1 khi có lỗi)")
      .argument("<plan.xlsx>", "the workbook (sổ tính)")
      .addOption(asOfOption())
      .addOption(jsonOption())
      .option("--write", "also refresh the Cảnh báo columns in the file (ghi lại cột Cảnh báo trong tệp)")
      .addOption(langOption()),

  async run({ args, options, io }) {
    const file = args[0];
    const opts = commandOptions(options);
    const port = new XlsxWorkbookPort(await loadWorkbookFile(file));
    const { model, issues } = checkedPlan(await port.read(), opts);
    if (options.write) {
      await port.apply(warningEdits(model, issues, opts.lang));
      await saveWorkbookFile(port, file);
    }
    if (options.json) io.out(JSON.stringify({ asOf: toIsoDate(opts.asOf), counts: countBySeverity(issues), issues: issues.map((i) => issueJson(i, opts.lang)) }, null, 2) + "\n");
    else printIssues(issues, opts.lang, io);
    return countBySeverity(issues).error > 0 ? 1 : 0;
  },
};
