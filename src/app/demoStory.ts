/**
 * The demo's story: plan 217/KH-LĐLĐ as it stands on 15/07/2021, half-way through the year, with
 * real movement — tasks done on time (one on its very deadline), done late, in progress, overdue,
 * one finished ahead of its deadline, one paused; units that sent their reports on time, late, or
 * not at all. Fixed data, so the demo is the same on every run and every machine.
 */
import { toExcelSerial, type CalendarDate } from "../core/dates/calendarDate";
import { STATUS_LABELS, type TaskStatus } from "../core/plan/model";
import { TASK_COLUMNS } from "../core/plan/headers";
import { SUBMISSION_COLUMNS } from "../core/plan/tables";
import { readPlanModel } from "../core/plan/workbookModel";
import type { CellWrite, TableEdit } from "../core/workbook/types";
import type { WorkbookPort } from "./port";

export const DEMO_AS_OF: CalendarDate = { year: 2021, month: 7, day: 15 };

const d = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
};

/** Task number → status and the day it was finished. Tasks not listed stay "Chưa thực hiện". */
export const DEMO_TASKS: Readonly<Record<string, readonly [TaskStatus, string?]>> = {
  // Quarter I, due 31/03.
  "1": ["done", "2021-03-25"],
  "2": ["done", "2021-03-31"], // on the deadline day: on time
  "3": ["done", "2021-04-12"], // late
  "4": ["done", "2021-03-20"],
  "5": ["in-progress"], // overdue
  "6": ["done", "2021-03-29"],
  "7": ["done", "2021-05-05"], // late
  // Quarter II, due 30/06.
  "8": ["done", "2021-06-28"],
  "9": ["done", "2021-07-10"], // late
  "10": ["in-progress"], // overdue
  "11": ["done", "2021-06-25"],
  "12": ["not-started"], // overdue
  "13": ["in-progress"], // overdue
  "14": ["done", "2021-06-30"], // on the deadline day
  // Quarter III, due 30/09.
  "15": ["in-progress"],
  "17": ["done", "2021-07-12"], // ahead of its deadline
  // Quarter IV.
  "18": ["in-progress"],
  "23": ["paused"],
};

/** [unit, report code, received on]. Units not listed have sent nothing. */
export const DEMO_RECEIPTS: readonly (readonly [string, string, string])[] = [
  // R1: registration of emulation titles, due 30/01, required for commendation.
  ["LĐLĐ thành phố Lai Châu", "R1", "2021-01-25"],
  ["LĐLĐ huyện Tam Đường", "R1", "2021-01-28"],
  ["LĐLĐ huyện Mường Tè", "R1", "2021-01-30"],
  ["LĐLĐ huyện Sìn Hồ", "R1", "2021-02-02"], // late
  ["LĐLĐ huyện Phong Thổ", "R1", "2021-01-29"],
  ["LĐLĐ huyện Than Uyên", "R1", "2021-01-27"],
  ["LĐLĐ huyện Tân Uyên", "R1", "2021-02-05"], // late
  // LĐLĐ huyện Nậm Nhùn: never registered (not eligible for commendation).
  ["Công đoàn ngành Giáo dục", "R1", "2021-01-26"],
  ["Công đoàn Viên chức tỉnh", "R1", "2021-01-30"],
  // R2: 6-month report, due 15/05.
  ["LĐLĐ thành phố Lai Châu", "R2", "2021-05-14"],
  ["LĐLĐ huyện Tam Đường", "R2", "2021-05-20"], // late
  ["LĐLĐ huyện Sìn Hồ", "R2", "2021-05-15"],
  ["LĐLĐ huyện Than Uyên", "R2", "2021-05-12"],
  ["LĐLĐ huyện Tân Uyên", "R2", "2021-05-18"], // late
  ["Công đoàn ngành Giáo dục", "R2", "2021-05-13"],
  ["Công đoàn Viên chức tỉnh", "R2", "2021-05-15"],
  // Mường Tè, Phong Thổ, Nậm Nhùn: no 6-month report yet.
];

const date = (iso: string): CellWrite => ({ value: toExcelSerial(d(iso)), style: "date" });

/** Writes the story into a workbook that holds the imported plan 217. */
export async function tellDemoStory(port: WorkbookPort): Promise<void> {
  const model = readPlanModel(await port.read(), DEMO_AS_OF.year);
  const edits: TableEdit[] = [];
  if (model.tasks) {
    const cells: TableEdit["cells"][number][] = [];
    for (const r of model.taskRows) {
      const story = DEMO_TASKS[r.task.id];
      if (!story) continue;
      cells.push({ row: r.index, column: TASK_COLUMNS.status.header, value: { value: STATUS_LABELS[story[0]].vi } });
      if (story[1]) cells.push({ row: r.index, column: TASK_COLUMNS.completedOn.header, value: date(story[1]) });
    }
    const t = model.tasks.table;
    edits.push({ kind: "table", table: t.name, sheet: t.sheet, anchor: { row: t.headerRow, column: t.firstColumn }, columns: [TASK_COLUMNS.status, TASK_COLUMNS.completedOn], cells, ownedColumns: [], append: [] });
  }
  if (model.submissionsTable) {
    const received = new Map(DEMO_RECEIPTS.map(([unit, id, on]) => [`${unit}\u0000${id}`, on]));
    const cells: TableEdit["cells"][number][] = [];
    for (const s of model.submissionRows) {
      const on = received.get(`${s.submission.unit}\u0000${s.submission.requirementId}`);
      if (on) cells.push({ row: s.index, column: SUBMISSION_COLUMNS.receivedOn.header, value: date(on) });
    }
    const t = model.submissionsTable.table;
    edits.push({ kind: "table", table: t.name, sheet: t.sheet, anchor: { row: t.headerRow, column: t.firstColumn }, columns: [SUBMISSION_COLUMNS.receivedOn], cells, ownedColumns: [], append: [] });
  }
  await port.apply(edits);
}
