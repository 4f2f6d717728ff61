import { readFileSync } from "fs";
import { join } from "path";
import { previewImport } from "../../../src/app/importPlan";
import { importPlanText, type TextImport } from "../../../src/core/plan/importText";
import { UnitRegistry } from "../../../src/core/units/registry";
import { DISTRICTS, EVERYONE, PROVINCE, SECTORS, seedUnits } from "../../../src/core/units/seed";

const FIXTURE = join(__dirname, "../../fixtures/ke-hoach-217-KH-LDLD-2021.txt");
const text = readFileSync(FIXTURE, "utf8");
const registry = new UnitRegistry(seedUnits());

describe("the real plan 217/KH-LĐLD (Lai Châu, 2021)", () => {
  let plan: TextImport;
  beforeAll(() => {
    plan = importPlanText(text, registry, 2030);
  });

  it("reads the header block", () => {
    expect(plan.info.number).toBe("217/KH-LĐLD");
    expect(plan.info.issuedOn).toEqual({ year: 2021, month: 1, day: 20 });
    expect(plan.info.year).toBe(2021);
    expect(plan.info.title).toBe("Công tác thi đua, khen thưởng năm 2021");
    expect(plan.info.place).toBe("Lai Châu");
  });

  it("finds 24 tasks numbered 1..24, 7/7/3/7 by quarter", () => {
    expect(plan.foundTable).toBe(true);
    expect(plan.tasks.map((t) => t.id)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    const perQuarter = [1, 2, 3, 4].map((q) => plan.tasks.filter((t) => t.quarter === q).length);
    expect(perQuarter).toEqual([7, 7, 3, 7]);
  });

  it("gives each task the end of its quarter as deadline", () => {
    const ends = { 1: "2021-03-31", 2: "2021-06-30", 3: "2021-09-30", 4: "2021-12-31" } as const;
    for (const t of plan.tasks) {
      const d = t.deadline!;
      const iso = `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
      expect(iso).toBe(ends[t.quarter as 1 | 2 | 3 | 4]);
    }
  });

  it("splits the unit cells into canonical units", () => {
    const task = (id: string) => plan.tasks.find((t) => t.id === id)!;
    expect(task("6").leadUnits).toEqual([PROVINCE, DISTRICTS, SECTORS]);
    expect(task("8").leadUnits).toEqual([PROVINCE, DISTRICTS, SECTORS, "CĐCS trực thuộc"]);
    // "LĐLD tỉnh Các cấp công đoàn": no separator between the two names.
    expect(task("19").leadUnits).toEqual([PROVINCE, EVERYONE]);
    expect(task("20").leadUnits).toEqual([]);
    expect(task("17").leadUnits).toEqual([PROVINCE, EVERYONE]);
    expect(task("3").leadUnits).toEqual([PROVINCE, "Các khối thi đua"]);
  });

  it("never keeps the document's misspelling LĐLD in a unit name, and knows every unit", () => {
    const names = plan.tasks.flatMap((t) => [...t.leadUnits, ...t.partnerUnits]);
    names.push(...plan.requirements.flatMap((r) => [r.recipient, ...r.fromUnits]));
    expect(names.filter((n) => n.includes("LĐLD"))).toEqual([]);
    expect(names.every((n) => registry.isKnown(n))).toBe(true);
    expect(plan.newUnits).toEqual([]);
  });

  it("keeps every task's content whole", () => {
    const task = (id: string) => plan.tasks.find((t) => t.id === id)!;
    expect(task("1").content).toBe("Hoàn thiện hồ sơ TĐKT trình các cấp khen thưởng thành tích năm 2020 cho các cấp công đoàn.");
    expect(task("7").content.startsWith("Chi đạo tiếp tục thực hiện Nghị quyết số 07/NQ-TLĐ")).toBe(true);
    expect(task("7").content.endsWith("hoạt động công đoàn”.")).toBe(true);
    expect(task("20").content).toBe("Thẩm định hồ sơ và xét công nhận đề tài sáng kiến, xét công nhận sáng kiến cấp cơ sở");
    expect(task("24").content.endsWith("Cụm thi đua 7 tỉnh biên giới phía Bắc.")).toBe(true);
    expect(plan.tasks.every((t) => t.content.length > 20 && t.content === t.content.trim())).toBe(true);
  });

  it("reads the three submissions owed to the province federation", () => {
    const reqs = plan.requirements;
    expect(reqs.map((r) => r.due)).toEqual([
      { year: 2021, month: 1, day: 30 },
      { year: 2021, month: 5, day: 15 },
      { year: 2021, month: 11, day: 10 },
    ]);
    expect(reqs.map((r) => r.requiredForEligibility)).toEqual([true, false, false]);
    expect(reqs[0].title).toBe("Đăng ký các danh hiệu thi đua năm 2020");
    expect(reqs[1].title).toBe("Báo cáo sơ kết thi đua 6 tháng đầu năm");
    expect(reqs[2].title).toBe("Báo cáo tổng kết công tác thi đua khen thưởng");
    for (const r of reqs) {
      expect(r.recipient).toBe(PROVINCE);
      expect(r.fromUnits).toEqual([DISTRICTS, SECTORS, "Công đoàn Viên chức tỉnh"]);
    }
  });

  it("raises no issue", () => {
    expect(plan.issues).toEqual([]);
  });

  it("gives the same plan through the app's preview, whatever year it is", () => {
    const preview = previewImport(text, { asOf: { year: 2025, month: 6, day: 1 }, lang: "vi", now: new Date(0) });
    expect(preview.imported.tasks).toHaveLength(24);
    expect(preview.model.requirements).toHaveLength(3);
    expect(preview.model.info.number).toBe("217/KH-LĐLD");
  });
});
