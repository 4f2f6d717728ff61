/**
 * .doc, .odt, .rtf and .pdf through the installed LibreOffice: each made at test time from one HTML
 * plan (by soffice itself), converted back to .docx by convertToDocx, and the plan's words found in
 * word/document.xml; `import` then reads the plan's tasks from it (a PDF, whose import gives only
 * positioned lines of text, is refused with the way through Word). Then LibreOffice absent, failing
 * and hanging: a UserFacingError saying how to save the file as .docx in Word, exit 2 from the CLI,
 * nothing written, no temporary folder left.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import JSZip from "jszip";
import { UserFacingError } from "../../src/app/errors";
import { convertToDocx, findLibreOffice, type ConvertibleKind } from "../../src/cli/convert";
import { main } from "../../src/cli/main";

const ROOT = path.resolve(__dirname, "../..");
const SOFFICE = findLibreOffice();

/** A process still running (a killed one may linger as a zombie until its new parent reaps it). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] !== "Z";
  } catch {
    return false;
  }
}
const PLAN_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>
<p>LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU</p>
<p>Số: 42/KH-LĐLĐ</p>
<p>KẾ HOẠCH Tổ chức các hoạt động Tháng Công nhân năm 2026</p>
<table border="1">
<tr><th>TT</th><th>Nội dung</th><th>Đơn vị chủ trì</th><th>Thời gian</th></tr>
<tr><td>1</td><td>Phát động Tháng Công nhân</td><td>Ban Tuyên giáo</td><td>Tháng 4</td></tr>
<tr><td>2</td><td>Thăm hỏi đoàn viên khó khăn</td><td>Công đoàn ngành Giáo dục</td><td>Tháng 5</td></tr>
</table></body></html>`;
const WORDS = ["Tháng Công nhân năm 2026", "Thăm hỏi đoàn viên khó khăn", "Công đoàn ngành Giáo dục"];

let dir: string;
/** Where os.tmpdir() points during these tests: convertToDocx must leave nothing in it. */
let tmp: string;
const savedEnv = { ...process.env };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-convert-"));
  tmp = path.join(dir, "tmp");
  fs.mkdirSync(tmp);
  process.env.TMPDIR = tmp;
});
afterEach(() => {
  process.env = { ...savedEnv, TMPDIR: tmp };
});
afterAll(() => {
  process.env = savedEnv;
  fs.rmSync(dir, { recursive: true, force: true });
});

const ourTempFolders = () => fs.readdirSync(tmp).filter((f) => f.startsWith("plan-tracker-convert-"));

async function documentXml(docx: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")?.async("string");
  if (!xml) throw new Error("no word/document.xml");
  return xml;
}

/** The sample plan saved by LibreOffice in `kind`'s format (the way a user's old files are made). */
function makeSample(kind: ConvertibleKind): string {
  const html = path.join(dir, "plan.html");
  fs.writeFileSync(html, PLAN_HTML);
  const outDir = path.join(dir, "samples");
  const profile = pathToFileURL(path.join(dir, "profile")).href;
  const filter = { doc: "doc:MS Word 97", odt: "odt:writer8", rtf: "rtf:Rich Text Format", pdf: "pdf:writer_pdf_Export" }[kind];
  execFileSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, "--headless", '--infilter=HTML (StarWriter)', "--convert-to", filter, "--outdir", outDir, html], { stdio: "ignore", timeout: 120_000 });
  // A user's file name, with Vietnamese letters and spaces.
  const named = path.join(dir, `Kế hoạch tháng công nhân.${kind}`);
  fs.renameSync(path.join(outDir, `plan.${kind}`), named);
  return named;
}

describe("LibreOffice is installed here", () => {
  it("finds it", () => {
    expect(SOFFICE).not.toBeNull();
  });
});

describe.each<ConvertibleKind>(["odt", "rtf", "doc", "pdf"])("a .%s plan", (kind) => {
  let sample: string;
  beforeAll(() => {
    sample = makeSample(kind);
  }, 120_000);

  it("is converted to a .docx holding the plan's words, with no temporary folder left", async () => {
    const head = fs.readFileSync(sample).subarray(0, 5).toString("latin1");
    expect(head).toBe({ odt: "PK\u0003\u0004\u0014", rtf: "{\\rtf", doc: "\u00d0\u00cf\u0011\u00e0\u00a1", pdf: "%PDF-" }[kind]);
    const docx = await convertToDocx(sample);
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = await documentXml(docx);
    for (const words of WORDS) expect(xml).toContain(words);
    if (kind !== "pdf") expect(xml).toContain("<w:tbl>"); // the table stays a table (a PDF gives positioned text)
    expect(ourTempFolders()).toEqual([]);
  }, 120_000);

  it("imports with the CLI: the tasks the HTML plan holds, or for a PDF a refusal saying to go through Word; nothing written on refusal", async () => {
    const out = path.join(dir, `imported-${kind}.xlsx`);
    let stdout = "";
    let err = "";
    const code = await main(["import", sample, "-o", out, "--json", "--as-of", "2026-04-15"], { out: (s) => (stdout += s), err: (s) => (err += s) });
    if (kind === "pdf") {
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(err).toContain("là PDF: LibreOffice chỉ lấy ra được từng dòng chữ rời");
      expect(err).toContain("is a PDF: LibreOffice gives only separate lines of text placed on the page");
      expect(err).toContain("Open the PDF in Word (File → Open; Word rebuilds the tables), use File → Save As → Word Document (.docx)");
      expect(fs.existsSync(out)).toBe(false);
      return;
    }
    expect([code, err]).toEqual([0, ""]);
    const doc = JSON.parse(stdout);
    expect(doc.plan).toMatchObject({ number: "42/KH-LĐLĐ", title: "Tổ chức các hoạt động Tháng Công nhân năm 2026", year: 2026 });
    expect(doc.tasks.map((t: { id: string; content: string; leadUnits: string[]; deadline: string }) => [t.id, t.content, t.leadUnits, t.deadline])).toEqual([
      ["1", "Phát động Tháng Công nhân", ["Ban Tuyên giáo"], "2026-04-30"],
      ["2", "Thăm hỏi đoàn viên khó khăn", ["Công đoàn ngành Giáo dục"], "2026-05-31"],
    ]);
    expect(doc.written).toBe(path.resolve(out));
    expect(fs.readFileSync(out).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(ourTempFolders()).toEqual([]);
  }, 120_000);

  it("without LibreOffice (PATH emptied): exit 2, how to save it as .docx in Word, nothing written", async () => {
    process.env.PATH = "";
    delete process.env.LIBREOFFICE;
    const out = path.join(dir, `absent-${kind}.xlsx`);
    let err = "";
    let stdout = "";
    const code = await main(["import", sample, "-o", out], { out: (s) => (stdout += s), err: (s) => (err += s) });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(err).toMatch(/^Lỗi: .+\nError: .+\n$/);
    expect(err).toContain("Lưu thành → Tài liệu Word (.docx)");
    expect(err).toContain("Save As → Word Document (.docx)");
    expect(err).toContain("LibreOffice is not installed here (no soffice or libreoffice on PATH)");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("when LibreOffice is missing, fails or hangs", () => {
  let odt: string;
  beforeAll(() => {
    odt = path.join(dir, "sample.odt");
    fs.writeFileSync(odt, Buffer.from("PK\u0003\u0004 not really an odt", "latin1"));
  });

  const refusal = async (p: Promise<unknown>): Promise<UserFacingError> => {
    const e = await p.then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(UserFacingError);
    return e as UserFacingError;
  };

  it("LIBREOFFICE naming nothing: convert-unavailable, saying so, and the CLI exits 2 writing nothing", async () => {
    process.env.LIBREOFFICE = path.join(dir, "no", "such", "soffice");
    const e = await refusal(convertToDocx(odt));
    expect(e.code).toBe("convert-unavailable");
    expect(e.vi).toContain("biến LIBREOFFICE chỉ đến");
    expect(e.en).toContain(`LIBREOFFICE names "${process.env.LIBREOFFICE}", where there is no LibreOffice`);
    expect(e.en).toContain("File → Save As → Word Document (.docx)");

    const out = path.join(dir, "nowhere.xlsx");
    let err = "";
    expect(await main(["import", odt, "-o", out, "--json"], { out: () => undefined, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('is an OpenDocument text (.odt): reading it needs LibreOffice');
    expect(fs.existsSync(out)).toBe(false);
  });

  it("LIBREOFFICE naming the folder LibreOffice is installed in finds the program there", () => {
    const install = path.join(dir, "LibreOffice");
    fs.mkdirSync(path.join(install, "program"), { recursive: true });
    const program = path.join(install, "program", process.platform === "win32" ? "soffice.exe" : "soffice");
    fs.writeFileSync(program, "");
    expect(findLibreOffice({ LIBREOFFICE: install, PATH: "" })).toBe(program);
    expect(findLibreOffice({ PATH: path.join(install, "program") })).toBe(program);
    expect(findLibreOffice({ PATH: "" })).toBeNull();
  });

  /** A stand-in for soffice: a shell script doing what a broken or stuck LibreOffice does. */
  const fakeSoffice = (name: string, body: string): string => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return p;
  };

  it("LibreOffice failing (Calc alone cannot load Word files): convert-failed with its words and the advice", async () => {
    process.env.LIBREOFFICE = fakeSoffice("calc-only", 'echo "Error: source file could not be loaded" >&2\nexit 1');
    const e = await refusal(convertToDocx(odt));
    expect(e.code).toBe("convert-failed");
    expect(e.en).toContain("LibreOffice could not convert it to .docx (Error: source file could not be loaded (exit 1); LibreOffice Writer may be missing)");
    expect(e.vi).toContain("Tệp → Lưu thành → Tài liệu Word (.docx)");
    expect(ourTempFolders()).toEqual([]);
  });

  it("LibreOffice hanging: stopped at the time limit, with what it started, and its folders removed", async () => {
    const pids = path.join(dir, "pids");
    // The script starts a child and waits, as soffice starts soffice.bin.
    process.env.LIBREOFFICE = fakeSoffice("stuck", `sleep 300 &\necho $! > "${pids}"\necho $$ >> "${pids}"\nwait`);
    const e = await refusal(convertToDocx(odt, { timeoutMs: 1000 }));
    expect(e.code).toBe("convert-failed");
    expect(e.en).toContain("it took longer than 1 second");
    expect(e.vi).toContain("quá 1 giây");
    const alive = fs
      .readFileSync(pids, "utf8")
      .trim()
      .split("\n")
      .map(Number)
      .filter(running);
    expect(alive).toEqual([]);
    expect(ourTempFolders()).toEqual([]);
  }, 30_000);

  it("a PDF that is only a picture (a scan): pdf-no-text, pointing to the Word original", async () => {
    delete process.env.LIBREOFFICE;
    // A one-page PDF holding only an image, made the way a scanner's PDF is: a picture, no text.
    const html = path.join(dir, "scan.html");
    fs.copyFileSync(path.join(ROOT, "assets/icon-80.png"), path.join(dir, "scan.png"));
    fs.writeFileSync(html, '<html><body><p><img src="scan.png" width="400" height="400"></p></body></html>');
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    execFileSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", path.join(dir, "scans"), html], { stdio: "ignore", timeout: 120_000 });
    const e = await refusal(convertToDocx(path.join(dir, "scans", "scan.pdf")));
    expect(e.code).toBe("pdf-no-text");
    expect(e.vi).toContain("là PDF nhưng không có chữ");
    expect(e.en).toContain("is a PDF with no text in it to read (a scan or a photo, perhaps)");
    expect(ourTempFolders()).toEqual([]);
  }, 120_000);

  it("a PDF cut short (no %%EOF): convert-failed, damaged or incomplete, without starting LibreOffice", async () => {
    process.env.LIBREOFFICE = fakeSoffice("must-not-run-pdf", `touch "${path.join(dir, "ran-pdf")}"`);
    const cut = path.join(dir, "cut.pdf");
    fs.writeFileSync(cut, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    const e = await refusal(convertToDocx(cut));
    expect(e.code).toBe("convert-failed");
    expect(e.vi).toContain("là PDF, nhưng LibreOffice không chuyển được sang .docx (tệp bị hỏng hoặc không đầy đủ");
    expect(e.en).toContain("is a PDF, but LibreOffice could not convert it to .docx (it is damaged or incomplete");
    expect(e.en).toContain("Open the PDF in Word (File → Open; Word converts it)");
    expect(fs.existsSync(path.join(dir, "ran-pdf"))).toBe(false);
  });

  it("a PDF LibreOffice cannot read (its import writes 'This PDF file is encrypted…'): damaged or password-protected", async () => {
    delete process.env.LIBREOFFICE;
    const damaged = path.join(dir, "damaged.pdf");
    fs.writeFileSync(damaged, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
    const e = await refusal(convertToDocx(damaged));
    expect(e.code).toBe("convert-failed");
    expect(e.en).toContain("is a PDF, but LibreOffice could not convert it to .docx (it is password-protected or damaged)");
    expect(ourTempFolders()).toEqual([]);
  }, 120_000);

  it("a password-protected PDF: convert-failed, saying it has a password", async () => {
    delete process.env.LIBREOFFICE;
    const html = path.join(dir, "secret.html");
    fs.writeFileSync(html, PLAN_HTML);
    const profile = pathToFileURL(path.join(dir, "profile")).href;
    const encrypt = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    execFileSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, "--headless", "--infilter=HTML (StarWriter)", "--convert-to", encrypt, "--outdir", path.join(dir, "secret"), html], { stdio: "ignore", timeout: 120_000 });
    const e = await refusal(convertToDocx(path.join(dir, "secret", "secret.pdf")));
    expect(e.code).toBe("convert-failed");
    expect(e.vi).toContain("tệp PDF có mật khẩu");
    expect(e.en).toContain("the PDF is password-protected; remove the password and try again");
    expect(ourTempFolders()).toEqual([]);
  }, 120_000);

  it("a file too large to be a plan is refused before LibreOffice starts", async () => {
    const big = path.join(dir, "big.rtf");
    fs.writeFileSync(big, Buffer.alloc(26_000_000, 0x20));
    process.env.LIBREOFFICE = fakeSoffice("must-not-run", `touch "${path.join(dir, "ran")}"`);
    const e = await refusal(convertToDocx(big));
    expect(e.code).toBe("text-too-large");
    expect(fs.existsSync(path.join(dir, "ran"))).toBe(false);
  });
});
