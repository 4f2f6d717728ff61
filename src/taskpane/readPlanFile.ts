/**
 * A plan file picked in the pane, read where it is: its bytes through FileReader (nothing is
 * uploaded, nothing goes over the network), its kind from its first bytes and then its name (as the
 * CLI decides, src/cli/readPlanFile.ts), then its text (.txt, .html) or its document (.docx, through
 * the Word reader). The pane loads this module, and the Word reader in a chunk of its own, only when
 * a file is picked, so neither adds to the pane's first render.
 *
 * Word formats the pane cannot read (.doc, .odt, .rtf, .pdf; LibreOffice converts them for the CLI,
 * and there is none in a webview) and macro-enabled files are refused, before reading them, with
 * the way to a .docx.
 */
import { UserFacingError } from "../app/errors";
import type { PlanDocument } from "../core/document/model";

/** What a picked file gave: text for the text box, or the document a Word file holds. */
export type PickedPlan =
  | { readonly kind: "text"; readonly name: string; readonly text: string }
  | { readonly kind: "docx"; readonly name: string; readonly document: PlanDocument };

export type PickedKind = "text" | "docx" | "doc" | "odt" | "rtf" | "pdf" | "macro";

/** Reading progress, 0..1. */
export type Fraction = (fraction: number) => void;

/** src/readers/docx.ts's MAX_DOCX_BYTES, repeated so that this check does not load the reader
 *  (test/taskpane/readPlanFile.docx.test.ts holds them equal). */
export const MAX_WORD_BYTES = 30 * 1024 * 1024;
/** As the CLI: a page of HTML may carry ten times more markup than text (MAX_PLAN_CHARS). */
export const MAX_TEXT_BYTES = 20_000_000;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Enough for a file's kind, and for the charset an HTML page declares in its head. */
const HEAD_BYTES = 4096;

const extension = (name: string): string => {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
};

const latin1 = (bytes: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
};

/** What a file is, from its first bytes first (a Word web page saved as .doc is HTML), then its name. */
export function pickedKind(name: string, head: Uint8Array): PickedKind {
  const ext = extension(name);
  if (ext === ".docm" || ext === ".dotm") return "macro";
  const start = latin1(head.subarray(0, 128));
  if (start.startsWith("PK\u0003\u0004")) {
    // An OpenDocument zip names its type in an uncompressed "mimetype" entry at offset 30.
    if (start.includes("application/vnd.oasis.opendocument.text")) return "odt";
    return ext === ".odt" || ext === ".ott" ? "odt" : "docx";
  }
  if (start.startsWith("%PDF")) return "pdf";
  if (start.startsWith("{\\rtf")) return "rtf";
  // A Word 97–2003 file; a .docx in this wrapper is a password-protected one, which the Word
  // reader names as such.
  if (head.length >= 8 && OLE2.every((b, i) => head[i] === b)) return ext === ".docx" ? "docx" : "doc";
  return "text";
}

const SAVE_AS_VI = "Hãy mở tệp trong Word, chọn Tệp → Lưu thành → Tài liệu Word (*.docx), rồi chọn tệp .docx đó ở đây.";
const SAVE_AS_EN = "Open it in Word, choose File → Save As → Word Document (*.docx), and pick that .docx here.";
const NOTHING_VI = "Chưa có gì được ghi vào sổ tính.";
const NOTHING_EN = "Nothing was written to the workbook.";

/** The refusal for a kind the pane does not read, or null when it reads it. */
export function refusalFor(kind: PickedKind, name: string): UserFacingError | null {
  switch (kind) {
    case "doc":
      return new UserFacingError(
        "pane-file-doc",
        `Tệp “${name}” là tệp Word cũ (.doc); bảng điều khiển chỉ đọc được tệp Word .docx. ${SAVE_AS_VI} ${NOTHING_VI}`,
        `“${name}” is an old Word file (.doc); the pane reads Word files as .docx only. ${SAVE_AS_EN} ${NOTHING_EN}`,
      );
    case "odt":
      return new UserFacingError(
        "pane-file-odt",
        `Tệp “${name}” là văn bản OpenDocument (.odt); bảng điều khiển chỉ đọc được tệp Word .docx. Hãy mở tệp trong Word (hoặc LibreOffice Writer), chọn Tệp → Lưu thành → Tài liệu Word (*.docx), rồi chọn tệp .docx đó ở đây. ${NOTHING_VI}`,
        `“${name}” is an OpenDocument text (.odt); the pane reads Word files as .docx only. Open it in Word (or LibreOffice Writer), choose File → Save As → Word Document (*.docx), and pick that .docx here. ${NOTHING_EN}`,
      );
    case "rtf":
      return new UserFacingError(
        "pane-file-rtf",
        `Tệp “${name}” là tệp RTF; bảng điều khiển chỉ đọc được tệp Word .docx. ${SAVE_AS_VI} ${NOTHING_VI}`,
        `“${name}” is an RTF file; the pane reads Word files as .docx only. ${SAVE_AS_EN} ${NOTHING_EN}`,
      );
    case "pdf":
      return new UserFacingError(
        "pane-file-pdf",
        `Tệp “${name}” là PDF: PDF không giữ bảng nhiệm vụ thành bảng. Tốt nhất là dùng tệp Word gốc của kế hoạch; nếu chỉ có PDF, hãy mở nó bằng Word (Tệp → Mở; Word dựng lại các bảng), chọn Tệp → Lưu thành → Tài liệu Word (*.docx), rồi chọn tệp .docx đó ở đây. ${NOTHING_VI}`,
        `“${name}” is a PDF, which does not keep the task table as a table. The plan's original Word file is best; if there is only the PDF, open it in Word (File → Open; Word rebuilds the tables), choose File → Save As → Word Document (*.docx), and pick that .docx here. ${NOTHING_EN}`,
      );
    case "macro":
      return new UserFacingError(
        "pane-file-macro",
        `Tệp “${name}” là tệp Word có macro (.docm/.dotm): tệp này không được mở vì macro có thể chạy mã. Trong Word, chọn Tệp → Lưu thành → Tài liệu Word (*.docx) (macro sẽ bị bỏ), rồi chọn tệp .docx đó ở đây. ${NOTHING_VI}`,
        `“${name}” is a macro-enabled Word file (.docm/.dotm): it is not opened, since macros can run code. In Word, choose File → Save As → Word Document (*.docx) (the macros are dropped), and pick that .docx here. ${NOTHING_EN}`,
      );
    default:
      return null;
  }
}

const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);

function tooLarge(name: string, size: number, max: number, word: boolean): UserFacingError {
  return word
    ? new UserFacingError(
        "docx-too-large",
        `Tệp Word “${name}” quá lớn (${mb(size)} MB; tối đa ${mb(max)} MB). Kế hoạch thường dưới 2 MB: hãy xóa hình ảnh trong tệp (hoặc lưu một bản chỉ có văn bản) rồi chọn lại. ${NOTHING_VI}`,
        `The Word file “${name}” is too large (${mb(size)} MB; at most ${mb(max)} MB). A plan is usually under 2 MB: remove the pictures (or save a copy with the text only) and pick it again. ${NOTHING_EN}`,
      )
    : new UserFacingError(
        "text-too-large",
        `Tệp “${name}” quá lớn (${mb(size)} MB; tối đa ${mb(max)} MB): đây không giống một văn bản kế hoạch. Hãy chọn tệp chỉ chứa nội dung kế hoạch. ${NOTHING_VI}`,
        `“${name}” is too large (${mb(size)} MB; at most ${mb(max)} MB): this does not look like a plan document. Pick a file holding only the plan. ${NOTHING_EN}`,
      );
}

function unreadable(name: string): UserFacingError {
  return new UserFacingError(
    "file-unreadable",
    `Không đọc được tệp “${name}” (có thể tệp đã bị chuyển đi, đổi tên hoặc đang bị chương trình khác khóa). Hãy chọn lại tệp, hoặc dán nội dung kế hoạch vào ô. ${NOTHING_VI}`,
    `Could not read “${name}” (it may have been moved, renamed or locked by another program). Pick it again, or paste the plan's text into the box. ${NOTHING_EN}`,
  );
}

/** A blob's bytes, read locally with FileReader, reporting how much is read. */
export function readBytes(blob: Blob, name: string, onProgress?: Fraction): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(unreadable(name));
    reader.readAsArrayBuffer(blob);
  });
}

/** UTF-16 without its BOM (some converters write it): every second byte of ASCII text is zero. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0 && bytes[i - 1] !== 0) zeros++;
  return zeros >= (n / 2) * 0.6;
}

/**
 * The encoding a text file is read in, from its first bytes: UTF-8 (BOM or not); UTF-16 with a BOM
 * (Word's "Unicode" text) or little-endian without one; or the charset an HTML page declares.
 * (FileReader follows a BOM whatever it is told, and reads a label it does not know as UTF-8.) What
 * is not text comes out as it decodes, and the import's own checks (binary, legacy fonts, garbled
 * letters) say what to do with it.
 */
export function textEncoding(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (looksLikeUtf16le(head)) return "utf-16le";
  const start = latin1(head);
  if (/<(?:!doctype\s+html|html|meta|head)\b/i.test(start)) {
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(start);
    if (m) return m[1].toLowerCase();
  }
  return "utf-8";
}

/** A text file's text, decoded by FileReader in `encoding`. */
function readText(blob: Blob, name: string, encoding: string, onProgress?: Fraction): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    reader.onload = () => resolve(typeof reader.result === "string" ? reader.result : "");
    reader.onerror = () => reject(unreadable(name));
    reader.readAsText(blob, encoding);
  });
}

type DocxReader = typeof import("../readers/docx");

/** The Word reader's chunk, fetched on the first .docx picked (webpack fetches it again after a failure). */
export function loadDocxReader(): Promise<DocxReader> {
  return import(/* webpackChunkName: "docx-reader" */ "../readers/docx").catch((error: unknown) => {
    throw new UserFacingError(
      "docx-reader-unavailable",
      `Không tải được phần đọc tệp Word của bảng điều khiển (${error instanceof Error ? error.message : String(error)}). Hãy thử chọn lại tệp; nếu vẫn lỗi, đóng rồi mở lại bảng điều khiển. ${NOTHING_VI}`,
      `The pane could not load its Word file reader (${error instanceof Error ? error.message : String(error)}). Pick the file again; if it keeps failing, close and reopen the pane. ${NOTHING_EN}`,
    );
  });
}

/**
 * Reads a picked file: refuses what the pane does not read before reading it; reads the rest
 * locally (progress: the bytes first, then the Word reader's work), a .docx into the document model
 * (the reader refuses a damaged, encrypted, macro-enabled or oversized one with what to do).
 */
export async function readPickedPlan(file: File, onProgress?: Fraction): Promise<PickedPlan> {
  const name = file.name;
  const head = await readBytes(file.slice(0, HEAD_BYTES), name);
  const kind = pickedKind(name, head);
  const refusal = refusalFor(kind, name);
  if (refusal) throw refusal;
  if (kind === "text") {
    if (file.size > MAX_TEXT_BYTES) throw tooLarge(name, file.size, MAX_TEXT_BYTES, false);
    const text = await readText(file, name, textEncoding(head), onProgress);
    return { kind: "text", name, text };
  }
  if (file.size > MAX_WORD_BYTES) throw tooLarge(name, file.size, MAX_WORD_BYTES, true);
  // The reader's chunk comes while the bytes are read.
  const reader = loadDocxReader();
  reader.catch(() => undefined);
  const bytes = await readBytes(file, name, (f) => onProgress?.(0.7 * f));
  const { readDocx } = await reader;
  onProgress?.(0.7);
  const document = await readDocx(bytes);
  onProgress?.(1);
  return { kind: "docx", name, document };
}
