import { UserFacingError } from "../../src/app/errors";
import type { WorkbookPort } from "../../src/app/port";
import type { ColumnSpec, TableEdit } from "../../src/core/workbook/types";
import { detectCapabilities } from "../../src/excel/capabilities";
import { createExcelPort, type ExcelPortOptions } from "../../src/excel/excelPort";
import { OwnWriteGuard } from "../../src/excel/ownWrites";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";

export interface Harness {
  readonly fake: FakeExcel;
  readonly port: WorkbookPort;
  readonly guard: OwnWriteGuard;
  /** Syncs spent by `work`. */
  syncsOf(work: () => Promise<unknown>): Promise<number>;
}

/** A fake Excel of the given API level and the port over it, with capabilities detected from it. */
export function harness(opts: FakeExcelOptions & ExcelPortOptions = {}): Harness {
  const fake = new FakeExcel(opts);
  const guard = opts.guard ?? new OwnWriteGuard();
  const port = createExcelPort(fake.run, detectCapabilities(fake.isSetSupported), { payloadBudget: opts.payloadBudget, guard });
  return {
    fake,
    port,
    guard,
    async syncsOf(work) {
      const before = fake.syncCount;
      await work();
      return fake.syncCount - before;
    },
  };
}

export const COLUMNS: Record<"id" | "content" | "lead" | "deadline" | "status" | "warnings", ColumnSpec> = {
  id: { header: "TT", synonyms: ["STT", "Số TT"], width: 6 },
  content: { header: "Nội dung", synonyms: ["Nội dung công việc", "Nhiệm vụ"], width: 60, style: "wrap" },
  lead: { header: "Đơn vị chủ trì", synonyms: ["Đơn vị thực hiện", "Chủ trì"], width: 28 },
  deadline: { header: "Hạn hoàn thành", synonyms: ["Thời hạn", "Thời gian"], width: 14, style: "date" },
  status: { header: "Trạng thái", synonyms: ["Status"], width: 16, allowed: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng"] },
  warnings: { header: "Cảnh báo", synonyms: ["Warnings"], width: 40, style: "wrap" },
};
export const ALL_COLUMNS = Object.values(COLUMNS);

export function tableEdit(over: Partial<TableEdit> & Pick<TableEdit, "table">): TableEdit {
  return {
    kind: "table",
    sheet: "Kế hoạch",
    anchor: { row: 9, column: 1 },
    columns: ALL_COLUMNS,
    cells: [],
    ownedColumns: [],
    append: [],
    ...over,
  };
}

/** n task rows as append records. */
export function taskRecords(n: number, first = 1): TableEdit["append"] {
  return Array.from({ length: n }, (_, i) => ({
    TT: { value: first + i },
    "Nội dung": { value: `Nhiệm vụ số ${first + i}: hoàn thiện hồ sơ thi đua, khen thưởng của các cấp công đoàn` },
    "Đơn vị chủ trì": { value: "LĐLĐ tỉnh; LĐLĐ các huyện, thành phố" },
    "Hạn hoàn thành": { value: 44286 + (i % 365), style: "date" as const },
    "Trạng thái": { value: "Chưa thực hiện" },
  }));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The UserFacingError a command refuses with (the test fails when it goes through or throws another). */
export async function refusal(work: () => Promise<unknown>): Promise<UserFacingError> {
  const error = await work().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  return error as UserFacingError;
}
