import { buildReportModel, type ReportModel } from "../core/report/reportModel";
import { computeSummary, type PeriodId, type SummaryFigures } from "../core/summary/figures";
import type { WorkbookPort } from "./port";
import type { CommandOptions } from "./types";
import { checkedPlan } from "./validate";

export interface ReportCommandOptions extends CommandOptions {
  readonly period?: PeriodId;
  /** The issuing body for the report's heading (a placeholder when absent). */
  readonly issuer?: string;
}

export interface ReportResult {
  readonly model: ReportModel;
  /** The same figures the Tổng hợp sheet holds as of the same day and period. */
  readonly figures: SummaryFigures;
}

/** Reads the workbook and lays out the report; nothing is written to the workbook. */
export async function buildReport(port: WorkbookPort, opts: ReportCommandOptions): Promise<ReportResult> {
  const { model } = checkedPlan(await port.read(), opts);
  const period = opts.period ?? "year";
  const figures = computeSummary(model, opts.asOf, period);
  return { figures, model: buildReportModel(figures, model.info, { lang: opts.lang, period, issuer: opts.issuer }) };
}

/** A file name for the report: bao-cao-217-KH-LDLD-h1-2021-07-15.docx. */
export function reportFileName(planNumber: string, period: PeriodId, asOf: { year: number; month: number; day: number }): string {
  const plan = planNumber
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "d" : "D"))
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const date = `${asOf.year}-${String(asOf.month).padStart(2, "0")}-${String(asOf.day).padStart(2, "0")}`;
  return `bao-cao${plan ? `-${plan}` : ""}-${period}-${date}.docx`;
}
