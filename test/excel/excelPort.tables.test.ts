import { UserFacingError } from "../../src/app/errors";
import { COLUMNS, harness, tableEdit, taskRecords } from "./support";
import type { FakeExcel } from "./fakeExcel";

/** A plan table a user made by hand: their own header spellings, an extra column, formatting. */
function userTable(fake: FakeExcel): void {
  fake.addSheet("KH 2021");
  fake.setValues("KH 2021", "A1", [["Kế hoạch thi đua 2021 (bảng tự lập)"]]);
  fake.setValues("KH 2021", "A3:D3", [["STT", "Nội dung công việc", "Người theo dõi", "Thời hạn"]]);
  fake.setValues("KH 2021", "A4:D5", [
    [1, "Hoàn thiện hồ sơ", "chị Lan", 44227],
    [2, "Ban hành kế hoạch", "anh Hùng", 44255],
  ]);
  fake.addTable("KH 2021", "A3:D5", "PT_Tasks");
  fake.format("KH 2021", "B4", { bold: true, fill: "#FFFF00" });
  fake.format("KH 2021", "D4:D5", { numberFormat: "d/m/yyyy" });
  fake.format("KH 2021", "C4:C5", { fontColor: "#FF0000" });
}

describe("apply(): tables", () => {
  test("creates the sheet and the table on an empty workbook, with formats, dropdown, highlight, frozen header", async () => {
    const { fake, port } = harness();
    fake.addSheet("Sheet1");
    await port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(2) })]);

    expect(fake.tableAddress("PT_Tasks")).toBe("A9:F11");
    expect(fake.tableHeaders("PT_Tasks")).toEqual(["TT", "Nội dung", "Đơn vị chủ trì", "Hạn hoàn thành", "Trạng thái", "Cảnh báo"]);
    expect(fake.tableRows("PT_Tasks")[1]).toEqual([2, expect.stringContaining("Nhiệm vụ số 2"), "LĐLĐ tỉnh; LĐLĐ các huyện, thành phố", 44287, "Chưa thực hiện", ""]);
    expect(fake.cell("Kế hoạch", "D10").numberFormat).toBe("dd/mm/yyyy");
    expect(fake.cell("Kế hoạch", "B10").wrap).toBe(true);
    const sheet = fake.sheet("Kế hoạch");
    expect(sheet.validations).toEqual([
      expect.objectContaining({ address: "E10:E11", rule: { list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng" } } }),
    ]);
    expect(sheet.conditionalFormats).toEqual([expect.objectContaining({ address: "F10:F11", type: "Custom", formula: "=LEN(TRIM(F10))>0" })]);
    expect(sheet.freezeRows).toBe(9);
    expect(sheet.widths.get(2)).toBeGreaterThan(sheet.widths.get(1) as number);
  });

  test("a table with no rows yet is created with its header alone, then rows fill it", async () => {
    const { fake, port } = harness();
    await port.apply([tableEdit({ table: "PT_Tasks" })]);
    expect(fake.tableAddress("PT_Tasks")).toBe("A9:F10");
    expect((await port.read()).tables[0].rows).toEqual([]);
    await port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(2) })]);
    expect(fake.tableAddress("PT_Tasks")).toBe("A9:F11");
    expect(fake.tableRows("PT_Tasks").map((r) => r[0])).toEqual([1, 2]);
  });

  test("never covers cells in use: the table goes below the used range", async () => {
    const { fake, port } = harness();
    fake.addSheet("Kế hoạch");
    fake.setValues("Kế hoạch", "A10:B12", [["ghi chú", "của tôi"], ["x", "y"], ["z", "w"]]);
    await port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(1) })]);
    expect(fake.tableAddress("PT_Tasks")).toBe("A14:F15");
    expect(fake.values("Kế hoạch", "A10:B12")).toEqual([["ghi chú", "của tôi"], ["x", "y"], ["z", "w"]]);
  });

  test("two tables side by side on a new sheet both keep their anchors", async () => {
    const { fake, port } = harness();
    await port.apply([
      tableEdit({ table: "PT_Requirements", sheet: "Nộp báo cáo", anchor: { row: 1, column: 1 }, columns: [COLUMNS.id, COLUMNS.content], append: [{ TT: { value: 1 } }] }),
      tableEdit({ table: "PT_Submissions", sheet: "Nộp báo cáo", anchor: { row: 1, column: 10 }, columns: [COLUMNS.lead, COLUMNS.warnings] }),
    ]);
    expect(fake.tableAddress("PT_Requirements")).toBe("A1:B2");
    expect(fake.tableAddress("PT_Submissions")).toBe("J1:K2");
  });

  test("upgrades a user's table: finds columns by header, appends missing ones at the right, keeps theirs", async () => {
    const { fake, port } = harness();
    userTable(fake);
    const before = await port.read();
    expect(before.tables[0].rows).toHaveLength(2);

    await port.apply([
      tableEdit({
        table: "PT_Tasks",
        cells: [{ row: 1, column: "Hạn hoàn thành", value: { value: 44286, style: "date" } }],
        ownedColumns: [{ column: "Cảnh báo", values: [{ value: "Quá hạn 5 ngày" }, { value: null }, { value: "Thiếu đơn vị" }] }],
        append: [{ TT: { value: 3 }, "Nội dung": { value: "Việc mới" }, "Trạng thái": { value: "Đang thực hiện" } }],
      }),
    ]);

    expect(fake.tableAddress("PT_Tasks")).toBe("A3:G6");
    expect(fake.tableHeaders("PT_Tasks")).toEqual(["STT", "Nội dung công việc", "Người theo dõi", "Thời hạn", "Đơn vị chủ trì", "Trạng thái", "Cảnh báo"]);
    expect(fake.tableRows("PT_Tasks")).toEqual([
      [1, "Hoàn thiện hồ sơ", "chị Lan", 44227, "", "", "Quá hạn 5 ngày"],
      [2, "Ban hành kế hoạch", "anh Hùng", 44286, "", "", ""],
      [3, "Việc mới", "", "", "", "Đang thực hiện", "Thiếu đơn vị"],
    ]);
    // The user's formatting and title survive; only the cell written gets the date format.
    expect(fake.cell("KH 2021", "B4")).toMatchObject({ bold: true, fill: "#FFFF00" });
    expect(fake.cell("KH 2021", "C5").fontColor).toBe("#FF0000");
    expect(fake.cell("KH 2021", "D4").numberFormat).toBe("d/m/yyyy");
    expect(fake.cell("KH 2021", "D5").numberFormat).toBe("dd/mm/yyyy");
    expect(fake.value("KH 2021", "A1")).toBe("Kế hoạch thi đua 2021 (bảng tự lập)");
    // Every write stays inside the table (or sets the width of a column the add-in added).
    for (const w of fake.writes) {
      expect(w.sheet).toBe("KH 2021");
      expect(w.address).toMatch(/^([A-G](3|4|5|6)(:[A-G](3|4|5|6))?|[E-G]:[E-G])$/);
    }
  });

  test("strings that look like formulas, numbers or dates are stored as the same text", async () => {
    const { fake, port } = harness();
    const tricky = ["=HYPERLINK(\"http://x\")", "-Đơn vị phối hợp", "+84 912 345 678", "@mention", "'trích dẫn", "15/5/2021", "0123", "TRUE", "1.000"];
    await port.apply([tableEdit({ table: "PT_Tasks", columns: [COLUMNS.id, COLUMNS.content], append: tricky.map((t, i) => ({ TT: { value: i + 1 }, "Nội dung": { value: t } })) })]);
    const rows = (await port.read()).tables[0].rows;
    expect(rows.map((r) => r[1])).toEqual(tricky);
    for (let i = 0; i < tricky.length; i++) expect(fake.cell("Kế hoạch", `B${10 + i}`).formula).toBeUndefined();
  });

  test("refuses, writing nothing, when the table changed since the snapshot", async () => {
    const { fake, port } = harness();
    userTable(fake);
    const writes = fake.writes.length;
    const stale = tableEdit({ table: "PT_Tasks", ownedColumns: [{ column: "Cảnh báo", values: [{ value: "x" }] }] });
    await expect(port.apply([stale])).rejects.toMatchObject({ code: "workbook-changed" });
    await expect(port.apply([tableEdit({ table: "PT_Tasks", cells: [{ row: 5, column: "TT", value: { value: 1 } }] })])).rejects.toBeInstanceOf(UserFacingError);
    expect(fake.writes.length).toBe(writes);
  });

  test("select activates the sheet and selects the cell", async () => {
    const { fake, port } = harness();
    fake.addSheet("A");
    fake.addSheet("Kế hoạch");
    await port.apply([{ kind: "select", sheet: "Kế hoạch", row: 12, column: 3 }]);
    expect(fake.selection).toEqual({ sheet: "Kế hoạch", address: "C12" });
    expect(fake.activeSheet).toBe("Kế hoạch");
  });
});
