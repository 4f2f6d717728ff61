/**
 * Bad Word files (issue #11): `plan-tracker import <file> -o out.xlsx` on a corrupt zip, a
 * password-protected file, a .docx with no table, a macro-enabled .docm, a zip bomb and a 50 MB file
 * exits 2 with a message in Vietnamese and English that names the problem, and writes nothing: no new
 * workbook, and an existing one left byte for byte as it was.
 *
 * The first four are committed in test/fixtures/bad-docx/ (rebuilt by `node scripts/make-fixtures.js
 * --bad`); the zip bomb and the 50 MB file are made here, in the system's temporary folder, and
 * removed afterwards.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import JSZip from "jszip";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin/plan-tracker.js");
const BAD = path.join(ROOT, "test/fixtures/bad-docx");
const GOOD_DOCX = path.join(ROOT, "test/fixtures/real-plans/commune-ubnd/plan.docx");
const MODEL_TEXT = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");
const MB = 1024 * 1024;

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tmpDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-bad-docx-"));
  made.push(dir);
  return dir;
};

function cli(...args: string[]): { code: number | null; message: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * MB, timeout: 180_000 });
  return { code: r.status, message: `${r.stderr ?? ""}${r.stdout ?? ""}` };
}

/**
 * A zip archive written entry by entry with the platform's zlib (JSZip's own deflate takes ~15 s on
 * 200 MB): each entry deflated at the given level, with its real CRC-32 and sizes, as any zip tool
 * writes them.
 */
function zipArchive(entries: { name: string; data: Buffer; level?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, level = 9 } of entries) {
    const packed = zlib.deflateRawSync(data, { level });
    const crc = zlib.crc32(data) >>> 0;
    const nameBuf = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, packed);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a real .docx, to build the generated files from. */
async function realParts(): Promise<{ name: string; data: Buffer }[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(GOOD_DOCX));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return Promise.all(names.map(async (name) => ({ name, data: await zip.file(name)!.async("nodebuffer") })));
}

/** A small .docx whose word/document.xml inflates to more than 200 MB of well-formed paragraphs. */
async function makeZipBomb(dir: string): Promise<string> {
  const paragraph = Buffer.from("<w:p><w:r><w:t>Kế hoạch công tác năm 2026 - nội dung lặp lại. </w:t></w:r></w:p>");
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
  );
  const tail = Buffer.from("</w:body></w:document>");
  const body = Buffer.concat([head, Buffer.alloc(210 * MB, paragraph), tail]);
  const parts = (await realParts()).map((p) => (p.name === "word/document.xml" ? { ...p, data: body } : p));
  const file = path.join(dir, "bomb.docx");
  fs.writeFileSync(file, zipArchive(parts));
  return file;
}

/** A real plan made larger than 50 MB by an embedded picture (incompressible bytes), as scanned annexes do. */
async function makeLargeFile(dir: string): Promise<string> {
  const parts: { name: string; data: Buffer; level?: number }[] = await realParts();
  const picture = Buffer.alloc(52 * MB);
  let seed = 0x2f6b1a3d;
  for (let i = 0; i + 4 <= picture.length; i += 4) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0; // a fixed pseudo-random sequence: the same file every run
    picture.writeUInt32LE(seed, i);
  }
  parts.push({ name: "word/media/image1.png", data: picture, level: 0 }); // stored: pictures do not compress
  const file = path.join(dir, "large.docx");
  fs.writeFileSync(file, zipArchive(parts));
  return file;
}

interface Case {
  what: string;
  file: () => string;
  /** Words that name the problem, in Vietnamese and in English. */
  vi: RegExp;
  en: RegExp;
  /** Further words the message must hold (what to do). */
  also?: RegExp[];
  /** The extension the file is imported under, when not its own. */
  ext?: string;
}

let bomb = "";
let large = "";
let workbook = "";

beforeAll(async () => {
  const dir = tmpDir();
  bomb = await makeZipBomb(dir);
  large = await makeLargeFile(dir);
  // An existing workbook, which a refused import must leave as it was.
  workbook = path.join(dir, "existing.xlsx");
  const r = cli("import", MODEL_TEXT, "-o", workbook, "--as-of", "2021-07-15");
  if (r.code !== 0) throw new Error(`could not make the existing workbook: ${r.message}`);
}, 300_000);

const CASES: Case[] = [
  { what: "a corrupt zip (a real .docx cut off half-way)", file: () => path.join(BAD, "corrupt.docx"), vi: /hỏng/i, en: /corrupt|damaged/i },
  { what: "a password-protected Word file", file: () => path.join(BAD, "password.docx"), vi: /mật khẩu/i, en: /password/i },
  { what: "a .docx with no table", file: () => path.join(BAD, "no-table.docx"), vi: /bảng/i, en: /table/i },
  { what: "a macro-enabled .docm", file: () => path.join(BAD, "macro.docm"), vi: /macro/i, en: /macro/i, also: [/\.docx/] },
  {
    what: "a macro-enabled document renamed .docx (its content type says so)",
    file: () => path.join(BAD, "macro.docm"),
    ext: ".docx",
    vi: /macro/i,
    en: /macro/i,
    also: [/\.docx/],
  },
  { what: "a zip bomb (document.xml inflates to more than 200 MB)", file: () => bomb, vi: /MB/, en: /MB/ },
  { what: "a file over 50 MB", file: () => large, vi: /MB/, en: /MB/ },
];

/** Letters only Vietnamese has, and words only an English sentence has. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const ENGLISH = /\b(the|this|is|not|cannot|can't|file)\b/i;

describe("the generated bad files are what they claim", () => {
  it("the zip bomb is a small zip whose document.xml is over 200 MB; the large file is over 50 MB", () => {
    expect(fs.statSync(bomb).size).toBeLessThan(5 * MB);
    const bytes = fs.readFileSync(bomb);
    // The central directory records the uncompressed size of word/document.xml.
    let found = 0;
    for (let at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at - 1)) {
      const nameLength = bytes.readUInt16LE(at + 28);
      if (bytes.toString("utf8", at + 46, at + 46 + nameLength) === "word/document.xml") found = bytes.readUInt32LE(at + 24);
    }
    expect(found).toBeGreaterThan(200 * MB);
    expect(fs.statSync(large).size).toBeGreaterThan(50 * MB);
  });
});

/**
 * Runs the import on a copy of the case's file under a neutral name (ke-hoach.docx, or .docm), so no
 * word of the message can come from the file's name; the paths are taken out of the message.
 */
function importCase(c: Case, out: string): { code: number | null; message: string } {
  const dir = tmpDir();
  const input = path.join(dir, `ke-hoach${c.ext ?? path.extname(c.file())}`);
  fs.copyFileSync(c.file(), input);
  const r = cli("import", input, "-o", out);
  const message = [input, out, path.basename(out), dir, os.tmpdir()].reduce((m, p) => m.split(p).join("<path>"), r.message);
  return { code: r.code, message };
}

describe.each(CASES)("import $what", (c) => {
  it("exits 2 with a clear message in Vietnamese and English, and writes no workbook", () => {
    const out = path.join(tmpDir(), "out.xlsx");
    const r = importCase(c, out);
    expect(r.code).toBe(2);
    expect(r.message).toMatch(c.vi);
    expect(r.message).toMatch(c.en);
    for (const more of c.also ?? []) expect(r.message).toMatch(more);
    expect(r.message).toMatch(VIETNAMESE);
    expect(r.message).toMatch(ENGLISH);
    expect(r.message).not.toMatch(/\bat \S+ \(|node:internal|TypeError|RangeError/); // a message, not a stack trace
    expect(fs.existsSync(out)).toBe(false);
  }, 200_000);

  it("leaves an existing workbook byte for byte as it was", () => {
    const target = path.join(tmpDir(), "plan.xlsx");
    fs.copyFileSync(workbook, target);
    const before = fs.readFileSync(target);
    const r = importCase(c, target);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["plan.xlsx"]); // no temporary or partial file left beside it
  }, 200_000);
});
