/**
 * Parts copied byte for byte from a loaded package into the one exceljs writes: the subgraph of
 * parts reachable from some relationships, renamed on the way in so nothing exceljs wrote is
 * overwritten.
 */
import type JSZip from "jszip";
import { contentTypeOf, freePartName, readRels, relativeTarget, relsPathOf, renderRels, resolveTarget } from "./opc";
import type { ContentTypes, Relationship } from "./opc";
import type { CarriedPart } from "./sheetDrawings";

/** Relationships of `partPath` with internal targets turned into zip paths. */
export function resolveRels(partPath: string, rels: readonly Relationship[]): Relationship[] {
  return rels.map((r) => (r.external ? r : { ...r, target: resolveTarget(partPath, r.target) }));
}

/** Every part reachable from `rels` (resolved), with its bytes, content type and own relationships. */
export async function collectParts(
  zip: JSZip,
  rels: readonly Relationship[],
  types: ContentTypes,
): Promise<Map<string, CarriedPart>> {
  const parts = new Map<string, CarriedPart>();
  const queue = rels.filter((r) => !r.external).map((r) => r.target);
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (parts.has(path)) continue;
    const file = zip.file(path);
    if (!file) continue;
    const partRels = resolveRels(path, await readRels(zip, path));
    parts.set(path, { data: await file.async("uint8array"), contentType: contentTypeOf(types, path), rels: partRels });
    for (const r of partRels) if (!r.external) queue.push(r.target);
  }
  return parts;
}

/** Write carried parts under fresh names (same folder and stem); returns old path → new path. */
export function copyParts(
  zip: JSZip,
  parts: ReadonlyMap<string, CarriedPart>,
  types: ContentTypes,
  reserved: Set<string>,
): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const path of parts.keys()) {
    const m = /^(.*)\/([^/]*?)(\d*)(\.[^./]+)$/.exec(path);
    const folder = m ? m[1] : "xl/misc";
    const stem = m ? m[2] || "part" : "part";
    const ext = m ? m[4] : ".bin";
    renamed.set(path, freePartName(zip, folder, stem, ext, reserved));
  }
  for (const [oldPath, part] of parts) {
    const newPath = renamed.get(oldPath) as string;
    zip.file(newPath, part.data);
    if (part.rels.length > 0) {
      const rels = part.rels.map((r) => {
        if (r.external) return r;
        const target = renamed.get(r.target);
        return { ...r, target: target ? relativeTarget(newPath, target) : r.target };
      });
      zip.file(relsPathOf(newPath), renderRels(rels));
    }
    const ext = newPath.slice(newPath.lastIndexOf(".") + 1).toLowerCase();
    if (part.contentType && types.defaults.get(ext) !== part.contentType) types.overrides.set(newPath, part.contentType);
  }
  return renamed;
}
