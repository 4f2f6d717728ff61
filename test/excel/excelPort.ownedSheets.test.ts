import type { OwnedSheetContent, WorkbookEdit } from "../../src/core/workbook/types";
import { harness } from "./support";

function summary(stamp: string, overrides: Partial<OwnedSheetContent> = {}): OwnedSheetContent {
  return {
    preferredName: "Tổng hợp",
    markerTable: "PT_Summary",
    blocks: [
      { row: 1, column: 1, cells: [[{ value: "TỔNG HỢP KẾT QUẢ", style: "title" }], [{ value: `Lập lúc ${stamp}`, style: "muted" }]] },
      {
        row: 4,
        column: 1,
        cells: [
          ["Kỳ", "Tổng", "Hoàn thành", "Tỷ lệ", "Đang làm"].map((v) => ({ value: v, style: "header" as const })),
          [{ value: "Quý I" }, { value: 7, style: "integer" }, { value: 5, style: "integer" }, { value: 5 / 7, style: "percent" }, { value: 2, style: "integer" }],
          [{ value: "Quý II" }, { value: 7, style: "integer" }, { value: 3, style: "integer" }, { value: 3 / 7, style: "percent" }, { value: 4, style: "integer" }],
          [{ value: "=Quý III" }, { value: 3, style: "integer" }, { value: 0, style: "integer" }, { value: 0, style: "percent" }, { value: 1, style: "integer" }],
        ],
      },
      { row: 9, column: 1, cells: [[{ value: "Hạn gần nhất", style: "label" }, { value: 44331, style: "date" }]] },
    ],
    tables: [{ name: "PT_Summary", row: 4, column: 1, rowCount: 3, columnCount: 5 }],
    columnWidths: [20, 10, 10, 10, 10],
    charts: [
      {
        title: "Trạng thái theo quý",
        categories: { row: 5, column: 1, count: 3 },
        series: [
          { name: "Hoàn thành", row: 5, column: 3 },
          { name: "Đang làm", row: 5, column: 5 },
        ],
        anchor: { row: 1, column: 8, columns: 6, rows: 12 },
      },
    ],
    activate: true,
    ...overrides,
  };
}

const edit = (content: OwnedSheetContent): WorkbookEdit => ({ kind: "ownedSheet", content });

describe("apply(): sheets the add-in owns", () => {
  test("creates the sheet with values, styles grouped into few calls, widths, its table and chart", async () => {
    const { fake, port } = harness();
    fake.addSheet("Kế hoạch");
    const result = await port.apply([edit(summary("15/07/2021 08:00"))]);

    expect(result.ownedSheets).toEqual({ PT_Summary: "Tổng hợp" });
    expect(fake.values("Tổng hợp", "A4:E5")).toEqual([
      ["Kỳ", "Tổng", "Hoàn thành", "Tỷ lệ", "Đang làm"],
      ["Quý I", 7, 5, 5 / 7, 2],
    ]);
    expect(fake.cell("Tổng hợp", "A7")).toMatchObject({ value: "=Quý III", text: true });
    expect(fake.cell("Tổng hợp", "A1")).toMatchObject({ bold: true, size: 14 });
    expect(fake.cell("Tổng hợp", "C4")).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(fake.cell("Tổng hợp", "D6").numberFormat).toBe("0.0%");
    expect(fake.cell("Tổng hợp", "B9").numberFormat).toBe("dd/mm/yyyy");
    expect(fake.tableAddress("PT_Summary")).toBe("A4:E7");
    // One call per rectangle of equal style: the header row is one call, not five.
    expect(fake.writes.filter((w) => w.kind === "fill").map((w) => w.address)).toEqual(["A4:E4"]);
    const sheet = fake.sheet("Tổng hợp");
    expect(sheet.widths.get(1)).toBeGreaterThan(sheet.widths.get(2) as number);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ title: "Trạng thái theo quý", type: "ColumnStacked", position: { topLeft: "H1", bottomRight: "M12" } });
    expect(sheet.charts[0].series).toEqual([
      { name: "Hoàn thành", column: 3 },
      { name: "Đang làm", column: 5 },
    ]);
    expect(fake.activeSheet).toBe("Tổng hợp");
  });

  test("rebuilds in place: the same content twice gives the same sheet, one table, one chart", async () => {
    const { fake, port } = harness();
    await port.apply([edit(summary("15/07/2021 08:00"))]);
    const first = fake.dump("Tổng hợp");
    fake.setValues("Tổng hợp", "A20", [["rác còn lại từ lần trước"]]);
    await port.apply([edit(summary("15/07/2021 08:00"))]);
    expect(fake.dump("Tổng hợp")).toEqual(first);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp"]);
    expect(fake.sheet("Tổng hợp").charts).toHaveLength(1);
    expect(fake.tableModels.map((t) => t.name)).toEqual(["PT_Summary"]);
  });

  test("finds its sheet by the marker table even after the user renamed it", async () => {
    const { fake, port } = harness();
    await port.apply([edit(summary("08:00"))]);
    fake.sheet("Tổng hợp").name = "Báo cáo quý";
    const result = await port.apply([edit(summary("09:00"))]);
    expect(result.ownedSheets).toEqual({ PT_Summary: "Báo cáo quý" });
    expect(fake.value("Báo cáo quý", "A2")).toBe("Lập lúc 09:00");
    expect(fake.sheets).toHaveLength(1);
  });

  test("never touches a user's own sheet named Tổng hợp: writes Tổng hợp (2), then (2) again", async () => {
    const { fake, port } = harness();
    fake.addSheet("Tổng hợp");
    fake.setValues("Tổng hợp", "A1:B2", [["Số liệu của tôi", 1], ["=SUM(B1)", 2]]);
    fake.format("Tổng hợp", "A1", { bold: true });
    const mine = JSON.stringify(fake.sheet("Tổng hợp").cells.entries().next());
    const before = fake.dump("Tổng hợp");

    const first = await port.apply([edit(summary("08:00"))]);
    const second = await port.apply([edit(summary("08:00"))]);

    expect(first.ownedSheets.PT_Summary).toBe("Tổng hợp (2)");
    expect(second.ownedSheets.PT_Summary).toBe("Tổng hợp (2)");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect(fake.dump("Tổng hợp")).toEqual(before);
    expect(JSON.stringify(fake.sheet("Tổng hợp").cells.entries().next())).toBe(mine);
    expect(fake.writes.filter((w) => w.sheet === "Tổng hợp")).toEqual([]);
  });

  test("on ExcelApi below 1.7 a chart of non-adjacent columns charts a copy under itself", async () => {
    const { fake, port } = harness({ apiVersion: "1.6" });
    await port.apply([edit(summary("08:00"))]);
    const chart = fake.sheet("Tổng hợp").charts[0];
    expect(chart.source).toBe("H1:J3");
    expect(fake.values("Tổng hợp", "H1:J3")).toEqual([
      ["Quý I", 5, 2],
      ["Quý II", 3, 4],
      ["=Quý III", 0, 1],
    ]);
    expect(chart.series.map((s) => s.name)).toEqual(["Hoàn thành", "Đang làm"]);
    expect(fake.maxApiUsed).toBeLessThanOrEqual(6);
  });
});
