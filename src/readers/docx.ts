/**
 * A Word file (.docx) read into the one document model: paragraphs and tables, each table on its
 * grid with merged cells resolved (gridSpan across, vMerge down), several paragraphs per cell, and
 * Word's automatic numbering rendered as Word shows it ("I.", "1.1.", "a)") — group numbers often
 * exist only there. Reads the file's XML with JSZip and fast-xml-parser; no DOM, no Node: the same
 * code runs in the task pane and in the CLI. Bad files are refused with what to do, never half read.
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import { UserFacingError } from "../app/errors";
import type { DocBlock, DocCell, DocParagraph, DocTable, PlanDocument } from "../core/document/model";
import { tableOf } from "../core/document/model";

/** A plan is 20 KB – 2 MB of Word; with pictures a few MB more. Past this it is not a plan to read. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
/** The most the document's XML may inflate to: a 5,000-task plan is ~15 MB of XML. */
const MAX_XML_BYTES = 120 * 1024 * 1024;

const fail = (code: string, vi: string, en: string): never => {
  throw new UserFacingError(code, vi, en);
};

const SAVE_AS_DOCX_VI = "Hãy mở tệp trong Word, chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó.";
const SAVE_AS_DOCX_EN = "Open it in Word, choose File → Save As → Word Document (.docx), and import that .docx.";

// ---------------------------------------------------------------------------------------------
// The XML, as fast-xml-parser's ordered nodes: { "w:p": [children], ":@": { attributes } }.

type XNode = { [tag: string]: XNode[] } & { ":@"?: Record<string, string>; "#text"?: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

function tagOf(node: XNode): string {
  for (const k in node) if (k !== ":@") return k;
  return "";
}
const kids = (node: XNode): XNode[] => {
  const v = node[tagOf(node)];
  return Array.isArray(v) ? v : [];
};
const attr = (node: XNode, name: string): string | undefined => node[":@"]?.[name];
const child = (node: XNode, tag: string): XNode | undefined => kids(node).find((k) => tagOf(k) === tag);
const valOf = (node: XNode | undefined): string | undefined => (node ? attr(node, "w:val") : undefined);

function parseXml(xml: string, part: string): XNode[] {
  try {
    return parser.parse(xml) as XNode[];
  } catch (e) {
    return fail(
      "docx-damaged",
      `Tệp Word bị hỏng: phần ${part} không đọc được (${(e as Error).message}). ${SAVE_AS_DOCX_VI}`,
      `The Word file is damaged: its part ${part} cannot be read (${(e as Error).message}). ${SAVE_AS_DOCX_EN}`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Automatic numbering: numbering.xml's levels, counted as Word counts them.

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

interface Numbering {
  /** numId → abstract list and the start overrides of that instance. */
  readonly nums: Map<string, { abstract: string; starts: Map<number, number> }>;
  readonly abstracts: Map<string, Map<number, Level>>;
  /** Style id → the numbering a paragraph style carries. */
  readonly styles: Map<string, { numId: string; ilvl: number }>;
}

function readNumbering(numberingXml: XNode[] | null, stylesXml: XNode[] | null): Numbering {
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  const abstracts = new Map<string, Map<number, Level>>();
  const styles = new Map<string, { numId: string; ilvl: number }>();
  const root = numberingXml?.find((n) => tagOf(n) === "w:numbering");
  for (const n of root ? kids(root) : []) {
    const tag = tagOf(n);
    if (tag === "w:abstractNum") {
      const levels = new Map<number, Level>();
      for (const l of kids(n)) {
        if (tagOf(l) !== "w:lvl") continue;
        levels.set(Number(attr(l, "w:ilvl") ?? 0), {
          format: valOf(child(l, "w:numFmt")) ?? "decimal",
          text: valOf(child(l, "w:lvlText")) ?? "",
          start: Number(valOf(child(l, "w:start")) ?? 1),
        });
      }
      abstracts.set(attr(n, "w:abstractNumId") ?? "", levels);
    } else if (tag === "w:num") {
      const starts = new Map<number, number>();
      for (const o of kids(n)) {
        if (tagOf(o) !== "w:lvlOverride") continue;
        const s = valOf(child(o, "w:startOverride"));
        if (s !== undefined) starts.set(Number(attr(o, "w:ilvl") ?? 0), Number(s));
      }
      nums.set(attr(n, "w:numId") ?? "", { abstract: valOf(child(n, "w:abstractNumId")) ?? "", starts });
    }
  }
  const sroot = stylesXml?.find((n) => tagOf(n) === "w:styles");
  for (const s of sroot ? kids(sroot) : []) {
    if (tagOf(s) !== "w:style") continue;
    const numPr = child(child(s, "w:pPr") ?? {}, "w:numPr");
    const numId = valOf(child(numPr ?? {}, "w:numId"));
    if (numId !== undefined) styles.set(attr(s, "w:styleId") ?? "", { numId, ilvl: Number(valOf(child(numPr ?? {}, "w:ilvl")) ?? 0) });
  }
  return { nums, abstracts, styles };
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

function letters(n: number): string {
  // Word's letter lists go a … z, aa … zz.
  const k = (n - 1) % 26;
  return String.fromCharCode(97 + k).repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "upperRoman": return roman(n);
    case "lowerRoman": return roman(n).toLowerCase();
    case "upperLetter": return letters(n).toUpperCase();
    case "lowerLetter": return letters(n);
    case "decimalZero": return n < 10 ? `0${n}` : String(n);
    case "bullet":
    case "none": return "";
    default: return String(n);
  }
}

/** Counts list paragraphs as Word does and renders each one's label ("II.", "1.2.", "a)"). */
class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  label(numId: string, ilvl: number): string {
    const num = this.numbering.nums.get(numId);
    // numId 0 switches numbering off.
    if (!num || numId === "0") return "";
    const levels = this.numbering.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!levels || !level) return "";
    // Instances of one list share its count, unless the instance restarts it.
    const key = num.starts.size > 0 ? `n${numId}` : `a${num.abstract}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    const startOf = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    // A deeper level starts again under each new item of this one.
    counts.length = ilvl + 1;
    if (level.format === "bullet" || level.format === "none") return "";
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), levels.get(l)?.format ?? "decimal");
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraphs and tables.

interface Context {
  readonly counter: NumberingCounter;
  readonly numbering: Numbering;
  line: number;
}

/** Elements whose children hold runs or paragraphs as if they stood in their place. */
const TRANSPARENT = new Set([
  "w:hyperlink", "w:ins", "w:smartTag", "w:fldSimple", "w:customXml", "w:sdt", "w:sdtContent", "w:moveTo", "w:dir", "w:bdo",
]);

/** The text of a paragraph's runs, as lines: a line break (Shift+Enter) starts a new line. */
function runsText(nodes: readonly XNode[], inCell: boolean, out: string[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:r") {
      for (const r of kids(n)) {
        const rt = tagOf(r);
        if (rt === "w:t") out[out.length - 1] += kids(r).map((t) => t["#text"] ?? "").join("");
        else if (rt === "w:tab" || rt === "w:ptab") out[out.length - 1] += inCell ? " " : "\t";
        else if (rt === "w:br" || rt === "w:cr") out.push("");
        else if (rt === "w:noBreakHyphen") out[out.length - 1] += "-";
        else if (rt === "mc:AlternateContent") continue;
      }
    } else if (TRANSPARENT.has(tag)) {
      runsText(kids(n), inCell, out);
    }
    // w:del (deleted text), w:moveFrom, field codes (w:instrText inside runs) and the rest carry
    // nothing a reader of the document sees.
  }
}

function paragraphLines(p: XNode, ctx: Context, inCell: boolean): string[] {
  const pPr = child(p, "w:pPr");
  const numPr = pPr ? child(pPr, "w:numPr") : undefined;
  let numId = valOf(child(numPr ?? {}, "w:numId"));
  let ilvl = Number(valOf(child(numPr ?? {}, "w:ilvl")) ?? 0);
  if (numId === undefined) {
    const style = ctx.numbering.styles.get(valOf(child(pPr ?? {}, "w:pStyle")) ?? "");
    if (style) ({ numId, ilvl } = style);
  }
  const out = [""];
  runsText(kids(p), inCell, out);
  const label = numId === undefined ? "" : ctx.counter.label(numId, ilvl);
  if (label) out[0] = out[0].trim() === "" ? label : `${label} ${out[0].replace(/^\s+/, "")}`;
  return out;
}

/** Rows of a table, also inside content controls. */
function rowsOf(tbl: XNode): XNode[] {
  const rows: XNode[] = [];
  for (const n of kids(tbl)) {
    const tag = tagOf(n);
    if (tag === "w:tr") rows.push(n);
    else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") rows.push(...rowsOf(n));
  }
  return rows;
}

function cellsOf(tr: XNode): XNode[] {
  const cells: XNode[] = [];
  for (const n of kids(tr)) {
    const tag = tagOf(n);
    if (tag === "w:tc") cells.push(n);
    else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:customXml") cells.push(...cellsOf(n));
  }
  return cells;
}

/** A cell's paragraphs; a table nested in the cell gives one paragraph per nested row. */
function cellParagraphs(tc: XNode, ctx: Context): string[] {
  const out: string[] = [];
  const walk = (nodes: readonly XNode[]): void => {
    for (const n of nodes) {
      const tag = tagOf(n);
      if (tag === "w:p") out.push(...paragraphLines(n, ctx, true));
      else if (tag === "w:tbl") {
        for (const tr of rowsOf(n)) {
          out.push(
            cellsOf(tr)
              .map((c) => cellParagraphs(c, ctx).join(" ").trim())
              .filter((t) => t !== "")
              .join(" "),
          );
        }
      } else if (TRANSPARENT.has(tag)) walk(kids(n));
    }
  };
  walk(kids(tc));
  // Word ends every cell with a paragraph; an empty one after the text is not content.
  while (out.length > 0 && out[out.length - 1].trim() === "") out.pop();
  return out.map((t) => t.replace(/\s+$/, ""));
}

function readTable(tbl: XNode, ctx: Context): DocTable {
  const line = ctx.line + 1;
  const grid: DocCell[][] = [];
  const rows: { cells: DocCell[]; line: number; repeatsAsHeader?: boolean }[] = [];
  for (const tr of rowsOf(tbl)) {
    const trPr = child(tr, "w:trPr");
    const before = Number(valOf(child(trPr ?? {}, "w:gridBefore")) ?? 0);
    const after = Number(valOf(child(trPr ?? {}, "w:gridAfter")) ?? 0);
    const cells: DocCell[] = [];
    for (let k = 0; k < Math.min(before, 1000); k++) cells.push({ paragraphs: [] });
    const above = grid[grid.length - 1];
    for (const tc of cellsOf(tr)) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.max(1, Math.min(1000, Number(valOf(child(tcPr ?? {}, "w:gridSpan")) ?? 1) || 1));
      const vMerge = tcPr ? child(tcPr, "w:vMerge") : undefined;
      const hMerge = tcPr ? child(tcPr, "w:hMerge") : undefined;
      const col = cells.length;
      if (hMerge && valOf(hMerge) !== "restart" && col > 0) {
        // The legacy way of merging across: this cell is covered by the one on its left.
        cells.push({ paragraphs: [], merged: "left" });
        continue;
      }
      if (vMerge && valOf(vMerge) !== "restart" && above?.[col]) {
        // Covered by the cell above: the value holds for this row too.
        const from = above[col];
        cells.push({ paragraphs: from.paragraphs, merged: "up" });
        for (let k = 1; k < span; k++) cells.push({ paragraphs: [], merged: "left" });
        continue;
      }
      cells.push({ paragraphs: cellParagraphs(tc, ctx) });
      for (let k = 1; k < span; k++) cells.push({ paragraphs: [], merged: "left" });
    }
    for (let k = 0; k < Math.min(after, 1000); k++) cells.push({ paragraphs: [] });
    ctx.line++;
    grid.push(cells);
    rows.push({ cells, line: ctx.line, repeatsAsHeader: trPr !== undefined && child(trPr, "w:tblHeader") !== undefined && valOf(child(trPr, "w:tblHeader")) !== "0" ? true : undefined });
  }
  return tableOf(rows, line);
}

function readBlocks(nodes: readonly XNode[], ctx: Context, out: DocBlock[]): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === "w:p") {
      for (const text of paragraphLines(n, ctx, false)) {
        ctx.line++;
        out.push({ kind: "paragraph", text, line: ctx.line } satisfies DocParagraph);
      }
    } else if (tag === "w:tbl") {
      out.push(readTable(n, ctx));
    } else if (TRANSPARENT.has(tag)) {
      readBlocks(kids(n), ctx, out);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The package.

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes hold the UTF-16 name of a stream of an OLE compound file. */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

function refuseNonZip(bytes: Uint8Array): never {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) {
    if (hasOleStream(bytes, "EncryptionInfo") || hasOleStream(bytes, "EncryptedPackage")) {
      fail(
        "docx-encrypted",
        "Tệp Word được đặt mật khẩu nên không đọc được. Hãy mở tệp trong Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập.",
        "The Word file is password-protected, so it cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password, clear it), save, and import it again.",
      );
    }
    fail(
      "docx-is-doc",
      `Đây là tệp Word cũ (.doc), không phải .docx. ${SAVE_AS_DOCX_VI} (Công cụ dòng lệnh tự chuyển đổi khi máy có LibreOffice.)`,
      `This is an old Word file (.doc), not a .docx. ${SAVE_AS_DOCX_EN} (The command-line tool converts it itself where LibreOffice is installed.)`,
    );
  }
  if (bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74) {
    fail("docx-is-rtf", `Đây là tệp RTF, không phải .docx. ${SAVE_AS_DOCX_VI}`, `This is an RTF file, not a .docx. ${SAVE_AS_DOCX_EN}`);
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    fail(
      "docx-is-pdf",
      "Đây là tệp PDF, không phải .docx. Hãy mở văn bản gốc bằng Word và lưu dạng .docx (hoặc sao chép nội dung kế hoạch rồi dán vào).",
      "This is a PDF, not a .docx. Open the original in Word and save it as .docx (or copy the plan's text and paste it).",
    );
  }
  return fail(
    "docx-damaged",
    `Tệp không phải tài liệu Word (.docx) hoặc đã bị hỏng. ${SAVE_AS_DOCX_VI}`,
    `The file is not a Word document (.docx), or it is damaged. ${SAVE_AS_DOCX_EN}`,
  );
}

/** The size a zip entry declares it inflates to (JSZip checks the real size against it as it reads). */
function declaredSize(file: JSZip.JSZipObject): number {
  const data = (file as unknown as { _data?: { uncompressedSize?: number } })._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

const tooMuchXml = (path: string, bytes: number): UserFacingError =>
  new UserFacingError(
    "docx-too-large",
    `Tệp Word giải nén ra quá lớn (phần ${path}: hơn ${(bytes / 1e6).toFixed(0)} MB; tối đa ${MAX_XML_BYTES / 1024 / 1024} MB): đây không giống một văn bản kế hoạch, có thể là tệp độc hại (zip bomb). Hãy nhập tệp .docx chỉ chứa kế hoạch.`,
    `The Word file inflates to too much (part ${path}: over ${(bytes / 1e6).toFixed(0)} MB; at most ${MAX_XML_BYTES / 1024 / 1024} MB): this does not look like a plan, and may be a zip bomb. Import a .docx holding only the plan.`,
  );

interface ByteStream {
  on(event: "data", f: (chunk: Uint8Array) => void): ByteStream;
  on(event: "error", f: (e: Error) => void): ByteStream;
  on(event: "end", f: () => void): ByteStream;
  pause(): ByteStream;
  resume(): ByteStream;
}

/**
 * A part's bytes, inflated as a stream that stops at `limit`: a zip whose entry lies about its size
 * is stopped there too, before it fills the memory.
 */
function inflateLimited(file: JSZip.JSZipObject, limit: number, path: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const stream = (file as unknown as { internalStream(type: "uint8array"): ByteStream }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          reject(tooMuchXml(path, total));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e) => {
        if (done) return;
        done = true;
        reject(e);
      })
      .on("end", () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

async function text(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  if (!file) return null;
  // Refused from the size it declares before any work; a size that lies is caught while inflating.
  if (declaredSize(file) > MAX_XML_BYTES) throw tooMuchXml(path, declaredSize(file));
  try {
    return new TextDecoder("utf-8").decode(await inflateLimited(file, MAX_XML_BYTES, path));
  } catch (e) {
    if (e instanceof UserFacingError) throw e;
    return fail(
      "docx-damaged",
      `Tệp Word bị hỏng: không giải nén được phần ${path} (${(e as Error).message}). ${SAVE_AS_DOCX_VI}`,
      `The Word file is damaged: its part ${path} cannot be unpacked (${(e as Error).message}). ${SAVE_AS_DOCX_EN}`,
    );
  }
}

/** The main document part, from the package's relationships (word/document.xml as a rule). */
async function mainPart(zip: JSZip): Promise<string> {
  const rels = await text(zip, "_rels/.rels");
  const m = rels ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(rels) : null;
  const target = m ? /Target="\/?([^"]+)"/.exec(m[0])?.[1] : undefined;
  if (target && zip.file(target)) return target;
  if (zip.file("word/document.xml")) return "word/document.xml";
  if (zip.file("xl/workbook.xml")) {
    fail(
      "docx-is-xlsx",
      "Đây là sổ tính Excel (.xlsx), không phải văn bản Word. Hãy nhập tệp Word của kế hoạch; với sổ tính đã có, dùng lệnh kiểm tra hoặc tổng hợp.",
      "This is an Excel workbook (.xlsx), not a Word document. Import the plan's Word file; for a workbook you already have, use validate or summary.",
    );
  }
  return fail(
    "docx-damaged",
    `Tệp nén này không phải tài liệu Word (.docx): thiếu phần nội dung word/document.xml. ${SAVE_AS_DOCX_VI}`,
    `This zip file is not a Word document (.docx): it has no word/document.xml. ${SAVE_AS_DOCX_EN}`,
  );
}

/**
 * Reads a .docx into the document model. Refuses — with a message that says what is wrong and what
 * to do — a file too large, not a zip, damaged, password-protected, macro-enabled, an old .doc, an
 * RTF or PDF in disguise, or one that inflates past any plan's size.
 */
export async function readDocx(input: Uint8Array | ArrayBuffer): Promise<PlanDocument> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (bytes.length > MAX_DOCX_BYTES) {
    fail(
      "docx-too-large",
      `Tệp Word quá lớn (${(bytes.length / 1024 / 1024).toFixed(1)} MB; tối đa ${MAX_DOCX_BYTES / 1024 / 1024} MB). Kế hoạch thường dưới 2 MB: hãy xóa hình ảnh trong tệp (hoặc lưu một bản chỉ có văn bản) rồi nhập lại.`,
      `The Word file is too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_DOCX_BYTES / 1024 / 1024} MB). A plan is usually under 2 MB: remove the pictures (or save a copy with the text only) and import it again.`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) refuseNonZip(bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    return fail(
      "docx-damaged",
      `Tệp Word bị hỏng, không mở được (${(e as Error).message}). Hãy thử mở tệp trong Word: nếu Word sửa được, lưu lại dạng .docx rồi nhập; nếu không, xin lại tệp gốc.`,
      `The Word file is damaged and cannot be opened (${(e as Error).message}). Try opening it in Word: if Word repairs it, save it as .docx and import that; otherwise ask for the original file again.`,
    );
  }
  const types = (await text(zip, "[Content_Types].xml")) ?? "";
  if (/macroEnabled/i.test(types) || zip.file("word/vbaProject.bin")) {
    fail(
      "docx-macro",
      "Đây là tệp Word có macro (.docm). Vì an toàn, tệp có macro không được đọc. Hãy mở trong Word, chọn Lưu thành → Tài liệu Word (.docx) (macro sẽ bị bỏ), rồi nhập tệp .docx đó.",
      "This is a macro-enabled Word file (.docm). For safety, files with macros are not read. Open it in Word, choose Save As → Word Document (.docx) (the macros are dropped), and import that .docx.",
    );
  }
  const main = await mainPart(zip);
  const documentXml = parseXml((await text(zip, main)) ?? "", main);
  const numberingXml = await text(zip, "word/numbering.xml");
  const stylesXml = await text(zip, "word/styles.xml");
  const numbering = readNumbering(numberingXml ? parseXml(numberingXml, "word/numbering.xml") : null, stylesXml ? parseXml(stylesXml, "word/styles.xml") : null);
  const root = documentXml.find((n) => tagOf(n) === "w:document");
  const body = root ? child(root, "w:body") : undefined;
  if (!body) {
    fail(
      "docx-damaged",
      `Tệp Word không có phần thân văn bản (w:body). ${SAVE_AS_DOCX_VI}`,
      `The Word file has no document body (w:body). ${SAVE_AS_DOCX_EN}`,
    );
  }
  const ctx: Context = { counter: new NumberingCounter(numbering), numbering, line: 0 };
  const blocks: DocBlock[] = [];
  readBlocks(kids(body as XNode), ctx, blocks);
  return { blocks, source: "docx" };
}
