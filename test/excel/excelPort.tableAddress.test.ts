/**
 * Tables are created with a sheet-qualified address ("'Kế hoạch'!A9:J10"): Microsoft's reference
 * for TableCollection.add says an address without a sheet name goes to the active sheet, even when
 * the collection is a worksheet's, and the fake does the same. A user who runs the import while
 * looking at their own sheet must find the plan on its own sheets, and their sheet untouched.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importPlanText } from "../../src/app/importPlan";
import type { CommandOptions } from "../../src/app/types";
import { TABLES } from "../../src/core/workbook/types";
import { sheetRangeAddress } from "../../src/excel/a1";
import { harness } from "./support";

const FIXTURE = readFileSync(join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const opts: CommandOptions = { asOf: { year: 2021, month: 7, day: 15 }, lang: "vi", now: new Date(2021, 6, 15, 8, 30) };

test("importing while the user's own sheet is active puts every table on the add-in's sheets", async () => {
  for (const apiVersion of ["1.1", "1.20"]) {
    const h = harness({ apiVersion });
    h.fake.addSheet("Ghi chép của tôi");
    h.fake.setValues("Ghi chép của tôi", "A1:B2", [
      ["Việc", "Ngày"],
      ["Họp chi bộ", "05/01/2021"],
    ]);
    const before = h.fake.dump("Ghi chép của tôi");
    await importPlanText(h.port, FIXTURE, opts);
    const sheetOf = (table: string) => h.fake.table(table).sheet.name;
    expect({ apiVersion, tasks: sheetOf(TABLES.tasks), info: sheetOf(TABLES.info), units: sheetOf(TABLES.units) }).toEqual({
      apiVersion,
      tasks: "Kế hoạch",
      info: "Kế hoạch",
      units: "Đơn vị",
    });
    expect(sheetOf(TABLES.submissions)).toBe("Nộp báo cáo");
    expect(h.fake.tableAddress(TABLES.tasks)).toMatch(/^A9:/);
    expect(h.fake.dump("Ghi chép của tôi")).toEqual(before);
  }
});

test("a sheet name is quoted, with its own quotes doubled", () => {
  expect(sheetRangeAddress("Kế hoạch", 9, 1, 25, 10)).toBe("'Kế hoạch'!A9:J33");
  expect(sheetRangeAddress("KH của Lan's", 1, 1, 1, 1)).toBe("'KH của Lan''s'!A1");
});
