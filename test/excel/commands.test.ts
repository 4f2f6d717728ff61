import { readFileSync } from "fs";
import { join } from "path";
import { generateSummary } from "../../src/app/buildSummary";
import { importPlanText } from "../../src/app/importPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { TABLES } from "../../src/core/workbook/types";
import { harness } from "./support";

const FIXTURE = readFileSync(join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };

/** The real plan with its task table replaced by n generated tasks (same header, sections, units). */
function planOf(n: number): string {
  const lines = FIXTURE.split("\n");
  const head = lines.findIndex((l) => /^TT\tNội dung/.test(l));
  const end = lines.findIndex((l) => /^II\. /.test(l));
  const units = ["LĐLD tỉnh", "LĐLD tỉnh, LĐLD các huyện, TP, CĐN", "LĐLD tỉnh, Các đơn vị trong khối thi đua", "LĐLD tỉnh Các cấp công đoàn"];
  const rows: string[] = [];
  ["I", "II", "III", "IV"].forEach((q, k) => {
    rows.push(`QUÝ ${q}`);
    const per = Math.ceil(n / 4);
    for (let i = k * per + 1; i <= Math.min(n, (k + 1) * per); i++) rows.push(`${i}\tNhiệm vụ số ${i}: kiểm tra công tác thi đua, khen thưởng của các cấp công đoàn\t${units[i % 4]}`);
  });
  return [...lines.slice(0, head + 1), ...rows, "", ...lines.slice(end)].join("\n");
}

async function runAll(text: string) {
  const h = harness();
  h.fake.addSheet("Sheet1");
  const imported = await h.syncsOf(() => importPlanText(h.port, text, opts));
  const validated = await h.syncsOf(() => validateWorkbook(h.port, opts));
  const summarised = await h.syncsOf(() => generateSummary(h.port, { ...opts, quarterSheets: true }));
  return { h, syncs: { imported, validated, summarised } };
}

describe("import → validate → summary on the fake Excel", () => {
  test("the real plan 217/KH-LĐLD, as of 15/07/2021", async () => {
    const { h } = await runAll(FIXTURE);
    const { fake } = h;
    expect(fake.tableRows(TABLES.tasks)).toHaveLength(24);
    const headers = fake.tableHeaders(TABLES.tasks);
    const col = (name: string) => headers.indexOf(name);
    const task20 = fake.tableRows(TABLES.tasks).find((r) => r[col("TT")] === 20);
    expect(task20?.[col("Đơn vị chủ trì")]).toBe("");
    expect(String(task20?.[col("Cảnh báo")])).not.toBe("");
    const summary = await generateSummary(h.port, opts);
    expect(summary.sheetName).toBe("Tổng hợp");
    expect(fake.sheet("Tổng hợp").charts).toHaveLength(1);
    expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Sheet1", "Kế hoạch", "Đơn vị", "Nộp báo cáo", "Tổng hợp"]));
    // Nothing anywhere became a formula.
    for (const s of fake.sheets) for (const cell of s.cells.values()) expect(cell.formula).toBeUndefined();
  });

  test("the same number of syncs per command for a 10-task and a 10,000-task plan", async () => {
    const small = await runAll(planOf(10));
    const large = await runAll(planOf(10_000));
    expect(small.h.fake.tableRows(TABLES.tasks)).toHaveLength(10);
    expect(large.h.fake.tableRows(TABLES.tasks)).toHaveLength(10_000);
    expect(small.syncs).toEqual({ imported: 4, validated: 4, summarised: 4 });
    expect(large.syncs).toEqual(small.syncs);
    expect(large.h.fake.maxRequestBytes).toBeLessThanOrEqual(5_000_000);
  }, 60_000);
});
