/**
 * The Đơn vị sheet a new workbook starts with: the units its plan names, not one organisation's
 * list for every plan; a unit to review says which tasks name it.
 */
import * as fs from "fs";
import * as path from "path";
import { previewImport } from "../../src/app/importPlan";
import { readDocx } from "../../src/readers/docx";
import { cellText } from "../../src/core/plan/workbookModel";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const opts = { asOf: { year: 2026, month: 7, day: 15 }, lang: "vi" as const, now: new Date(0) };

async function unitsSheet(source: string | Buffer) {
  const input = typeof source === "string" ? source : await readDocx(source);
  const { model } = previewImport(input, opts);
  const t = model.unitsTable!;
  const col = (h: string) => t.table.headers.indexOf(h);
  return t.table.rows.map((r) => ({ name: cellText(r[col("Tên đơn vị")]), review: cellText(r[col("Cần xem lại")]), note: cellText(r[col("Ghi chú")]) }));
}

describe("a new workbook's Đơn vị sheet", () => {
  it("for a province's plan: the bodies it names and the members of its groups, none of a labour federation's", async () => {
    const units = await unitsSheet(fs.readFileSync(path.join(FIXTURES, "real-plans", "province-ubnd-cchc", "plan.docx")));
    const names = units.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(["Sở Nội vụ", "Các sở, ban, ngành", "UBND các xã, phường, đặc khu", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch"]));
    // "Các sở, ban, ngành" brings its members: they owe the reports the plan asks of the group.
    expect(names).toContain("Sở Y tế");
    expect(names.filter((n) => /LĐLĐ|công đoàn/i.test(n))).toEqual([]);
  });

  it("marks a unit no list knows for review, with the tasks that name it", async () => {
    const units = await unitsSheet(fs.readFileSync(path.join(FIXTURES, "real-plans", "province-ubnd-cchc", "plan.docx")));
    const review = units.filter((u) => u.review === "Có");
    expect(review.map((u) => u.name)).toEqual(["Báo và Phát thanh, Truyền hình Quảng Ngãi"]);
    expect(review[0].note).toMatch(/^Nêu ở nhiệm vụ [IVX]+\.\d/);
  });

  it("for the labour federation's plan: its whole registry, districts and sectors included", async () => {
    const units = await unitsSheet(fs.readFileSync(path.join(FIXTURES, "ke-hoach-217-KH-LDLD-2021.txt"), "utf8"));
    const names = units.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(["LĐLĐ tỉnh", "LĐLĐ huyện Tam Đường", "Công đoàn ngành Giáo dục", "Các cấp công đoàn"]));
    expect(names).not.toContain("Sở Y tế");
  });
});
