/**
 * Workbook-level state exceljs drops or degrades on load, kept when a file is loaded and put back
 * when it is saved:
 * - custom document properties (docProps/custom.xml) and custom XML parts (customXml/…), where
 *   Office.js add-ins keep settings;
 * - defined names exceljs cannot parse: anything but plain ranges (constants, formulas, table
 *   references such as =PT_Units[Tên đơn vị] behind a dropdown list), and the hidden/comment
 *   attributes of every name.
 */
import type * as ExcelJS from "exceljs";
import type JSZip from "jszip";
import { collectParts, copyParts, resolveRels } from "./carriedParts";
import { nextRelId, parseContentTypes, readRels, readText, relativeTarget, relsPathOf, renderContentTypes, renderRels } from "./opc";
import { attributes, childElements, localName, rootElement } from "./xml";
import type { Relationship } from "./opc";
import type { CarriedPart } from "./sheetDrawings";

const CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

const PACKAGE_ROOT = ""; // "_rels/.rels" holds the package's own relationships
const WORKBOOK = "xl/workbook.xml";

interface CarriedExtras {
  /** Source part ("" for the package) → relationships to re-create from it. */
  readonly rels: ReadonlyMap<string, readonly Relationship[]>;
  readonly parts: ReadonlyMap<string, CarriedPart>;
}

const extras = new WeakMap<ExcelJS.Workbook, CarriedExtras>();

interface DefinedNameXml {
  /** The <definedName> element as written in the file. */
  readonly xml: string;
  readonly name: string;
  /** For a name local to a sheet: that sheet's name (localSheetId is a position, which can move). */
  readonly sheet: string | undefined;
}

const definedNames = new WeakMap<ExcelJS.Workbook, readonly DefinedNameXml[]>();

function workbookParts(xml: string): { sheets: string[]; names: DefinedNameXml[] } {
  const root = rootElement(xml);
  const children = childElements(xml, root);
  const sheetsEl = children.find((c) => localName(c.name) === "sheets");
  const sheets = sheetsEl ? childElements(xml, sheetsEl).map((s) => attributes(xml, s).name) : [];
  const namesEl = children.find((c) => localName(c.name) === "definedNames");
  const names = (namesEl ? childElements(xml, namesEl) : []).map((el) => {
    const a = attributes(xml, el);
    const local = a.localSheetId === undefined ? undefined : sheets[Number(a.localSheetId)];
    return { xml: xml.slice(el.start, el.end), name: a.name, sheet: local };
  });
  return { sheets, names };
}

const nameKey = (n: DefinedNameXml): string => `${n.name.toLowerCase()}|${n.sheet?.toLowerCase() ?? ""}`;

export async function captureDefinedNames(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const xml = await readText(zip, WORKBOOK);
  if (!xml) return;
  const { names } = workbookParts(xml);
  if (names.length > 0) definedNames.set(wb, names);
}

/** The file's own names (re-pointed at their sheets' new positions), then the ones exceljs added. */
export async function injectDefinedNames(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const original = definedNames.get(wb);
  if (!original) return;
  const xml = await readText(zip, WORKBOOK);
  if (!xml) return;
  const { sheets, names: written } = workbookParts(xml);
  const position = new Map(sheets.map((s, i) => [s.toLowerCase(), i]));
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const n of original) {
    if (n.sheet !== undefined && !position.has(n.sheet.toLowerCase())) continue; // its sheet is gone
    const el = n.sheet === undefined ? n.xml : n.xml.replace(/(\slocalSheetId=")\d+(")/, `$1${position.get(n.sheet.toLowerCase())}$2`);
    kept.push(el);
    seen.add(nameKey(n));
  }
  for (const n of written) if (!seen.has(nameKey(n))) kept.push(n.xml);
  const block = kept.length > 0 ? `<definedNames>${kept.join("")}</definedNames>` : "";

  const root = rootElement(xml);
  const children = childElements(xml, root);
  const existing = children.find((c) => localName(c.name) === "definedNames");
  const sheetsEl = children.find((c) => localName(c.name) === "sheets");
  let next: string;
  if (existing) next = xml.slice(0, existing.start) + block + xml.slice(existing.end);
  else if (sheetsEl) next = xml.slice(0, sheetsEl.end) + block + xml.slice(sheetsEl.end);
  else return;
  zip.file(WORKBOOK, next);
}

export async function captureExtras(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const typesXml = await readText(zip, "[Content_Types].xml");
  if (!typesXml) return;
  const types = parseContentTypes(typesXml);
  const rels = new Map<string, Relationship[]>();
  const rootRels = resolveRels(PACKAGE_ROOT, await readRels(zip, PACKAGE_ROOT)).filter(
    (r) => r.type === CUSTOM_PROPERTIES && !r.external,
  );
  const workbookRels = resolveRels(WORKBOOK, await readRels(zip, WORKBOOK)).filter(
    (r) => r.type === CUSTOM_XML && !r.external,
  );
  if (rootRels.length === 0 && workbookRels.length === 0) return;
  rels.set(PACKAGE_ROOT, rootRels);
  rels.set(WORKBOOK, workbookRels);
  const parts = await collectParts(zip, [...rootRels, ...workbookRels], types);
  extras.set(wb, { rels, parts });
}

export async function injectExtras(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const carried = extras.get(wb);
  if (!carried) return;
  const types = parseContentTypes((await readText(zip, "[Content_Types].xml")) as string);
  const renamed = copyParts(zip, carried.parts, types, new Set());
  for (const [source, wanted] of carried.rels) {
    if (wanted.length === 0) continue;
    const rels = await readRels(zip, source);
    for (const rel of wanted) {
      // exceljs may learn to write a part itself one day; never add a second one.
      if (rel.type === CUSTOM_PROPERTIES && rels.some((r) => r.type === CUSTOM_PROPERTIES)) continue;
      const target = renamed.get(rel.target);
      if (!target) continue;
      rels.push({ id: nextRelId(rels), type: rel.type, target: source === PACKAGE_ROOT ? target : relativeTarget(source, target), external: false });
    }
    zip.file(relsPathOf(source), renderRels(rels));
  }
  zip.file("[Content_Types].xml", renderContentTypes(types));
}
