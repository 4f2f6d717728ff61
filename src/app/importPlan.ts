import { documentLines, type PlanDocument } from "../core/document/model";
import { defaultUnits, lexiconUnits, othersUnits } from "../core/units/defaults";
import { UnitRegistry } from "../core/units/registry";
import { familyUnitNames } from "../core/units/seed";
import { importPlanDocument } from "../core/plan/importDocument";
import { importPlanText as readPlanText, type TextImport } from "../core/plan/importText";
import { TASK_COLUMNS } from "../core/plan/headers";
import { joinUnits, planSync } from "../core/plan/sync";
import { htmlToText, looksLikeHtml } from "../core/text/html";
import { cleanChars } from "../core/text/normalize";
import { readPlanModel } from "../core/plan/workbookModel";
import { countBySeverity } from "../core/validate/validate";
import { MAX_CELL_CHARS } from "../core/workbook/limits";
import type { WorkbookSnapshot } from "../core/workbook/types";
import { planPrintEdits } from "./printEdits";
import { UserFacingError } from "./errors";
import type { WorkbookPort } from "./port";
import type { CommandOptions, ImportOutcome } from "./types";

const EMPTY: WorkbookSnapshot = { sheets: [], tables: [] };

/**
 * The longest plan text read. A Kế hoạch is 10–200 KB; two million characters is ten thousand
 * tasks. Beyond that it is not a plan (a log, a database dump), and reading it would freeze the pane.
 */
export const MAX_PLAN_CHARS = 2_000_000;

const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

// Letters the legacy Vietnamese fonts (TCVN3 ".VnTime", VNI-Times) show as Latin-1 when their
// text is copied as Unicode, and which Vietnamese written in Unicode never uses ("KÕ ho¹ch").
const LEGACY_LETTERS = /[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñöøûüþ÷]/g;
// UTF-8 read as Windows-1252 ("Káº¿ hoáº¡ch"), and characters a decoder could not read at all.
const GARBLED = /Ã[\u0080-\u00BF]|á[º»]|Ä[\u0080-\u00BF‘’]|Æ[°¡]|Â[\u00A0-\u00BF]|\uFFFD/g;
const LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/g;

/** Line (1-based) and word where `pattern` first matches. */
function firstPlace(text: string, pattern: RegExp): { line: number; sample: string } {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    pattern.lastIndex = 0;
    const m = pattern.exec(lines[i]);
    if (!m) continue;
    const words = lines[i].trim().split(/\s+/);
    let offset = lines[i].indexOf(lines[i].trim());
    // The word holding the match, and the one after it, as the user would search for them.
    for (let k = 0; k < words.length; k++) {
      const end = offset + words[k].length;
      if (m.index < end) return { line: i + 1, sample: words.slice(k, k + 2).join(" ").slice(0, 40) };
      offset = lines[i].indexOf(words[k + 1] ?? "", end);
    }
    return { line: i + 1, sample: lines[i].trim().slice(0, 40) };
  }
  return { line: 1, sample: "" };
}

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

/**
 * Refuses text that is not Vietnamese Unicode: copied from a document in a legacy font (TCVN3,
 * VNI), or decoded with the wrong code page. Read as it is, its headers match nothing and its
 * units are gibberish; converting it is the user's one fix.
 */
function checkUnicode(text: string): void {
  const letters = Math.max(1, count(text, LETTER));
  const legacy = count(text, LEGACY_LETTERS);
  const garbled = count(text, GARBLED);
  // A few « » or § occur in real Unicode plans; legacy text has one on most words.
  if (legacy >= 5 && legacy / letters >= 0.01 && legacy >= garbled) {
    const { line, sample } = firstPlace(text, LEGACY_LETTERS);
    throw new UserFacingError(
      "text-not-unicode",
      `Văn bản không phải Unicode: có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC) hoặc VNI (dòng ${line}: “${sample}”). Hãy chuyển sang Unicode (Unikey → Công cụ chuyển mã, từ TCVN3 hoặc VNI sang Unicode), rồi dán hoặc lưu lại dạng UTF-8.`,
      `The text is not Unicode: it looks typed in the legacy TCVN3 (ABC) or VNI encoding (line ${line}: “${sample}”). Convert it to Unicode (Unikey's converter, from TCVN3 or VNI to Unicode), then paste it or save it as UTF-8 again.`,
    );
  }
  if (garbled >= 3 && garbled / letters >= 0.005) {
    const { line, sample } = firstPlace(text, GARBLED);
    throw new UserFacingError(
      "text-not-unicode",
      `Chữ tiếng Việt trong văn bản bị lỗi phông (dòng ${line}: “${sample}”): tệp đã được lưu hoặc mở sai bảng mã. Hãy mở lại tệp gốc và lưu dạng Unicode (UTF-8), rồi nhập lại.`,
      `The Vietnamese letters in the text are garbled (line ${line}: “${sample}”): the file was saved or opened in the wrong encoding. Open the original again, save it as Unicode (UTF-8) and import that.`,
    );
  }
}

// Control characters other than tab and line breaks, noncharacters, and halves of surrogate
// pairs: invisible, and not allowed in an .xlsx (one makes the whole file unreadable).
const UNWRITABLE = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/g;

/**
 * The plan's text as the importer reads it: HTML made into text, characters no workbook can hold
 * removed. Refuses (UserFacingError) what is empty, binary, too large or not Unicode.
 */
export function planText(raw: string): string {
  let text = typeof raw === "string" ? raw : "";
  // Cheap checks first: a huge paste must be refused before any work on it.
  if (text.length > 10 * MAX_PLAN_CHARS) throw tooLarge(text.length);
  // BEL (\u0007) is left out of the count: Word marks the end of each table cell with it, so
  // text taken out of a .doc can hold hundreds and is still text.
  if (text.indexOf("\u0000") >= 0 || count(text.slice(0, 65536), /[\u0001-\u0006\u0008\u000E-\u001F]/g) > 64) {
    const at = text.search(/[\u0000-\u0008\u000E-\u001F]/);
    const line = text.slice(0, at).split("\n").length;
    throw new UserFacingError(
      "text-binary",
      `Nội dung không phải văn bản (có ký tự nhị phân ở dòng ${line}). Hãy dán hoặc nhập nội dung văn bản kế hoạch (.txt), không phải tệp Word, Excel hay hình ảnh.`,
      `This is not text (binary characters on line ${line}). Paste or import the plan's text (.txt), not a Word, Excel or image file.`,
    );
  }
  if (looksLikeHtml(text)) text = htmlToText(text);
  if (text.length > MAX_PLAN_CHARS) throw tooLarge(text.length);
  text = text.replace(UNWRITABLE, (c) => (c.length === 2 ? c : ""));
  if (cleanChars(text).trim() === "") {
    throw new UserFacingError(
      "text-empty",
      "Văn bản kế hoạch trống. Hãy dán toàn bộ nội dung kế hoạch (có bảng nhiệm vụ).",
      "The plan text is empty. Paste the whole plan document (with its task table).",
    );
  }
  checkUnicode(text);
  return text;
}

function tooLarge(length: number): UserFacingError {
  return new UserFacingError(
    "text-too-large",
    `Văn bản quá dài (${thousands(length)} ký tự; tối đa ${thousands(MAX_PLAN_CHARS)}): đây không giống một văn bản kế hoạch. Hãy chỉ dán nội dung kế hoạch.`,
    `The text is too long (${thousands(length)} characters; at most ${thousands(MAX_PLAN_CHARS)}): this does not look like a plan document. Paste only the plan's text.`,
  );
}

/** Refuses a task whose cell would not fit in Excel, naming the task, its line and the column. */
function checkCellLengths(imported: TextImport): void {
  for (const t of imported.tasks) {
    const cells: [string, string][] = [
      [TASK_COLUMNS.id.header, t.id],
      [TASK_COLUMNS.content.header, t.content],
      [TASK_COLUMNS.leadUnits.header, joinUnits(t.leadUnits)],
      [TASK_COLUMNS.partnerUnits.header, joinUnits(t.partnerUnits)],
      [TASK_COLUMNS.deadline.header, t.deadlineText],
      [TASK_COLUMNS.status.header, t.statusText],
      [TASK_COLUMNS.notes.header, t.notes],
      [TASK_COLUMNS.group.header, t.group],
      [TASK_COLUMNS.monitorUnits.header, joinUnits(t.monitorUnits)],
      ...Object.entries(t.extra),
    ];
    const long = cells.find(([, value]) => value.length > MAX_CELL_CHARS);
    if (!long) continue;
    const [column, value] = long;
    throw new UserFacingError(
      "text-cell-too-long",
      `Nhiệm vụ ${t.id || "không số"} (dòng ${t.line}): ô “${column}” dài ${thousands(value.length)} ký tự, quá giới hạn ${thousands(MAX_CELL_CHARS)} ký tự của một ô Excel. Có thể bảng thiếu dấu Tab giữa các cột hoặc thiếu số TT ở các dòng sau; hãy kiểm tra lại bảng.`,
      `Task ${t.id || "without a number"} (line ${t.line}): its “${column}” cell is ${thousands(value.length)} characters long, more than the ${thousands(MAX_CELL_CHARS)} an Excel cell holds. The table may lack tabs between columns or numbers on the rows below; check the table.`,
    );
  }
}

/** What a plan is imported from: its text (pasted, .txt, HTML), or a document already read (.docx). */
export type PlanSource = string | PlanDocument;

/** Reads the plan against the units a workbook knows; throws when it holds no plan. */
export function readPlanDocument(source: PlanSource, snapshot: WorkbookSnapshot, fallbackYear: number): TextImport {
  const isText = typeof source === "string" || !source || typeof source !== "object";
  // A Word file's text passes the same checks as a pasted one (empty, too large, a legacy font).
  if (!isText) planText(documentLines(source.blocks).join("\n"));
  const text = isText ? planText(source as string) : "";
  const read = (registry: UnitRegistry, learnUnits = false): TextImport =>
    isText ? readPlanText(text, registry, fallbackYear, { learnUnits }) : importPlanDocument(source as PlanDocument, registry, fallbackYear, { learnUnits });
  // Names are recognised through the lexicon of Vietnamese bodies besides the workbook's own list.
  const model = readPlanModel(snapshot, fallbackYear);
  let imported: TextImport;
  if (model.unitsTable) imported = read(model.registry.with(lexiconUnits()));
  else {
    // A new workbook: read as any organisation's plan; where it names the labour federation's own
    // units, read again with the federation's registry first (its "Các đơn vị" are its unions).
    // Its own units (a hospital's khoa, a ministry's vụ) are learnt from the names it writes.
    imported = read(new UnitRegistry(othersUnits()), true);
    const family = familyUnitNames();
    if (imported.units.some((u) => family.has(u.name))) imported = read(new UnitRegistry(defaultUnits()));
  }
  if (!imported.foundTable && !isText) {
    throw new UserFacingError(
      "plan-table-missing",
      "Không tìm thấy bảng nhiệm vụ trong tệp Word: cần một bảng có dòng tiêu đề với cột “TT” (hoặc STT) và “Nội dung” (hoặc Nhiệm vụ). Nếu kế hoạch không có bảng, hãy lập bảng nhiệm vụ trong Word rồi nhập lại.",
      "No task table found in the Word file: it needs a table whose header row has “TT” (or STT) and “Nội dung” (or Nhiệm vụ) columns. If the plan has no table, make one in Word and import again.",
    );
  }
  if (!imported.foundTable) {
    throw new UserFacingError(
      "plan-table-missing",
      "Không tìm thấy bảng nhiệm vụ trong văn bản: cần một dòng tiêu đề có cột “TT” (hoặc STT) và “Nội dung”, các cột cách nhau bằng Tab. Hãy sao chép cả bảng từ Word.",
      "No task table found in the text: it needs a header row with “TT” (or STT) and “Nội dung” columns, separated by tabs. Copy the whole table from Word.",
    );
  }
  if (imported.tasks.length === 0) {
    const line = imported.issues.find((i) => i.code === "plan-empty")?.line ?? 0;
    throw new UserFacingError(
      "plan-empty",
      `Bảng nhiệm vụ (dòng ${line}) không có nhiệm vụ nào có số TT. Hãy kiểm tra các dòng dưới tiêu đề bảng.`,
      `The task table (line ${line}) has no numbered tasks. Check the rows under its header.`,
    );
  }
  checkCellLengths(imported);
  return imported;
}

/** What an import would write, without a workbook: for previews and `import --json`. */
export function previewImport(source: PlanSource, opts: CommandOptions, snapshot: WorkbookSnapshot = EMPTY) {
  const imported = readPlanDocument(source, snapshot, opts.asOf.year);
  const result = planSync({ snapshot, imported, asOf: opts.asOf, lang: opts.lang, fallbackYear: opts.asOf.year, lexicon: new UnitRegistry(lexiconUnits()) });
  return { imported, ...result };
}

/**
 * Import a plan document into the workbook: creates the plan, units and submissions tables (or
 * upgrades them), adds the tasks it does not have yet, and writes the warnings.
 */
export async function importPlanText(port: WorkbookPort, source: PlanSource, opts: CommandOptions): Promise<ImportOutcome> {
  opts.progress?.(0, 3, "read");
  const snapshot = await port.read();
  const { imported, edits, issues, model, tasksAdded, tasksKept } = previewImport(source, opts, snapshot);
  opts.progress?.(1, 3, "write");
  // The sheets it writes print well from the start: A4, one page wide, header repeated, footer.
  await port.apply([...edits, ...planPrintEdits(model.info.number || imported.info.number, opts.lang)], opts.progress);
  opts.progress?.(3, 3, "done");
  return {
    issues,
    counts: countBySeverity(issues),
    taskCount: model.taskRows.filter((r) => !r.blank).length,
    planNumber: model.info.number || imported.info.number,
    planTitle: model.info.title || imported.info.title,
    requirementCount: model.requirements.length,
    unitCount: model.registry.units.length,
    tasksAdded,
    tasksKept,
  };
}
