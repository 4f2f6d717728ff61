/**
 * One set of figures everywhere: on the demo workbook as of 15/07/2021, the Tổng hợp sheet's table
 * by period, `summary --json` and the CLI's table say the same, in the official vocabulary.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { loadWorkbookFile } from "../../src/xlsx/files";
import { XlsxWorkbookPort } from "../../src/xlsx/xlsxPort";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

jest.setTimeout(120_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-official-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const book = path.join(dir, "ke-hoach-217-KH-LDLD-2021.xlsx");

type Period = { period: string; total: number; due: number; doneOnTime: number; doneLate: number; notDoneWithinDeadline: number; notDoneOverdue: number; notYetDue: number; noDeadline: number; paused: number; onTimeRate: number | null };

describe("the demo's figures as of 15/07/2021", () => {
  let json: { periods: Period[]; paragraph: { vi: string; en: string }; units: { unit: string; rank: number | null; onTimeRate: number | null }[] };
  let text = "";
  beforeAll(async () => {
    expect((await run("demo", "--out-dir", dir)).code).toBe(0);
    json = JSON.parse((await run("summary", book, "--as-of", "2021-07-15", "--json", "-o", path.join(dir, "j.xlsx"))).out);
    text = (await run("summary", book, "--as-of", "2021-07-15", "-o", path.join(dir, "t.xlsx"))).out;
  });

  it("tell the story: done on time and late, overdue, not yet due, paused", () => {
    const year = json.periods.find((p) => p.period === "year") as Period;
    expect([year.total, year.due, year.doneOnTime, year.doneLate, year.notDoneWithinDeadline, year.notDoneOverdue, year.notYetDue, year.paused]).toEqual([24, 15, 8, 3, 0, 4, 8, 1]);
    expect(json.paragraph.vi).toBe(
      "Tính đến ngày 15/07/2021, có 11/15 nhiệm vụ đến hạn đã hoàn thành (73,3%), trong đó 8 nhiệm vụ hoàn thành đúng hạn, 3 nhiệm vụ hoàn thành quá hạn; " +
        "4 nhiệm vụ chưa hoàn thành, trong đó 0 nhiệm vụ còn trong hạn, 4 nhiệm vụ đã quá hạn. Tỷ lệ hoàn thành đúng hạn đạt 53,3%. " +
        "Ngoài ra, có 8 nhiệm vụ chưa đến hạn, 1 nhiệm vụ tạm dừng.",
    );
    expect(json.units[0]).toMatchObject({ rank: 1, onTimeRate: 1 });
  });

  it("the Tổng hợp sheet holds the same figures, period by period", async () => {
    const snap = await new XlsxWorkbookPort(await loadWorkbookFile(path.join(dir, "j.xlsx"))).read();
    const table = snap.tables.find((t) => t.name === "PT_Summary");
    expect(table?.headers).toEqual([
      "Kỳ",
      "Tổng số nhiệm vụ",
      "Nhiệm vụ đến hạn",
      "Đã hoàn thành đúng hạn",
      "Đã hoàn thành quá hạn",
      "Chưa hoàn thành, trong hạn",
      "Chưa hoàn thành, quá hạn",
      "Chưa đến hạn",
      "Thường xuyên (không có hạn)",
      "Tạm dừng",
      "Tỷ lệ hoàn thành đúng hạn",
    ]);
    const sheet = table?.rows.map((r) => r.slice(1).map((v) => (v === "" ? null : v)));
    const fromJson = json.periods.map((p) => [p.total, p.due, p.doneOnTime, p.doneLate, p.notDoneWithinDeadline, p.notDoneOverdue, p.notYetDue, p.noDeadline, p.paused, p.onTimeRate]);
    expect(sheet).toEqual(fromJson);
  });

  it("the CLI prints the paragraph and the same table", () => {
    expect(text).toContain(json.paragraph.vi);
    const h1 = json.periods.find((p) => p.period === "h1") as Period;
    expect(text).toMatch(new RegExp(`6 tháng đầu năm +${h1.total} +${h1.due} +${h1.doneOnTime} +${h1.doneLate} +${h1.notDoneWithinDeadline} +${h1.notDoneOverdue} +${h1.notYetDue} +${h1.noDeadline} +${h1.paused} +50,0%`));
    expect(text).toMatch(/^1 +CĐCS trực thuộc +1 +1 +1 +0 +0 +100,0%$/m);
  });
});
