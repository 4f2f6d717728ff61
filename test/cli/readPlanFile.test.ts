/**
 * How `import` tells what a file is: by its first bytes before its name (a .doc saved by Word as a
 * web page is HTML; a PDF renamed .txt is still a PDF), and macro-enabled Word files refused
 * whatever they hold, with nothing written.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { planFileKind, type PlanFileKind } from "../../src/cli/readPlanFile";

const ROOT = path.resolve(__dirname, "../..");
const CORPUS = path.join(ROOT, "test/fixtures/corpus");
const FIXTURE = path.join(ROOT, "test/fixtures/ke-hoach-217-KH-LDLD-2021.txt");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-readplan-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ODT_HEAD = Buffer.concat([Buffer.from("PK\u0003\u0004", "latin1"), Buffer.alloc(26), Buffer.from("mimetypeapplication/vnd.oasis.opendocument.text")]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const ZIP = Buffer.from("PK\u0003\u0004\u0014\u0000", "latin1");

describe("what a file is", () => {
  const cases: [string, Buffer, PlanFileKind][] = [
    ["plan.txt", Buffer.from("KẾ HOẠCH\nTT\tNội dung\n"), "text"],
    ["plan.html", Buffer.from("<!DOCTYPE html><html>"), "text"],
    ["plan.doc", Buffer.from("<html xmlns:o='urn:schemas-microsoft-com:office:office'>"), "text"], // Word's "web page" named .doc
    ["plan.docx", ZIP, "docx"],
    ["Plan.DOCX", ZIP, "docx"],
    ["plan.zip", ZIP, "docx"], // any other zip: the Word reader says what it is not
    ["plan.docx", OLE2, "docx"], // a password-protected .docx: the Word reader says so
    ["plan.doc", OLE2, "doc"],
    ["plan.dot", OLE2, "doc"],
    ["plan.odt", ZIP, "odt"],
    ["renamed.docx", ODT_HEAD, "odt"],
    ["plan.rtf", Buffer.from("{\\rtf1\\ansi"), "rtf"],
    ["plan.doc", Buffer.from("{\\rtf1\\ansi"), "rtf"], // Word saves RTF under .doc too
    ["plan.pdf", Buffer.from("%PDF-1.7"), "pdf"],
    ["plan.txt", Buffer.from("%PDF-1.4"), "pdf"],
    ["plan.docm", ZIP, "macro"],
    ["plan.DOTM", ZIP, "macro"],
    ["plan.docm", Buffer.from("plain text"), "macro"],
  ];
  const label = (head: Buffer) => JSON.stringify(head.subarray(0, 12).toString("latin1").replace(/[^\x20-\x7e]/g, "."));
  it.each(cases.map(([name, head, kind]) => [name, label(head), kind, head] as const))("%s starting %s is %s", (name, _label, kind, head) => {
    expect(planFileKind(name, head)).toBe(kind);
  });
});

describe("macro-enabled Word files are refused", () => {
  const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

  it.each([["plan.docm"], ["template.dotm"]])("%s: exit 2, 'save as .docx', no new file and an existing workbook unchanged", async (name) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, ZIP);
    const fresh = path.join(dir, `new-${name}.xlsx`);
    const r = await run("import", file, "-o", fresh);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain("là tệp Word có macro (.docm/.dotm)");
    expect(r.err).toContain("is a macro-enabled Word file (.docm/.dotm): it is not opened, since macros can run code");
    expect(r.err).toContain("File → Save As → Word Document (.docx)");
    expect(fs.existsSync(fresh)).toBe(false);

    const book = path.join(dir, `book-${name}.xlsx`);
    expect((await run("import", FIXTURE, "-o", book, "--as-of", "2021-07-15")).code).toBe(0);
    const before = sha(book);
    expect((await run("import", file, "-o", book, "--json")).code).toBe(2);
    expect(sha(book)).toBe(before);
  });
});

it("a Word 'web page' saved under .doc is read as the HTML it is", async () => {
  const asDoc = path.join(dir, "Kế hoạch tháng công nhân.doc");
  fs.copyFileSync(path.join(CORPUS, "browser-table.html"), asDoc);
  const fromDoc = await run("import", asDoc, "--json", "--as-of", "2023-07-15");
  const fromHtml = await run("import", path.join(CORPUS, "browser-table.html"), "--json", "--as-of", "2023-07-15");
  expect(fromDoc.code).toBe(0);
  expect(JSON.parse(fromDoc.out)).toEqual(JSON.parse(fromHtml.out));
  expect(JSON.parse(fromDoc.out).tasks).toHaveLength(4);
});
