/** Opening and saving files: clear errors for what is not an .xlsx, and no half-written file ever. */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { promises as fsp } from "fs";
import * as path from "path";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { UserFacingError } from "../../src/app/errors";
import { loadWorkbookFile, newWorkbook, saveWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";
import { col, partText, removeTempDirs, roundTrip, tableEdit, tempDir, zipOf } from "./support";

afterAll(removeTempDirs);
afterEach(() => jest.restoreAllMocks());

async function failure(p: Promise<unknown>): Promise<UserFacingError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof UserFacingError)) throw new Error(`expected a UserFacingError, got ${String(e)}`);
  return e;
}

async function bookWithTable(): Promise<ExcelJS.Workbook> {
  const port = new XlsxWorkbookPort(newWorkbook());
  await port.apply([tableEdit({ table: "PT_Tasks", columns: [col("TT")], append: [{ TT: { value: "1" } }] })]);
  return port.workbook;
}

describe("opening a file that is not an .xlsx", () => {
  const cases: [string, string, Buffer | string][] = [
    ["a text file named .xlsx", "ke-hoach.xlsx", "TT\tNội dung\n1\tĐăng ký thi đua\n"],
    ["an empty file", "trong.xlsx", ""],
    ["an old .xls (or a password-protected workbook)", "cu.xls", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])],
    ["a PDF", "ke-hoach.pdf", "%PDF-1.4\n%âãÏÓ\n"],
  ];

  it.each(cases)("%s: a UserFacingError naming the file and what to do, in both languages", async (_, name, content) => {
    const file = path.join(tempDir(), name);
    writeFileSync(file, content);
    const e = await failure(loadWorkbookFile(file));
    expect(e.code).toBe("file-not-xlsx");
    expect(e.vi).toContain(file);
    expect(e.en).toContain(file);
    expect(e.vi).toMatch(/lưu lại dưới dạng/);
    expect(e.en).toMatch(/save it as "Excel Workbook \(\*\.xlsx\)"/);
  });

  it("a zip that is not a workbook (a .docx)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const file = path.join(tempDir(), "ke-hoach.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const e = await failure(loadWorkbookFile(file));
    expect(e.code).toBe("file-not-xlsx");
    expect(e.en).toMatch(/not an Excel workbook/);
  });

  it("a damaged zip", async () => {
    const good = path.join(tempDir(), "good.xlsx");
    await saveWorkbookFile(await bookWithTable(), good);
    const bytes = readFileSync(good);
    const file = path.join(tempDir(), "cut.xlsx");
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const e = await failure(loadWorkbookFile(file));
    expect(["file-not-xlsx", "file-unreadable"]).toContain(e.code);
    expect(e.en).toContain(file);
  });

  it("a file that does not exist", async () => {
    const file = path.join(tempDir(), "khong-co.xlsx");
    const e = await failure(loadWorkbookFile(file));
    expect(e.code).toBe("file-not-found");
    expect(e.vi).toContain(file);
  });
});

describe("saving", () => {
  it("replaces the file in one step and leaves no temporary file behind", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    await saveWorkbookFile(await bookWithTable(), file);
    const renames = jest.spyOn(fsp, "rename");
    await saveWorkbookFile(await bookWithTable(), file);
    expect(renames).toHaveBeenCalledTimes(1);
    const [from, to] = renames.mock.calls[0] as [string, string];
    expect(path.dirname(from)).toBe(dir); // same folder: rename is atomic
    expect(to).toBe(file);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
    expect((await loadWorkbookFile(file)).worksheets.map((w) => w.name)).toEqual(["Kế hoạch"]);
  });

  it("a failure while writing leaves the old file byte for byte, and no temporary file", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    await saveWorkbookFile(await bookWithTable(), file);
    const before = readFileSync(file);
    jest.spyOn(fsp, "rename").mockRejectedValueOnce(Object.assign(new Error("disk full"), { code: "ENOSPC" }));
    const e = await failure(saveWorkbookFile(await bookWithTable(), file));
    expect(e.code).toBe("file-not-writable");
    expect(e.en).toContain(file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("a failure while building the workbook leaves the old file untouched", async () => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    await saveWorkbookFile(await bookWithTable(), file);
    const before = readFileSync(file);
    const wb = await bookWithTable();
    jest.spyOn(wb.xlsx, "writeBuffer").mockRejectedValueOnce(new Error("boom"));
    await expect(saveWorkbookFile(wb, file)).rejects.toThrow("boom");
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  it("into a folder that does not exist: a UserFacingError, nothing created", async () => {
    const dir = tempDir();
    const file = path.join(dir, "khong-co", "plan.xlsx");
    const e = await failure(saveWorkbookFile(await bookWithTable(), file));
    expect(e.code).toBe("file-not-writable");
    expect(existsSync(path.join(dir, "khong-co"))).toBe(false);
  });

  it("accepts the port as well as the workbook", async () => {
    const port = new XlsxWorkbookPort(await bookWithTable());
    const file = path.join(tempDir(), "via-port.xlsx");
    await saveWorkbookFile(port, file);
    expect((await new XlsxWorkbookPort(await loadWorkbookFile(file)).read()).tables[0].name).toBe("PT_Tasks");
  });
});

describe("what exceljs would drop", () => {
  async function withExtraParts(): Promise<string> {
    const dir = tempDir();
    const file = path.join(dir, "extras.xlsx");
    await saveWorkbookFile(await bookWithTable(), file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file(
      "docProps/custom.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="PlanTracker.lang"><vt:lpwstr>vi</vt:lpwstr></property></Properties>`,
    );
    zip.file("customXml/item1.xml", `<settings xmlns="urn:plan-tracker"><asOf>2021-07-15</asOf></settings>`);
    zip.file(
      "customXml/itemProps1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{6E2B1F5C-0C4B-4D0E-9E52-1B1B8C3F0A11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
    );
    zip.file(
      "customXml/_rels/item1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
    );
    const addRel = async (relsPath: string, rel: string): Promise<void> => {
      const xml = await (zip.file(relsPath) as JSZip.JSZipObject).async("string");
      zip.file(relsPath, xml.replace("</Relationships>", `${rel}</Relationships>`));
    };
    await addRel("_rels/.rels", `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>`);
    await addRel("xl/_rels/workbook.xml.rels", `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>`);
    const types = await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string");
    zip.file(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>` +
          `<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>`,
      ),
    );
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    return file;
  }

  it("custom document properties and custom XML parts (where settings live) survive load and save", async () => {
    const file = await withExtraParts();
    const wb = await loadWorkbookFile(file);
    await new XlsxWorkbookPort(wb).apply([tableEdit({ table: "PT_Tasks", columns: [col("TT")], append: [{ TT: { value: "2" } }] })]);
    const { file: out } = await roundTrip(wb);
    const zip = await zipOf(out);
    const rootRels = await partText(out, "_rels/.rels");
    const customPath = /custom-properties" Target="([^"]+)"/.exec(rootRels)?.[1] as string;
    expect(await partText(out, customPath)).toContain("PlanTracker.lang");
    const wbRels = await partText(out, "xl/_rels/workbook.xml.rels");
    const itemPath = path.posix.normalize(`xl/${/customXml" Target="([^"]+)"/.exec(wbRels)?.[1]}`);
    expect(await partText(out, itemPath)).toContain("<asOf>2021-07-15</asOf>");
    const itemRels = await partText(out, itemPath.replace("customXml/", "customXml/_rels/") + ".rels");
    expect(itemRels).toContain("customXmlProps");
    const types = await partText(out, "[Content_Types].xml");
    expect(types).toContain(`PartName="/${customPath}" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"`);
    expect(Object.keys(zip.files).filter((f) => f.startsWith("customXml/") && !f.endsWith("/"))).toHaveLength(3);
  });

  it("defined names exceljs cannot parse (constants, table references, hidden names) survive, pointing at the same sheets", async () => {
    const wb = await bookWithTable();
    const units = wb.addWorksheet("Đơn vị");
    units.addTable({ name: "PT_Units", ref: "A1", columns: [{ name: "Tên đơn vị" }, { name: "Loại" }], rows: [["LĐLĐ tỉnh", "tỉnh"]] });
    const file = path.join(tempDir(), "names.xlsx");
    await saveWorkbookFile(wb, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const names =
      `<definedNames><definedName name="DanhSachDonVi">PT_Units[Tên đơn vị]</definedName>` +
      `<definedName name="TyLeThuong" comment="tỉ lệ">0.1</definedName>` +
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">'Đơn vị'!$A$1:$B$2</definedName>` +
      `<definedName name="VungIn">'Kế hoạch'!$A$1:$A$2</definedName></definedNames>`;
    const workbookXml = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/<definedNames>.*<\/definedNames>/, "").replace("</sheets>", `</sheets>${names}`));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));

    const loaded = await loadWorkbookFile(file);
    // A sheet added before the others moves every position: local names must follow their sheet.
    const port = new XlsxWorkbookPort(loaded);
    await port.apply([
      {
        kind: "ownedSheet",
        content: { preferredName: "Tổng hợp", markerTable: "PT_Summary", blocks: [{ row: 1, column: 1, cells: [[{ value: "Kỳ" }], [{ value: "Quý I" }]] }], tables: [{ name: "PT_Summary", row: 1, column: 1, rowCount: 1, columnCount: 1 }], columnWidths: [], charts: [] },
      },
    ]);
    (port.workbook.getWorksheet("Tổng hợp") as unknown as { orderNo: number }).orderNo = -1;
    const { file: out, wb: again } = await roundTrip(port);
    expect(again.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Kế hoạch", "Đơn vị"]);
    const written = /<definedNames>.*<\/definedNames>/.exec(await partText(out, "xl/workbook.xml"))?.[0] ?? "";
    expect(written).toContain(`<definedName name="DanhSachDonVi">PT_Units[Tên đơn vị]</definedName>`);
    expect(written).toContain(`<definedName name="TyLeThuong" comment="tỉ lệ">0.1</definedName>`);
    expect(written).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">'Đơn vị'!$A$1:$B$2</definedName>`);
    expect(written.match(/name="VungIn"/g)).toHaveLength(1);
  });

  it("a workbook with macros is refused on save rather than saved without them", async () => {
    const dir = tempDir();
    const file = path.join(dir, "macros.xlsm");
    await saveWorkbookFile(await bookWithTable(), file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    zip.file("xl/vbaProject.bin", Buffer.from("not really vba"));
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const before = readFileSync(file);
    const wb = await loadWorkbookFile(file);
    expect(wb.worksheets).toHaveLength(1);
    const e = await failure(saveWorkbookFile(wb, file));
    expect(e.code).toBe("file-has-macros");
    expect(readFileSync(file).equals(before)).toBe(true);
    mkdirSync(path.join(dir, "out"));
    await expect(saveWorkbookFile(wb, path.join(dir, "out", "copy.xlsx"))).rejects.toBeInstanceOf(UserFacingError);
  });
});
