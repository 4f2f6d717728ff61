import type { Issue, IssueCode, IssueParams } from "../validate/issue";
import type { Lang } from "./lang";

type Template = (p: IssueParams) => string;

const vi: Readonly<Record<IssueCode, Template>> = {
  "task-id-missing": () => "Nhiệm vụ chưa có số TT. Hãy điền số thứ tự.",
  "task-id-duplicate": (p) => `Số TT bị trùng (đã có ở dòng ${p.firstRow}). Hãy đánh lại số thứ tự.`,
  "task-content-missing": () => "Nhiệm vụ chưa có nội dung.",
  "unit-missing": () => "Chưa có đơn vị chủ trì. Hãy ghi đơn vị thực hiện.",
  "unit-unknown": (p) =>
    p.review
      ? `Đơn vị "${p.unit}" có trong kế hoạch nhưng chưa được xác nhận${p.closest ? ` (có phải "${p.closest}"?)` : ""}${tasksVi(p)}. Nếu tên đúng, hãy xoá "Có" ở cột Cần xem lại; nếu sai, hãy sửa tên ở các nhiệm vụ đó.`
      : `Đơn vị "${p.unit}" chưa có trong danh mục Đơn vị${p.closest ? ` (có phải "${p.closest}"?)` : ""}${tasksVi(p)}. Hãy sửa tên hoặc thêm vào danh mục.`,
  "status-unknown": (p) => `Trạng thái "${p.text}" không hợp lệ. Chọn: Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng.`,
  "deadline-invalid": (p) =>
    p.reason === "unrecognised"
      ? `Không đọc được hạn "${p.text}" thành ngày, nên không theo dõi được quá hạn. Ghi theo dạng dd/mm/yyyy, "Quý II", "Tháng 3" hoặc "Thường xuyên".`
      : `Hạn hoàn thành "${p.text}" không phải ngày có thật. Ghi theo dạng dd/mm/yyyy.`,
  "deadline-outside-year": (p) => `Hạn ${p.date} nằm ngoài năm kế hoạch ${p.year}.`,
  "deadline-outside-quarter": (p) => `Hạn ${p.date} không thuộc Quý ${roman(p.quarter)} của nhiệm vụ.`,
  "task-overdue": (p) => `Quá hạn ${p.days} ngày (hạn ${p.date}).`,
  "task-done-late": (p) => `Hoàn thành trễ ${p.days} ngày so với hạn ${p.date}.`,
  "done-date-invalid": (p) => `Ngày hoàn thành "${p.text}" không phải ngày hợp lệ (dd/mm/yyyy).`,
  "submission-late": (p) => `Nộp "${p.title}" trễ ${p.days} ngày (hạn ${p.due}).`,
  "submission-missing": (p) => `Chưa nộp "${p.title}" (hạn ${p.due}, đã quá ${p.days} ngày).`,
  "submission-date-invalid": (p) => `Ngày nhận "${p.text}" không phải ngày hợp lệ (dd/mm/yyyy).`,
  "unit-ineligible": (p) => `Không đủ điều kiện xét khen thưởng: chưa nộp "${p.title}".`,
  "plan-table-missing": () => "Không tìm thấy bảng nhiệm vụ của kế hoạch (cần dòng tiêu đề có cột TT và Nội dung). Hãy nhập kế hoạch hoặc bấm Thiết lập.",
  "plan-empty": () => "Bảng nhiệm vụ không có nhiệm vụ nào.",
  "header-missing": (p) => `Bảng nhiệm vụ thiếu cột "${p.header}".`,
  "header-duplicate": (p) => `Cột "${p.header}" bị lặp; chỉ cột đầu tiên được dùng.`,
  "cell-error": (p) => `Ô đang báo lỗi Excel ${p.text} (công thức hỏng hoặc tham chiếu đến ô đã xoá). Hãy sửa ô này; nó được coi là trống.`,
  "plan-table-ambiguous": (p) => `Sổ tính có nhiều bảng giống bảng nhiệm vụ; đang dùng bảng ${p.table ?? "PT_Tasks"} (trang "${p.sheet ?? ""}"), không dùng: ${p.others ?? ""}. Nếu cần dùng bảng khác, hãy đổi tên bảng đó thành PT_Tasks.`,
  "unit-reference": (p) => `Ô đơn vị dẫn chiếu văn bản thay vì nêu tên đơn vị: "${p.text}". Đã giữ nguyên; hãy ghi tên các đơn vị chủ trì nếu cần theo dõi theo đơn vị.`,
};

const en: Readonly<Record<IssueCode, Template>> = {
  "task-id-missing": () => "The task has no number (TT). Give it one.",
  "task-id-duplicate": (p) => `Duplicate task number (already used on row ${p.firstRow}). Renumber it.`,
  "task-content-missing": () => "The task has no content.",
  "unit-missing": () => "No responsible unit. Name the unit that leads this task.",
  "unit-unknown": (p) =>
    p.review
      ? `Unit "${p.unit}" is named in the plan but not confirmed yet${p.closest ? ` (did you mean "${p.closest}"?)` : ""}${tasksEn(p)}. If the name is right, clear "Có" in the Cần xem lại (review) column; if not, fix it in those tasks.`
      : `Unit "${p.unit}" is not in the Units list${p.closest ? ` (did you mean "${p.closest}"?)` : ""}${tasksEn(p)}. Fix the name or add it to the list.`,
  "status-unknown": (p) => `Status "${p.text}" is not valid. Use: Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng.`,
  "deadline-invalid": (p) =>
    p.reason === "unrecognised"
      ? `Deadline "${p.text}" cannot be read as a date, so the task cannot be tracked. Write dd/mm/yyyy, "Quý II", "Tháng 3" or "Thường xuyên".`
      : `Deadline "${p.text}" is not a real date. Write it as dd/mm/yyyy.`,
  "deadline-outside-year": (p) => `Deadline ${p.date} is outside the plan year ${p.year}.`,
  "deadline-outside-quarter": (p) => `Deadline ${p.date} is not in the task's quarter ${roman(p.quarter)}.`,
  "task-overdue": (p) => `Overdue by ${p.days} days (due ${p.date}).`,
  "task-done-late": (p) => `Done ${p.days} days after the deadline ${p.date}.`,
  "done-date-invalid": (p) => `Completion date "${p.text}" is not a valid date (dd/mm/yyyy).`,
  "submission-late": (p) => `"${p.title}" submitted ${p.days} days late (due ${p.due}).`,
  "submission-missing": (p) => `"${p.title}" not submitted (due ${p.due}, ${p.days} days ago).`,
  "submission-date-invalid": (p) => `Received date "${p.text}" is not a valid date (dd/mm/yyyy).`,
  "unit-ineligible": (p) => `Not eligible for commendation: "${p.title}" not submitted.`,
  "plan-table-missing": () => "No plan task table found (a header row with TT and Nội dung columns). Import a plan or run Set up first.",
  "plan-empty": () => "The task table has no tasks.",
  "header-missing": (p) => `The task table lacks the column "${p.header}".`,
  "header-duplicate": (p) => `Column "${p.header}" appears twice; only the first is used.`,
  "cell-error": (p) => `The cell shows the Excel error ${p.text} (a broken formula or a reference to deleted cells). Fix it; it is read as blank.`,
  "plan-table-ambiguous": (p) => `Several tables look like the task table; using ${p.table ?? "PT_Tasks"} (sheet "${p.sheet ?? ""}"), not: ${p.others ?? ""}. To use another one, rename it to PT_Tasks.`,
  "unit-reference": (p) => `The units cell refers to a document instead of naming units: "${p.text}". Kept as written; type the lead units' names to track them by unit.`,
};

// The tasks that name a unit, when the warning stands for all of them.
const tasksVi = (p: IssueParams): string => (p.tasks !== undefined && p.tasks !== "" ? ` — ${Number(p.taskCount) > 1 ? "các nhiệm vụ" : "nhiệm vụ"} ${p.tasks}` : "");
const tasksEn = (p: IssueParams): string => (p.tasks !== undefined && p.tasks !== "" ? ` — ${Number(p.taskCount) > 1 ? "tasks" : "task"} ${p.tasks}` : "");

function roman(q: string | number | undefined): string {
  return ["", "I", "II", "III", "IV"][Number(q)] ?? String(q);
}

export function issueMessage(issue: Pick<Issue, "code" | "params">, lang: Lang): string {
  return (lang === "vi" ? vi : en)[issue.code](issue.params);
}

/** Short labels for a code, for filters and summaries. */
export const CODE_LABELS: Readonly<Record<IssueCode, { vi: string; en: string }>> = {
  "task-id-missing": { vi: "Thiếu số TT", en: "Missing task number" },
  "task-id-duplicate": { vi: "Trùng số TT", en: "Duplicate task number" },
  "task-content-missing": { vi: "Thiếu nội dung", en: "Missing content" },
  "unit-missing": { vi: "Thiếu đơn vị", en: "Missing unit" },
  "unit-unknown": { vi: "Đơn vị lạ", en: "Unknown unit" },
  "status-unknown": { vi: "Trạng thái lạ", en: "Unknown status" },
  "deadline-invalid": { vi: "Hạn không hợp lệ", en: "Invalid deadline" },
  "deadline-outside-year": { vi: "Hạn ngoài năm", en: "Deadline outside year" },
  "deadline-outside-quarter": { vi: "Hạn ngoài quý", en: "Deadline outside quarter" },
  "task-overdue": { vi: "Quá hạn", en: "Overdue" },
  "task-done-late": { vi: "Hoàn thành trễ", en: "Done late" },
  "done-date-invalid": { vi: "Ngày hoàn thành sai", en: "Invalid completion date" },
  "submission-late": { vi: "Nộp trễ", en: "Late submission" },
  "submission-missing": { vi: "Chưa nộp", en: "Missing submission" },
  "submission-date-invalid": { vi: "Ngày nhận sai", en: "Invalid received date" },
  "unit-ineligible": { vi: "Không đủ điều kiện khen thưởng", en: "Not eligible for commendation" },
  "plan-table-missing": { vi: "Không có bảng kế hoạch", en: "No plan table" },
  "plan-empty": { vi: "Kế hoạch trống", en: "Empty plan" },
  "header-missing": { vi: "Thiếu cột", en: "Missing column" },
  "header-duplicate": { vi: "Cột lặp", en: "Duplicate column" },
  "cell-error": { vi: "Ô báo lỗi", en: "Error in cell" },
  "plan-table-ambiguous": { vi: "Nhiều bảng kế hoạch", en: "Several plan tables" },
  "unit-reference": { vi: "Dẫn chiếu văn bản", en: "Refers to a document" },
};
