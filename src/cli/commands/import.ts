import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import { UserFacingError } from "../../app/errors";
import { importPlanText, previewImport } from "../../app/importPlan";
import type { CalendarDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { readPlanModel } from "../../core/plan/workbookModel";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import { planJson } from "../json";
import { asOfOption, commandOptions, jsonOption, langOption, outOption } from "../options";
import { naming } from "../naming";
import { describePlan, printIssues } from "../output";
import { readPlanFile } from "../readPlanFile";
import type { CliCommand } from "./command";

interface ImportFlags {
  out?: string;
  json?: boolean;
  asOf?: CalendarDate;
  lang: Lang;
}

export const importCommand: CliCommand<ImportFlags> = {
  name: "import",
  define: (cmd: Command) =>
    cmd
      .description("read a plan document and print what it found; with -o, write the workbook or bring the plan into it (đọc văn bản kế hoạch; với -o, ghi sổ tính hoặc cập nhật sổ tính đã có)")
      .argument("<plan>", "the plan: .docx, .txt, .html; .doc, .odt, .rtf through LibreOffice (văn bản kế hoạch: .docx, .txt, .html; .doc, .odt, .rtf qua LibreOffice)")
      .addOption(outOption("the workbook to write, or to bring the plan into when it exists (sổ tính cần ghi, hoặc cập nhật nếu đã có)"))
      .addOption(jsonOption())
      .addOption(asOfOption())
      .addOption(langOption()),

  // A message about a table or a cell is about the workbook being written.
  subject: ({ args, options }) => options.out ?? args[0],

  async run({ args, options, io }) {
    const opts = commandOptions(options);
    // What is wrong with the document names the document, even when -o names a workbook.
    const source = await readPlanFile(args[0]).catch((e: unknown) => {
      throw e instanceof UserFacingError ? naming(e, args[0]) : e;
    });
    const out = options.out;
    if (!out) {
      const preview = previewImport(source, opts);
      if (options.json) io.out(JSON.stringify(planJson(preview.model, preview.issues, opts.lang), null, 2) + "\n");
      else {
        describePlan(preview.model, io, opts.lang);
        printIssues(preview.issues, opts.lang, io);
        io.out(opts.lang === "vi" ? "Chưa ghi tệp nào: thêm -o ke-hoach.xlsx để ghi sổ tính.\n" : "Nothing written: add -o plan.xlsx to write the workbook.\n");
      }
      return 0;
    }
    const wb = fs.existsSync(out) ? await loadWorkbookFile(out) : newWorkbook();
    const port = new XlsxWorkbookPort(wb);
    const outcome = await importPlanText(port, source, opts);
    await saveWorkbookFile(port, out);
    const model = readPlanModel(await port.read(), opts.asOf.year);
    if (options.json) io.out(JSON.stringify({ ...planJson(model, outcome.issues, opts.lang), written: path.resolve(out) }, null, 2) + "\n");
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
      io.out((opts.lang === "vi" ? "Đã ghi: " : "Written: ") + path.resolve(out) + "\n");
    }
    return 0;
  },
};
