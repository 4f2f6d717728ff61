import * as fs from "fs";
import { UserFacingError } from "../app/errors";
import { MAX_PLAN_CHARS } from "../app/importPlan";
import { looksLikeHtml } from "../core/text/html";

const fail = (code: string, vi: string, en: string): never => {
  throw new UserFacingError(code, vi, en);
};

/** The file's bytes, or a clear error when it is missing, a folder, or larger than `maxBytes`. */
export function readBytes(path: string, maxBytes = Infinity): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    return fail("file-missing", `Không tìm thấy tệp "${path}". Hãy kiểm tra đường dẫn.`, `File not found: "${path}". Check the path.`);
  }
  if (stat.isDirectory()) {
    fail("file-is-folder", `"${path}" là thư mục, không phải tệp. Hãy chỉ ra tệp cần đọc.`, `"${path}" is a folder, not a file. Name the file to read.`);
  }
  if (stat.size > maxBytes) {
    // Refused before reading: a multi-gigabyte file must not be loaded to be told it is too big.
    fail(
      "text-too-large",
      `Tệp "${path}" quá lớn (${(stat.size / 1e6).toFixed(1)} MB; tối đa ${maxBytes / 1e6} MB): đây không giống một văn bản kế hoạch. Hãy nhập tệp chỉ chứa nội dung kế hoạch.`,
      `"${path}" is too large (${(stat.size / 1e6).toFixed(1)} MB; at most ${maxBytes / 1e6} MB): this does not look like a plan document. Import a file holding only the plan's text.`,
    );
  }
  try {
    return fs.readFileSync(path);
  } catch (e) {
    return fail("file-unreadable", `Không đọc được tệp "${path}": ${(e as Error).message}.`, `Cannot read "${path}": ${(e as Error).message}.`);
  }
}

/**
 * A plan document's text: UTF-8 (BOM or not) or UTF-16 with a BOM (Word's "Unicode" text). Empty,
 * binary and legacy-encoded (TCVN3, Windows-1258) files are refused with what to do instead.
 */
export function readPlanTextFile(path: string): string {
  // An HTML page may carry far more markup than text; the text itself is limited by planText().
  const bytes = readBytes(path, 10 * MAX_PLAN_CHARS);
  if (bytes.length === 0 || bytes.toString("latin1").trim() === "") {
    fail("text-empty", `Tệp "${path}" trống. Hãy lưu nội dung kế hoạch vào tệp rồi thử lại.`, `The file "${path}" is empty. Save the plan's text into it and try again.`);
  }
  const head = bytes.subarray(0, 8).toString("latin1");
  if (head.startsWith("PK")) {
    fail(
      "text-is-zip",
      `Tệp "${path}" là tệp nén (.docx/.xlsx), không phải văn bản. Trong Word, chọn Lưu thành → Văn bản thuần (.txt, mã hóa UTF-8), rồi nhập tệp .txt đó.`,
      `"${path}" is a zip file (.docx/.xlsx), not text. In Word, use Save As → Plain Text (.txt, UTF-8 encoding) and import that file.`,
    );
  }
  if (head.startsWith("%PDF")) {
    fail("text-is-pdf", `Tệp "${path}" là PDF. Hãy sao chép nội dung ra tệp .txt (UTF-8) rồi nhập.`, `"${path}" is a PDF. Copy its text into a .txt file (UTF-8) and import that.`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksLikeUtf16le(bytes)) return new TextDecoder("utf-16le").decode(bytes);
  const declared = htmlCharset(bytes);
  if (declared) return declared;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    fail("text-binary", `Tệp "${path}" không phải văn bản (có byte nhị phân ở vị trí ${nul}). Hãy nhập tệp .txt chứa nội dung kế hoạch.`, `"${path}" is not text (binary byte at offset ${nul}). Import a .txt file holding the plan's text.`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, bad).toString("latin1").split("\n").length;
    return fail(
      "text-not-utf8",
      `Tệp "${path}" không phải Unicode UTF-8 (dòng ${line}): có thể là mã TCVN3 (ABC) hoặc Windows-1258. Hãy chuyển sang Unicode (ví dụ Unikey → Công cụ chuyển mã) và lưu lại dạng UTF-8.`,
      `"${path}" is not UTF-8 Unicode text (line ${line}): it may be TCVN3 (ABC) or Windows-1258. Convert it to Unicode (e.g. Unikey's converter) and save it as UTF-8.`,
    );
  }
}

/** UTF-16 without its BOM (some converters write it): every second byte of ASCII text is zero. */
function looksLikeUtf16le(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return false;
  let zerosOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) return false;
    if (bytes[i + 1] === 0) zerosOdd++;
  }
  return zerosOdd >= (n / 2) * 0.6;
}

/**
 * An HTML page decoded in the character set it declares (Word's "Save as Web Page" writes
 * windows-1258 on a Vietnamese Windows), or null when it is not HTML, declares UTF-8 or nothing,
 * or names a set this runtime cannot decode.
 */
function htmlCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString("latin1");
  if (!looksLikeHtml(head)) return null;
  const m = /<meta[^>]*charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  const charset = m?.[1].toLowerCase();
  if (!charset || charset === "utf-8" || charset === "utf8") return null;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return null;
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || bytes[i + k] >> 6 !== 2) return i;
    i += len;
  }
  return bytes.length;
}
