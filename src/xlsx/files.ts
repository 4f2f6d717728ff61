/**
 * Opening and saving .xlsx files for the CLI. A file that cannot be used raises a UserFacingError
 * (the CLI's exit 2) naming the file and what to do; saving never leaves a half-written file.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { UserFacingError } from "../app/errors";
import { captureDrawings } from "./drawingParts";
import { captureDefinedNames, captureExtras } from "./packageExtras";
import { workbookBytes } from "./packageWriter";
import { getLoadedFrom, setLoadedFrom } from "./sheetDrawings";
import { repairLoadedTables } from "./sheets";
import { XlsxWorkbookPort } from "./xlsxPort";
import { attributes, rootElement } from "./xml";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Compound File Binary: old .xls, and any Office file protected with a password.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

function notXlsx(file: string, why: { vi: string; en: string }): UserFacingError {
  return new UserFacingError(
    "file-not-xlsx",
    `Không mở được tệp «${file}»: ${why.vi} Hãy mở tệp bằng Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”, rồi chạy lại với tệp .xlsx đó.`,
    `Cannot open "${file}": ${why.en} Open it in Excel and save it as "Excel Workbook (*.xlsx)", then run again with that .xlsx file.`,
  );
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new UserFacingError(
        "file-not-found",
        `Không tìm thấy tệp «${file}». Hãy kiểm tra lại đường dẫn và tên tệp.`,
        `File "${file}" does not exist. Check the path and the file name.`,
      );
    }
    throw new UserFacingError(
      "file-unreadable",
      `Không đọc được tệp «${file}» (${code ?? String(error)}). Hãy kiểm tra quyền truy cập, hoặc đóng tệp nếu đang mở ở chương trình khác.`,
      `Cannot read "${file}" (${code ?? String(error)}). Check that you may read it, or close it if another program holds it.`,
    );
  }
}

/** Names of tables whose XML says headerRowCount="0" (exceljs cannot tell them from the default). */
async function headerlessTables(zip: JSZip): Promise<Set<string>> {
  const names = new Set<string>();
  for (const p of Object.keys(zip.files).filter((f) => /^xl\/tables\/[^/]+\.xml$/.test(f))) {
    const xml = await (zip.file(p) as JSZip.JSZipObject).async("string");
    const a = attributes(xml, rootElement(xml));
    if (a.headerRowCount === "0") names.add(a.name);
  }
  return names;
}

/** Open an .xlsx file; anything else gives a UserFacingError saying what to do. */
export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const bytes = await readBytes(file);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw notXlsx(file, {
      vi: "đây là tệp Excel cũ (.xls) hoặc tệp đã đặt mật khẩu, chương trình không đọc được.",
      en: "it is an old Excel file (.xls) or a password-protected file, which cannot be read.",
    });
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw notXlsx(file, {
      vi: "đây không phải là sổ làm việc Excel (.xlsx).",
      en: "it is not an Excel workbook (.xlsx).",
    });
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notXlsx(file, { vi: "tệp bị hỏng hoặc không phải .xlsx.", en: "the file is damaged or not an .xlsx." });
  }
  if (!zip.file("xl/workbook.xml")) {
    throw notXlsx(file, {
      vi: "tệp nén này không phải là sổ làm việc Excel (có thể là tệp Word, ODS hoặc tệp .zip khác).",
      en: "this zip file is not an Excel workbook (it may be a Word, ODS or other .zip file).",
    });
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // What exceljs reads wrong or not at all, taken from the package itself.
    repairLoadedTables(wb, await headerlessTables(zip));
    await captureDrawings(zip, wb);
    await captureExtras(zip, wb);
    await captureDefinedNames(zip, wb);
  } catch (error) {
    throw new UserFacingError(
      "file-unreadable",
      `Không đọc được sổ làm việc «${file}»: ${(error as Error).message}. Hãy mở tệp bằng Excel, lưu lại rồi chạy lại.`,
      `Cannot read workbook "${file}": ${(error as Error).message}. Open it in Excel, save it again and run again.`,
    );
  }
  setLoadedFrom(wb, { path: file, hasMacros: Boolean(zip.file("xl/vbaProject.bin")) });
  return wb;
}

function cannotWrite(file: string, error: unknown): UserFacingError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const busy = code === "EBUSY" || code === "EPERM";
  return new UserFacingError(
    "file-not-writable",
    `Không ghi được tệp «${file}» (${code}). ` +
      (busy ? "Hãy đóng tệp nếu đang mở trong Excel, " : "Hãy kiểm tra thư mục và quyền ghi, ") +
      "rồi chạy lại. Tệp cũ (nếu có) vẫn nguyên vẹn.",
    `Cannot write "${file}" (${code}). ` +
      (busy ? "Close the file if Excel has it open, " : "Check the folder exists and may be written, ") +
      "then run again. The previous file, if any, is untouched.",
  );
}

/** An empty workbook for a new file. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Plan Tracker";
  wb.created = new Date();
  return wb;
}

/**
 * Save a workbook (or the one a port works on) to `file` atomically: the bytes go to a temporary
 * file in the same folder, which then replaces `file` in one rename. A failure at any point leaves
 * `file` as it was. The add-in's charts recorded by the port's apply() are written with it.
 */
export async function saveWorkbookFile(source: ExcelJS.Workbook | XlsxWorkbookPort, file: string): Promise<void> {
  const wb = source instanceof XlsxWorkbookPort ? source.workbook : source;
  const loaded = getLoadedFrom(wb);
  if (loaded?.hasMacros) {
    // exceljs cannot write macros back; refuse rather than drop them silently.
    throw new UserFacingError(
      "file-has-macros",
      `Sổ làm việc «${loaded.path}» có macro (VBA); lưu bằng dòng lệnh sẽ làm mất macro nên chưa ghi gì. ` +
        `Hãy dùng add-in trong Excel, hoặc lưu một bản .xlsx không có macro rồi chạy lại với bản đó.`,
      `Workbook "${loaded.path}" holds macros (VBA), which saving from the command line would lose, so ` +
        `nothing was written. Use the add-in inside Excel, or save a copy as .xlsx without macros and run on that.`,
    );
  }
  const bytes = await workbookBytes(wb);
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    // The new file keeps the permissions of the one it replaces.
    const mode = await fs.stat(target).then(
      (st) => st.mode & 0o777,
      () => 0o666,
    );
    const handle = await fs.open(temp, "wx", mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw cannotWrite(file, error);
  }
}
