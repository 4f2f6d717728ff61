import { matchKey } from "../text/normalize";
import type { ColumnSpec } from "../workbook/types";

/** Column meanings of the task table, with the header spellings real plans use. */
export type TaskField =
  | "id"
  | "group"
  | "quarter"
  | "content"
  | "leadUnits"
  | "partnerUnits"
  | "monitorUnits"
  | "deadline"
  | "deadlineText"
  | "status"
  | "completedOn"
  | "notes"
  | "warnings";

export const TASK_COLUMNS: Readonly<Record<TaskField, ColumnSpec>> = {
  id: { header: "TT", synonyms: ["STT", "Số TT", "Số thứ tự", "No", "No.", "ID", "Mã"], width: 6 },
  group: { header: "Nhóm", synonyms: ["Nhóm nhiệm vụ", "Lĩnh vực", "Group"], width: 22, style: "wrap" },
  quarter: { header: "Quý", synonyms: ["Quarter", "Q"], width: 6, style: "integer" },
  content: {
    header: "Nội dung",
    synonyms: [
      "Nội dung công việc",
      "Nhiệm vụ",
      "Nội dung nhiệm vụ",
      "Tên nhiệm vụ",
      "Nhiệm vụ, giải pháp",
      "Nội dung thực hiện",
      "Nội dung hoạt động",
      "Hoạt động",
      "Nội dung kiểm tra",
      "Công việc",
      "Content",
      "Task",
      "Tasks",
    ],
    width: 60,
    style: "wrap",
  },
  leadUnits: {
    header: "Đơn vị chủ trì",
    synonyms: [
      "Đơn vị thực hiện",
      "Chủ trì",
      "Chủ trì thực hiện",
      "Cơ quan chủ trì",
      "Đơn vị, cơ quan chủ trì",
      "Cơ quan, đơn vị chủ trì",
      "Đơn vị/Cơ quan chủ trì",
      "Cơ quan thực hiện",
      "Đơn vị chịu trách nhiệm",
      "Phụ trách",
      "Người phụ trách",
      "Bộ phận phụ trách",
      "Người thực hiện",
      "Lead units",
      "Lead unit",
      "Responsible units",
      "Responsible",
    ],
    width: 28,
    style: "wrap",
  },
  partnerUnits: {
    header: "Đơn vị phối hợp",
    synonyms: ["Phối hợp", "Phối hợp thực hiện", "Cơ quan phối hợp", "Đơn vị, cơ quan phối hợp", "Cơ quan, đơn vị phối hợp", "Đơn vị/Cơ quan phối hợp", "Partner units", "Partners"],
    width: 24,
    style: "wrap",
  },
  monitorUnits: {
    header: "Đơn vị theo dõi",
    synonyms: ["Theo dõi, kiểm tra, đôn đốc", "Theo dõi, đôn đốc, kiểm tra", "Theo dõi, đôn đốc", "Cơ quan theo dõi", "Đơn vị theo dõi, đôn đốc", "Theo dõi", "Monitoring units", "Monitor"],
    width: 22,
    style: "wrap",
  },
  deadline: {
    header: "Hạn hoàn thành",
    synonyms: ["Thời gian", "Thời hạn", "Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời gian thực hiện", "Thời gian kiểm tra", "Tiến độ", "Tiến độ thực hiện", "Hạn", "Deadline", "Due", "Due date"],
    width: 14,
    style: "date",
  },
  deadlineText: {
    header: "Thời gian theo văn bản",
    synonyms: ["Thời gian ghi trong văn bản", "Deadline as written"],
    width: 18,
    style: "wrap",
  },
  status: {
    header: "Trạng thái",
    synonyms: ["Tình trạng", "Status"],
    width: 16,
    allowed: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng"],
  },
  completedOn: { header: "Ngày hoàn thành", synonyms: ["Completed on", "Done on", "Completion date"], width: 14, style: "date" },
  notes: { header: "Ghi chú", synonyms: ["Notes", "Note", "Remarks"], width: 24, style: "wrap" },
  warnings: { header: "Cảnh báo", synonyms: ["Warnings", "Warning"], width: 40, style: "wrap" },
};

export const TASK_FIELDS = Object.keys(TASK_COLUMNS) as TaskField[];

/**
 * Columns the plan table has only when the plan needs them: a plan without groups, a monitoring
 * role or deadlines written as words keeps the table it always had.
 */
export const OPTIONAL_TASK_FIELDS: ReadonlySet<TaskField> = new Set<TaskField>(["group", "monitorUnits", "deadlineText"]);

/** Field → index into the headers, found by meaning; first match wins, the rest are duplicates. */
export function mapHeaders<F extends string>(
  headers: readonly string[],
  specs: Readonly<Record<F, ColumnSpec>>,
): { columns: Partial<Record<F, number>>; duplicates: { field: F; index: number }[] } {
  const byKey = new Map<string, F>();
  for (const field of Object.keys(specs) as F[]) {
    for (const name of [specs[field].header, ...specs[field].synonyms]) byKey.set(matchKey(name), field);
  }
  const columns: Partial<Record<F, number>> = {};
  const duplicates: { field: F; index: number }[] = [];
  headers.forEach((h, index) => {
    const field = byKey.get(matchKey(String(h ?? "")));
    if (field === undefined) return;
    if (columns[field] === undefined) columns[field] = index;
    else duplicates.push({ field, index });
  });
  return { columns, duplicates };
}

/**
 * The column of an inspection schedule that names the unit inspected: each row of such a table is
 * a task ("Kiểm tra <unit>").
 */
export const INSPECTED_HEADERS: readonly string[] = [
  "Đơn vị được kiểm tra",
  "Đơn vị kiểm tra",
  "Cơ quan, đơn vị được kiểm tra",
  "Tên đơn vị được kiểm tra",
  "Đối tượng kiểm tra",
  "Đơn vị được giám sát",
  "Đối tượng giám sát",
  "Đơn vị được thanh tra",
];

let inspectedKeys: Set<string> | null = null;
export const isInspectedHeader = (text: string): boolean => (inspectedKeys ??= new Set(INSPECTED_HEADERS.map(matchKey))).has(matchKey(text));
