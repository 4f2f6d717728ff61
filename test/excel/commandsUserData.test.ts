/**
 * Every command (import, sync, validate, summary) against the strict fake of Excel — it stands in
 * for Excel, which cannot run here: it throws on reading unloaded properties and on APIs above the
 * configured requirement set, and counts syncs. What a user made must survive each command.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateSummary } from "../../src/app/buildSummary";
import { importPlanText } from "../../src/app/importPlan";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import { TABLES } from "../../src/core/workbook/types";
import type { FakeExcel } from "./fakeExcel";
import { harness } from "./support";

const FIXTURE = readFileSync(join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };

/** A plan table the user made before the add-in: their header spellings, their own column, colours. */
function userWorkbook(fake: FakeExcel): void {
  fake.addSheet("KH 2021");
  fake.setValues("KH 2021", "A1", [["Bảng tự lập"]]);
  fake.setValues("KH 2021", "A3:E3", [["STT", "Nội dung công việc", "Người theo dõi", "Đơn vị thực hiện", "Thời hạn"]]);
  fake.setValues("KH 2021", "A4:E5", [
    [1, "Hoàn thiện hồ sơ TĐKT", "chị Lan", "LĐLĐ tỉnh", 44286],
    [2, "Ban hành kế hoạch", "anh Hùng", "LĐLĐ tỉnh", 44377],
  ]);
  fake.addTable("KH 2021", "A3:E5", "PT_Tasks");
  fake.format("KH 2021", "B4", { bold: true, fill: "#FFFF00" });
  fake.format("KH 2021", "C4:C5", { fontColor: "#FF0000" });
  // The user's own summary sheet, with a formula.
  fake.addSheet("Tổng hợp");
  fake.setValues("Tổng hợp", "A1:B2", [["Ghi chép riêng", 1], ["=SUM(B1)", 2]]);
}

describe("a user's column, formatting and own Tổng hợp sheet survive every command", () => {
  const { fake, port } = harness({ apiVersion: "1.8" });
  userWorkbook(fake);
  const mySummary = fake.dump("Tổng hợp");
  const myCells = () => ({
    c4: fake.value("KH 2021", "C4"),
    c5: fake.value("KH 2021", "C5"),
    b4: fake.cell("KH 2021", "B4"),
    c4Look: fake.cell("KH 2021", "C4").fontColor,
    a1: fake.value("KH 2021", "A1"),
  });
  const before = myCells();

  const commands: [string, () => Promise<unknown>][] = [
    ["sync", () => syncWorkbook(port, opts)],
    ["import", () => importPlanText(port, FIXTURE, opts)],
    ["validate", () => validateWorkbook(port, opts)],
    ["summary", () => generateSummary(port, { ...opts, quarterSheets: true })],
    ["summary again", () => generateSummary(port, opts)],
  ];
  it.each(commands)("after %s", async (_name, command) => {
    await command();
    const now = myCells();
    expect(now.c4).toBe("chị Lan");
    expect(now.c5).toBe("anh Hùng");
    expect(now.a1).toBe("Bảng tự lập");
    expect(now.c4Look).toBe(before.c4Look);
    expect(now.b4).toMatchObject({ bold: true, fill: "#FFFF00", value: "Hoàn thiện hồ sơ TĐKT" });
    expect(fake.tableHeaders(TABLES.tasks).slice(0, 5)).toEqual(["STT", "Nội dung công việc", "Người theo dõi", "Đơn vị thực hiện", "Thời hạn"]);
    expect(fake.dump("Tổng hợp")).toEqual(mySummary);
    expect(fake.writes.filter((w) => w.sheet === "Tổng hợp")).toEqual([]);
  });

  it("the plan grew by the imported tasks it lacked, the summary went to Tổng hợp (2)", () => {
    // Tasks 1 and 2 were the user's and stay theirs; 22 more came from the document.
    expect(fake.tableRows(TABLES.tasks)).toHaveLength(24);
    expect(fake.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["KH 2021", "Tổng hợp", "Tổng hợp (2)", "Quý I", "Đơn vị", "Nộp báo cáo"]));
    expect(fake.value("Tổng hợp (2)", "A1")).toBe("TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH");
  });
});

describe("on ExcelApi 1.1 (Office 2016) the core commands work", () => {
  it("import, validate and summary on the real plan, calling nothing above 1.1", async () => {
    const { fake, port } = harness({ apiVersion: "1.1" });
    fake.addSheet("Sheet1");
    const imported = await importPlanText(port, FIXTURE, opts);
    expect(imported.taskCount).toBe(24);
    const validated = await validateWorkbook(port, opts);
    expect(validated.issues.filter((i) => i.code === "task-overdue")).toHaveLength(14);
    const summary = await generateSummary(port, opts);
    expect(summary.sheetName).toBe("Tổng hợp");
    expect(fake.values("Tổng hợp", "A13:B16")).toEqual([
      ["Quý I", 7],
      ["Quý II", 7],
      ["Quý III", 3],
      ["Quý IV", 7],
    ]);
    expect(fake.maxApiUsed).toBe(1);
  });
});
