import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { UserFacingError } from "../app/errors";
import type { PlanSource } from "../app/importPlan";
import { MAX_DOCX_BYTES, readDocx } from "../readers/docx";
import { convertToDocx, type ConvertibleKind } from "./convert";
import { readPlanTextFile } from "./readInput";

/** What a file is, from its first bytes first (a .doc saved as web page is HTML), then its name. */
export type PlanFileKind = "text" | "docx" | "macro" | ConvertibleKind;

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function planFileKind(file: string, head: Buffer): PlanFileKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".docm" || ext === ".dotm") return "macro";
  const latin = head.toString("latin1");
  if (latin.startsWith("PK\u0003\u0004")) {
    // An OpenDocument zip names its type in an uncompressed "mimetype" entry at offset 30.
    if (latin.includes("application/vnd.oasis.opendocument.text")) return "odt";
    return ext === ".odt" || ext === ".ott" ? "odt" : "docx";
  }
  if (latin.startsWith("%PDF")) return "pdf";
  if (latin.startsWith("{\\rtf")) return "rtf";
  // A Word 97–2003 file; a .docx in this wrapper is a password-protected one, for the .docx reader.
  if (head.subarray(0, 8).equals(OLE2)) return ext === ".docx" ? "docx" : "doc";
  return "text";
}

function readHead(file: string, n = 128): Buffer {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const buf = Buffer.alloc(n);
    return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0));
  } catch {
    return Buffer.alloc(0); // missing, a folder, unreadable: the text path says which, in its words
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The plan in `file`, as the import use cases take it: the text of .txt/.html/.htm (and anything
 * else that is text), or the document model of a .docx — read directly, or converted from
 * .doc/.odt/.rtf/.pdf by LibreOffice first. Macro-enabled Word files are refused.
 */
export async function readPlanFile(file: string): Promise<PlanSource> {
  const kind = planFileKind(file, readHead(file));
  switch (kind) {
    case "text":
      return readPlanTextFile(file);
    case "macro":
      throw new UserFacingError(
        "docx-macro-enabled",
        `Tệp "${file}" là tệp Word có macro (.docm/.dotm): tệp này không được mở vì macro có thể chạy mã. Trong Word, chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó.`,
        `"${file}" is a macro-enabled Word file (.docm/.dotm): it is not opened, since macros can run code. In Word, use File → Save As → Word Document (.docx) and import that file.`,
      );
    case "docx":
      return readDocx(readWordFile(file));
    case "pdf":
      return readPdf(file, await convertToDocx(file, { kind }));
    default:
      return readDocx(await convertToDocx(file, { kind }));
  }
}

/**
 * A PDF as LibreOffice converts it. Its PDF import places each line of the page in a text frame of
 * its own, without paragraphs or tables, and the Word reader reads paragraphs and tables: such a
 * document is refused with the way through Word, which rebuilds the tables.
 */
async function readPdf(file: string, docx: Buffer): Promise<PlanSource> {
  const xml = (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";
  const outsideFrames = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, "").replace(/<w:txbxContent>[\s\S]*?<\/w:txbxContent>/g, "");
  if (!/<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/.test(outsideFrames)) {
    throw new UserFacingError(
      "pdf-positioned-text",
      `Tệp "${file}" là PDF: LibreOffice chỉ lấy ra được từng dòng chữ rời đặt theo vị trí trên trang, không còn đoạn văn và bảng, nên không đọc được bảng nhiệm vụ. Hãy mở tệp PDF bằng Word (Tệp → Mở; Word dựng lại bảng), chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó; tốt nhất là dùng tệp Word gốc của kế hoạch. Chưa có gì được ghi.`,
      `"${file}" is a PDF: LibreOffice gives only separate lines of text placed on the page, without paragraphs or tables, so the task table cannot be read. Open the PDF in Word (File → Open; Word rebuilds the tables), use File → Save As → Word Document (.docx), and import that .docx; the plan's original Word file is better still. Nothing was written.`,
    );
  }
  return readDocx(docx);
}

/** A Word file's bytes; one too large to be a plan is refused before it is read. */
function readWordFile(file: string): Buffer {
  const size = fs.statSync(file).size;
  if (size > MAX_DOCX_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0);
    throw new UserFacingError(
      "docx-too-large",
      `Tệp Word "${file}" quá lớn (${mb(size)} MB; tối đa ${mb(MAX_DOCX_BYTES)} MB). Kế hoạch thường dưới 2 MB: hãy xóa hình ảnh trong tệp (hoặc lưu một bản chỉ có văn bản) rồi nhập lại.`,
      `The Word file "${file}" is too large (${mb(size)} MB; at most ${mb(MAX_DOCX_BYTES)} MB). A plan is usually under 2 MB: remove the pictures (or save a copy with the text only) and import it again.`,
    );
  }
  return fs.readFileSync(file);
}
