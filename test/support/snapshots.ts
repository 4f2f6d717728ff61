import { toExcelSerial, type CalendarDate } from "../../src/core/dates/calendarDate";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook/types";
import { TABLES } from "../../src/core/workbook/types";

export const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};
export const serial = (iso: string): number => toExcelSerial(d(iso));

export const TASK_HEADERS = ["TT", "Quý", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Hạn hoàn thành", "Trạng thái", "Ngày hoàn thành", "Ghi chú", "Cảnh báo"];

export type TaskRowInput = Partial<Record<"id" | "quarter" | "content" | "lead" | "partner" | "deadline" | "status" | "completed" | "notes", CellValue>>;

export function taskRow(r: TaskRowInput): CellValue[] {
  return [
    r.id ?? null,
    r.quarter ?? null,
    r.content ?? null,
    r.lead ?? null,
    r.partner ?? null,
    r.deadline ?? null,
    r.status ?? null,
    r.completed ?? null,
    r.notes ?? null,
    null,
  ];
}

export function table(name: string, sheet: string, headers: string[], rows: CellValue[][], headerRow = 1, firstColumn = 1): TableSnapshot {
  return { name, sheet, headers, rows, headerRow, firstColumn };
}

/** A workbook holding a plan of year `year` with these task rows (and optionally submissions). */
export function planSnapshot(
  tasks: TaskRowInput[],
  opts: {
    year?: number;
    requirements?: CellValue[][];
    submissions?: CellValue[][];
    extraTables?: TableSnapshot[];
  } = {},
): WorkbookSnapshot {
  const tables: TableSnapshot[] = [
    table(TABLES.info, "Kế hoạch", ["Mục", "Giá trị"], [["Số kế hoạch", "1/KH"], ["Tên kế hoạch", "Kế hoạch thử"], ["Năm", opts.year ?? 2021]]),
    table(TABLES.tasks, "Kế hoạch", TASK_HEADERS, tasks.map(taskRow), 9),
  ];
  if (opts.requirements) {
    tables.push(table(TABLES.requirements, "Nộp báo cáo", ["Mã", "Báo cáo phải nộp", "Hạn nộp", "Nơi nhận", "Đơn vị phải nộp", "Bắt buộc để xét khen thưởng"], opts.requirements));
  }
  if (opts.submissions) {
    tables.push(table(TABLES.submissions, "Nộp báo cáo", ["Đơn vị", "Mã báo cáo", "Báo cáo", "Ngày nhận", "Ghi chú", "Cảnh báo"], opts.submissions, 1, 10));
  }
  tables.push(...(opts.extraTables ?? []));
  return { sheets: [{ name: "Kế hoạch", lastRow: 9 + tasks.length }, { name: "Nộp báo cáo", lastRow: 10 }], tables };
}
