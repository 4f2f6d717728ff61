/** @jest-environment jsdom */
/**
 * The pane's reading of a picked file (src/taskpane/readPlanFile.ts), in jsdom's FileReader: what
 * a file is from its bytes and name, the refusals that say how to get a .docx, the text encodings,
 * and a real .docx read into the document model.
 */
import { readFileSync } from "fs";
import path from "path";
import { TextDecoder as NodeTextDecoder } from "util";
import { MAX_PLAN_CHARS } from "../../src/app/importPlan";
import { UserFacingError } from "../../src/app/errors";
import { MAX_DOCX_BYTES } from "../../src/readers/docx";
import { MAX_TEXT_BYTES, MAX_WORD_BYTES, pickedKind, readPickedPlan, refusalFor, textEncoding, type PickedKind } from "../../src/taskpane/readPlanFile";

// jsdom has no TextDecoder, which the Word reader decodes its XML with; every webview the modern
// pane runs in has it.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const FIXTURES = path.join(__dirname, "../fixtures");
const bytesOf = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, "latin1"));
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0];
const ODT_HEAD = "PK\u0003\u0004\u0014\u0000\u0000\u0008\u0000\u0000xxxxxxxxxxxxxxxxxxxxmimetypeapplication/vnd.oasis.opendocument.text";

async function rejection(promise: Promise<unknown>): Promise<UserFacingError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof UserFacingError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("what a picked file is: its first bytes, then its name", () => {
  const kinds: [string, string, Uint8Array, PickedKind][] = [
    ["plan.docx", "a zip", bytesOf("PK\u0003\u0004 word/document.xml"), "docx"],
    ["ke hoach (ban cuoi).DOCX", "a zip", bytesOf("PK\u0003\u0004"), "docx"],
    ["plan.odt", "an OpenDocument zip", bytesOf(ODT_HEAD), "odt"],
    // An OpenDocument file renamed .docx is still one.
    ["plan.docx", "an OpenDocument zip", bytesOf(ODT_HEAD), "odt"],
    ["plan.doc", "an OLE2 file", Uint8Array.from(OLE2), "doc"],
    // A password-protected .docx is wrapped in the old format: the Word reader says it is protected.
    ["plan.docx", "an OLE2 file", Uint8Array.from(OLE2), "docx"],
    ["plan.pdf", "%PDF", bytesOf("%PDF-1.7\n"), "pdf"],
    ["plan.rtf", "{\\rtf", bytesOf("{\\rtf1\\ansi"), "rtf"],
    ["plan.docm", "a zip", bytesOf("PK\u0003\u0004"), "macro"],
    ["plan.dotm", "a zip", bytesOf("PK\u0003\u0004"), "macro"],
    // Word's "web page" saved with a .doc name is HTML: text.
    ["plan.doc", "<html>", bytesOf("<html><head><meta charset=utf-8>"), "text"],
    ["plan.txt", "text", bytesOf("KẾ HOẠCH"), "text"],
    ["plan.html", "<!DOCTYPE html>", bytesOf("<!DOCTYPE html>"), "text"],
  ];
  test.each(kinds.map(([name, bytes, head, kind]) => [name, bytes, kind, head] as const))("%s (%s) is %s", (name, _bytes, kind, head) => {
    expect(pickedKind(name, head)).toBe(kind);
  });

  test("the pane's size limits are the reader's and the importer's", () => {
    expect(MAX_WORD_BYTES).toBe(MAX_DOCX_BYTES);
    expect(MAX_TEXT_BYTES).toBe(10 * MAX_PLAN_CHARS);
  });
});

describe("formats the pane cannot read are refused with the way to a .docx", () => {
  test.each<[PickedKind, RegExp, RegExp]>([
    ["doc", /Word cũ \(\.doc\).*Tệp → Lưu thành → Tài liệu Word \(\*\.docx\)/, /old Word file \(\.doc\).*File → Save As → Word Document \(\*\.docx\)/],
    ["odt", /OpenDocument \(\.odt\).*Tệp → Lưu thành → Tài liệu Word/, /OpenDocument text \(\.odt\).*File → Save As → Word Document/],
    ["rtf", /RTF.*Tệp → Lưu thành → Tài liệu Word/, /RTF.*File → Save As → Word Document/],
    ["pdf", /PDF.*mở nó bằng Word.*Tệp → Lưu thành → Tài liệu Word/, /PDF.*open it in Word.*File → Save As → Word Document/],
    ["macro", /có macro.*Tệp → Lưu thành → Tài liệu Word/, /macro-enabled.*File → Save As → Word Document/],
  ])("%s", (kind, vi, en) => {
    const refusal = refusalFor(kind, "kế hoạch.x");
    expect(refusal?.vi).toMatch(vi);
    expect(refusal?.en).toMatch(en);
    expect(refusal?.vi).toMatch(/“kế hoạch\.x”.*Chưa có gì được ghi vào sổ tính\.$/);
    expect(refusal?.en).toMatch(/“kế hoạch\.x”.*Nothing was written to the workbook\.$/);
  });

  test.each<PickedKind>(["text", "docx"])("%s is read", (kind) => {
    expect(refusalFor(kind, "plan")).toBeNull();
  });

  test("a real .pdf is refused before it is read", async () => {
    const pdf = new File([readFileSync(path.join(FIXTURES, "corpus/fake.pdf"))], "Kế hoạch 217.pdf", { type: "application/pdf" });
    const refusal = await rejection(readPickedPlan(pdf));
    expect(refusal.code).toBe("pane-file-pdf");
    expect(refusal.text("vi")).toMatch(/^Tệp “Kế hoạch 217\.pdf” là PDF/);
  });

  test("a Word file larger than the reader takes is refused by its size", async () => {
    // A zip's first bytes, then zeros up to one byte past the limit.
    const bytes = new Uint8Array(MAX_WORD_BYTES + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const file = new File([bytes], "big.docx");
    const refusal = await rejection(readPickedPlan(file));
    expect(refusal.code).toBe("docx-too-large");
    expect(refusal.text("en")).toMatch(/“big\.docx” is too large \(30\.0 MB; at most 30\.0 MB\)/);
  });
});

describe("text files", () => {
  const textOf = async (bytes: Buffer, name = "plan.txt"): Promise<string> => {
    const picked = await readPickedPlan(new File([Uint8Array.from(bytes)], name));
    if (picked.kind !== "text") throw new Error(`read as ${picked.kind}`);
    return picked.text;
  };
  const text = "Kế hoạch số 217/KH-LĐLĐ\nTT\tNội dung";

  test("UTF-8, with or without its BOM", async () => {
    expect(await textOf(Buffer.from(text, "utf8"))).toBe(text);
    expect(await textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toBe(text);
  });

  test("UTF-16 with a BOM (Word's “Unicode” text), and little-endian without one", async () => {
    expect(await textOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toBe(text);
    expect(await textOf(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]))).toBe(text);
    expect(await textOf(Buffer.from(text, "utf16le"))).toBe(text);
    expect(textEncoding(Uint8Array.from(Buffer.from(text, "utf16le")))).toBe("utf-16le");
  });

  test("an HTML page in the charset it declares", async () => {
    // "Kế hoạch" in Windows-1258 (base letters with combining marks), as an older Word saves a web page.
    const bytes = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1258"></head><body>K', "latin1"),
      Buffer.from([0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]),
      Buffer.from("</body></html>", "latin1"),
    ]);
    expect(textEncoding(Uint8Array.from(bytes))).toBe("windows-1258");
    expect((await textOf(bytes, "plan.htm")).normalize("NFC")).toContain("<body>Kế hoạch</body>");
  });

  test("the model plan's .txt is read into its text, with progress", async () => {
    const fixture = readFileSync(path.join(FIXTURES, "ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
    const seen: number[] = [];
    const picked = await readPickedPlan(new File([fixture], "ke-hoach.txt", { type: "text/plain" }), (f) => seen.push(f));
    expect(picked).toEqual({ kind: "text", name: "ke-hoach.txt", text: fixture });
    expect(seen[seen.length - 1]).toBe(1);
  });
});

describe("Word files", () => {
  test("the model plan's .docx becomes its document, with progress up to the end", async () => {
    const bytes = readFileSync(path.join(FIXTURES, "real-plans/model-plan-217/plan.docx"));
    const seen: number[] = [];
    const picked = await readPickedPlan(new File([bytes], "plan.docx"), (f) => seen.push(f));
    expect(picked.kind).toBe("docx");
    if (picked.kind !== "docx") return;
    expect(picked.document.source).toBe("docx");
    const table = picked.document.blocks.filter((b) => b.kind === "table").map((b) => (b.kind === "table" ? b.rows.length : 0));
    // The letterhead, the task table (header, 4 quarter rows, 24 tasks), the signature block.
    expect(table).toContain(29);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
  });

  test.each([
    ["corrupt.docx", "docx-damaged", /Tệp Word bị hỏng/],
    ["password.docx", "docx-encrypted", /đặt mật khẩu/],
    ["macro.docm", "pane-file-macro", /có macro/],
  ])("%s is refused with the reader's message", async (name, code, vi) => {
    const bytes = readFileSync(path.join(FIXTURES, "bad-docx", name));
    const refusal = await rejection(readPickedPlan(new File([bytes], name)));
    expect(refusal.code).toBe(code);
    expect(refusal.vi).toMatch(vi);
  });
});
