/**
 * What each worksheet must show that exceljs cannot write: the add-in's charts (from ChartSpecs
 * recorded by apply()) and drawing objects carried over from the file it was loaded from (charts,
 * shapes and text boxes a user or an earlier run put there, which exceljs drops on load).
 *
 * Kept per exceljs Worksheet object, so it follows the sheet wherever it moves, and vanishes with
 * it: an owned sheet that is rebuilt is a new Worksheet object with only its new charts.
 */
import type * as ExcelJS from "exceljs";
import type { ChartSpec } from "../core/workbook/types";
import type { ChartGrouping } from "./chartXml";
import type { Relationship } from "./opc";

/** A part copied byte for byte from the loaded package, with its outgoing relationships. */
export interface CarriedPart {
  readonly data: Uint8Array;
  readonly contentType: string | undefined;
  /** Relationships with internal targets resolved to zip paths of the loaded package. */
  readonly rels: readonly Relationship[];
}

/** Drawing anchors exceljs does not keep, as XML text, with what they reference. */
export interface CarriedDrawing {
  /** Anchor elements (xdr:twoCellAnchor…, or mc:AlternateContent) as found, with original r:ids. */
  readonly anchors: readonly string[];
  /** Namespace declarations of the original drawing root (prefixes the anchors use). */
  readonly namespaces: Readonly<Record<string, string>>;
  /** The original drawing's relationships; internal targets resolved to zip paths. */
  readonly rels: readonly Relationship[];
  /** Every part reachable from those relationships, by zip path in the loaded package. */
  readonly parts: ReadonlyMap<string, CarriedPart>;
}

export interface AddInCharts {
  readonly specs: readonly ChartSpec[];
  readonly grouping: ChartGrouping;
}

const addInCharts = new WeakMap<ExcelJS.Worksheet, AddInCharts>();
const carried = new WeakMap<ExcelJS.Worksheet, CarriedDrawing>();

export function setAddInCharts(ws: ExcelJS.Worksheet, charts: AddInCharts): void {
  addInCharts.set(ws, charts);
}

export function getAddInCharts(ws: ExcelJS.Worksheet): AddInCharts | undefined {
  return addInCharts.get(ws);
}

export function setCarriedDrawing(ws: ExcelJS.Worksheet, drawing: CarriedDrawing): void {
  carried.set(ws, drawing);
}

export function getCarriedDrawing(ws: ExcelJS.Worksheet): CarriedDrawing | undefined {
  return carried.get(ws);
}

/** Facts about where a workbook came from that saving needs. */
export interface LoadedFrom {
  readonly path: string;
  /** The file held VBA macros, which exceljs cannot write back. */
  readonly hasMacros: boolean;
}

const loadedFrom = new WeakMap<ExcelJS.Workbook, LoadedFrom>();

export function setLoadedFrom(wb: ExcelJS.Workbook, info: LoadedFrom): void {
  loadedFrom.set(wb, info);
}

export function getLoadedFrom(wb: ExcelJS.Workbook): LoadedFrom | undefined {
  return loadedFrom.get(wb);
}
