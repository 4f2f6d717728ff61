/** The submissions a plan document's implementation section requires of subordinate units. */
import type { CalendarDate } from "../dates/calendarDate";
import { parseDeadline } from "../dates/deadline";
import { matchKey, normalizeText } from "../text/normalize";
import { PROVINCE } from "../units/seed";
import { isClosing, isSectionHeading } from "./documentLines";
import type { Requirement } from "./model";

// ---------------------------------------------------------------------------------------------
// Submission requirements.

// Words that introduce a due date. The last one before a date is the deadline's.
const DUE_MARKER = /(?:chậm nhất|trước ngày|trước|hạn chót|hạn nộp|hạn gửi|không quá ngày|không muộn hơn)/giu;
const SEND_MARKER = /(?:gửi về|gửi đến|gửi cho|gửi|nộp về|nộp cho|nộp|báo cáo về)/iu;
// What a unit owes, when the line names no sending: "Đăng ký thi đua trước ngày 30/01".
const OWED = /^(?:báo cáo|đăng ký|hồ sơ|danh sách|kết quả|đề nghị|bản đăng ký)/iu;
const BULLET = /^(?:[-+•*–—]|[a-zđ]\s*[.)]|\d{1,2}\s*\))\s*/iu;
// "2. Đối với LĐLĐ các huyện…", "b) Trách nhiệm của các công đoàn ngành:"
const FROM_HEADING = /^(?:\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*(?:đối với|trách nhiệm của|giao)\s+(.+?)\s*[:.]?$/iu;
// Without a number the heading must end in a colon: "Đối với các đơn vị chưa đăng ký, …" is a sentence.
const FROM_HEADING_BARE = /^(?:đối với|trách nhiệm của)\s+(.{3,120}?)\s*:$/iu;

/**
 * Lines joined where a sentence was wrapped (text copied out of a PDF): a line continues the one
 * above unless that one ended a sentence or this one starts a new item or heading.
 */
function paragraphsOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  let joinable = false;
  for (const raw of lines) {
    const line = normalizeText(raw.replace(/\t/g, " "));
    if (line === "") {
      joinable = false;
      continue;
    }
    const startsItem = BULLET.test(line) || /^\d+(?:\.\d+)*\s*[.)]\s/.test(line) || isSectionHeading(line) || isClosing(line);
    if (joinable && !startsItem) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    joinable = !/[.;:!?]$/.test(out[out.length - 1]);
  }
  return out;
}

/**
 * Submissions from the implementation section: "- Báo cáo … gửi về LĐLĐ tỉnh chậm nhất ngày
 * 15/5/2021;" under a heading "2. Đối với <units>" that says who must submit.
 */
/** "2. Các sở, ban, ngành, UBND các xã, phường, đặc khu": a numbered heading that only names units. */
const NUMBERED_LINE = /^(?:\d+(?:\.\d+)*|[a-zđ])\s*[.)]\s*(.{3,160}?)\s*[:.]?$/iu;

/**
 * @param unitsOnly the units a text names when it names nothing else (null otherwise): what makes a
 * numbered heading say who must submit the reports under it.
 */
export function parseRequirements(
  lines: readonly string[],
  year: number,
  unitsOf: (cell: string) => string[],
  unitsOnly: (text: string) => string[] | null = () => null,
): Requirement[] {
  const out: Requirement[] = [];
  let from: string[] = [];
  let rule: string | null = null;
  for (const line of paragraphsOf(lines)) {
    if (isClosing(line)) break;
    if (isSectionHeading(line)) {
      from = [];
      continue;
    }
    const heading = FROM_HEADING.exec(line) ?? FROM_HEADING_BARE.exec(line);
    if (heading) {
      from = unitsOf(heading[1]);
      continue;
    }
    const numbered = NUMBERED_LINE.exec(line);
    const named = numbered ? unitsOnly(numbered[1]) : null;
    if (named && named.length > 0) {
      from = named;
      continue;
    }
    const key = matchKey(line);
    if (/khong (?:duoc |se )*(?:xem xet |xet |de nghi )?(?:thi dua )?khen thuong/.test(key)) {
      rule = key;
      continue;
    }
    const requirement = readRequirement(line.replace(BULLET, "").replace(/[;.,]\s*$/, ""), year, unitsOf);
    if (requirement) out.push({ ...requirement, id: `R${out.length + 1}`, fromUnits: from.filter((u) => u !== requirement.recipient) });
  }
  if (rule !== null && out.length) {
    // The rule names what a unit failed to do: register ("không đăng ký") or report.
    const verb = /dang ky/.test(rule) ? "dang ky" : /bao cao/.test(rule) ? "bao cao" : "";
    const named = verb ? out.findIndex((r) => matchKey(r.title).includes(verb)) : -1;
    const target = named >= 0 ? named : 0;
    out[target] = { ...out[target], requiredForEligibility: true };
  }
  return out;
}

function readRequirement(
  body: string,
  year: number,
  unitsOf: (cell: string) => string[],
): Omit<Requirement, "id" | "fromUnits"> | null {
  // The last due word followed by a date is the deadline's.
  let due: { index: number; date: CalendarDate } | null = null;
  for (const m of body.matchAll(DUE_MARKER)) {
    const parsed = parseDeadline(body.slice(m.index ?? 0), year);
    if (parsed.kind === "date") due = { index: m.index ?? 0, date: parsed.date };
  }
  if (!due) return null;
  const send = SEND_MARKER.exec(body);
  const sendIndex = send?.index ?? -1;
  const title = body.slice(0, sendIndex >= 0 && sendIndex < due.index ? sendIndex : due.index).trim().replace(/[,:;]$/, "").trim();
  if (!title || (!send && !OWED.test(title))) return null;
  let recipientText = "";
  if (send && sendIndex >= 0) {
    const after = body.slice(sendIndex + send[0].length);
    const upTo = sendIndex < due.index ? due.index - sendIndex - send[0].length : after.length;
    // "gửi về LĐLĐ tỉnh (qua Ban Tổ chức) bằng văn bản": the unit, not the channel.
    recipientText = after.slice(0, upTo).split(/\(|\s(?:qua|bằng|theo|để|tại|vào)\s/iu)[0].replace(/[,:;.\s]+$/, "").trim();
  }
  const recipient = (recipientText ? unitsOf(recipientText)[0] : undefined) ?? PROVINCE;
  return { title, due: due.date, recipient, requiredForEligibility: false };
}
