/**
 * `plan-tracker report` on the demo workbook: a .docx in the layout of Nghị định 30/2020/NĐ-CP that
 * LibreOffice opens and prints, holding the quốc hiệu, the plan number and the same figures as the
 * Tổng hợp sheet as of the same day, set in Times New Roman.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { convertWithLibreOffice, sofficeVersion } from "../xlsx/support";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

jest.setTimeout(180_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-report-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const book = path.join(dir, "ke-hoach-217-KH-LDLD-2021.xlsx");
const docx = path.join(dir, "bao-cao.docx");
const flat = (s: string): string => s.replace(/\s+/g, " ");

let text = "";
let raw = "";
let summary: { periods: { period: string; due: number; doneOnTime: number; doneLate: number; notDoneOverdue: number; notYetDue: number; total: number }[]; units: { unit: string; rank: number | null }[] };
let pdf = "";

beforeAll(async () => {
  expect((await run("demo", "--out-dir", dir)).code).toBe(0);
  summary = JSON.parse((await run("summary", book, "--as-of", "2021-07-15", "--period", "h1", "--json", "-o", path.join(dir, "s.xlsx"))).out);
  const r = await run("report", book, "--as-of", "2021-07-15", "--period", "h1", "--issuer", "Liên đoàn Lao động tỉnh Lai Châu", "-o", docx);
  expect(r.code).toBe(0);
  expect(r.out).toContain(docx);
  sofficeVersion();
  const { dir: out } = convertWithLibreOffice(docx, "pdf", fs.mkdtempSync(path.join(os.tmpdir(), "pt-report-lo-")));
  pdf = path.join(out, "bao-cao.pdf");
  text = flat(spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout);
  // In the order it was written (the heading's two columns one after the other).
  raw = flat(spawnSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8" }).stdout);
});

describe("the report, printed by LibreOffice", () => {
  it("has the heading of Nghị định 30: issuing body and number, quốc hiệu, tiêu ngữ, place and date, title", () => {
    expect(raw).toMatch(/^LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU Số: \/BC-LĐLD CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 15 tháng 7 năm 2021 BÁO CÁO/);
    expect(text).toContain("Lai Châu, ngày 15 tháng 7 năm 2021");
    expect(text).toContain("BÁO CÁO");
    expect(text).toMatch(/Kết quả thực hiện Kế hoạch số 217\/KH-LĐLD ngày 20\/01\/2021 về công tác thi đua, khen thưởng năm 2021/);
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("Họ và tên");
  });

  it("says the same figures as the Tổng hợp sheet as of the same day", () => {
    const h1 = summary.periods.find((p) => p.period === "h1");
    if (!h1) throw new Error("no h1");
    const done = h1.doneOnTime + h1.doneLate;
    expect(text).toContain(`Trong 6 tháng đầu năm, tính đến ngày 15/07/2021, có ${done}/${h1.due} nhiệm vụ đến hạn đã hoàn thành`);
    expect(text).toContain(`trong đó ${h1.doneOnTime} nhiệm vụ hoàn thành đúng hạn, ${h1.doneLate} nhiệm vụ hoàn thành quá hạn`);
    expect([done, h1.due, h1.doneOnTime, h1.doneLate, h1.notDoneOverdue]).toEqual([10, 14, 7, 3, 4]);
    // The table by quarter: the row of each period with its figures.
    for (const p of summary.periods.slice(0, 4)) {
      const label = { q1: "Quý I", q2: "Quý II", q3: "Quý III", q4: "Quý IV" }[p.period];
      expect(text).toMatch(new RegExp(`${label} ${p.total} ${p.due} ${p.doneOnTime} ${p.doneLate} \\d+ ${p.notDoneOverdue} ${p.notYetDue} `));
    }
    // Units late or missing with their reports, and the units not eligible.
    expect(text).toContain("Gửi trễ hạn: LĐLĐ huyện Sìn Hồ (02/02/2021)");
    expect(text).toMatch(/Chưa gửi: LĐLĐ huyện Nậm Nhùn\./);
    expect(text).toMatch(/Đơn vị không đủ điều kiện xét khen thưởng \(chưa gửi báo cáo bắt buộc\): LĐLĐ huyện Nậm Nhùn/);
  });

  it("is set in Times New Roman (in the file; in the PDF, the font this machine gives for it)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const fonts = new Set([...xml.matchAll(/<w:rFonts [^>]*w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]) / 2));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(14);
    expect(sizes.has(14)).toBe(true);
    // LibreOffice draws with what fontconfig answers for "Times New Roman" (Times New Roman itself,
    // or a metric twin such as Liberation Serif, where installed).
    const family = spawnSync("fc-match", ["-f", "%{family[0]}", "Times New Roman"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
    const used = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout;
    expect(used).toContain(family);
  });

  it("is on A4 with the margins of Nghị định 30 (top, bottom 20 mm; left 30 mm; right 15 mm)", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(mar).toMatch(/w:top="1134"/);
    expect(mar).toMatch(/w:left="1701"/);
    expect(mar).toMatch(/w:right="850"/);
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
  });

  it("a workbook without a plan: exit 2, nothing written", async () => {
    const empty = path.join(dir, "empty.xlsx");
    const ExcelJS = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    await wb.xlsx.writeFile(empty);
    const out = path.join(dir, "none.docx");
    const r = await run("report", empty, "-o", out);
    expect(r.code).toBe(2);
    expect(fs.existsSync(out)).toBe(false);
  });
});
