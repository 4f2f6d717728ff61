import { simulateEdits } from "../../../src/core/workbook/simulate";
import type { TableEdit, WorkbookSnapshot } from "../../../src/core/workbook/types";

const snapshot: WorkbookSnapshot = {
  sheets: [{ name: "Kế hoạch", lastRow: 3 }],
  tables: [
    {
      name: "PT_Tasks",
      sheet: "Kế hoạch",
      headers: ["TT", "Cảnh báo"],
      rows: [
        [1, ""],
        [2, null],
      ],
      formulas: [
        [false, true],
        [false, false],
      ],
      headerRow: 1,
      firstColumn: 1,
    },
  ],
};

const edit: TableEdit = {
  kind: "table",
  table: "PT_Tasks",
  sheet: "Kế hoạch",
  anchor: { row: 1, column: 1 },
  columns: [
    { header: "TT", synonyms: [] },
    { header: "Cảnh báo", synonyms: [] },
    { header: "Trạng thái", synonyms: [] },
  ],
  cells: [
    { row: 0, column: "Cảnh báo", value: { value: "x" } },
    { row: 0, column: "Trạng thái", value: { value: "Chưa thực hiện" } },
  ],
  ownedColumns: [{ column: "Cảnh báo", values: [{ value: "Quá hạn" }, { value: "Thiếu đơn vị" }, { value: "Mới" }] }],
  append: [{ TT: { value: 3 } }],
};

describe("simulateEdits, as the adapters write", () => {
  const after = simulateEdits(snapshot, [edit]).tables[0];

  it("never writes over a formula, by a single cell or an owned column", () => {
    expect(after.rows).toEqual([
      [1, "", "Chưa thực hiện"],
      [2, "Thiếu đơn vị", null],
      [3, "Mới", null],
    ]);
  });
  it("keeps which cells hold formulas, shaped as the rows once columns and rows are added", () => {
    expect(after.formulas).toEqual([
      [false, true, false],
      [false, false, false],
      [false, false, false],
    ]);
  });
  it("a snapshot without formulas stays without", () => {
    const plain = { ...snapshot, tables: [{ ...snapshot.tables[0], formulas: undefined }] };
    const t = simulateEdits(plain, [edit]).tables[0];
    expect(t.formulas).toBeUndefined();
    expect(t.rows[0]).toEqual([1, "Quá hạn", "Chưa thực hiện"]);
  });
});
