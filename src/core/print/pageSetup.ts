/**
 * How a sheet the add-in writes is printed: A4, one page wide, header rows repeated on each page,
 * a footer with the plan number and "Trang x/y". Plain data; each adapter maps it to its host
 * (exceljs page setup in .xlsx; Office.js pageLayout from ExcelApi 1.9).
 */

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Every column on one page wide, as many pages tall as needed. Paper is always A4. */
  readonly onePageWide: true;
  /** Sheet rows repeated at the top of every printed page (1-based, inclusive). */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /** Centre footer in Excel's header/footer codes (&P page, &N pages); "&" in user text doubled. */
  readonly footer?: string;
}

/** Print setup for a sheet holding a table (the plan, registry or submissions sheet). */
export interface PrintEdit {
  readonly kind: "print";
  /** The sheet that holds this table gets the setup; nothing is done when no sheet holds it. */
  readonly table: string;
  readonly setup: PrintSetup;
  /** Repeat the table's header row on each page (it goes into setup.repeatRows where the adapter knows the row). */
  readonly repeatHeader: boolean;
  /** Make the table's rows tall enough to show their wrapped text whole. */
  readonly fitRows: boolean;
}

/** Text a user typed, safe inside a header/footer: Excel reads "&" as the start of a code. */
export function footerText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** "Kế hoạch số 217/KH-LĐLD — Trang &P/&N" (or its English). */
export function planFooter(planNumber: string, lang: "vi" | "en"): string {
  const page = lang === "vi" ? "Trang &P/&N" : "Page &P/&N";
  if (!planNumber.trim()) return page;
  return `${lang === "vi" ? "Kế hoạch số" : "Plan No."} ${footerText(planNumber.trim())} — ${page}`;
}
