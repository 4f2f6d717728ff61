/**
 * The Word reader on .docx files built here part by part, as Word writes them: merged cells,
 * paragraphs per cell, automatic numbering, content controls, tracked changes, and the bad files
 * people send (damaged, encrypted, macro-enabled, an Excel file, a zip bomb).
 */
import JSZip from "jszip";
import * as zlib from "zlib";
import { readDocx } from "../../src/readers/docx";
import type { DocTable, PlanDocument } from "../../src/core/document/model";
import { UserFacingError } from "../../src/app/errors";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const p = (text: string, extra = ""): string => `<w:p>${extra}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
const numbered = (text: string, numId: number, ilvl = 0): string => p(text, `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`);
const tc = (body: string, props = ""): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ""}${body || "<w:p/>"}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl><w:tblGrid/>${rows.join("")}</w:tbl>`;

async function docx(body: string, parts: Record<string, string> = {}, contentType = DOC_TYPE): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${contentType}"/></Types>`);
  zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const tables = (d: PlanDocument): DocTable[] => d.blocks.filter((b): b is DocTable => b.kind === "table");
const texts = (t: DocTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.join("¶")));

/**
 * A .docx whose document.xml inflates to `size` bytes of spaces (a few hundred KB on disk), written
 * with zlib; `declared` is the size its headers claim.
 */
function bomb(size: number, declared = size): Uint8Array {
  const xml = Buffer.alloc(size, 0x20);
  const data = zlib.deflateRawSync(xml, { level: 1 });
  const crc = zlib.crc32(xml);
  const entries: { name: Buffer; data: Buffer; crc: number; size: number; method: number }[] = [
    { name: Buffer.from("[Content_Types].xml"), data: Buffer.from(`<Types><Override ContentType="${DOC_TYPE}"/></Types>`), crc: 0, size: 0, method: 0 },
    { name: Buffer.from("word/document.xml"), data, crc, size: declared, method: 8 },
  ];
  entries[0].crc = zlib.crc32(entries[0].data);
  entries[0].size = entries[0].data.length;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

async function refusal(bytes: Uint8Array): Promise<UserFacingError> {
  try {
    await readDocx(bytes);
  } catch (e) {
    if (e instanceof UserFacingError) return e;
    throw e;
  }
  throw new Error("the file was read");
}

describe("readDocx: tables as Word writes them", () => {
  it("puts a cell merged across (gridSpan) on every grid column it covers, text in the first", async () => {
    const d = await readDocx(await docx(tbl(tr(tc(p("TT")), tc(p("Nội dung")), tc(p("Đơn vị"))), tr(tc(p("QUÝ I"), '<w:gridSpan w:val="3"/>')))));
    const t = tables(d)[0];
    expect(t.width).toBe(3);
    expect(texts(t)[1]).toEqual(["QUÝ I", "", ""]);
    expect(t.rows[1].cells.map((c) => c.merged ?? null)).toEqual([null, "left", "left"]);
  });

  it("gives a cell merged down (vMerge) the value of the cell that starts the merge, on every row", async () => {
    const d = await readDocx(
      await docx(
        tbl(
          tr(tc(p("1")), tc(p("Rà soát")), tc(p("Sở Tư pháp"), '<w:vMerge w:val="restart"/>')),
          tr(tc(p("2")), tc(p("Công bố")), tc("", "<w:vMerge/>")),
          tr(tc(p("3")), tc(p("Kiểm tra")), tc("", '<w:vMerge w:val="continue"/>')),
          tr(tc(p("4")), tc(p("Báo cáo")), tc(p("Sở Nội vụ"))),
        ),
      ),
    );
    expect(texts(tables(d)[0]).map((r) => r[2])).toEqual(["Sở Tư pháp", "Sở Tư pháp", "Sở Tư pháp", "Sở Nội vụ"]);
    expect(tables(d)[0].rows[1].cells[2].merged).toBe("up");
  });

  it("keeps each paragraph of a cell (one unit per paragraph) and a line break as a new paragraph", async () => {
    const cell = `${p("Sở Nội vụ")}${p("Sở Tư pháp")}<w:p><w:r><w:t>Công an tỉnh</w:t><w:br/><w:t>Bộ Chỉ huy Quân sự tỉnh</w:t></w:r></w:p><w:p/>`;
    const d = await readDocx(await docx(tbl(tr(tc(p("1")), tc(cell)))));
    expect(tables(d)[0].rows[0].cells[1].paragraphs).toEqual(["Sở Nội vụ", "Sở Tư pháp", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"]);
  });

  it("reads cells whose row starts late (gridBefore) on the right grid columns", async () => {
    const d = await readDocx(await docx(tbl(tr(tc(p("a")), tc(p("b")), tc(p("c"))), `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p("x"))}${tc(p("y"))}</w:tr>`)));
    expect(texts(tables(d)[0])[1]).toEqual(["", "x", "y"]);
  });

  it("marks rows repeated at the top of each page (tblHeader)", async () => {
    const d = await readDocx(await docx(tbl(`<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("TT"))}</w:tr>`, tr(tc(p("1"))))));
    expect(tables(d)[0].rows.map((r) => r.repeatsAsHeader ?? false)).toEqual([true, false]);
  });

  it("reads text inside content controls, hyperlinks and tracked insertions, and leaves deleted text out", async () => {
    const body =
      `<w:sdt><w:sdtContent>${p("Số: 12/KH-UBND")}</w:sdtContent></w:sdt>` +
      `<w:p><w:hyperlink><w:r><w:t>Kế hoạch </w:t></w:r></w:hyperlink><w:ins><w:r><w:t>mới</w:t></w:r></w:ins><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>`;
    const d = await readDocx(await docx(body));
    expect(d.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual(["Số: 12/KH-UBND", "Kế hoạch mới"]);
  });
});

describe("readDocx: Word's automatic numbering, rendered as Word shows it", () => {
  const numbering = `<?xml version="1.0"?><w:numbering ${W}>
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  </w:numbering>`;

  it("numbers groups I., II. with their items 1.1., 2.1. — the labels exist only in numbering.xml", async () => {
    const body = [numbered("CẢI CÁCH THỂ CHẾ", 1), numbered("Rà soát văn bản", 1, 1), numbered("Công bố thủ tục", 1, 1), numbered("CẢI CÁCH TỔ CHỨC", 1), numbered("Sắp xếp bộ máy", 1, 1)].join("");
    const d = await readDocx(await docx(body, { "word/numbering.xml": numbering }));
    expect(d.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["I. CẢI CÁCH THỂ CHẾ", "I.1. Rà soát văn bản", "I.2. Công bố thủ tục", "II. CẢI CÁCH TỔ CHỨC", "II.1. Sắp xếp bộ máy"]);
  });

  it("gives a numbered empty cell its label alone (the STT column), letters a), b), and no label to bullets", async () => {
    const body = tbl(tr(tc(numbered("", 1)), tc(p("Nhóm"))), tr(tc(numbered("", 2)), tc(numbered("điểm một", 3))), tr(tc(numbered("", 2)), tc(p("x"))));
    const d = await readDocx(await docx(body, { "word/numbering.xml": numbering }));
    expect(texts(tables(d)[0]).map((r) => r.join(" | "))).toEqual(["I. | Nhóm", "a) | điểm một", "b) | x"]);
  });

  it("restarts a list where its instance says so (startOverride)", async () => {
    const body = [numbered("một", 2), numbered("hai", 2), numbered("lại một", 4)].join("");
    const d = await readDocx(await docx(body, { "word/numbering.xml": numbering }));
    expect(d.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["a) một", "b) hai", "a) lại một"]);
  });

  it("takes the numbering a paragraph style carries (Heading styles numbered I., II.)", async () => {
    const styles = `<?xml version="1.0"?><w:styles ${W}><w:style w:styleId="Muc1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = [p("MỤC ĐÍCH", '<w:pPr><w:pStyle w:val="Muc1"/></w:pPr>'), p("NHIỆM VỤ", '<w:pPr><w:pStyle w:val="Muc1"/></w:pPr>')].join("");
    const d = await readDocx(await docx(body, { "word/numbering.xml": numbering, "word/styles.xml": styles }));
    expect(d.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual(["I. MỤC ĐÍCH", "II. NHIỆM VỤ"]);
  });
});

describe("readDocx: bad files are refused with what to do", () => {
  it("a damaged zip", async () => {
    const good = await docx(p("x"));
    const e = await refusal(good.slice(0, good.length - 40));
    expect(e.code).toBe("docx-damaged");
    expect(e.en).toMatch(/damaged/);
    expect(e.vi).toMatch(/hỏng/);
  });

  it("a password-protected Word file (an OLE compound file holding EncryptionInfo)", async () => {
    const name = Buffer.from("EncryptionInfo", "utf16le");
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(name, 1024);
    const e = await refusal(bytes);
    expect(e.code).toBe("docx-encrypted");
    expect(e.en).toMatch(/password/);
    expect(e.vi).toMatch(/mật khẩu/);
  });

  it("an old .doc, an RTF and a PDF named .docx", async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(Buffer.from("WordDocument", "utf16le"), 600);
    expect((await refusal(doc)).code).toBe("docx-is-doc");
    expect((await refusal(new Uint8Array(Buffer.from("{\\rtf1\\ansi hello}")))).code).toBe("docx-is-rtf");
    expect((await refusal(new Uint8Array(Buffer.from("%PDF-1.7\n...")))).code).toBe("docx-is-pdf");
  });

  it("a macro-enabled .docm", async () => {
    const e = await refusal(await docx(p("x"), {}, "application/vnd.ms-word.document.macroEnabled.main+xml"));
    expect(e.code).toBe("docx-macro");
    expect(e.en).toMatch(/macro/);
  });

  it("an Excel workbook", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    const e = await refusal(await zip.generateAsync({ type: "uint8array" }));
    expect(e.code).toBe("docx-is-xlsx");
  });

  it("a zip bomb: refused from the size it declares, before inflating it", async () => {
    const e = await refusal(bomb(200_000_000));
    expect(e.code).toBe("docx-too-large");
    expect(e.en).toMatch(/zip bomb/);
    expect(e.vi).toMatch(/zip bomb/);
  });

  it("a zip bomb that lies about its size: stopped while inflating, at the limit", async () => {
    const e = await refusal(bomb(200_000_000, 1000));
    expect(e.code).toBe("docx-too-large");
  });

  it("a file over the size limit, refused before it is unpacked", async () => {
    const e = await refusal(new Uint8Array(31 * 1024 * 1024));
    expect(e.code).toBe("docx-too-large");
    expect(e.en).toMatch(/MB/);
  });
});
