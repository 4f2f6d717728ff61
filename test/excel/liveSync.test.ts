import { detectCapabilities } from "../../src/excel/capabilities";
import { startLiveSync } from "../../src/excel/liveSync";
import { COLUMNS, harness, sleep, tableEdit, taskRecords, type Harness } from "./support";

const DEBOUNCE = 30;
const settle = (): Promise<void> => sleep(DEBOUNCE * 4);

async function planWith(apiVersion: string): Promise<Harness> {
  const h = harness({ apiVersion });
  await h.port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(5) })]);
  return h;
}

/** What validation writes back: the whole Cảnh báo column. */
const warnings = (h: Harness, text: string) =>
  h.port.apply([
    tableEdit({ table: "PT_Tasks", columns: [COLUMNS.warnings], ownedColumns: [{ column: "Cảnh báo", values: Array.from({ length: 5 }, () => ({ value: text })) }] }),
  ]);

describe.each(["1.7", "1.8", "1.14"])("live sync on ExcelApi %s", (apiVersion) => {
  test("one user edit → exactly one onEdit; the add-in's own write → none", async () => {
    const h = await planWith(apiVersion);
    const onEdit = jest.fn(async () => undefined);
    const live = await startLiveSync(h.fake.run, { tables: ["PT_Tasks"], debounceMs: DEBOUNCE, onEdit, caps: detectCapabilities(h.fake.isSetSupported), guard: h.guard });
    expect(live.active).toBe(true);

    h.fake.userEdit("Kế hoạch", "E10", [["Hoàn thành"]]);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);

    await warnings(h, "Quá hạn 3 ngày");
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);

    // A user edit right after the add-in's write still counts.
    h.fake.userEdit("Kế hoạch", "B11", [["Nội dung đã sửa"]]);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(2);
    await live.stop();
  });

  test("validation that writes back on each edit does not feed itself", async () => {
    const h = await planWith(apiVersion);
    let runs = 0;
    const live = await startLiveSync(h.fake.run, {
      tables: ["PT_Tasks"],
      debounceMs: DEBOUNCE,
      onEdit: async () => {
        runs++;
        await warnings(h, `lần ${runs}`);
      },
      caps: detectCapabilities(h.fake.isSetSupported),
      guard: h.guard,
    });
    try {
      h.fake.userEdit("Kế hoạch", "E12", [["Tạm dừng"]]);
      await settle();
      await settle();
      expect(runs).toBe(1);
      expect(h.fake.value("Kế hoạch", "F12")).toBe("lần 1");
    } finally {
      await live.stop();
    }
  });
});

describe("live sync", () => {
  test("a burst of edits runs validation once; edits elsewhere, by co-authors or after stop() do not", async () => {
    const h = await planWith("1.8");
    h.fake.addSheet("Ghi chép");
    const onEdit = jest.fn(async () => undefined);
    const live = await startLiveSync(h.fake.run, { tables: ["PT_Tasks"], debounceMs: DEBOUNCE, onEdit, caps: detectCapabilities(h.fake.isSetSupported), guard: h.guard });
    h.fake.userEdit("Kế hoạch", "E10", [["Hoàn thành"]]);
    h.fake.userEdit("Kế hoạch", "E11", [["Hoàn thành"]]);
    h.fake.userEdit("Kế hoạch", "E12", [["Hoàn thành"]]);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);

    h.fake.userEdit("Ghi chép", "A1", [["không liên quan"]]);
    h.fake.userEdit("Kế hoạch", "E13", [["Đang thực hiện"]], "Remote");
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);

    await live.stop();
    h.fake.userEdit("Kế hoạch", "E14", [["Hoàn thành"]]);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(h.fake.handlers.size).toBe(0);
  });

  test("watches a table created after it started", async () => {
    const h = harness({ apiVersion: "1.8" });
    const onEdit = jest.fn(async () => undefined);
    const live = await startLiveSync(h.fake.run, { tables: ["PT_Tasks"], debounceMs: DEBOUNCE, onEdit, caps: detectCapabilities(h.fake.isSetSupported), guard: h.guard });
    await h.port.apply([tableEdit({ table: "PT_Tasks", append: taskRecords(2) })]);
    await settle();
    expect(onEdit).not.toHaveBeenCalled();
    h.fake.userEdit("Kế hoạch", "B10", [["Sửa"]]);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);
    await live.stop();
  });

  test("below ExcelApi 1.7 there are no table events: inactive, nothing registered", async () => {
    const h = await planWith("1.6");
    const live = await startLiveSync(h.fake.run, { tables: ["PT_Tasks"], debounceMs: DEBOUNCE, onEdit: jest.fn(), caps: detectCapabilities(h.fake.isSetSupported) });
    expect(live.active).toBe(false);
    await live.stop();
    expect(h.fake.maxApiUsed).toBeLessThanOrEqual(6);
  });
});
