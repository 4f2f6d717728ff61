/**
 * The package layer of an .xlsx (Open Packaging Conventions): parts in a zip, relationships
 * between them, and their content types. Used to put back what exceljs cannot write (charts).
 */
import type JSZip from "jszip";
import { attributes, childElements, escapeXml, localName, rootElement } from "./xml";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `fromPart` points at, as a zip path (no leading slash). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return normalizePath(target.slice(1));
  const dir = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return normalizePath(dir + target);
}

function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== "." && seg !== "") out.push(seg);
  }
  return out.join("/");
}

/** A relative target from `fromPart` to `toPart` ("../charts/chart1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

export function parseRels(xml: string): Relationship[] {
  const root = rootElement(xml);
  return childElements(xml, root)
    .filter((el) => localName(el.name) === "Relationship")
    .map((el) => {
      const a = attributes(xml, el);
      return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === "External" };
    });
}

export function renderRels(rels: readonly Relationship[]): string {
  const items = rels
    .map(
      (r) =>
        `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"` +
        (r.external ? ` TargetMode="External"/>` : "/>"),
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`
  );
}

export function nextRelId(rels: readonly Relationship[]): string {
  let n = rels.length + 1;
  const taken = new Set(rels.map((r) => r.id));
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

export async function readRels(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(partPath));
  return xml ? parseRels(xml) : [];
}

/** [Content_Types].xml as data: defaults by extension and overrides by part. */
export interface ContentTypes {
  readonly defaults: Map<string, string>;
  readonly overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const root = rootElement(xml);
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const el of childElements(xml, root)) {
    const a = attributes(xml, el);
    if (localName(el.name) === "Default") defaults.set(a.Extension.toLowerCase(), a.ContentType);
    if (localName(el.name) === "Override") overrides.set(a.PartName.replace(/^\//, ""), a.ContentType);
  }
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, partPath: string): string | undefined {
  const ext = partPath.slice(partPath.lastIndexOf(".") + 1).toLowerCase();
  return types.overrides.get(partPath) ?? types.defaults.get(ext);
}

export function renderContentTypes(types: ContentTypes): string {
  const defaults = [...types.defaults]
    .map(([ext, type]) => `<Default Extension="${escapeXml(ext)}" ContentType="${escapeXml(type)}"/>`)
    .join("");
  const overrides = [...types.overrides]
    .map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults}${overrides}</Types>`
  );
}

/** Sheet name → worksheet part path, from xl/workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbookPath = "xl/workbook.xml";
  const xml = await readText(zip, workbookPath);
  const parts = new Map<string, string>();
  if (!xml) return parts;
  const rels = await readRels(zip, workbookPath);
  const root = rootElement(xml);
  const sheets = childElements(xml, root).find((el) => localName(el.name) === "sheets");
  if (!sheets) return parts;
  for (const el of childElements(xml, sheets)) {
    const a = attributes(xml, el);
    const rId = Object.entries(a).find(([k]) => localName(k) === "id" && k.includes(":"))?.[1];
    const rel = rels.find((r) => r.id === rId);
    if (rel && rel.type === REL.worksheet) parts.set(a.name, resolveTarget(workbookPath, rel.target));
  }
  return parts;
}

/** A part name in `folder` like `${stem}${n}${ext}` that the zip does not hold yet. */
export function freePartName(zip: JSZip, folder: string, stem: string, ext: string, reserved: Set<string>): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${stem}${n}${ext}`;
    if (!zip.file(path) && !reserved.has(path)) {
      reserved.add(path);
      return path;
    }
  }
}
