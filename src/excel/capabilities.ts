/**
 * What the running Excel can do, from its ExcelApi requirement sets, detected at run time and never
 * assumed. Each flag names the set that brings it (checked against the @types/office-js
 * "[Api set: ExcelApi 1.x]" remarks); the adapter never calls an API above what these say.
 */
export interface Capabilities {
  /** Highest ExcelApi 1.x minor version supported (1 for Office 2016 volume-licensed). */
  readonly apiMinor: number;
  /** 1.2: getUsedRange(valuesOnly), RangeFormat.columnWidth. */
  readonly valuesOnlyUsedRange: boolean;
  readonly columnWidth: boolean;
  /** 1.4: getUsedRangeOrNullObject / getItemOrNullObject. */
  readonly nullObjects: boolean;
  /** 1.4: TableRowCollection.add with many rows in one call (1.1 adds one row per call). */
  readonly multiRowAdd: boolean;
  /** 1.4: TableColumnCollection.add(null, …) appends at the right (1.1 only inserts before a column). */
  readonly appendColumn: boolean;
  /** 1.6: Application.suspendApiCalculationUntilNextSync. */
  readonly calcSuspend: boolean;
  /** 1.6: Range.conditionalFormats (custom rule). */
  readonly conditionalFormats: boolean;
  /** 1.7: Worksheet.freezePanes. */
  readonly freezePanes: boolean;
  /** 1.7: TableCollection.onChanged. */
  readonly events: boolean;
  /** 1.7: ChartSeries.delete (lets a chart take series from non-adjacent columns). */
  readonly chartSeriesEdit: boolean;
  /** 1.8: Range.dataValidation (dropdown lists). */
  readonly dataValidation: boolean;
  /** 1.8: Runtime.enableEvents (the add-in's own writes raise no events for it). */
  readonly toggleEvents: boolean;
  /** 1.2: RangeFormat.rowHeight, RangeFormat.autofitRows, Range.merge (row heights, merged cells). */
  readonly rowLayout: boolean;
  /** 1.7: RangeFormat.useStandardHeight (a rebuilt sheet's rows back to the standard height). */
  readonly standardHeight: boolean;
  /** 1.9: Worksheet.pageLayout (A4, orientation, fit to one page wide, print titles, footer). */
  readonly pageLayout: boolean;
  /** 1.9: Range.getSpecialCellsOrNullObject("Formulas") (a range's formula cells as a few areas). */
  readonly formulaCells: boolean;
  /** 1.14: WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin"); TableChangedEventArgs has none. */
  readonly triggerSource: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

const HIGHEST_PROBED = 20;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  let apiMinor = 0;
  for (let minor = 1; minor <= HIGHEST_PROBED; minor++) {
    if (!isSetSupported("ExcelApi", `1.${minor}`)) break;
    apiMinor = minor;
  }
  return capabilitiesFor(apiMinor);
}

/** The capabilities of a host that supports exactly ExcelApi 1.0 … 1.`apiMinor`. */
export function capabilitiesFor(apiMinor: number): Capabilities {
  const has = (minor: number): boolean => apiMinor >= minor;
  return {
    apiMinor,
    valuesOnlyUsedRange: has(2),
    columnWidth: has(2),
    nullObjects: has(4),
    multiRowAdd: has(4),
    appendColumn: has(4),
    calcSuspend: has(6),
    conditionalFormats: has(6),
    freezePanes: has(7),
    events: has(7),
    chartSeriesEdit: has(7),
    dataValidation: has(8),
    toggleEvents: has(8),
    formulaCells: has(9),
    rowLayout: has(2),
    standardHeight: has(7),
    pageLayout: has(9),
    triggerSource: has(14),
  };
}

/** The running host's capabilities via Office.context.requirements; ExcelApi 1.1 outside Office. */
export function officeCapabilities(): Capabilities {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) return capabilitiesFor(1);
  return detectCapabilities((name, version) => requirements.isSetSupported(name, version));
}
