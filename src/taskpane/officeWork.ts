/**
 * The reminders and the Word report, each its own chunk fetched when first used (the report brings
 * the docx library, far larger than the rest of the pane). Imported from the engine chunk, so what
 * the engine already holds (the plan engine, the adapters) is not fetched twice.
 */
import type { RemindOptions, RemindResult } from "../app/remind";
import type { ReportCommandOptions } from "../app/report";
import type { WorkbookPort } from "../app/port";
import { summaryParagraph } from "../core/summary/figures";

export async function generateReminders(port: WorkbookPort, opts: RemindOptions): Promise<RemindResult> {
  const m = await import(/* webpackChunkName: "remind" */ "../app/remind");
  return m.generateReminders(port, opts);
}

/** The report as a .docx Blob with its file name (the pane offers it as a download). */
export async function reportFile(port: WorkbookPort, opts: ReportCommandOptions): Promise<{ blob: Blob; fileName: string; paragraph: string }> {
  const [{ buildReport, reportFileName }, { reportBlob }] = await Promise.all([
    import(/* webpackChunkName: "report-docx" */ "../app/report"),
    import(/* webpackChunkName: "report-docx" */ "../app/reportDocx"),
  ]);
  const { model, figures } = await buildReport(port, opts);
  return { blob: await reportBlob(model), fileName: reportFileName(figures.planNumber, opts.period ?? "year", opts.asOf), paragraph: summaryParagraph(figures, opts.lang) };
}
