import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import JSZip from "jszip";
import { UserFacingError } from "../app/errors";
import { readBytes } from "./readInput";

/** Documents the CLI reads by having LibreOffice convert them to .docx first. */
export type ConvertibleKind = "doc" | "odt" | "rtf" | "pdf";

export const CONVERT_TIMEOUT_MS = 60_000;
/** Larger than this is not a plan document; refused before LibreOffice is started. */
export const MAX_CONVERT_BYTES = 25_000_000;

export interface ConvertOptions {
  /** What the file is (default: from its extension). */
  readonly kind?: ConvertibleKind;
  readonly timeoutMs?: number;
  /** Where LIBREOFFICE and PATH are looked up, and LibreOffice's environment (default: this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

const KINDS: Record<ConvertibleKind, { vi: string; en: string; ext: string }> = {
  doc: { vi: "văn bản Word 97–2003 (.doc)", en: "a Word 97–2003 document (.doc)", ext: "doc" },
  odt: { vi: "văn bản OpenDocument (.odt)", en: "an OpenDocument text (.odt)", ext: "odt" },
  rtf: { vi: "văn bản RTF (.rtf)", en: "an RTF document (.rtf)", ext: "rtf" },
  pdf: { vi: "PDF", en: "a PDF", ext: "pdf" },
};

export function convertibleKind(file: string): ConvertibleKind | null {
  const ext = path.extname(file).toLowerCase().slice(1);
  if (ext === "dot") return "doc";
  if (ext === "ott") return "odt";
  return ext in KINDS ? (ext as ConvertibleKind) : null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * LibreOffice's soffice: the LIBREOFFICE variable when set (the program, or the folder it is
 * installed in), else soffice or libreoffice on PATH, else where its installers put it on Windows
 * and macOS. Null when there is none.
 */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const exe = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  const named = env.LIBREOFFICE?.trim();
  if (named) {
    const inside = [named, ...exe.flatMap((n) => [path.join(named, n), path.join(named, "program", n)])];
    return inside.find(isFile) ?? null;
  }
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) for (const n of exe) if (isFile(path.join(dir, n))) return path.join(dir, n);
  const installed =
    process.platform === "win32"
      ? [env.ProgramFiles, env["ProgramFiles(x86)"]].filter((d): d is string => !!d).map((d) => path.join(d, "LibreOffice", "program", "soffice.exe"))
      : process.platform === "darwin"
        ? ["/Applications/LibreOffice.app/Contents/MacOS/soffice"]
        : [];
  return installed.find(isFile) ?? null;
}

function saveAsDocx(kind: ConvertibleKind): { vi: string; en: string } {
  return kind === "pdf"
    ? {
        vi: "Hãy mở tệp PDF bằng Word (Tệp → Mở; Word sẽ chuyển đổi nội dung), chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó.",
        en: "Open the PDF in Word (File → Open; Word converts it), use File → Save As → Word Document (.docx), and import that .docx.",
      }
    : {
        vi: "Hãy mở tệp bằng Word, chọn Tệp → Lưu thành → Tài liệu Word (.docx), rồi nhập tệp .docx đó.",
        en: "Open it in Word, use File → Save As → Word Document (.docx), and import that .docx.",
      };
}

function unavailable(file: string, kind: ConvertibleKind, env: NodeJS.ProcessEnv): UserFacingError {
  const k = KINDS[kind];
  const advice = saveAsDocx(kind);
  const where = env.LIBREOFFICE?.trim()
    ? { vi: `biến LIBREOFFICE chỉ đến "${env.LIBREOFFICE.trim()}", nơi không có LibreOffice`, en: `LIBREOFFICE names "${env.LIBREOFFICE.trim()}", where there is no LibreOffice` }
    : { vi: "không tìm thấy soffice hay libreoffice trên PATH", en: "no soffice or libreoffice on PATH" };
  return new UserFacingError(
    "convert-unavailable",
    `Tệp "${file}" là ${k.vi}: cần LibreOffice để chuyển sang .docx, nhưng máy này chưa có LibreOffice (${where.vi}). ${advice.vi} Hoặc cài LibreOffice rồi chạy lại. Chưa có gì được ghi.`,
    `"${file}" is ${k.en}: reading it needs LibreOffice to convert it to .docx, and LibreOffice is not installed here (${where.en}). ${advice.en} Or install LibreOffice and run again. Nothing was written.`,
  );
}

function failed(file: string, kind: ConvertibleKind, why: { vi: string; en: string }): UserFacingError {
  const k = KINDS[kind];
  const advice = saveAsDocx(kind);
  return new UserFacingError(
    "convert-failed",
    `Tệp "${file}" là ${k.vi}, nhưng LibreOffice không chuyển được sang .docx (${why.vi}). ${advice.vi} Chưa có gì được ghi.`,
    `"${file}" is ${k.en}, but LibreOffice could not convert it to .docx (${why.en}). ${advice.en} Nothing was written.`,
  );
}

interface Run {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stderr: string;
  readonly spawnError?: Error;
}

/** Runs soffice, killing it and whatever it started when it takes longer than `timeoutMs`. */
function runSoffice(soffice: string, args: readonly string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    // Its own process group on POSIX: soffice is a script that starts soffice.bin, and a timeout
    // must stop both.
    const posix = process.platform !== "win32";
    const child = spawn(soffice, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: posix, windowsHide: true });
    let stderr = "";
    let timedOut = false;
    let spawnError: Error | undefined;
    child.stdout.on("data", () => undefined);
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString("utf8");
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (posix && child.pid) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (e) => (spawnError = e));
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderr, spawnError });
    });
  });
}

/** LibreOffice's own complaint, without its start-up noise (Java not found and the like). */
function complaint(stderr: string): string {
  return stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/javaldx|java may not function/i.test(l))
    .join(" ")
    .slice(0, 300);
}

/** The words of a .docx (body, tables and text boxes), or "" when it holds none. */
async function docxText(docx: Buffer): Promise<string> {
  try {
    const xml = (await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string")) ?? "";
    return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ").trim();
  } catch {
    return "";
  }
}

/**
 * `file` (.doc, .odt, .rtf or .pdf) as .docx bytes, converted by LibreOffice in a fresh profile and
 * temporary folders that are removed afterwards. A UserFacingError when LibreOffice is absent,
 * fails or takes longer than the timeout, saying how to save the file as .docx in Word instead.
 */
export async function convertToDocx(file: string, options: ConvertOptions = {}): Promise<Buffer> {
  const kind = options.kind ?? convertibleKind(file);
  if (!kind) throw new Error(`convertToDocx: not a .doc, .odt, .rtf or .pdf file: ${file}`);
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? CONVERT_TIMEOUT_MS;
  const bytes = readBytes(file, MAX_CONVERT_BYTES);
  // A PDF ends with %%EOF (within its last 1,024 bytes, as readers allow): one cut short by a
  // download is refused at once, without waiting for LibreOffice to say it cannot read it.
  if (kind === "pdf" && !bytes.subarray(-1024).toString("latin1").includes("%%EOF")) {
    throw failed(file, kind, { vi: "tệp bị hỏng hoặc không đầy đủ: thiếu phần kết thúc của PDF", en: "it is damaged or incomplete: the PDF's end is missing" });
  }
  const soffice = findLibreOffice(env);
  if (!soffice) throw unavailable(file, kind, env);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-convert-"));
  try {
    // Under a plain ASCII name with the right extension: LibreOffice need not cope with the user's
    // file name, and a fresh profile keeps it apart from a LibreOffice the user has open.
    const input = path.join(tmp, "in", `plan.${KINDS[kind].ext}`);
    const outDir = path.join(tmp, "out");
    fs.mkdirSync(path.dirname(input));
    fs.mkdirSync(outDir);
    fs.writeFileSync(input, bytes);
    const args = [
      `-env:UserInstallation=${pathToFileURL(path.join(tmp, "profile")).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      ...(kind === "pdf" ? ["--infilter=writer_pdf_import"] : []),
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      outDir,
      input,
    ];
    const run = await runSoffice(soffice, args, env, timeoutMs);
    const output = path.join(outDir, "plan.docx");
    if (run.timedOut) {
      const s = timeoutMs / 1000;
      throw failed(file, kind, { vi: `quá ${s} giây mà chưa xong`, en: `it took longer than ${s} second${s === 1 ? "" : "s"}` });
    }
    if (run.spawnError || !isFile(output)) {
      if (kind === "pdf" && bytes.includes("/Encrypt")) {
        throw failed(file, kind, { vi: "tệp PDF có mật khẩu; hãy bỏ mật khẩu rồi thử lại", en: "the PDF is password-protected; remove the password and try again" });
      }
      const said = run.spawnError ? run.spawnError.message : complaint(run.stderr);
      // Calc alone is installed: it cannot open Word files and says only this.
      const writer = /could not be loaded/i.test(said) ? { vi: "; có thể máy thiếu LibreOffice Writer", en: "; LibreOffice Writer may be missing" } : { vi: "", en: "" };
      const code = run.code === null ? "" : ` (exit ${run.code})`;
      throw failed(file, kind, { vi: `${said || "không có tệp kết quả"}${code}${writer.vi}`, en: `${said || "no output file"}${code}${writer.en}` });
    }
    const docx = fs.readFileSync(output);
    if (docx.subarray(0, 2).toString("latin1") !== "PK") throw failed(file, kind, { vi: "kết quả không phải tệp .docx", en: "the result is not a .docx" });
    const text = kind === "pdf" ? await docxText(docx) : "";
    // LibreOffice's PDF import writes this sentence as the document when it cannot read the PDF.
    if (kind === "pdf" && /^(This PDF file is encrypted and can(&apos;|')t be opened\.\s*)+$/.test(text)) {
      throw failed(file, kind, { vi: "tệp có mật khẩu hoặc bị hỏng", en: "it is password-protected or damaged" });
    }
    if (kind === "pdf" && !text) {
      throw new UserFacingError(
        "pdf-no-text",
        `Tệp "${file}" là PDF nhưng không có chữ để đọc (có thể là bản quét hoặc ảnh chụp). Hãy dùng tệp Word (.docx) gốc của kế hoạch, hoặc nhận dạng chữ (OCR) rồi lưu thành .docx. Chưa có gì được ghi.`,
        `"${file}" is a PDF with no text in it to read (a scan or a photo, perhaps). Use the plan's original Word file (.docx), or run text recognition (OCR) and save the result as .docx. Nothing was written.`,
      );
    }
    return docx;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
