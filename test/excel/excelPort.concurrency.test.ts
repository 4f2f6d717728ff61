import * as path from "path";
import { readFileSync } from "fs";
import { generateSummary } from "../../src/app/buildSummary";
import { importPlanText } from "../../src/app/importPlan";
import type { WorkbookPort } from "../../src/app/port";
import { syncWorkbook } from "../../src/app/syncPlan";
import type { CommandOptions } from "../../src/app/types";
import { validateWorkbook } from "../../src/app/validate";
import type { FakeExcel } from "./fakeExcel";
import { harness, refusal } from "./support";

const OPTS: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 9, 0) };
const PLAN = readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const VERSIONS = ["1.1", "1.4", "1.20"];

/** The port, with `change` made in Excel after read() has answered and before apply() starts. */
function changedBetween(port: WorkbookPort, change: () => void): WorkbookPort {
  return {
    read: async () => {
      const snapshot = await port.read();
      change();
      return snapshot;
    },
    apply: (edits, progress) => port.apply(edits, progress),
  };
}

/** A workbook the add-in set up: the fixture plan imported (on the given ExcelApi). */
async function imported(apiVersion: string): Promise<{ fake: FakeExcel; port: WorkbookPort }> {
  const h = harness({ apiVersion });
  h.fake.addSheet("Sheet1");
  await importPlanText(h.port, PLAN, OPTS);
  return h;
}

/** Every cell of every sheet, for "nothing changed". */
const everything = (fake: FakeExcel): unknown => fake.sheets.map((s) => [s.name, fake.dump(s.name)]);

describe("the workbook changes between read() and apply()", () => {
  test.each(VERSIONS)("ExcelApi %s: a sheet the user adds meanwhile is left as it is, and the command goes through", async (apiVersion) => {
    const { fake, port } = await imported(apiVersion);
    fake.setValues("Kế hoạch", "C10", [[""]]);
    const writes = fake.writes.length;
    const outcome = await validateWorkbook(
      changedBetween(port, () => {
        fake.addSheet("Ghi chép");
        fake.setValues("Ghi chép", "A1:B2", [["Việc", "Ai"], ["Gọi điện", "Lan"]]);
      }),
      OPTS,
    );
    expect(outcome.taskCount).toBeGreaterThan(20);
    expect(fake.writes.length).toBeGreaterThan(writes);
    expect(fake.writes.filter((w) => w.sheet === "Ghi chép")).toEqual([]);
    expect(fake.dump("Ghi chép")).toEqual({ A1: "Việc", B1: "Ai", A2: "Gọi điện", B2: "Lan" });
  });

  test.each(VERSIONS)("ExcelApi %s: a user's sheet named Tổng hợp added meanwhile is kept; the summary goes to Tổng hợp (2)", async (apiVersion) => {
    const { fake, port } = await imported(apiVersion);
    const result = await generateSummary(
      changedBetween(port, () => {
        fake.addSheet("Tổng hợp");
        fake.setValues("Tổng hợp", "A1", [["Bảng của tôi"]]);
      }),
      OPTS,
    );
    expect(result.sheetName).toBe("Tổng hợp (2)");
    expect(fake.dump("Tổng hợp")).toEqual({ A1: "Bảng của tôi" });
    expect(fake.writes.filter((w) => w.sheet === "Tổng hợp")).toEqual([]);
  });

  test.each(VERSIONS)("ExcelApi %s: PT_Tasks deleted meanwhile: validate refuses (workbook-changed), writing nothing", async (apiVersion) => {
    const { fake, port } = await imported(apiVersion);
    const writes = fake.writes.length;
    let before: unknown;
    const error = await refusal(() =>
      validateWorkbook(
        changedBetween(port, () => {
          fake.removeTable("PT_Tasks");
          before = everything(fake);
        }),
        OPTS,
      ),
    );
    expect(error.code).toBe("workbook-changed");
    expect(error.vi).toContain("PT_Tasks");
    expect(error.en).toContain("Run the command again");
    expect(fake.writes.length).toBe(writes);
    expect(everything(fake)).toEqual(before);
    expect(fake.tableModels.map((t) => t.name)).not.toContain("PT_Tasks");
  });

  test.each(VERSIONS)("ExcelApi %s: PT_Requirements turned into a plain range meanwhile: an import refuses rather than make another", async (apiVersion) => {
    const { fake, port } = harness({ apiVersion });
    fake.addSheet("Sheet1");
    // The first tasks of the plan, without its reports: the whole plan then only appends to
    // PT_Requirements (no cell of it is written).
    await importPlanText(port, PLAN.split("\n").slice(0, 25).join("\n"), OPTS);
    expect(fake.tableRows("PT_Requirements")).toEqual([]);
    const writes = fake.writes.length;
    let before: unknown;
    const error = await refusal(() =>
      importPlanText(
        changedBetween(port, () => {
          fake.removeTable("PT_Requirements", true);
          before = everything(fake);
        }),
        PLAN,
        OPTS,
      ),
    );
    expect(error.code).toBe("workbook-changed");
    expect(error.vi).toContain("PT_Requirements");
    expect(fake.writes.length).toBe(writes);
    expect(everything(fake)).toEqual(before);
    expect(fake.tableModels.map((t) => t.name)).not.toContain("PT_Requirements");
  });

  test.each(VERSIONS)("ExcelApi %s: a row typed under PT_Tasks meanwhile: sync refuses (workbook-changed), writing nothing", async (apiVersion) => {
    const { fake, port } = await imported(apiVersion);
    const rows = fake.tableRows("PT_Tasks").length;
    const writes = fake.writes.length;
    let before: unknown;
    const error = await refusal(() =>
      syncWorkbook(
        changedBetween(port, () => {
          fake.typeBelowTable("PT_Tasks", fake.tableHeaders("PT_Tasks").map((h) => (h === "Nội dung" ? "Việc mới thêm" : "")));
          before = everything(fake);
        }),
        OPTS,
      ),
    );
    expect(error.code).toBe("workbook-changed");
    expect(error.en).toContain("PT_Tasks");
    expect(fake.writes.length).toBe(writes);
    expect(everything(fake)).toEqual(before);
    expect(fake.tableRows("PT_Tasks")).toHaveLength(rows + 1);
  });
});
