import { toIsoDate, type CalendarDate } from "../core/dates/calendarDate";
import { issueMessage } from "../core/i18n/messages";
import type { Lang } from "../core/i18n/lang";
import { deadlineKindOf, type PlanModel } from "../core/plan/workbookModel";
import { summaryParagraph, type SummaryFigures } from "../core/summary/figures";
import type { Issue } from "../core/validate/issue";

const iso = (d: CalendarDate | null): string | null => (d ? toIsoDate(d) : null);

export function issueJson(issue: Issue, lang: Lang) {
  return {
    code: issue.code,
    severity: issue.severity,
    taskId: issue.taskId ?? null,
    unit: issue.unit ?? null,
    sheet: issue.sheet ?? null,
    row: issue.row ?? null,
    column: issue.column ?? null,
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    ...(issue.requirement !== undefined ? { requirement: issue.requirement } : {}),
    params: issue.params,
    message: issueMessage(issue, lang),
  };
}

/** The `import --json` document of PRODUCT.md: dates as YYYY-MM-DD, units by canonical name. */
export function planJson(model: PlanModel, issues: readonly Issue[], lang: Lang) {
  return {
    plan: {
      number: model.info.number,
      title: model.info.title,
      year: model.year,
      issuedOn: iso(model.info.issuedOn),
      // Only a plan over several years has one ("năm học 2025-2026").
      ...(model.info.span ? { span: { from: model.info.span.from, to: model.info.span.to, kind: model.info.span.kind } } : {}),
    },
    tasks: model.taskRows
      .filter((r) => !r.blank)
      .map((row) => {
        const t = row.task;
        return {
          id: t.id,
          group: t.group ?? "",
          quarter: t.quarter,
          content: t.content,
          leadUnits: t.leadUnits,
          partnerUnits: t.partnerUnits,
          monitorUnits: t.monitorUnits ?? [],
          deadline: iso(t.deadline),
          deadlineText: t.deadlineText,
          deadlineKind: deadlineKindOf(model, row),
          status: t.status,
          extra: t.extra ?? {},
        };
      }),
    submissions: model.requirements.map((r) => ({
      id: r.id,
      title: r.title,
      due: iso(r.due),
      recipient: r.recipient,
      requiredForEligibility: r.requiredForEligibility,
      fromUnits: r.fromUnits,
    })),
    issues: issues.map((i) => issueJson(i, lang)),
  };
}

export function summaryJson(f: SummaryFigures, sheetName: string | null) {
  return {
    plan: { number: f.planNumber, title: f.title, year: f.year },
    asOf: toIsoDate(f.asOf),
    sheet: sheetName,
    period: f.period,
    /** The official paragraph of the period, in both languages. */
    paragraph: { vi: summaryParagraph(f, "vi"), en: summaryParagraph(f, "en") },
    periods: f.periods,
    units: f.units,
    submissions: f.requirements.map((r) => ({ ...r, due: iso(r.due), lateReceipts: r.lateReceipts.map((x) => ({ unit: x.unit, receivedOn: toIsoDate(x.receivedOn) })) })),
    ineligibleUnits: f.ineligibleUnits,
    overdue: f.overdue.map((o) => ({ ...o, deadline: toIsoDate(o.deadline) })),
  };
}
