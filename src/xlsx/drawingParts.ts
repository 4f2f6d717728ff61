/**
 * Charts in the .xlsx package, around exceljs:
 * - on load, captureDrawings() keeps, per worksheet, the drawing anchors exceljs drops (charts,
 *   shapes, text boxes) and the parts they reference, byte for byte;
 * - on save, injectDrawings() puts them back into the package exceljs wrote, together with the
 *   add-in's own charts rendered from the ChartSpecs apply() recorded for its sheets.
 */
import type * as ExcelJS from "exceljs";
import type JSZip from "jszip";
import { emptyDrawingXml, renderChartAnchor, renderChartXml } from "./chartXml";
import type { ChartData } from "./chartXml";
import { peekValue } from "./cellValues";
import {
  CONTENT_TYPE,
  REL,
  freePartName,
  nextRelId,
  parseContentTypes,
  readRels,
  readText,
  relativeTarget,
  relsPathOf,
  renderContentTypes,
  renderRels,
  resolveTarget,
  sheetParts,
} from "./opc";
import type { ContentTypes, Relationship } from "./opc";
import { collectParts, copyParts, resolveRels } from "./carriedParts";
import { getAddInCharts, getCarriedDrawing, setCarriedDrawing } from "./sheetDrawings";
import { appendToElement, attributes, childElements, localName, rootElement, worksheetEndTag } from "./xml";

// Attributes that hold relationship ids in DrawingML (r:id on charts, r:embed/r:link on images,
// r:dm/r:lo/r:qs/r:cs on SmartArt).
const REL_ATTRS = /(\s[\w.-]+:(?:id|embed|link|dm|lo|qs|cs|pict)=")([^"]*)(")/g;

/** True for an anchor exceljs reads back itself (a picture in a one- or two-cell anchor). */
function exceljsKeeps(xml: string, anchor: ReturnType<typeof rootElement>): boolean {
  const local = localName(anchor.name);
  if (local !== "twoCellAnchor" && local !== "oneCellAnchor") return false;
  return childElements(xml, anchor).some((c) => localName(c.name) === "pic");
}

/** Remember, for every worksheet of `wb`, the drawing objects of the loaded package exceljs drops. */
export async function captureDrawings(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const sheets = await sheetParts(zip);
  const typesXml = await readText(zip, "[Content_Types].xml");
  const types = typesXml ? parseContentTypes(typesXml) : { defaults: new Map(), overrides: new Map() };
  for (const ws of wb.worksheets) {
    const sheetPath = sheets.get(ws.name);
    if (!sheetPath) continue;
    const drawingRel = (await readRels(zip, sheetPath)).find((r) => r.type === REL.drawing && !r.external);
    if (!drawingRel) continue;
    const drawingPath = resolveTarget(sheetPath, drawingRel.target);
    const xml = await readText(zip, drawingPath);
    if (!xml) continue;
    const root = rootElement(xml);
    const anchors = childElements(xml, root)
      .filter((a) => !exceljsKeeps(xml, a))
      .map((a) => xml.slice(a.start, a.end));
    if (anchors.length === 0) continue;

    const drawingRels = resolveRels(drawingPath, await readRels(zip, drawingPath));
    const used = new Set<string>();
    for (const a of anchors) for (const m of a.matchAll(REL_ATTRS)) used.add(m[2]);
    const rels = drawingRels.filter((r) => used.has(r.id));

    const parts = await collectParts(zip, rels, types);

    const namespaces: Record<string, string> = {};
    for (const [k, v] of Object.entries(attributes(xml, root))) if (k.startsWith("xmlns")) namespaces[k] = v;
    setCarriedDrawing(ws, { anchors, namespaces, rels, parts });
  }
}

function chartData(ws: ExcelJS.Worksheet, spec: ChartData["spec"], grouping: ChartData["grouping"]): ChartData {
  const count = spec.categories.count;
  const text = (row: number, col: number): string => {
    const v = peekValue(ws, row, col);
    return v === null ? "" : String(v);
  };
  const num = (row: number, col: number): number | null => {
    const v = peekValue(ws, row, col);
    return typeof v === "number" ? v : null;
  };
  const categories = Array.from({ length: count }, (_, i) => text(spec.categories.row + i, spec.categories.column));
  const series = spec.series.map((s) => ({
    name: s.name,
    values: Array.from({ length: count }, (_, i) => num(s.row + i, s.column)),
  }));
  return { sheetName: ws.name, spec, grouping, categories, series };
}

/** Where a sheet's drawing lives in the package being written, created when the sheet has none. */
interface DrawingTarget {
  readonly path: string;
  xml: string;
  rels: Relationship[];
}

async function drawingFor(
  zip: JSZip,
  sheetPath: string,
  types: ContentTypes,
  reserved: Set<string>,
): Promise<DrawingTarget> {
  const sheetRels = await readRels(zip, sheetPath);
  const existing = sheetRels.find((r) => r.type === REL.drawing && !r.external);
  if (existing) {
    const path = resolveTarget(sheetPath, existing.target);
    return { path, xml: (await readText(zip, path)) ?? emptyDrawingXml(), rels: await readRels(zip, path) };
  }
  const path = freePartName(zip, "xl/drawings", "drawing", ".xml", reserved);
  const relId = nextRelId(sheetRels);
  sheetRels.push({ id: relId, type: REL.drawing, target: relativeTarget(sheetPath, path), external: false });
  zip.file(relsPathOf(sheetPath), renderRels(sheetRels));
  const sheetXml = (await readText(zip, sheetPath)) as string;
  // Placed at the end here; reorderWorksheet() moves it to where the schema wants it.
  // Before the root's end tag, found from the end: walking a sheet of 50,000 rows to find it is slow.
  const end = worksheetEndTag(sheetXml);
  const drawing = `<drawing r:id="${relId}"/>`;
  zip.file(sheetPath, end >= 0 ? sheetXml.slice(0, end) + drawing + sheetXml.slice(end) : appendToElement(sheetXml, rootElement(sheetXml), drawing));
  types.overrides.set(path, CONTENT_TYPE.drawing);
  return { path, xml: emptyDrawingXml(), rels: [] };
}

/** Give every shape in the added anchors an id unique in the drawing. */
function renumberShapes(existingXml: string, anchors: string[]): string[] {
  let next = 1;
  for (const m of existingXml.matchAll(/<(?:[\w]+:)?cNvPr\s[^>]*?\bid="(\d+)"/g)) next = Math.max(next, Number(m[1]) + 1);
  return anchors.map((a) => a.replace(/(<(?:[\w]+:)?cNvPr\s[^>]*?\bid=")(\d+)(")/g, (_, pre: string, __: string, post: string) => `${pre}${next++}${post}`));
}

/** Declare on the drawing root the namespace prefixes the carried anchors use. */
function declareNamespaces(xml: string, namespaces: Readonly<Record<string, string>>): string {
  const root = rootElement(xml);
  const have = attributes(xml, root);
  const missing = Object.entries(namespaces).filter(([k]) => k !== "xmlns" && !(k in have));
  if (missing.length === 0) return xml;
  const startTagEnd = xml.indexOf(">", root.start);
  const selfClosing = xml[startTagEnd - 1] === "/";
  const at = selfClosing ? startTagEnd - 1 : startTagEnd;
  const decl = missing.map(([k, v]) => ` ${k}="${v.replace(/"/g, "&quot;")}"`).join("");
  return xml.slice(0, at) + decl + xml.slice(at);
}

/** Add carried drawing objects and the add-in's charts to the package exceljs wrote. */
export async function injectDrawings(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const work = wb.worksheets
    .map((ws) => ({ ws, carried: getCarriedDrawing(ws), charts: getAddInCharts(ws) }))
    .filter((w) => (w.carried && w.carried.anchors.length > 0) || (w.charts && w.charts.specs.length > 0));
  if (work.length === 0) return;

  const typesXml = (await readText(zip, "[Content_Types].xml")) as string;
  const types = parseContentTypes(typesXml);
  const sheets = await sheetParts(zip);
  const reserved = new Set<string>();

  for (const { ws, carried, charts } of work) {
    const sheetPath = sheets.get(ws.name);
    if (!sheetPath) continue;
    const drawing = await drawingFor(zip, sheetPath, types, reserved);
    let anchors: string[] = [];

    if (carried && carried.anchors.length > 0) {
      drawing.xml = declareNamespaces(drawing.xml, carried.namespaces);
      const renamed = copyParts(zip, carried.parts, types, reserved);
      const ids = new Map<string, string>();
      for (const rel of carried.rels) {
        const id = nextRelId(drawing.rels);
        ids.set(rel.id, id);
        const target = rel.external ? rel.target : relativeTarget(drawing.path, renamed.get(rel.target) ?? rel.target);
        drawing.rels.push({ id, type: rel.type, target, external: rel.external });
      }
      anchors.push(
        ...carried.anchors.map((a) =>
          a.replace(REL_ATTRS, (whole, pre: string, id: string, post: string) =>
            ids.has(id) ? `${pre}${ids.get(id)}${post}` : whole,
          ),
        ),
      );
    }

    if (charts) {
      charts.specs.forEach((spec, i) => {
        const chartPath = freePartName(zip, "xl/charts", "chart", ".xml", reserved);
        zip.file(chartPath, renderChartXml(chartData(ws, spec, charts.grouping)));
        types.overrides.set(chartPath, CONTENT_TYPE.chart);
        const id = nextRelId(drawing.rels);
        drawing.rels.push({ id, type: REL.chart, target: relativeTarget(drawing.path, chartPath), external: false });
        anchors.push(renderChartAnchor(spec, id, 1, `Chart ${i + 1}`));
      });
    }

    anchors = renumberShapes(drawing.xml, anchors);
    drawing.xml = appendToElement(drawing.xml, rootElement(drawing.xml), anchors.join(""));
    zip.file(drawing.path, drawing.xml);
    zip.file(relsPathOf(drawing.path), renderRels(drawing.rels));
  }
  zip.file("[Content_Types].xml", renderContentTypes(types));
}
