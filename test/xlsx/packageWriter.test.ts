/**
 * Worksheet parts put in the schema's element order before saving (exceljs writes <legacyDrawing>
 * after <tableParts>, which Excel rejects as a corrupt file).
 */
import { reorderWorksheet } from "../../src/xlsx/packageWriter";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const rows = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>&lt;tableParts/&gt; ${i}</t></is></c></row>`).join("");
const sheet = (tail: string, data = rows(3)): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetPr/><dimension ref="A1:A3"/><sheetViews/><sheetFormatPr/><sheetData>${data}</sheetData>${tail}</worksheet>`;

it("moves <legacyDrawing> before <tableParts>, keeping rows and everything else as written", () => {
  const xml = sheet('<pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts><legacyDrawing r:id="rId1"/>');
  expect(reorderWorksheet(xml)).toBe(
    sheet('<pageMargins left="0.7"/><legacyDrawing r:id="rId1"/><tableParts count="1"><tablePart r:id="rId2"/></tableParts>'),
  );
});

it("gives back the very same text when the order is already right (the part is then not rewritten)", () => {
  const xml = sheet('<pageMargins left="0.7"/><drawing r:id="rId3"/><legacyDrawing r:id="rId1"/><tableParts count="0"/>');
  expect(reorderWorksheet(xml)).toBe(xml);
});

it("puts an element that belongs before the rows back before them", () => {
  const xml = sheet('<tableParts count="0"/><cols><col min="1" max="1" width="9"/></cols>');
  const out = reorderWorksheet(xml);
  expect(out.indexOf("<cols>")).toBeLessThan(out.indexOf("<sheetData>"));
  expect(out.indexOf("<tableParts")).toBeGreaterThan(out.indexOf("</sheetData>"));
  expect(out).toContain(rows(3));
});

it("handles a sheet with no rows and a namespaced root", () => {
  const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData/><x:tableParts count="0"/><x:legacyDrawing/></x:worksheet>`;
  expect(reorderWorksheet(xml)).toBe(`<x:worksheet xmlns:x="urn:x"><x:sheetData/><x:legacyDrawing/><x:tableParts count="0"/></x:worksheet>`);
});

it("orders the tail of a 50,000-row sheet and keeps its rows whole", () => {
  const data = rows(50_000);
  const xml = sheet('<tableParts count="0"/><legacyDrawing r:id="rId1"/>', data);
  const out = reorderWorksheet(xml);
  expect(out.endsWith('<legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>')).toBe(true);
  expect(out.length).toBe(xml.length);
});
