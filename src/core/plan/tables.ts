import type { ColumnSpec } from "../workbook/types";
import { TABLES } from "../workbook/types";

export { TASK_COLUMNS } from "./headers";

/** Sheet names the add-in creates its tables on (users may rename them afterwards). */
export const SHEETS = {
  plan: "Kế hoạch",
  units: "Đơn vị",
  submissions: "Nộp báo cáo",
  summary: "Tổng hợp",
} as const;

/** Where each table is created when missing (1-based). */
export const ANCHORS = {
  [TABLES.info]: { sheet: SHEETS.plan, row: 1, column: 1 },
  [TABLES.tasks]: { sheet: SHEETS.plan, row: 9, column: 1 },
  [TABLES.units]: { sheet: SHEETS.units, row: 1, column: 1 },
  [TABLES.requirements]: { sheet: SHEETS.submissions, row: 1, column: 1 },
  [TABLES.submissions]: { sheet: SHEETS.submissions, row: 1, column: 10 },
} as const;

export type InfoField = "number" | "issuedOn" | "title" | "year" | "place";

export const INFO_COLUMNS = {
  field: { header: "Mục", synonyms: ["Field", "Thông tin"], width: 18, style: "label" },
  value: { header: "Giá trị", synonyms: ["Value"], width: 60 },
} as const satisfies Record<string, ColumnSpec>;

export const INFO_FIELDS: Readonly<Record<InfoField, ColumnSpec>> = {
  number: { header: "Số kế hoạch", synonyms: ["Số", "Plan number", "Number"] },
  issuedOn: { header: "Ngày ban hành", synonyms: ["Ngày", "Issued on", "Date"], style: "date" },
  title: { header: "Tên kế hoạch", synonyms: ["Trích yếu", "Title"] },
  year: { header: "Năm", synonyms: ["Year"], style: "integer" },
  place: { header: "Nơi ban hành", synonyms: ["Địa danh", "Place"] },
};

export type UnitField = "name" | "aliases" | "kind" | "groups" | "review" | "note";

export const UNIT_COLUMNS: Readonly<Record<UnitField, ColumnSpec>> = {
  name: { header: "Tên đơn vị", synonyms: ["Đơn vị", "Unit", "Name"], width: 40 },
  aliases: { header: "Tên gọi khác", synonyms: ["Viết tắt", "Tên khác", "Aliases"], width: 50, style: "wrap" },
  kind: {
    header: "Loại",
    synonyms: ["Kind", "Type"],
    width: 22,
    allowed: ["Cấp tỉnh", "Cấp huyện", "Ngành", "Cấp cơ sở", "Khối thi đua", "Ngoài hệ thống", "Nhóm", "Tất cả"],
  },
  groups: { header: "Thuộc nhóm", synonyms: ["Nhóm", "Groups", "Member of"], width: 36, style: "wrap" },
  review: { header: "Cần xem lại", synonyms: ["Review", "Needs review"], width: 12, allowed: ["Có", ""] },
  note: { header: "Ghi chú", synonyms: ["Notes", "Note"], width: 24 },
};

export type RequirementField = "id" | "title" | "due" | "recipient" | "fromUnits" | "required" | "note";

export const REQUIREMENT_COLUMNS: Readonly<Record<RequirementField, ColumnSpec>> = {
  id: { header: "Mã", synonyms: ["ID", "Code"], width: 6 },
  title: { header: "Báo cáo phải nộp", synonyms: ["Nội dung", "Yêu cầu", "Requirement", "Title"], width: 44, style: "wrap" },
  due: { header: "Hạn nộp", synonyms: ["Hạn", "Due", "Due date"], width: 12, style: "date" },
  recipient: { header: "Nơi nhận", synonyms: ["Gửi về", "Recipient"], width: 16 },
  fromUnits: { header: "Đơn vị phải nộp", synonyms: ["Đơn vị", "From units", "Required from"], width: 40, style: "wrap" },
  required: { header: "Bắt buộc để xét khen thưởng", synonyms: ["Bắt buộc", "Required for commendation"], width: 14, allowed: ["Có", "Không"] },
  note: { header: "Ghi chú", synonyms: ["Notes", "Note"], width: 20 },
};

export type SubmissionField = "unit" | "requirementId" | "requirement" | "receivedOn" | "note" | "warnings";

export const SUBMISSION_COLUMNS: Readonly<Record<SubmissionField, ColumnSpec>> = {
  unit: { header: "Đơn vị", synonyms: ["Đơn vị nộp", "Unit"], width: 32 },
  requirementId: { header: "Mã báo cáo", synonyms: ["Mã yêu cầu", "Mã", "Requirement ID"], width: 8 },
  requirement: { header: "Báo cáo", synonyms: ["Yêu cầu", "Requirement"], width: 36, style: "wrap" },
  receivedOn: { header: "Ngày nhận", synonyms: ["Ngày nộp", "Received on", "Received"], width: 12, style: "date" },
  note: { header: "Ghi chú", synonyms: ["Notes", "Note"], width: 20 },
  warnings: { header: "Cảnh báo", synonyms: ["Warnings", "Warning"], width: 36, style: "wrap" },
};

export const YES = "Có";
export const NO = "Không";
