import * as fs from "fs";
import * as path from "path";
import type { Command } from "commander";
import { generateSummary } from "../../app/buildSummary";
import { DEMO_AS_OF, tellDemoStory } from "../../app/demoStory";
import { importPlanText } from "../../app/importPlan";
import { generateReminders } from "../../app/remind";
import { buildReport, reportFileName } from "../../app/report";
import { reportBuffer } from "../../app/reportDocx";
import type { CommandOptions } from "../../app/types";
import { formatDateVi } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { readPlanModel } from "../../core/plan/workbookModel";
import { newWorkbook, saveWorkbookFile } from "../../xlsx/files";
import { XlsxWorkbookPort } from "../../xlsx/xlsxPort";
import { fileValue, langOption } from "../options";
import { describePlan, printIssues, printSummary } from "../output";
import { packageRoot } from "../packageRoot";
import { readPlanTextFile } from "../readInput";
import type { CliCommand } from "./command";

interface DemoFlags {
  outDir?: string;
  lang: Lang;
}

export const demoCommand: CliCommand<DemoFlags> = {
  name: "demo",
  define: (cmd: Command) =>
    cmd
      .description("import the sample plan 217/KH-LĐLĐ as of 15/07/2021 with a mid-year story; write its workbook (summary, reminders) and the half-year report (chạy thử với kế hoạch mẫu)")
      .option("--out-dir <folder>", "where to write the workbook; default out/ (thư mục ghi sổ tính; mặc định out/)", fileValue("--out-dir"))
      .addOption(langOption()),

  async run({ options, io }) {
    const root = packageRoot();
    const fixture = path.join(root, "test", "fixtures", "ke-hoach-217-KH-LDLD-2021.txt");
    const outDir = path.resolve(options.outDir ?? path.join(root, "out"));
    fs.mkdirSync(outDir, { recursive: true });
    const target = path.join(outDir, "ke-hoach-217-KH-LDLD-2021.xlsx");
    const asOf = DEMO_AS_OF;
    const lang = options.lang;
    const opts: CommandOptions = { asOf, lang, now: new Date() };
    io.out(`Demo: ${path.relative(process.cwd(), fixture)} → ${target}\n${lang === "vi" ? "Tính đến" : "As of"} ${formatDateVi(asOf)}\n\n`);
    const port = new XlsxWorkbookPort(newWorkbook());
    await importPlanText(port, readPlanTextFile(fixture), opts);
    // Mid-year, with real movement: done on time and late, in progress, overdue; reports in or not.
    await tellDemoStory(port);
    const result = await generateSummary(port, { ...opts, quarterSheets: true });
    // The reminders (the Đôn đốc sheet) and the half-year report beside the workbook.
    const reminders = await generateReminders(port, opts);
    await saveWorkbookFile(port, target);
    const report = await buildReport(port, { ...opts, period: "h1", issuer: "Liên đoàn Lao động tỉnh Lai Châu" });
    const reportFile = path.join(outDir, reportFileName(report.figures.planNumber, "h1", asOf));
    fs.writeFileSync(reportFile, await reportBuffer(report.model));
    describePlan(readPlanModel(await port.read(), 2021), io, lang);
    printIssues(result.issues, lang, io);
    io.out("\n");
    printSummary(result.figures, result.sheetName, target, lang, io);
    io.out(
      lang === "vi"
        ? `Đôn đốc: ${reminders.reminders.units.length} đơn vị (trang "${reminders.sheetName}").\nĐã ghi báo cáo 6 tháng → ${reportFile}\n`
        : `Reminders: ${reminders.reminders.units.length} units (sheet "${reminders.sheetName}").\nWrote the half-year report → ${reportFile}\n`,
    );
    return 0;
  },
};
