/**
 * Plans laid out in ways the model document is not: each fixture under test/fixtures/plans, and
 * each form PRODUCT.md lists, with the outcome a user must see.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { CalendarDate } from "../../../src/core/dates/calendarDate";
import { importPlanText, type TextImport } from "../../../src/core/plan/importText";
import { UnitRegistry } from "../../../src/core/units/registry";
import { DISTRICTS, EVERYONE, PROVINCE, SECTORS, seedUnits } from "../../../src/core/units/seed";

const registry = new UnitRegistry(seedUnits());
const DIR = join(__dirname, "../../fixtures/plans");
const read = (name: string): string => readFileSync(join(DIR, name), "utf8");
const iso = (d: CalendarDate | null): string | null =>
  d && `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const run = (text: string, fallbackYear = 2099): TextImport => importPlanText(text, registry, fallbackYear);

/** [id, quarter, deadline, lead units, partner units] */
type TaskRow = [string, number | null, string | null, string[], string[]];
const rowsOf = (plan: TextImport): TaskRow[] =>
  plan.tasks.map((t) => [t.id, t.quarter, iso(t.deadline), [...t.leadUnits], [...t.partnerUnits]]);
/** [title, due, recipient, fromUnits, required for commendation] */
type RequirementRow = [string, string | null, string, string[], boolean];
const requirementsOf = (plan: TextImport): RequirementRow[] =>
  plan.requirements.map((r) => [r.title, iso(r.due), r.recipient, [...r.fromUnits], r.requiredForEligibility]);

const GD = "Công đoàn ngành Giáo dục";
const CDCS = "CĐCS trực thuộc";
const CDVC = "Công đoàn Viên chức tỉnh";
const UBKT = "Ủy ban Kiểm tra LĐLĐ tỉnh";

interface Layout {
  readonly file: string;
  readonly what: string;
  readonly info: { number: string; issuedOn: string; year: number; title: string; place: string };
  readonly tasks: TaskRow[];
  readonly requirements: RequirementRow[];
  readonly newUnits: string[];
  readonly issues: [code: string, taskId: string | undefined][];
  readonly contents?: Record<string, string>;
  readonly notes?: Record<string, string>;
}

const LAYOUTS: Layout[] = [
  {
    file: "word-tabs-chu-tri-phoi-hop.txt",
    what: "Word copy: STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú; Quý 1 / QUÝ II: / Quý III / Quý IV (tháng 10–12); cells with several paragraphs",
    info: { number: "12/KH-LĐLĐ", issuedOn: "2022-01-10", year: 2022, title: "Kiểm tra, giám sát của Ủy ban Kiểm tra Công đoàn năm 2022", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2022-01-15", [PROVINCE], []],
      ["2", 1, "2022-02-28", [PROVINCE], [DISTRICTS]],
      ["3", 1, "2022-03-31", [UBKT], [SECTORS, CDVC]],
      ["4", 2, "2022-06-30", [PROVINCE], ["LĐLĐ huyện Tam Đường", "LĐLĐ huyện Sìn Hồ"]],
      ["5", 2, "2022-06-30", [PROVINCE], [EVERYONE]],
      ["6", 3, "2022-08-31", [PROVINCE], [GD]],
      ["7", 3, "2022-09-30", [PROVINCE], ["Ban Nữ công", "Ban Tuyên giáo"]],
      ["8", 4, null, [UBKT], []],
      ["9", 4, "2022-12-15", [PROVINCE], [DISTRICTS]],
    ],
    requirements: [
      ["Xây dựng chương trình kiểm tra năm 2022", "2022-01-20", PROVINCE, [DISTRICTS, SECTORS, CDVC], false],
      ["Báo cáo kết quả kiểm tra 6 tháng", "2022-06-15", PROVINCE, [DISTRICTS, SECTORS, CDVC], false],
      ["Báo cáo tổng kết công tác kiểm tra năm 2022", "2022-11-30", PROVINCE, [DISTRICTS, SECTORS, CDVC], false],
    ],
    newUnits: [UBKT, "Ban Nữ công", "Ban Tuyên giáo"],
    issues: [],
    contents: {
      "4":
        "Kiểm tra việc chấp hành Điều lệ Công đoàn Việt Nam tại LĐLĐ huyện Tam Đường và LĐLĐ huyện Sìn Hồ.\nGiám sát việc thực hiện chế độ, chính sách đối với đoàn viên.",
      "8": "Giải quyết đơn thư khiếu nại, tố cáo (nếu có).",
    },
    notes: { "3": "Theo kế hoạch riêng", "4": "" },
  },
  {
    file: "markdown-so-tt-nhiem-vu.txt",
    what: "markdown pipes: Số TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn; no quarter sections; every deadline phrase",
    info: { number: "05/KH-CĐN", issuedOn: "2023-03-05", year: 2023, title: "Triển khai nhiệm vụ trọng tâm của Công đoàn ngành", place: "Hà Nội" },
    tasks: [
      ["1", 2, "2023-05-15", [GD], [CDCS]], // 15/5/2023
      ["2", 4, "2023-12-05", [GD], [EVERYONE]], // 05-12-2023
      ["3", 4, "2023-11-10", ["Ban Nữ công"], [CDCS]], // ngày 10 tháng 11 năm 2023
      ["4", 2, "2023-06-20", [GD], []], // Trước ngày 20/6: the plan's year
      ["5", 4, "2023-11-10", [GD], []], // Chậm nhất ngày 10/11/2023
      ["6", 2, "2023-05-31", ["Ban Tuyên giáo"], [CDCS]], // Tháng 5
      ["7", 1, "2023-03-31", ["Ban Nữ công"], [EVERYONE]], // Tháng 3/2023
      ["8", 2, "2023-06-30", ["Ủy ban Kiểm tra"], [CDCS]], // Quý II
      ["9", 2, "2023-06-30", [GD], [EVERYONE]], // 6 tháng đầu năm
      ["10", 4, "2023-12-31", [GD], [EVERYONE]], // Cả năm
      ["11", null, null, [CDCS], []], // Thường xuyên
      ["12", null, null, ["Ban Nữ công", "Ban Tuyên giáo"], []], // 31/02/2023
    ],
    requirements: [
      ["Đăng ký thi đua năm học 2023-2024", "2023-10-15", GD, [CDCS], true],
      ["Báo cáo kết quả hoạt động 6 tháng", "2023-06-20", GD, [CDCS], false],
    ],
    newUnits: ["Ban Nữ công", "Ban Tuyên giáo", "Ủy ban Kiểm tra"],
    issues: [["deadline-invalid", "12"]],
  },
  {
    file: "pdf-spaces-thoi-gian-truoc-don-vi.txt",
    what: "copied from a PDF: columns aligned by spaces, deadline before units, an unknown Kinh phí column, wrapped cells, page number and header repeated",
    info: { number: "45/KH-LĐLĐ", issuedOn: "2024-02-15", year: 2024, title: "Tổ chức các hoạt động Tháng Công nhân năm 2024", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2024-03-31", [PROVINCE], []],
      ["2", 1, "2024-03-31", [DISTRICTS, SECTORS], []],
      ["3", 2, "2024-05-01", [PROVINCE, EVERYONE], []],
      ["4", 2, "2024-05-31", [PROVINCE, DISTRICTS], []],
      ["5", 2, "2024-06-15", [PROVINCE], []],
      ["6", 3, "2024-09-30", ["Ban Chính sách pháp luật"], []],
      ["7", 4, "2024-12-31", [PROVINCE], []],
    ],
    requirements: [["Báo cáo kết quả tổ chức Tháng Công nhân", "2024-06-20", PROVINCE, [DISTRICTS, SECTORS], false]],
    newUnits: ["Ban Chính sách pháp luật"],
    issues: [],
    contents: {
      "1": "Ban hành kế hoạch tổ chức Tháng Công nhân năm 2024.",
      "3": "Tổ chức Lễ phát động Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động.",
      "4": "Thăm, tặng quà đoàn viên có hoàn cảnh khó khăn.",
      "7": "Tổng kết, khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
    },
    notes: { "1": "", "4": "" },
  },
  {
    file: "page-breaks-word.txt",
    what: "Word copy across page breaks: '- 2 -', 'Trang 3', header repeated, a row broken in two, blank and separator rows, LĐLD, missing separators, commas in group names",
    info: { number: "33/KH-LĐLĐ", issuedOn: "2025-01-08", year: 2025, title: "Công tác tuyên giáo công đoàn năm 2025", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2025-02-28", [PROVINCE, EVERYONE], []], // "LĐLD tỉnh Các cấp công đoàn"
      ["2", 1, "2025-01-25", [PROVINCE, DISTRICTS], []], // "LĐLĐ các huyện, TP"
      ["3", 1, "2025-03-31", [DISTRICTS], []], // "LĐLĐ các huyện, thị xã, thành phố"
      ["4", 2, "2025-05-31", [DISTRICTS, SECTORS], []], // "LĐLĐ các huyện, TX, CĐN"
      ["5", 2, "2025-06-30", [PROVINCE, "Ban Nữ công"], []], // "LĐLĐ tỉnh và Ban Nữ công"
      ["6", 3, "2025-08-31", [PROVINCE, EVERYONE], []],
      ["7", 4, "2025-12-15", [PROVINCE], []],
    ],
    requirements: [["Báo cáo kết quả công tác tuyên giáo năm 2025", "2025-11-30", PROVINCE, [DISTRICTS, SECTORS], false]],
    newUnits: ["Ban Nữ công"],
    issues: [],
    contents: { "3": "Phổ biến pháp luật lao động cho đoàn viên tại các doanh nghiệp ngoài nhà nước." },
  },
  {
    file: "page-breaks-word.messy.txt",
    what: "the same document with BOM, CRLF, NFD, Icelandic Ð, non-breaking and zero-width spaces",
    info: { number: "33/KH-LĐLĐ", issuedOn: "2025-01-08", year: 2025, title: "Công tác tuyên giáo công đoàn năm 2025", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2025-02-28", [PROVINCE, EVERYONE], []],
      ["2", 1, "2025-01-25", [PROVINCE, DISTRICTS], []],
      ["3", 1, "2025-03-31", [DISTRICTS], []],
      ["4", 2, "2025-05-31", [DISTRICTS, SECTORS], []],
      ["5", 2, "2025-06-30", [PROVINCE, "Ban Nữ công"], []],
      ["6", 3, "2025-08-31", [PROVINCE, EVERYONE], []],
      ["7", 4, "2025-12-15", [PROVINCE], []],
    ],
    requirements: [["Báo cáo kết quả công tác tuyên giáo năm 2025", "2025-11-30", PROVINCE, [DISTRICTS, SECTORS], false]],
    newUnits: ["Ban Nữ công"],
    issues: [],
    contents: { "3": "Phổ biến pháp luật lao động cho đoàn viên tại các doanh nghiệp ngoài nhà nước." },
  },
  {
    file: "word-merged-header.txt",
    what: "Word table with 'Đơn vị thực hiện' merged over Chủ trì / Phối hợp, numbered columns (1)…(6), group rows I / II",
    info: { number: "21/KH-LĐLĐ", issuedOn: "2024-01-12", year: 2024, title: "Hoạt động nữ công năm 2024", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2024-03-31", ["Ban Nữ công"], [EVERYONE]],
      ["2", 2, "2024-06-30", ["Ban Nữ công"], [DISTRICTS]],
      ["3", 2, "2024-06-30", [PROVINCE], [SECTORS]],
      ["4", 4, "2024-10-20", [PROVINCE], ["Ban Nữ công"]],
    ],
    requirements: [],
    newUnits: ["Ban Nữ công"],
    issues: [],
    notes: { "4": "Kết hợp kỷ niệm 20/10" },
  },
  {
    file: "chat-markdown-per-quarter.txt",
    what: "a chat tool's answer: one markdown table per quarter under ### headings, ## title lines",
    info: { number: "07/KH-LĐLĐ", issuedOn: "2026-01-03", year: 2026, title: "Công tác nữ công năm 2026", place: "Lai Châu" },
    tasks: [
      ["1", 1, "2026-03-31", [PROVINCE, EVERYONE], []],
      ["2", 1, "2026-02-15", [PROVINCE], []],
      ["3", 2, "2026-06-01", [DISTRICTS, SECTORS], []],
      ["4", 2, "2026-06-30", [PROVINCE], []],
      ["5", 4, "2026-10-31", [EVERYONE], []],
      ["6", 4, "2026-12-31", [PROVINCE], []],
    ],
    requirements: [],
    newUnits: [],
    issues: [],
  },
];

describe.each(LAYOUTS)("$file", (layout) => {
  const plan = run(read(layout.file));

  it(`reads the header block (${layout.what})`, () => {
    expect({ ...plan.info, issuedOn: iso(plan.info.issuedOn) }).toEqual(layout.info);
  });

  it("reads every task: number, quarter, deadline, units", () => {
    expect(plan.foundTable).toBe(true);
    expect(rowsOf(plan)).toEqual(layout.tasks);
  });

  it("keeps contents and notes whole", () => {
    for (const [id, content] of Object.entries(layout.contents ?? {})) {
      expect(plan.tasks.find((t) => t.id === id)?.content).toBe(content);
    }
    for (const [id, notes] of Object.entries(layout.notes ?? {})) {
      expect(plan.tasks.find((t) => t.id === id)?.notes).toBe(notes);
    }
    for (const t of plan.tasks) expect(t.content).toMatch(/^\S.*\S$/su);
  });

  it("reads the submissions owed", () => {
    expect(requirementsOf(plan)).toEqual(layout.requirements);
  });

  it("keeps unknown units as written, for review", () => {
    expect(plan.newUnits.map((u) => u.name)).toEqual(layout.newUnits);
    expect(plan.newUnits.every((u) => u.review)).toBe(true);
  });

  it("reports only the document's real problems", () => {
    expect(plan.issues.map((i) => [i.code, i.taskId])).toEqual(layout.issues);
  });
});

// ---------------------------------------------------------------------------------------------
// Messy text: whatever the encoding noise, the same plan.

/** What careless copying does to a document, none of which may change the plan. */
const MESS: [string, (s: string) => string][] = [
  ["decomposed (NFD)", (s) => s.normalize("NFD")],
  ["Icelandic Ð for Đ", (s) => s.replace(/Đ/g, "\u00D0")],
  ["non-breaking spaces", (s) => s.replace(/ (?=\S)/g, "\u00A0")],
  ["zero-width spaces and joiners", (s) => s.replace(/(\p{L})(\p{L})/gu, "$1\u200B$2").replace(/ồ/g, "o\u200D\u0302\u0300")],
  ["CRLF line endings", (s) => s.replace(/\n/g, "\r\n")],
  ["a byte-order mark", (s) => `\uFEFF${s}`],
  ["all of it at once", (s) => `\uFEFF${s.normalize("NFD").replace(/Đ/g, "\u00D0").replace(/ (?=\S)/g, "\u00A0").replace(/\n/g, "\r\n")}`],
];
const FILES = ["../ke-hoach-217-KH-LDLD-2021.txt", ...LAYOUTS.map((l) => l.file)];

describe.each(MESS)("text %s", (_, mess) => {
  it.each(FILES)("gives the same plan for %s", (file) => {
    const clean = run(read(file));
    const messy = run(mess(read(file)));
    expect(messy).toEqual(clean);
  });
});

test("the messy fixture is byte-for-byte messy, and reads as its clean twin", () => {
  const messy = read("page-breaks-word.messy.txt");
  expect(messy.startsWith("\uFEFF")).toBe(true);
  expect(messy).toContain("\r\n");
  expect(messy).toContain("\u00D0");
  expect(messy).toContain("\u00A0");
  expect(messy).toContain("\u200B");
  expect(messy).not.toBe(messy.normalize("NFC"));
  expect(run(messy)).toEqual(run(read("page-breaks-word.txt")));
});

test.each(FILES)("LĐLD written for LĐLĐ everywhere in %s changes no unit", (file) => {
  const clean = run(read(file));
  const typo = run(read(file).replace(/LĐLĐ/g, "LĐLD"));
  const units = (p: TextImport) => [
    p.tasks.map((t) => [t.leadUnits, t.partnerUnits]),
    p.requirements.map((r) => [r.recipient, r.fromUnits]),
    p.newUnits.map((u) => u.name),
  ];
  expect(units(typo)).toEqual(units(clean));
  expect(JSON.stringify(units(typo))).not.toContain("LĐLD");
});

// ---------------------------------------------------------------------------------------------
// Each form, alone, in a small plan.

const doc = (header: string, rows: string[], before: string[] = ["KẾ HOẠCH", "Công tác công đoàn năm 2023", ""]): string =>
  [...before, header, ...rows, ""].join("\n");

describe("header variants", () => {
  const cases: [string, string, string][] = [
    [
      "STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành | Ghi chú",
      "1 | Tổ chức hội nghị | LĐLĐ tỉnh | CĐN | 15/5/2023 | Họp trực tuyến",
      "pipes without outer bars",
    ],
    [
      "STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành\tGhi chú",
      "1\tTổ chức hội nghị\tLĐLĐ tỉnh\tCĐN\t15/5/2023\tHọp trực tuyến",
      "tabs",
    ],
    ["| Số TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn | Ghi chú |", "| 1 | Tổ chức hội nghị | LĐLĐ tỉnh | CĐN | 15/5/2023 | Họp trực tuyến |", "short names"],
    [
      "TT\tNội dung\tThời gian thực hiện\tĐơn vị phối hợp\tĐơn vị thực hiện\tGhi chú",
      "1\tTổ chức hội nghị\t15/5/2023\tCĐN\tLĐLĐ tỉnh\tHọp trực tuyến",
      "deadline before units",
    ],
    [
      "TT\tNội dung\tKinh phí\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian\tGhi chú",
      "1\tTổ chức hội nghị\t20.000.000đ\tLĐLĐ tỉnh\tCĐN\t15/5/2023\tHọp trực tuyến",
      "an unknown column",
    ],
    [
      "TT\tNội dung công việc chủ yếu\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành (dự kiến)\tGhi chú",
      "1\tTổ chức hội nghị\tLĐLĐ tỉnh\tCĐN\t15/5/2023\tHọp trực tuyến",
      "headers with extra words",
    ],
  ];
  it.each(cases)("%s", (header, row) => {
    const plan = run(doc(header, [row]));
    expect(plan.tasks).toHaveLength(1);
    const t = plan.tasks[0];
    expect([t.id, t.content, t.leadUnits, t.partnerUnits, iso(t.deadline), t.deadlineText, t.notes, t.quarter]).toEqual([
      "1",
      "Tổ chức hội nghị",
      [PROVINCE],
      [SECTORS],
      "2023-05-15",
      "15/5/2023",
      "Họp trực tuyến",
      2,
    ]);
  });
});

describe("roles said inside a units cell", () => {
  const HEADER = "TT\tNội dung\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian";
  const cases: [string, string, string, string[], string[]][] = [
    ["lead and partners in one cell", "LĐLĐ tỉnh chủ trì, các cấp CĐ phối hợp", "", [PROVINCE], [EVERYONE]],
    ["labels in one cell, partner column adds", "Chủ trì: LĐLĐ tỉnh; Phối hợp: CĐN", "LĐLĐ các huyện, TP", [PROVINCE], [SECTORS, DISTRICTS]],
    ["a lead named in the partner column", "", "CĐN chủ trì, LĐLĐ tỉnh phối hợp", [SECTORS], [PROVINCE]],
    ["a unit said to lead is not also a partner", "LĐLĐ tỉnh", "LĐLĐ tỉnh, CĐN", [PROVINCE], [SECTORS]],
  ];
  it.each(cases)("%s", (_, lead, partner, leads, partners) => {
    const plan = run(doc(HEADER, [`1\tTổ chức hội nghị\t${lead}\t${partner}\t15/5/2023`]));
    expect([plan.tasks[0].leadUnits, plan.tasks[0].partnerUnits]).toEqual([leads, partners]);
  });
});

describe("quarter sections", () => {
  const cases: [string, number][] = [
    ["QUÝ I", 1],
    ["Quý 1", 1],
    ["QUÝ II:", 2],
    ["Quý IV (tháng 10–12)", 4],
    ["Quý III năm 2023", 3],
    ["QUÝ II\t\t", 2],
    ["II\tQUÝ II\t", 2],
    ["3. Quý III", 3],
  ];
  it.each(cases)("%j puts the task under it in quarter %i, due at its end", (heading, quarter) => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện", [heading, "1\tTổ chức hội nghị\tLĐLĐ tỉnh"]));
    expect(plan.tasks.map((t) => [t.id, t.quarter, iso(t.deadline)])).toEqual([
      ["1", quarter, iso({ year: 2023, month: quarter * 3, day: quarter === 1 || quarter === 4 ? 31 : 30 })],
    ]);
  });

  it("a quarter heading just above the header counts", () => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện", ["1\tTổ chức hội nghị\tLĐLĐ tỉnh"], ["KẾ HOẠCH", "Công tác năm 2023", "", "QUÝ III"]));
    expect(plan.tasks[0].quarter).toBe(3);
  });

  it("a task's own deadline is kept under its section", () => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện\tThời gian", ["QUÝ II", "1\tTổ chức hội nghị\tLĐLĐ tỉnh\t15/4/2023"]));
    expect([plan.tasks[0].quarter, iso(plan.tasks[0].deadline)]).toEqual([2, "2023-04-15"]);
  });
});

describe("deadline phrases, in a plan for 2023 without sections", () => {
  const cases: [string, string | null, number | null][] = [
    ["15/5/2021", "2021-05-15", 2],
    ["05-12-2022", "2022-12-05", 4],
    ["ngày 5 tháng 12 năm 2022", "2022-12-05", 4],
    ["Trước ngày 20/6", "2023-06-20", 2],
    ["Trước 15/3/2023", "2023-03-15", 1],
    ["Chậm nhất ngày 10/11/2023", "2023-11-10", 4],
    ["Chậm nhất 30/9", "2023-09-30", 3],
    ["Tháng 3", "2023-03-31", 1],
    ["Tháng 3/2023", "2023-03-31", 1],
    ["Quý II", "2023-06-30", 2],
    ["6 tháng đầu năm", "2023-06-30", 2],
    ["Cả năm", "2023-12-31", 4],
    ["Thường xuyên", null, null],
    ["", null, null],
  ];
  it.each(cases)("%j → %s", (phrase, due, quarter) => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện\tThời gian", [`1\tTổ chức hội nghị\tLĐLĐ tỉnh\t${phrase}`]));
    const t = plan.tasks[0];
    expect([iso(t.deadline), t.quarter, t.deadlineText]).toEqual([due, quarter, phrase]);
    expect(plan.issues).toEqual([]);
  });

  it("an impossible date is an issue on its task, and its text is kept", () => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện\tThời gian", ["1\tTổ chức hội nghị\tLĐLĐ tỉnh\t31/02/2023"]));
    expect(plan.tasks[0].deadline).toBeNull();
    expect(plan.tasks[0].deadlineText).toBe("31/02/2023");
    expect(plan.issues).toEqual([
      expect.objectContaining({ code: "deadline-invalid", severity: "error", taskId: "1", line: 5, params: { text: "31/02/2023", reason: "impossible-date" } }),
    ]);
  });

  it("a plan whose title and date name no year takes the caller's year", () => {
    const plan = importPlanText(doc("TT\tNội dung\tThời gian", ["1\tTổ chức hội nghị\tTháng 3"], ["KẾ HOẠCH", "Công tác công đoàn", ""]), registry, 2031);
    expect([plan.info.year, iso(plan.tasks[0].deadline)]).toEqual([2031, "2031-03-31"]);
  });
});

describe("metadata", () => {
  const cases: [string, string[], { number: string; issuedOn: string | null; title: string; year: number }][] = [
    ["Số: 12/KH-LĐLĐ", ["Số: 12/KH-LĐLĐ", "Lai Châu, ngày 10 tháng 01 năm 2022", "KẾ HOẠCH", "Công tác năm 2022"], { number: "12/KH-LĐLĐ", issuedOn: "2022-01-10", title: "Công tác năm 2022", year: 2022 }],
    ["Số 05/KH-CĐN", ["Số 05/KH-CĐN", "Hà Nội, ngày 5 tháng 3 năm 2023", "KẾ HOẠCH", "Công tác công đoàn"], { number: "05/KH-CĐN", issuedOn: "2023-03-05", title: "Công tác công đoàn", year: 2023 }],
    ["Số: 217/KH - LĐLD", ["Số: 217/KH - LĐLD", "", "Lai Châu, ngày 20 tháng 01 năm 2021"], { number: "217/KH-LĐLD", issuedOn: "2021-01-20", title: "", year: 2021 }],
    ["number and date on one line", ["Số: 08/KH-LĐLĐ\tLai Châu, ngày 02 tháng 02 năm 2024"], { number: "08/KH-LĐLĐ", issuedOn: "2024-02-02", title: "", year: 2024 }],
    ["a year in the title beats the date", ["Lai Châu, ngày 28 tháng 12 năm 2023", "", "KẾ HOẠCH", "", "Công tác thi đua năm 2024"], { number: "", issuedOn: "2023-12-28", title: "Công tác thi đua năm 2024", year: 2024 }],
    ["a title on two lines", ["KẾ HOẠCH", "Tổ chức các hoạt động chào mừng", "năm 2025"], { number: "", issuedOn: null, title: "Tổ chức các hoạt động chào mừng năm 2025", year: 2025 }],
    ["KẾ HOẠCH: title on the same line", ["KẾ HOẠCH: Công tác nữ công năm 2022"], { number: "", issuedOn: null, title: "Công tác nữ công năm 2022", year: 2022 }],
  ];
  it.each(cases)("%s", (_, before, expected) => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện", ["1\tTổ chức hội nghị\tLĐLĐ tỉnh"], [...before, ""]));
    expect({ number: plan.info.number, issuedOn: iso(plan.info.issuedOn), title: plan.info.title, year: plan.info.year }).toEqual(expected);
  });
});

describe("submission requirements", () => {
  const withRequirements = (lines: string[]): TextImport =>
    run([doc("TT\tNội dung\tĐơn vị thực hiện", ["1\tTổ chức hội nghị\tLĐLĐ tỉnh"]), "III. TỔ CHỨC THỰC HIỆN", ...lines].join("\n"));

  it("reads due dates in bold, with ';' or '.', and 'trước ngày'", () => {
    const plan = withRequirements([
      "2. Đối với LĐLĐ các huyện, thành phố, các công đoàn ngành",
      "- Báo cáo sơ kết gửi về LĐLĐ tỉnh chậm nhất ngày **15/5/2023**;",
      "- Báo cáo kết quả gửi về LĐLĐ tỉnh trước ngày 20/6/2023.",
      "+ Đăng ký thi đua trước ngày 30/01",
    ]);
    expect(requirementsOf(plan)).toEqual([
      ["Báo cáo sơ kết", "2023-05-15", PROVINCE, [DISTRICTS, SECTORS], false],
      ["Báo cáo kết quả", "2023-06-20", PROVINCE, [DISTRICTS, SECTORS], false],
      ["Đăng ký thi đua", "2023-01-30", PROVINCE, [DISTRICTS, SECTORS], false],
    ]);
  });

  it("takes who must submit from the heading above, heading by heading", () => {
    const plan = withRequirements([
      "1. Đối với LĐLĐ tỉnh",
      "- Báo cáo tổng kết gửi Tổng Liên đoàn trước ngày 15/12/2023.",
      "2. Đối với CĐCS trực thuộc:",
      "- Báo cáo 6 tháng gửi về LĐLĐ tỉnh (qua Ban Tổ chức) chậm nhất ngày 10/6/2023;",
    ]);
    expect(requirementsOf(plan)).toEqual([
      ["Báo cáo tổng kết", "2023-12-15", "Tổng Liên đoàn Lao động Việt Nam", [PROVINCE], false],
      ["Báo cáo 6 tháng", "2023-06-10", PROVINCE, [CDCS], false],
    ]);
  });

  it("marks registration required for commendation when a 'Lưu ý … không xem xét khen thưởng' rule says so", () => {
    const plan = withRequirements([
      "2. Đối với các công đoàn ngành",
      "- Báo cáo sơ kết gửi về LĐLĐ tỉnh chậm nhất ngày 15/5/2023;",
      "- Đăng ký các danh hiệu thi đua gửi về LĐLĐ tỉnh chậm nhất ngày 30/01/2023;",
      "- **Lưu ý:** Đơn vị không đăng ký thi đua, Hội đồng thi đua, khen thưởng LĐLĐ tỉnh không xem xét khen thưởng.",
    ]);
    expect(plan.requirements.map((r) => [r.title, r.requiredForEligibility])).toEqual([
      ["Báo cáo sơ kết", false],
      ["Đăng ký các danh hiệu thi đua", true],
    ]);
  });

  it("ignores dated sentences that are not submissions, and stops at 'Nơi nhận'", () => {
    const plan = withRequirements([
      "1. Tổ chức quán triệt Kế hoạch số 210/KH-LĐLĐ, ngày 20/01/2023 của LĐLĐ tỉnh.",
      "- Tổ chức hội nghị tổng kết trước ngày 20/12/2023.",
      "Nơi nhận:",
      "- Báo cáo gửi về LĐLĐ tỉnh trước ngày 01/02/2023;",
    ]);
    expect(plan.requirements).toEqual([]);
  });
});

describe("unknown units", () => {
  it.each([
    ["Ban Nữ công", [PROVINCE, "Ban Nữ công"]],
    ["Công đoàn ngành Y tế", [PROVINCE, "Công đoàn ngành Y tế"]],
    ["LĐLĐ huyện Điện Biên Đông", [PROVINCE, "LĐLĐ huyện Điện Biên Đông"]],
    ["Hội LHPN tỉnh", [PROVINCE, "Hội LHPN tỉnh"]],
  ])("%s is kept as written, not dropped nor folded into a known unit", (unit, lead) => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện", [`1\tTổ chức hội nghị\tLĐLĐ tỉnh, ${unit}`]));
    expect(plan.tasks[0].leadUnits).toEqual(lead);
    expect(plan.newUnits.map((u) => [u.name, u.review])).toEqual([[unit, true]]);
  });
});

describe("rows that are not tasks", () => {
  it("skips group rows, column numbers, blank and separator rows; keeps a row with no number, for review", () => {
    const plan = run(
      doc("TT\tNội dung\tĐơn vị thực hiện", [
        "1\t2\t3",
        "A\tNHIỆM VỤ CHUNG\t",
        "1\tTổ chức hội nghị\tLĐLĐ tỉnh",
        "\t\t",
        "===\t===\t===",
        "II.\tCÔNG TÁC TUYÊN TRUYỀN\t",
        "\tCÔNG TÁC THI ĐUA KHEN THƯỞNG\t",
        "2\tPhát động thi đua\tLĐLĐ tỉnh",
        "x\tRà soát hồ sơ\tLĐLĐ tỉnh",
      ]),
    );
    expect(plan.tasks.map((t) => [t.id, t.content])).toEqual([
      ["1", "Tổ chức hội nghị"],
      ["2", "Phát động thi đua"],
      // "x" is no task number: the row stays, without one, for the user to fix.
      ["", "Rà soát hồ sơ"],
    ]);
  });

  it("ends the table at the next part of the document, even without a roman numeral", () => {
    const plan = run(
      doc("TT\tNội dung\tĐơn vị thực hiện", [
        "1\tTổ chức hội nghị\tLĐLĐ tỉnh",
        "",
        "Trên đây là kế hoạch của Ban Thường vụ LĐLĐ tỉnh, đề nghị các đơn vị nghiêm túc triển khai thực hiện.",
        "Trong quá trình thực hiện nếu có vướng mắc, báo cáo về LĐLĐ tỉnh.",
      ]),
    );
    expect(plan.tasks.map((t) => [t.id, t.leadUnits])).toEqual([["1", [PROVINCE]]]);
    expect(plan.newUnits).toEqual([]);
  });

  it("says so when there is no table, or a table with no task", () => {
    expect(run("KẾ HOẠCH\nCông tác năm 2023\n\nKhông có bảng.").issues.map((i) => i.code)).toEqual(["plan-table-missing"]);
    expect(run("TT\tNội dung\tĐơn vị thực hiện\n").issues.map((i) => i.code)).toEqual(["plan-empty"]);
  });
});

describe("a 'Quý' column", () => {
  it("gives the quarter when the table has one", () => {
    const plan = run(doc("TT\tQuý\tNội dung\tĐơn vị thực hiện", ["1\tII\tTổ chức hội nghị\tLĐLĐ tỉnh", "2\t3\tPhát động thi đua\tLĐLĐ tỉnh"]));
    expect(plan.tasks.map((t) => [t.id, t.quarter, iso(t.deadline)])).toEqual([
      ["1", 2, "2023-06-30"],
      ["2", 3, "2023-09-30"],
    ]);
  });
});

describe("other layouts met in the wild", () => {
  it("a range copied from Excel: cells with line breaks come quoted, quotes doubled", () => {
    const plan = run(
      doc("TT\tNội dung\tĐơn vị thực hiện\tThời gian", [
        '1\t"Tổ chức hội nghị\nsơ kết ""6 tháng"""\t"LĐLĐ tỉnh\nCĐN"\t15/6/2023',
        "2\tPhát động thi đua\tLĐLĐ tỉnh\tTháng 3",
      ]),
    );
    expect(plan.tasks.map((t) => [t.id, t.content, t.leadUnits, iso(t.deadline)])).toEqual([
      ["1", 'Tổ chức hội nghị\nsơ kết "6 tháng"', [PROVINCE, SECTORS], "2023-06-15"],
      ["2", "Phát động thi đua", [PROVINCE], "2023-03-31"],
    ]);
  });

  it("month sections: the task falls in that month's quarter, due at the month's end", () => {
    const plan = run(
      doc("TT\tNội dung\tĐơn vị thực hiện", [
        "THÁNG 1\t\t",
        "1\tTổ chức hội nghị\tLĐLĐ tỉnh",
        "2. Tháng 5/2023:\t\t",
        "2\tPhát động thi đua\tLĐLĐ tỉnh",
        "3\tTháng 8\tLĐLĐ tỉnh",
      ]),
    );
    expect(plan.tasks.map((t) => [t.id, t.quarter, iso(t.deadline), t.content])).toEqual([
      ["1", 1, "2023-01-31", "Tổ chức hội nghị"],
      ["2", 2, "2023-05-31", "Phát động thi đua"],
      ["3", 2, "2023-05-31", "Tháng 8"],
    ]);
  });

  it("units in capitals continued after a page break are units, not a heading", () => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện", ["1\tTổ chức hội nghị\tLĐLĐ tỉnh,", "- 2 -", "\t\tLĐLĐ CÁC HUYỆN, TP", "2\tPhát động thi đua\tLĐLĐ tỉnh"]));
    expect(plan.tasks.map((t) => [t.id, t.leadUnits])).toEqual([
      ["1", [PROVINCE, DISTRICTS]],
      ["2", [PROVINCE]],
    ]);
  });

  it("a Word header cell with two paragraphs", () => {
    const plan = run(doc("TT\tNội dung\tĐơn vị thực hiện\tThời gian", ["hoàn thành", "1\tTổ chức hội nghị\tLĐLĐ tỉnh\t15/6/2023"]));
    expect(plan.tasks.map((t) => [t.id, t.leadUnits, iso(t.deadline)])).toEqual([["1", [PROVINCE], "2023-06-15"]]);
  });

  it("box-drawing tables read like markdown", () => {
    const plan = run(
      doc("│ TT │ Nội dung         │ Đơn vị thực hiện │", [
        "├────┼──────────────────┼──────────────────┤",
        "│ 1  │ Tổ chức hội nghị │ LĐLĐ tỉnh        │",
        "│    │ sơ kết           │ CĐN              │",
        "└────┴──────────────────┴──────────────────┘",
      ]),
    );
    expect(plan.tasks.map((t) => [t.id, t.content, t.leadUnits])).toEqual([["1", "Tổ chức hội nghị sơ kết", [PROVINCE, SECTORS]]]);
  });

  it("the task table as an appendix after 'Nơi nhận', the submissions above it", () => {
    const plan = run(
      [
        "KẾ HOẠCH",
        "Công tác thi đua năm 2023",
        "",
        "I. TỔ CHỨC THỰC HIỆN",
        "2. Đối với các công đoàn ngành:",
        "- Báo cáo sơ kết gửi về LĐLĐ tỉnh chậm nhất ngày 15/5/2023;",
        "",
        "Nơi nhận:",
        "- Lưu VT.",
        "",
        "PHỤ LỤC: CÁC NHIỆM VỤ CỤ THỂ",
        "TT\tNội dung\tĐơn vị thực hiện\tThời gian",
        "1\tTổ chức hội nghị\tLĐLĐ tỉnh\tTháng 3",
      ].join("\n"),
    );
    expect(plan.tasks.map((t) => [t.id, iso(t.deadline)])).toEqual([["1", "2023-03-31"]]);
    expect(requirementsOf(plan)).toEqual([["Báo cáo sơ kết", "2023-05-15", PROVINCE, [SECTORS], false]]);
  });

  it("a table with no number column: each row a task, numbered in the table's order", () => {
    const plan = run(doc("Nội dung\tĐơn vị thực hiện\tThời gian", ["Tổ chức hội nghị\tLĐLĐ tỉnh\tTháng 3", "Phát động thi đua\tCĐN\tTháng 4"]));
    expect(plan.tasks.map((t) => [t.id, t.content, t.leadUnits, t.quarter])).toEqual([
      ["1", "Tổ chức hội nghị", [PROVINCE], 1],
      ["2", "Phát động thi đua", [SECTORS], 2],
    ]);
  });
});
