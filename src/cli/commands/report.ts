import { promises as fs } from "fs";
import * as path from "path";
import { Option, type Command } from "commander";
import { buildReport, reportFileName } from "../../app/report";
import { reportBuffer } from "../../app/reportDocx";
import { UserFacingError } from "../../app/errors";
import { toIsoDate, type CalendarDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { summaryParagraph, type PeriodId } from "../../core/summary/figures";
import { loadWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import { asOfOption, commandOptions, fileValue, jsonOption, langOption, outOption, periodOption } from "../options";
import type { CliCommand } from "./command";

interface ReportFlags {
  asOf?: CalendarDate;
  period: PeriodId;
  out?: string;
  issuer?: string;
  json?: boolean;
  lang: Lang;
}

/** Written whole or not at all: a temporary file beside the target, renamed over it. */
async function writeAtomically(file: string, bytes: Buffer): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UserFacingError(
      "file-not-writable",
      `Không ghi được tệp «${file}» (${code}). Hãy đóng tệp nếu đang mở trong Word, kiểm tra thư mục và quyền ghi, rồi chạy lại.`,
      `Cannot write "${file}" (${code}). Close the file if Word has it open, check the folder exists and may be written, then run again.`,
    );
  }
}

export const reportCommand: CliCommand<ReportFlags> = {
  name: "report",
  define: (cmd: Command) =>
    cmd
      .description("write the Word report 'BÁO CÁO Kết quả thực hiện Kế hoạch số …' (Nghị định 30/2020/NĐ-CP layout) from the workbook (lập báo cáo .docx)")
      .argument("<plan.xlsx>", "the workbook (sổ tính)")
      .addOption(asOfOption())
      .addOption(periodOption())
      .addOption(outOption("the .docx to write; default bao-cao-<plan>-<period>-<date>.docx beside the workbook (tệp .docx sẽ ghi)"))
      .addOption(new Option("--issuer <name>", "the issuing body heading the report, e.g. 'Liên đoàn Lao động tỉnh Lai Châu' (tên cơ quan ban hành)").argParser(fileValue("--issuer")))
      .addOption(jsonOption())
      .addOption(langOption()),

  async run({ args, options, io }) {
    const file = args[0];
    const opts = commandOptions(options);
    const port = new XlsxWorkbookPort(await loadWorkbookFile(file));
    const { model, figures } = await buildReport(port, { ...opts, period: options.period, issuer: options.issuer });
    const target = path.resolve(options.out ?? path.join(path.dirname(file), reportFileName(figures.planNumber, options.period, opts.asOf)));
    await writeAtomically(target, await reportBuffer(model));
    const vi = opts.lang === "vi";
    if (options.json) {
      io.out(JSON.stringify({ asOf: toIsoDate(opts.asOf), period: options.period, paragraph: summaryParagraph(figures, opts.lang), written: target }, null, 2) + "\n");
    } else {
      io.out(`${summaryParagraph(figures, opts.lang)}\n\n${vi ? "Đã ghi báo cáo" : "Wrote the report"} → ${target}\n`);
    }
    return 0;
  },
};
