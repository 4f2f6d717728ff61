import { harness } from "./support";
import type { FakeExcel } from "./fakeExcel";

function planWorkbook(fake: FakeExcel, rows: number): void {
  fake.addSheet("Kế hoạch");
  fake.setValues("Kế hoạch", "A1:B2", [["Số", "217/KH-LĐLD"], ["Năm", 2021]]);
  fake.setValues("Kế hoạch", "A5:D5", [["TT", "Nội dung", "Hạn hoàn thành", "Ghi chú"]]);
  const body = Array.from({ length: rows }, (_, i) => [i + 1, `Nhiệm vụ ${i + 1}`, 44316 + i, ""]);
  fake.setValues("Kế hoạch", `A6:D${5 + rows}`, body);
  fake.addTable("Kế hoạch", `A5:D${5 + rows}`, "PT_Tasks");
}

describe("read()", () => {
  test("gives every sheet and table: headers, rows, position; empty cells null, errors as text", async () => {
    const { fake, port } = harness();
    planWorkbook(fake, 3);
    fake.cell("Kế hoạch", "D7").value = "#N/A";
    fake.addSheet("Trống");
    fake.addSheet("Đơn vị");
    fake.setValues("Đơn vị", "C3:D3", [["Tên đơn vị", "Loại"]]);
    fake.setValues("Đơn vị", "C4:D4", [["LĐLĐ tỉnh", "Cấp tỉnh"]]);
    fake.addTable("Đơn vị", "C3:D4", "PT_Units");

    const snapshot = await port.read();

    expect(snapshot.sheets).toEqual([
      { name: "Kế hoạch", lastRow: 8 },
      { name: "Trống", lastRow: 0 },
      { name: "Đơn vị", lastRow: 4 },
    ]);
    expect(snapshot.tables).toEqual([
      {
        name: "PT_Tasks",
        sheet: "Kế hoạch",
        headers: ["TT", "Nội dung", "Hạn hoàn thành", "Ghi chú"],
        rows: [
          [1, "Nhiệm vụ 1", 44316, null],
          [2, "Nhiệm vụ 2", 44317, "#N/A"],
          [3, "Nhiệm vụ 3", 44318, null],
        ],
        headerRow: 5,
        firstColumn: 1,
      },
      { name: "PT_Units", sheet: "Đơn vị", headers: ["Tên đơn vị", "Loại"], rows: [["LĐLĐ tỉnh", "Cấp tỉnh"]], headerRow: 3, firstColumn: 3 },
    ]);
  });

  test("a table with only its header row reads as no rows", async () => {
    const { fake, port } = harness();
    fake.addSheet("S");
    fake.setValues("S", "B2:C2", [["Đơn vị", "Ngày nhận"]]);
    fake.addTable("S", "B2:C2", "PT_Submissions");
    const snapshot = await port.read();
    expect(snapshot.tables[0]).toMatchObject({ headers: ["Đơn vị", "Ngày nhận"], rows: [], headerRow: 2, firstColumn: 2 });
  });

  test.each(["1.1", "1.3", "1.4", "1.20"])("works on ExcelApi %s, a blank sheet reading as lastRow 0", async (apiVersion) => {
    const { fake, port } = harness({ apiVersion });
    planWorkbook(fake, 2);
    fake.addSheet("Trống");
    fake.addSheet("Chỉ A1");
    fake.setValues("Chỉ A1", "A1", [["x"]]);
    const snapshot = await port.read();
    expect(snapshot.sheets.map((s) => s.lastRow)).toEqual([7, 0, 1]);
    expect(snapshot.tables[0].rows).toHaveLength(2);
    expect(fake.maxApiUsed).toBeLessThanOrEqual(Number(apiVersion.split(".")[1]));
  });

  test("takes 2 syncs whether the plan has 10 or 10,000 rows", async () => {
    const small = harness();
    planWorkbook(small.fake, 10);
    const large = harness();
    planWorkbook(large.fake, 10_000);
    expect(await small.syncsOf(() => small.port.read())).toBe(2);
    expect(await large.syncsOf(() => large.port.read())).toBe(2);
    expect((await large.port.read()).tables[0].rows).toHaveLength(10_000);
  });

  test("when Excel on the web refuses a response as too large, reads the rows in slices", async () => {
    const { fake, port } = harness({ responseLimitBytes: 200_000 });
    planWorkbook(fake, 10_000);
    const snapshot = await port.read();
    expect(snapshot.tables[0].rows).toHaveLength(10_000);
    expect(snapshot.tables[0].rows[9_999]).toEqual([10_000, "Nhiệm vụ 10000", 44316 + 9_999, null]);
    expect(fake.refusedResponses).toBeGreaterThan(0);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(200_000);
  });
});
