import * as fs from "fs";
import * as path from "path";
import { UserFacingError } from "../app/errors";
import { importPlanText, previewImport } from "../app/importPlan";
import type { WorkbookPort } from "../app/port";
import type { CommandOptions, ImportOutcome } from "../app/types";
import type { PlanModel } from "../core/plan/workbookModel";
import type { Issue } from "../core/validate/issue";
import { convertToDocx, type ConvertibleKind } from "./convert";
import { readBytes, readPlanTextFile } from "./readInput";

/**
 * A plan document read from a file, ready to preview or import. Whatever the file was (text, HTML,
 * Word, or converted by LibreOffice), the import command only sees this.
 */
export interface PlanSource {
  /** What an import would find, with nothing written. */
  preview(opts: CommandOptions): { readonly model: PlanModel; readonly issues: readonly Issue[] };
  /** Brings the plan into the workbook behind `port`. */
  importInto(port: WorkbookPort, opts: CommandOptions): Promise<ImportOutcome>;
}

export function textSource(text: string): PlanSource {
  return {
    preview: (opts) => previewImport(text, opts),
    importInto: (port, opts) => importPlanText(port, text, opts),
  };
}

/** What a file is, from its first bytes first (a .doc saved as web page is HTML), then its name. */
export type PlanFileKind = "text" | "docx" | "macro" | ConvertibleKind;

/** A Word file larger than this is not a plan (a plan with pictures is a few MB). */
export const MAX_WORD_BYTES = 25_000_000;

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
 * The plan in `file`: .txt/.html/.htm (and anything else that is text) through the text reader;
 * .docx through the Word reader; .doc/.odt/.rtf/.pdf converted to .docx by LibreOffice first;
 * macro-enabled Word files refused.
 */
export async function readPlanFile(file: string): Promise<PlanSource> {
  const kind = planFileKind(file, readHead(file));
  switch (kind) {
    case "text":
      return textSource(readPlanTextFile(file));
    case "macro":
      throw new UserFacingError(
        "docx-macro-enabled",
        `Tệp "${file}" là tệp Word có macro (.docm/.dotm): tệp này không được mở vì macro có thể chạy mã. Trong Word, chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó.`,
        `"${file}" is a macro-enabled Word file (.docm/.dotm): it is not opened, since macros can run code. In Word, use File → Save As → Word Document (.docx) and import that file.`,
      );
    case "docx":
      return wordSource(file, readBytes(file, MAX_WORD_BYTES));
    default:
      return wordSource(file, await convertToDocx(file, { kind }), kind);
  }
}

/**
 * The .docx path, for a Word file and for what LibreOffice converted. The Word reader
 * (src/readers/docx.ts) plugs in here: read `bytes` into the one document model and return a
 * PlanSource over the app's document import. Until it does, a Word file is refused as before,
 * with what to do instead.
 */
async function wordSource(file: string, bytes: Buffer, convertedFrom?: ConvertibleKind): Promise<PlanSource> {
  if (!convertedFrom) return textSource(readPlanTextFile(file)); // refuses a zip: "save as Plain Text"
  void bytes;
  throw new UserFacingError(
    "docx-not-read",
    `Đã chuyển "${file}" sang .docx nhưng phiên bản này chưa đọc được tệp Word. Trong Word, chọn Lưu thành → Văn bản thuần (.txt, mã hóa UTF-8), rồi nhập tệp .txt đó.`,
    `"${file}" was converted to .docx, but this version does not read Word files yet. In Word, use Save As → Plain Text (.txt, UTF-8 encoding) and import that file.`,
  );
}
