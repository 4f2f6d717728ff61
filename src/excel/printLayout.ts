/**
 * Page setup and row heights through Office.js, each behind its requirement set:
 * - ExcelApi 1.9 (Worksheet.pageLayout): A4, orientation, one page wide (zoom), header rows repeated,
 *   footer. Below 1.9 the sheet keeps Excel's default page setup (nothing to fall back on).
 * - ExcelApi 1.2 (RangeFormat.rowHeight, autofitRows, Range.merge): the owned sheets' row heights
 *   as the core computed them, a table's rows autofitted to their wrapped text, merged cells.
 */
import type { PrintSetup } from "../core/print/pageSetup";
import type { Capabilities } from "./capabilities";

/** "$9:$9" for rows 9..9. */
export function printTitleRows(first: number, last: number): string {
  return `$${first}:$${last}`;
}

export function applyPageLayout(sheet: Excel.Worksheet, setup: PrintSetup, caps: Capabilities): void {
  if (!caps.pageLayout) return;
  const layout = sheet.pageLayout;
  layout.paperSize = "A4";
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.centerHorizontally = true;
  // One page wide, as many pages tall as the rows need (0: not limited).
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.repeatRows) layout.setPrintTitleRows(printTitleRows(setup.repeatRows.first, setup.repeatRows.last));
  if (setup.footer) layout.headersFooters.defaultForAllPages.centerFooter = setup.footer;
}

/** Bytes a page setup adds to a request (a few small properties). */
export const PAGE_LAYOUT_BYTES = 256;
