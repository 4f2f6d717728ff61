import type { Lang } from "../core/i18n/lang";
import { planFooter, type PrintEdit, type PrintSetup } from "../core/print/pageSetup";
import { TABLES } from "../core/workbook/types";

/**
 * How the sheets holding the plan's tables print: the plan table landscape, the registry portrait,
 * the submissions sheet (requirements beside submissions) landscape; each one page wide on A4 with
 * its header row on every page, the plan number and "Trang x/y" in the footer, rows tall enough
 * for their wrapped text. A table that is not there is skipped by the adapters.
 */
export function planPrintEdits(planNumber: string, lang: Lang): PrintEdit[] {
  const footer = planFooter(planNumber, lang);
  const setup = (orientation: PrintSetup["orientation"]): PrintSetup => ({ orientation, onePageWide: true, footer });
  return [
    { kind: "print", table: TABLES.tasks, setup: setup("landscape"), repeatHeader: true, fitRows: true },
    { kind: "print", table: TABLES.units, setup: setup("portrait"), repeatHeader: true, fitRows: true },
    { kind: "print", table: TABLES.requirements, setup: setup("landscape"), repeatHeader: true, fitRows: true },
    { kind: "print", table: TABLES.submissions, setup: setup("landscape"), repeatHeader: true, fitRows: true },
  ];
}
