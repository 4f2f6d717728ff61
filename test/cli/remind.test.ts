/**
 * `plan-tracker remind` on the demo workbook (plan 217 as of 15/07/2021 with its story): it names
 * exactly the units that owe something — the lead units of the overdue tasks and the units that
 * have not sent a report past its deadline, as `summary --json` lists them — with a text each, and
 * writes the Đôn đốc sheet.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

jest.setTimeout(120_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-remind-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const book = path.join(dir, "ke-hoach-217-KH-LDLD-2021.xlsx");

beforeAll(async () => {
  const r = await run("demo", "--out-dir", dir);
  expect(r.code).toBe(0);
});

describe("remind on the demo workbook as of 15/07/2021", () => {
  it("names every unit that owes something and no other", async () => {
    const summary = JSON.parse((await run("summary", book, "--as-of", "2021-07-15", "--json", "-o", path.join(dir, "s.xlsx"))).out);
    const owes = new Set<string>([...summary.overdue.flatMap((o: { leadUnits: string[] }) => o.leadUnits), ...summary.submissions.flatMap((s: { missingUnits: string[] }) => s.missingUnits)]);
    const r = await run("remind", book, "--as-of", "2021-07-15", "--within", "0", "--json", "-o", path.join(dir, "r.xlsx"));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(new Set(doc.units.map((u: { unit: string }) => u.unit))).toEqual(owes);
    expect([...owes].sort()).toEqual(["Các cấp công đoàn", "LĐLĐ huyện Mường Tè", "LĐLĐ huyện Nậm Nhùn", "LĐLĐ huyện Phong Thổ", "LĐLĐ tỉnh"].sort());
    const namNhun = doc.units.find((u: { unit: string }) => u.unit === "LĐLĐ huyện Nậm Nhùn");
    expect(namNhun.reports.map((q: { requirementId: string; due: string; daysLate: number }) => [q.requirementId, q.due, q.daysLate])).toEqual([
      ["R1", "2021-01-30", 166],
      ["R2", "2021-05-15", 61],
    ]);
    expect(namNhun.text).toContain("Kế hoạch số 217/KH-LĐLD ngày 20/01/2021");
  });

  it("within 77 days the quarter III tasks due 30/09 are chased too; the day before their window they are not", async () => {
    const wide = JSON.parse((await run("remind", book, "--as-of", "2021-07-15", "--within", "77", "--json", "-o", path.join(dir, "r2.xlsx"))).out);
    const province = wide.units.find((u: { unit: string }) => u.unit === "LĐLĐ tỉnh");
    expect(province.dueSoon.map((t: { id: string; days: number }) => [t.id, t.days])).toEqual([
      ["15", 77],
      ["16", 77],
    ]);
    const narrow = JSON.parse((await run("remind", book, "--as-of", "2021-07-15", "--within", "76", "--json", "-o", path.join(dir, "r3.xlsx"))).out);
    expect(narrow.units.find((u: { unit: string }) => u.unit === "LĐLĐ tỉnh").dueSoon).toEqual([]);
  });

  it("writes the Đôn đốc sheet in place, and prints a table and the texts", async () => {
    const r = await run("remind", book, "--as-of", "2021-07-15");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Kính gửi: LĐLĐ huyện Phong Thổ.");
    expect(r.out).toContain(`Đã ghi trang "Đôn đốc"`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const ws = wb.getWorksheet("Đôn đốc");
    expect(ws).toBeDefined();
    expect(ws?.getCell("A1").value).toBe("ĐÔN ĐỐC THỰC HIỆN KẾ HOẠCH");
    expect(ws?.pageSetup.orientation).toBe("landscape");
  });

  it("a bad --within: exit 2, said in both languages, nothing written", async () => {
    const before = fs.readFileSync(book);
    const r = await run("remind", book, "--within", "một tuần");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--within là số ngày từ 0 đến 366");
    expect(r.err).toContain("--within is a number of days from 0 to 366");
    expect(fs.readFileSync(book).equals(before)).toBe(true);
  });
});
