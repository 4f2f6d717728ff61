/**
 * Generators for the reliability properties: cell values of every kind a workbook holds, tables
 * with real and random headers, whole workbook snapshots, plan documents whose cells start with
 * = + - @, and user decorations (extra columns, styles, comments, own sheets).
 */
import fc from "fast-check";
import { TASK_COLUMNS } from "../../src/core/plan/headers";
import { INFO_COLUMNS, REQUIREMENT_COLUMNS, SUBMISSION_COLUMNS, UNIT_COLUMNS } from "../../src/core/plan/tables";
import type { CellValue, TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook/types";

export const ERROR_VALUES = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"];

const synonyms = (specs: Record<string, { header: string; synonyms: readonly string[] }>): string[] =>
  Object.values(specs).flatMap((s) => [s.header, ...s.synonyms]);
export const HEADER_WORDS = [
  ...synonyms(TASK_COLUMNS),
  ...synonyms(INFO_COLUMNS),
  ...synonyms(UNIT_COLUMNS),
  ...synonyms(REQUIREMENT_COLUMNS),
  ...synonyms(SUBMISSION_COLUMNS),
  "Người theo dõi",
  "Kinh phí",
];

// What plan cells hold: statuses, units, deadline phrases, field names of PT_Info, yes/no.
const WORDS = [
  "Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Tạm dừng", "Done", "x", "Có", "Không",
  "LĐLĐ tỉnh", "LĐLĐ các huyện, thành phố", "Các cấp công đoàn", "CĐN", "Ban Nữ công", "LĐLD tỉnh; CĐN",
  "15/5/2021", "31/02/2021", "29/02/1900", "Quý II", "Tháng 3", "Thường xuyên", "6 tháng đầu năm", "2021-05-15",
  "15/05/2021 08:30", "44331", "I", "IV", "Quý 3", "1", "2", "2.1", "R1", "R2",
  "Số kế hoạch", "Ngày ban hành", "Tên kế hoạch", "Năm", "2021", "Cấp tỉnh", "Nhóm",
  "\u200B", "Ð", "📌", " ", "",
];

const formulaLike = fc
  .tuple(fc.constantFrom("=", "+", "-", "@", "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")"), fc.string({ maxLength: 12 }))
  .map(([a, b]) => a + b);

export const cellString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 2, arbitrary: formulaLike },
  // As long as a cell can be: Excel holds 32,767 characters, so an adapter never reads more. (With
  // separators: one 32,767-character unit name makes "did you mean" take seconds, a known
  // slowness of the units registry that needsFix.test.ts shows on its own.)
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 32_767 }).map((n) => "Nội dung rất dài; ".repeat(Math.ceil(n / 18)).slice(0, n)) },
);

const serials = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 5, 1.5, 2.5, 59, 60, 61, 44331, 44331.354, 44561, 2958465, 2958466, -1, 1e15),
  fc.integer({ min: 36526, max: 47848 }), // 2000–2030
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: serials },
  { weight: 6, arbitrary: cellString },
);

const TABLE_NAMES = ["PT_Tasks", "PT_Info", "PT_Units", "PT_Requirements", "PT_Submissions", "PT_Summary", "PT_Q1", "Table1", "KeHoach", "pt_tasks", "Bang2"];
const SHEET_NAMES = ["Kế hoạch", "Đơn vị", "Nộp báo cáo", "Tổng hợp", "Sheet1", "KH 2021"];

export const header = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom("", "Column1", "Cảnh báo") },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

/** A table of the snapshot contract: rows exactly as wide as the headers. */
export const tableSnapshot: fc.Arbitrary<TableSnapshot> = fc
  .record({
    name: fc.constantFrom(...TABLE_NAMES),
    sheet: fc.constantFrom(...SHEET_NAMES),
    headers: fc.array(header, { minLength: 1, maxLength: 12 }),
    rowCount: fc.nat({ max: 8 }),
    headerRow: fc.integer({ min: 1, max: 200 }),
    firstColumn: fc.integer({ min: 1, max: 60 }),
  })
  .chain((t) =>
    fc.array(fc.array(cellValue, { minLength: t.headers.length, maxLength: t.headers.length }), { minLength: t.rowCount, maxLength: t.rowCount }).map((rows) => ({
      name: t.name,
      sheet: t.sheet,
      headers: t.headers,
      rows,
      headerRow: t.headerRow,
      firstColumn: t.firstColumn,
    })),
  );

/** Any snapshot an adapter could hand over: table names unique without case, as Excel has them. */
export const workbookSnapshot: fc.Arbitrary<WorkbookSnapshot> = fc
  .uniqueArray(tableSnapshot, { maxLength: 6, selector: (t) => t.name.toUpperCase() })
  .chain((tables) =>
    fc.uniqueArray(fc.constantFrom(...SHEET_NAMES), { maxLength: 4 }).map((extra) => {
      const names = [...new Set([...tables.map((t) => t.sheet), ...extra])];
      return { sheets: names.map((name) => ({ name, lastRow: 0 })), tables };
    }),
  );

// ---------------------------------------------------------------------------------------------
// Plan documents.

const docCell = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Tổ chức hội nghị", "Phát động thi đua", "Báo cáo 6 tháng", "Kiểm tra tài chính") },
  { weight: 3, arbitrary: formulaLike.map((s) => s.replace(/[\t\r\n]/g, " ")) },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 15 }).map((s) => s.replace(/[\t\r\n\u2028\u2029\u0085\u000B\u000C]/g, " ")) },
);
const docUnits = fc.oneof(fc.constantFrom("LĐLĐ tỉnh", "Các cấp công đoàn", "CĐN", "LĐLĐ các huyện, TP", "Ban Tuyên giáo", ""), formulaLike.map((s) => s.replace(/[\t\r\n]/g, " ")));
const docDeadline = fc.oneof(fc.constantFrom("15/3/2021", "Quý II", "Tháng 9", "Thường xuyên", "31/02/2021", "", "=TODAY()", "+15/5/2021", "-1"), formulaLike.map((s) => s.replace(/[\t\r\n]/g, " ")));

export interface DocTask {
  readonly id: number;
  readonly content: string;
  readonly lead: string;
  readonly deadline: string;
  readonly notes: string;
}

/** A plan document: the header block, a table of tasks whose cells may start with = + - @. */
export const planDocument: fc.Arbitrary<{ text: string; tasks: DocTask[] }> = fc
  .array(fc.record({ content: docCell, lead: docUnits, deadline: docDeadline, notes: docCell }), { minLength: 1, maxLength: 12 })
  .map((rows) => {
    const tasks = rows.map((r, i) => ({ id: i + 1, ...r }));
    const text = [
      "Số: 7/KH-LĐLĐ",
      "Lai Châu, ngày 05 tháng 01 năm 2021",
      "KẾ HOẠCH",
      "Công tác thử nghiệm năm 2021",
      "",
      "TT\tNội dung\tĐơn vị thực hiện\tThời gian\tGhi chú",
      ...tasks.map((t) => `${t.id}\t${t.content}\t${t.lead}\t${t.deadline}\t${t.notes}`),
      "",
    ].join("\n");
    return { text, tasks };
  });

// ---------------------------------------------------------------------------------------------
// What a user adds to a plan workbook.

export interface UserLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly numberFormat?: string;
}

export const userLook: fc.Arbitrary<UserLook> = fc.record(
  {
    bold: fc.boolean(),
    italic: fc.boolean(),
    fontColor: fc.constantFrom("#FF0000", "#00B050", "#7030A0"),
    fill: fc.constantFrom("#FFFF00", "#DDEBF7", "#F8CBAD"),
    numberFormat: fc.constantFrom("0.00", "@", "dd/mm/yyyy", "#,##0"),
  },
  { requiredKeys: [] },
);

/** A value a user types: text (never starting a formula, which Excel would compute), or a number. */
export const userValue: fc.Arbitrary<string | number> = fc.oneof(
  fc.constantFrom("chị Lan", "anh Hùng", "đã gọi điện", "xem lại", "Ghi chú riêng", "✔", "📞 0912"),
  fc.integer({ min: 0, max: 100000 }),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^[A-Za-zÀ-ỹ]/.test(s) && s.trim() === s && !/[\u0000-\u001F]/.test(s)),
);

export interface UserDecoration {
  /** Extra columns the user added to the plan table, with a value per task row (null = blank). */
  readonly columns: { readonly header: string; readonly values: (string | number | null)[] }[];
  /** Looks and notes on cells of the plan table's existing columns (0-based row, column index). */
  readonly looks: { readonly row: number; readonly column: number; readonly look: UserLook; readonly note: string | null }[];
  /** A sheet of the user's own, with values. */
  readonly ownSheet: { readonly name: string; readonly cells: { readonly row: number; readonly column: number; readonly value: string | number; readonly look: UserLook }[] } | null;
}

export const userDecoration = (rows: number, columns: number): fc.Arbitrary<UserDecoration> =>
  fc.record({
    columns: fc.uniqueArray(
      fc.record({
        header: fc.constantFrom("Người theo dõi", "Kinh phí", "Ghi chú của phòng", "Liên hệ", "Mức ưu tiên"),
        values: fc.array(fc.option(userValue, { nil: null }), { minLength: rows, maxLength: rows }),
      }),
      { maxLength: 3, selector: (c) => c.header },
    ),
    looks: fc.array(
      fc.record({
        row: fc.nat({ max: Math.max(0, rows - 1) }),
        column: fc.nat({ max: columns - 1 }),
        look: userLook,
        note: fc.option(fc.constantFrom("Hỏi lại đơn vị", "Đã nhắc 2 lần", "Chị Hoa theo dõi"), { nil: null }),
      }),
      { maxLength: 8 },
    ),
    ownSheet: fc.option(
      fc.record({
        name: fc.constantFrom("Theo dõi riêng", "Tổng hợp", "Ghi chép"),
        cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 30 }), column: fc.integer({ min: 1, max: 12 }), value: userValue, look: userLook }), { minLength: 1, maxLength: 15 }),
      }),
      { nil: null },
    ),
  });
