/**
 * The importer never throws on user text, and whatever it returns is clean text: NFC, the right
 * Đ, no invisible characters, no "LĐLD" in a unit name.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { importPlanText, type TextImport } from "../../../src/core/plan/importText";
import { UnitRegistry } from "../../../src/core/units/registry";
import { seedUnits } from "../../../src/core/units/seed";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 200;
const registry = new UnitRegistry(seedUnits());
const FIXTURE = readFileSync(join(__dirname, "../../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");
const FIXTURE_LINES = FIXTURE.split("\n");

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;

/** Every property a user could see broken in a task, a requirement or a unit. */
function expectClean(plan: TextImport): void {
  const texts: string[] = [plan.info.number, plan.info.title, plan.info.place];
  const units: string[] = [];
  for (const t of plan.tasks) {
    texts.push(t.id, t.content, t.deadlineText, t.notes, t.statusText);
    units.push(...t.leadUnits, ...t.partnerUnits);
  }
  for (const r of plan.requirements) {
    texts.push(r.title);
    units.push(r.recipient, ...r.fromUnits);
  }
  units.push(...plan.newUnits.map((u) => u.name));
  for (const s of [...texts, ...units]) {
    if (s !== s.normalize("NFC")) throw new Error(`not NFC: ${JSON.stringify(s)}`);
    if (s.includes("\u00D0")) throw new Error(`Icelandic Ð: ${JSON.stringify(s)}`);
    if (ZERO_WIDTH.test(s)) throw new Error(`zero-width character: ${JSON.stringify(s)}`);
  }
  for (const u of units) {
    if (u.includes("LĐLD")) throw new Error(`LĐLD in a unit: ${JSON.stringify(u)}`);
    if (u === "" || u !== u.trim()) throw new Error(`untrimmed or empty unit: ${JSON.stringify(u)}`);
  }
  for (const t of plan.tasks) {
    if (t.quarter !== null && ![1, 2, 3, 4].includes(t.quarter)) throw new Error(`quarter ${t.quarter}`);
  }
}

// Pieces plan documents are made of, so the fuzzer reaches tables, headings and unit cells far more
// often than uniformly random characters would.
const PIECES = [
  "TT", "STT", "Nội dung", "Đơn vị thực hiện", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú", "Quý", "Kinh phí",
  "QUÝ I", "Quý 1", "QUÝ II:", "Quý IV (tháng 10–12)", "II.", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:", "KẾ HOẠCH",
  "Số: 1/KH - LĐLD", "Lai Châu, ngày 20 tháng 01 năm 2021", "2. Đối với LĐLĐ các huyện, thành phố",
  "- Báo cáo gửi về LĐLĐ tỉnh chậm nhất ngày **15/5/2021**;", "Lưu ý: không xem xét khen thưởng",
  "LĐLD tỉnh", "LĐLD các huyện, TP", "CĐN", "Các cấp công đoàn", "Ban Nữ công", "và", "chủ trì", "LĐLD",
  "1", "2", "24", "1.1", "31/02", "15/5/2021", "Tháng 3", "Thường xuyên", "(1)", "A", "I",
  "\t", "\t", "\t", "|", " | ", "  ", "   ", " ", "\n", "\n", "\r\n", "\r", "---", "- 2 -", "Trang 3",
  "\u00A0", "\u200B", "\uFEFF", "Ð", "\u0301", "\u0323", "**", "<br>", "#", "“", "”", ",", ";", ":", "(", ")",
];
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(""));

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  pieceText,
  pieceText.map((s) => s.normalize("NFD")),
);
const anyYear = fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.integer(), fc.constant(Number.NaN));

describe("importPlanText never throws and returns clean text", () => {
  it("on arbitrary text", () => {
    fc.assert(
      fc.property(anyText, anyYear, (text, year) => {
        expectClean(importPlanText(text, registry, year));
      }),
      { numRuns },
    );
  });

  it("on the real plan with lines deleted, duplicated, shuffled or garbled", () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
      fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), to: fc.nat() }),
      fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: anyText }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat(), to: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 30 }), fc.boolean(), (edits, nfd) => {
        const lines = [...FIXTURE_LINES];
        for (const e of edits) {
          if (lines.length === 0) break;
          const at = e.at % lines.length;
          if (e.kind === "delete") lines.splice(at, 1);
          else if (e.kind === "duplicate") lines.splice(at, 0, lines[at]);
          else if (e.kind === "swap") [lines[at], lines[e.to % lines.length]] = [lines[e.to % lines.length], lines[at]];
          else if (e.kind === "insert") lines.splice(at, 0, e.text);
          else lines[at] = lines[at].slice(0, e.to % (lines[at].length + 1));
        }
        const text = lines.join("\n");
        expectClean(importPlanText(nfd ? text.normalize("NFD") : text, registry, 2021));
      }),
      { numRuns },
    );
  });

  it("on the real plan with its rows shuffled: every task is still found, in the quarter above it", () => {
    const start = FIXTURE_LINES.findIndex((l) => l.startsWith("TT\t"));
    const end = FIXTURE_LINES.findIndex((l) => l.startsWith("II. "));
    fc.assert(
      fc.property(fc.shuffledSubarray(FIXTURE_LINES.slice(start + 1, end), { minLength: end - start - 1 }), (body) => {
        const text = [...FIXTURE_LINES.slice(0, start + 1), ...body, ...FIXTURE_LINES.slice(end)].join("\n");
        const plan = importPlanText(text, registry, 2021);
        expectClean(plan);
        expect(plan.tasks.map((t) => Number(t.id)).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
        expect(plan.requirements).toHaveLength(3);
      }),
      { numRuns },
    );
  });
});
