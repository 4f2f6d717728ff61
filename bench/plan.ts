/**
 * Realistic generated plans for the benchmarks: the real plan 217/KH-LĐLĐ (its heading, its
 * "II." and "III." sections, so the submissions it asks for), with the task table replaced by n
 * generated tasks. Deterministic (a seeded generator): every run measures the same workbook.
 *
 * The tasks look like the ones offices write: Vietnamese contents of 47–142 characters, units
 * spelled the way plans spell them (the registry's names, aliases and abbreviations, the document's
 * "LĐLD"), some units the registry does not know, a blank unit now and then, a mix of statuses (and
 * the odd one nobody defined), deadlines as dates inside their quarter (some outside it, some
 * blank, "Thường xuyên", a month, a rare impossible date), completion dates for finished tasks
 * (some late), notes on a fifth of them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { WorkbookPort } from "../src/app/port";
import { SUBMISSION_COLUMNS } from "../src/core/plan/tables";
import { mapHeaders } from "../src/core/plan/headers";
import type { CellWrite, TableEdit } from "../src/core/workbook/types";
import { TABLES } from "../src/core/workbook/types";

export const FIXTURE = readFileSync(join(__dirname, "../test/fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
export const YEAR = 2021;

/** mulberry32: small, fast, good enough to pick words. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Weighted<T> = readonly (readonly [T, number])[];

function picker<T>(items: Weighted<T>): (r: number) => T {
  const total = items.reduce((n, [, w]) => n + w, 0);
  return (r) => {
    let x = r * total;
    for (const [item, w] of items) {
      if ((x -= w) < 0) return item;
    }
    return items[items.length - 1][0];
  };
}

const VERBS = [
  "Xây dựng, ban hành",
  "Tổ chức",
  "Hướng dẫn",
  "Kiểm tra",
  "Tổng hợp, báo cáo",
  "Chỉ đạo",
  "Triển khai thực hiện",
  "Tập huấn nghiệp vụ về",
  "Sơ kết",
  "Tổng kết",
  "Đôn đốc, hướng dẫn",
  "Thẩm định",
  "Hoàn thiện hồ sơ",
  "Phát động",
  "Tuyên truyền",
  "Phối hợp tổ chức",
  "Rà soát, sửa đổi, bổ sung",
];

const OBJECTS = [
  "kế hoạch công tác thi đua, khen thưởng năm 2021",
  "phong trào thi đua “Lao động giỏi, lao động sáng tạo”",
  "hồ sơ đề nghị khen thưởng các tập thể, cá nhân tiêu biểu",
  "việc thu, nộp kinh phí và đoàn phí công đoàn",
  "công tác kiểm tra, giám sát tại công đoàn cơ sở",
  "báo cáo sơ kết công tác thi đua 6 tháng đầu năm",
  "các hoạt động hưởng ứng Tháng Công nhân năm 2021",
  "chương trình “Mái ấm công đoàn” cho đoàn viên có hoàn cảnh khó khăn",
  "mô hình, điển hình tiên tiến trong CNVCLĐ",
  "hội nghị đối thoại, thương lượng tập thể tại doanh nghiệp",
  "phong trào “Giỏi việc nước, đảm việc nhà”",
  "quy chế khen thưởng công đoàn toàn tỉnh",
  "việc bình xét các tập thể, cá nhân tiêu biểu nhân tháng công nhân",
  "đăng ký các chỉ tiêu thi đua năm 2021 với Hội đồng TĐKT tỉnh",
  "Nghị quyết số 07/NQ-TLĐ về đổi mới công tác thi đua, khen thưởng",
  "công tác chăm lo Tết cho đoàn viên, người lao động",
];

const TAILS: Weighted<string> = [
  ["", 4],
  [" cho cán bộ công đoàn cơ sở", 2],
  [" tại LĐLĐ huyện Tam Đường và LĐLĐ huyện Sìn Hồ", 1],
  [" trong đoàn viên, công nhân, viên chức, lao động", 2],
  [" năm học 2020-2021", 1],
  [" theo hướng dẫn của Tổng Liên đoàn", 1],
  [", chú trọng khen thưởng người lao động trực tiếp", 1],
];

// As plans write them: canonical names, aliases, abbreviations, the document's "LĐLD", lists.
const KNOWN_UNITS: Weighted<string> = [
  ["LĐLD tỉnh", 30],
  ["LĐLĐ tỉnh", 10],
  ["LĐLD tỉnh, LĐLD các huyện, TP, CĐN", 10],
  ["LĐLĐ các huyện, thành phố", 6],
  ["CĐN Giáo dục", 4],
  ["Công đoàn Viên chức tỉnh", 4],
  ["LĐLĐ huyện Sìn Hồ", 2],
  ["LĐLĐ Phong Thổ", 2],
  ["Các cấp công đoàn", 4],
  ["CĐCS trực thuộc", 3],
  ["LĐLD tỉnh, Các đơn vị trong khối thi đua", 3],
  ["LĐLD tỉnh Các cấp công đoàn", 2],
  ["Khối thi đua CĐN", 1],
];
const UNKNOWN_UNITS: Weighted<string> = [
  ["Ban Nữ công", 3],
  ["Ban Tuyên giáo LĐLĐ tỉnh", 2],
  ["Văn phòng LĐLĐ tỉnh", 2],
  ["Ủy ban Kiểm tra LĐLĐ tỉnh", 2],
  ["Công đoàn Khu công nghiệp", 1],
  ["Sở Lao động - Thương binh và Xã hội", 1],
];

const STATUSES: Weighted<string> = [
  ["Hoàn thành", 34],
  ["Đang thực hiện", 25],
  ["Chưa thực hiện", 24],
  ["", 8],
  ["Tạm dừng", 3],
  ["Đã xong", 2],
  ["Đang làm", 2],
  ["Chờ phê duyệt", 2],
];

const NOTES: Weighted<string> = [
  ["", 80],
  ["Theo kế hoạch riêng", 8],
  ["Phối hợp với các ban chuyên môn", 5],
  ["Báo cáo kết quả về Văn phòng", 4],
  ["Đã có văn bản hướng dẫn", 3],
];

const pad = (n: number): string => String(n).padStart(2, "0");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Task numbers as large plans write them, by item and sub-item ("12.7"): a plan numbers at most
 * 4 digits per level, and the importer reads "TT" the same way.
 */
const taskId = (i: number): string => `${Math.floor((i - 1) / 100) + 1}.${((i - 1) % 100) + 1}`;

/** One generated task row (tab-separated, the columns of TABLE_HEADER). */
function taskLine(i: number, quarter: number, rnd: () => number): string {
  const verb = VERBS[Math.floor(rnd() * VERBS.length)];
  const object = OBJECTS[Math.floor(rnd() * OBJECTS.length)];
  const content = `${verb} ${object}${picker(TAILS)(rnd())}.`;
  const unit = (r: number): string => (r < 0.86 ? picker(KNOWN_UNITS)(rnd()) : picker(UNKNOWN_UNITS)(rnd()));
  const lead = rnd() < 0.04 ? "" : unit(rnd());
  let partner = rnd() < 0.55 ? "" : unit(rnd());
  if (partner === lead) partner = "";

  // A date in the task's quarter; some elsewhere, some blank (the quarter's end), some phrases.
  const d = rnd();
  let month = (quarter - 1) * 3 + 1 + Math.floor(rnd() * 3);
  if (d > 0.97) month = ((month + 3) % 12) + 1; // outside its quarter
  const day = 1 + Math.floor(rnd() * DAYS_IN_MONTH[month - 1]);
  const deadline =
    d < 0.1 ? "" : d < 0.13 ? "Thường xuyên" : d < 0.15 ? `Tháng ${month}` : d < 0.152 ? "31/02/2021" : `${pad(day)}/${pad(month)}/${YEAR}`;

  const status = picker(STATUSES)(rnd());
  let completed = "";
  if ((status === "Hoàn thành" || status === "Đã xong") && /^\d/.test(deadline)) {
    // Most on time, a fifth late by up to a month.
    const shift = rnd() < 0.2 ? 1 + Math.floor(rnd() * 30) : -Math.floor(rnd() * 20);
    const serial = Date.UTC(YEAR, month - 1, Math.min(day, DAYS_IN_MONTH[month - 1])) + shift * 86_400_000;
    const c = new Date(serial);
    completed = `${pad(c.getUTCDate())}/${pad(c.getUTCMonth() + 1)}/${c.getUTCFullYear()}`;
  }
  const notes = picker(NOTES)(rnd());
  return [taskId(i), content, lead, partner, deadline, status, completed, notes].join("\t");
}

export const TABLE_HEADER = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Trạng thái", "Ngày hoàn thành", "Ghi chú"].join("\t");

/** The plan 217/KH-LĐLĐ with n generated tasks in its table (quarter sections I–IV). */
export function planText(n: number, seed = 217): string {
  const lines = FIXTURE.split("\n");
  const head = lines.findIndex((l) => /^TT\tNội dung/.test(l));
  const end = lines.findIndex((l) => /^II\. /.test(l));
  const rnd = random(seed);
  const rows: string[] = [];
  const per = Math.ceil(n / 4);
  ["I", "II", "III", "IV"].forEach((q, k) => {
    rows.push(`QUÝ ${q}`);
    for (let i = k * per + 1; i <= Math.min(n, (k + 1) * per); i++) rows.push(taskLine(i, k + 1, rnd));
  });
  return [...lines.slice(0, head), TABLE_HEADER, ...rows, "", ...lines.slice(end)].join("\n");
}

/**
 * Receipts for the submissions table, as an office records them over the year: about 60% of the
 * rows have a received date somewhere in 2021 (some after the due date), the rest are still owed.
 */
export async function recordReceipts(port: WorkbookPort, seed = 7): Promise<number> {
  const snapshot = await port.read();
  const table = snapshot.tables.find((t) => t.name === TABLES.submissions);
  if (!table) return 0;
  const { columns } = mapHeaders(table.headers, SUBMISSION_COLUMNS);
  if (columns.receivedOn === undefined) return 0;
  const rnd = random(seed);
  const cells: { row: number; column: string; value: CellWrite }[] = [];
  const jan1 = 44197; // 01/01/2021
  table.rows.forEach((_, row) => {
    if (rnd() < 0.6) cells.push({ row, column: SUBMISSION_COLUMNS.receivedOn.header, value: { value: jan1 + Math.floor(rnd() * 330), style: "date" } });
  });
  const edit: TableEdit = {
    kind: "table",
    table: table.name,
    sheet: table.sheet,
    anchor: { row: table.headerRow, column: table.firstColumn },
    columns: [SUBMISSION_COLUMNS.receivedOn],
    cells,
    ownedColumns: [],
    append: [],
  };
  await port.apply([edit]);
  return cells.length;
}
