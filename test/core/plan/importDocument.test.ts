/**
 * The plan reader on the document model, whatever file it came from: the structures real plans
 * have, built here as Word's tables are (merged cells already resolved by the reader).
 */
import type { DocBlock, DocCell, PlanDocument } from "../../../src/core/document/model";
import { tableOf } from "../../../src/core/document/model";
import { importPlanDocument } from "../../../src/core/plan/importDocument";
import { UnitRegistry } from "../../../src/core/units/registry";
import { defaultUnits } from "../../../src/core/units/defaults";

const registry = new UnitRegistry(defaultUnits());

/** A row of cells: "a¶b" is a cell of two paragraphs, "<" a cell covered by the one on its left. */
function row(line: number, ...cells: string[]): { cells: DocCell[]; line: number } {
  return { cells: cells.map((c) => (c === "<" ? { paragraphs: [], merged: "left" as const } : { paragraphs: c === "" ? [] : c.split("¶") })), line };
}
const table = (rows: { cells: DocCell[]; line: number }[]): DocBlock => tableOf(rows, rows[0].line);
const para = (text: string, line: number): DocBlock => ({ kind: "paragraph", text, line });
const doc = (...blocks: DocBlock[]): PlanDocument => ({ blocks, source: "docx" });
const read = (d: PlanDocument) => importPlanDocument(d, registry, 2026);
const iso = (d: { year: number; month: number; day: number } | null) =>
  d ? `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}` : null;

const HEAD = ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc"];

describe("group rows and ids", () => {
  const plan = read(
    doc(
      para("KẾ HOẠCH", 1),
      para("Cải cách hành chính năm 2026", 2),
      table([
        row(3, ...HEAD),
        row(4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
        row(5, "I", "CẢI CÁCH THỂ CHẾ", "<", "<", "<", "<", "<"),
        row(6, "1", "Rà soát văn bản quy phạm pháp luật", "Báo cáo", "Quý II/2026", "Sở Tư pháp", "Các sở, ban, ngành", "Sở Nội vụ"),
        row(7, "2", "Công bố danh mục thủ tục", "Quyết định", "Tháng 3", "Văn phòng UBND tỉnh", "", ""),
        row(8, "II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "<", "<", "<", "<", "<"),
        row(9, ...HEAD),
        row(10, "1", "Sắp xếp các đơn vị sự nghiệp", "Đề án", "Định kỳ hằng tháng", "Sở Nội vụ", "UBND các xã, phường, đặc khu", ""),
        row(11, "Trang 2", "", "", "", "", "", ""),
        row(12, "2", "Kiểm tra công tác cải cách", "Báo cáo", "Theo hướng dẫn của Trung ương", "Sở Nội vụ", "", ""),
      ]),
    ),
  );

  it("reads group rows as groups, not tasks, and drops the column numbers, a repeated header and a page number", () => {
    expect(plan.tasks.map((t) => [t.id, t.group])).toEqual([
      ["I.1", "I. CẢI CÁCH THỂ CHẾ"],
      ["I.2", "I. CẢI CÁCH THỂ CHẾ"],
      ["II.1", "II. CẢI CÁCH TỔ CHỨC BỘ MÁY"],
      ["II.2", "II. CẢI CÁCH TỔ CHỨC BỘ MÁY"],
    ]);
  });

  it("keeps the monitoring units as a third role and every other column by its header", () => {
    expect(plan.tasks[0].monitorUnits).toEqual(["Sở Nội vụ"]);
    expect(plan.tasks[0].extra).toEqual({ "Sản phẩm": "Báo cáo" });
    expect(plan.extraColumns).toEqual(["Sản phẩm"]);
  });

  it("reads deadlines as written: a day, a rule kept as text, wording with no day to check", () => {
    expect(plan.tasks.map((t) => [iso(t.deadline), t.deadlineKind, t.deadlineText])).toEqual([
      ["2026-06-30", "date", "Quý II/2026"],
      ["2026-03-31", "date", "Tháng 3"],
      [null, "recurring", "Định kỳ hằng tháng"],
      [null, "untracked", "Theo hướng dẫn của Trung ương"],
    ]);
    expect(plan.issues.filter((i) => i.code === "deadline-invalid")).toEqual([]);
  });

  it("keeps group names whole as units", () => {
    expect(plan.tasks[0].partnerUnits).toEqual(["Các sở, ban, ngành"]);
    expect(plan.tasks[2].partnerUnits).toEqual(["UBND các xã, phường, đặc khu"]);
  });
});

describe("numbered groups with children 1.1, 1.2", () => {
  const plan = read(
    doc(
      table([
        row(1, "TT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian thực hiện"),
        row(2, "1", "CẢI CÁCH THỂ CHẾ", "", ""),
        row(3, "1.1", "Rà soát văn bản", "Văn phòng UBND tỉnh", "Tháng 4"),
        row(4, "1.2", "Công khai thủ tục", "Văn phòng UBND tỉnh", "Tháng 5"),
        row(5, "2", "Chuyển đổi số", "", ""),
        row(6, "2.1", "Số hóa hồ sơ", "Sở Khoa học và Công nghệ", "Tháng 6"),
      ]),
    ),
  );
  it("makes a numbered row whose children follow a group, in capitals or not, and keeps hierarchical ids", () => {
    expect(plan.tasks.map((t) => [t.id, t.group])).toEqual([
      ["1.1", "1. CẢI CÁCH THỂ CHẾ"],
      ["1.2", "1. CẢI CÁCH THỂ CHẾ"],
      ["2.1", "2. Chuyển đổi số"],
    ]);
  });
});

describe("a plan in several tables, one per section", () => {
  const head = () => row(0, "TT", "Nội dung", "Đơn vị thực hiện", "Thời gian");
  const plan = read(
    doc(
      para("II. NHIỆM VỤ, GIẢI PHÁP", 1),
      para("1. Công tác tuyên truyền", 2),
      table([head(), row(3, "1", "Tuyên truyền Nghị quyết", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 3")]),
      para("", 4),
      para("2. Công tác kiểm tra", 5),
      table([head(), row(6, "1", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Tháng 9")]),
      para("III. TỔ CHỨC THỰC HIỆN", 7),
      para("Các đơn vị báo cáo kết quả gửi về Sở Nội vụ trước ngày 15/12/2026.", 8),
      para("PHỤ LỤC", 9),
      table([head(), row(10, "1", "Tuyên truyền Nghị quyết", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 3"), row(11, "1", "Kiểm tra việc thực hiện", "Thanh tra tỉnh", "Tháng 9")]),
    ),
  );
  it("reads every piece under its heading, and the same tasks repeated in an appendix once", () => {
    expect(plan.tasks.map((t) => [t.id, t.group, t.content])).toEqual([
      ["1.1", "1. Công tác tuyên truyền", "Tuyên truyền Nghị quyết"],
      ["2.1", "2. Công tác kiểm tra", "Kiểm tra việc thực hiện"],
    ]);
  });
});

describe("a table broken over pages into two tables", () => {
  const plan = read(
    doc(
      table([row(1, "TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"), row(2, "1", "Việc một", "Sở Tài chính", "Tháng 2"), row(3, "2", "Việc hai", "Sở Y tế", "Tháng 4")]),
      para("- 2 -", 4),
      table([row(5, "3", "Việc ba", "Sở Xây dựng", "Tháng 8"), row(6, "", "", "Sở Công Thương", "")]),
    ),
  );
  it("goes on with the same columns, and a row broken in two is one task", () => {
    expect(plan.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1", ["Sở Tài chính"]],
      ["2", ["Sở Y tế"]],
      ["3", ["Sở Xây dựng", "Sở Công Thương"]],
    ]);
  });
});

describe("month columns ticked 'x'", () => {
  const plan = read(
    doc(
      para("Kế hoạch hoạt động năm học 2025-2026", 1),
      table([
        row(2, "TT", "Nội dung", "Phụ trách", "Thời gian thực hiện", "<", "<", "<"),
        row(3, "", "", "", "T9", "T10", "T1", "T5"),
        row(4, "1", "Khai giảng năm học", "Ban Giám hiệu", "x", "", "", ""),
        row(5, "2", "Sơ kết học kỳ", "Ban Giám hiệu", "", "x", "x", ""),
        row(6, "3", "Tổng kết năm học", "Ban Giám hiệu", "", "", "", "x"),
      ]),
    ),
  );
  it("gives the last ticked month as the deadline, in the school year's right calendar year", () => {
    expect(plan.info.span).toMatchObject({ from: 2025, to: 2026 });
    expect(plan.tasks.map((t) => [iso(t.deadline), t.deadlineText])).toEqual([
      ["2025-09-30", "T9"],
      ["2026-01-31", "T10, T1"],
      ["2026-05-31", "T5"],
    ]);
  });
});

describe("an inspection schedule", () => {
  const plan = read(
    doc(
      para("Đoàn kiểm tra của Sở Nội vụ do Giám đốc Sở quyết định thành lập.", 1),
      table([row(2, "STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"), row(3, "1", "UBND xã Tân Phong", "Từ ngày 10/3 đến 12/3/2026"), row(4, "2", "Sở Y tế", "Tháng 4/2026")]),
    ),
  );
  it("makes each row a task 'Kiểm tra <unit>' led by the inspecting body", () => {
    expect(plan.tasks.map((t) => [t.content, t.leadUnits, iso(t.deadline), t.extra])).toEqual([
      ["Kiểm tra UBND xã Tân Phong", ["Sở Nội vụ"], "2026-03-12", { "Đơn vị được kiểm tra": "UBND xã Tân Phong" }],
      ["Kiểm tra Sở Y tế", ["Sở Nội vụ"], "2026-04-30", { "Đơn vị được kiểm tra": "Sở Y tế" }],
    ]);
  });
});

describe("a cell citing a document instead of naming units", () => {
  const cite = "Theo phân công tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của UBND tỉnh";
  const plan = read(
    doc(
      table([
        row(1, "TT", "Nội dung", "Chủ trì", "Thời gian"),
        row(2, "1", "Việc một", cite, "Tháng 3"),
        row(3, "2", "Việc hai", cite, "Tháng 4"),
      ]),
    ),
  );
  it("keeps it as one text and flags it once", () => {
    expect(plan.tasks.map((t) => t.leadUnits)).toEqual([[cite], [cite]]);
    expect(plan.issues.filter((i) => i.code === "unit-reference")).toHaveLength(1);
  });
});

describe("no task table", () => {
  it("says so, and finds no tasks", () => {
    const plan = read(doc(para("KẾ HOẠCH", 1), table([row(2, "UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")])));
    expect(plan.foundTable).toBe(false);
    expect(plan.issues.map((i) => i.code)).toEqual(["plan-table-missing"]);
  });
});



