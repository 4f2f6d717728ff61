/**
 * The half-year / year report ("BÁO CÁO Kết quả thực hiện Kế hoạch số …") as data, in the layout of
 * Nghị định 30/2020/NĐ-CP (issuing body and số/ký hiệu left, quốc hiệu and tiêu ngữ right, place
 * and date, title, body, Nơi nhận and signature). Its figures are the summary's (computeSummary):
 * the report and the Tổng hợp sheet say the same as of the same day. A renderer (src/app/reportDocx)
 * turns it into a .docx.
 */
import { formatDateVi, type CalendarDate } from "../dates/calendarDate";
import type { Lang } from "../i18n/lang";
import type { PlanInfo } from "../plan/model";
import { PERIOD_LABELS, summaryParagraph, type PeriodId, type SummaryFigures } from "../summary/figures";
import { formatRate } from "../summary/official";

export type ReportBlock =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "table"; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly widths: readonly number[] };

export interface ReportModel {
  /** Issuing body, as it heads the page (capitals); a placeholder when not known. */
  readonly issuer: string;
  /** "Số:      /BC-LĐLD": the number is left blank for the office's register. */
  readonly docNumber: string;
  readonly nationalTitle: string;
  readonly motto: string;
  /** "Lai Châu, ngày 15 tháng 7 năm 2021". */
  readonly placeDate: string;
  readonly title: string;
  readonly subtitle: string;
  readonly periodLine: string;
  readonly blocks: readonly ReportBlock[];
  readonly recipientsHeading: string;
  readonly recipients: readonly string[];
  readonly signerRole: readonly string[];
  readonly signerNote: string;
  readonly signerName: string;
}

export interface ReportOptions {
  readonly lang: Lang;
  readonly period: PeriodId;
  /** The issuing body (e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"); a placeholder when absent. */
  readonly issuer?: string;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** "ngày 15 tháng 7 năm 2021" as NĐ 30 writes it: day below 10 and months 1–2 with a leading zero. */
export function vietnameseDate(d: CalendarDate): string {
  return `ngày ${d.day < 10 ? pad2(d.day) : d.day} tháng ${d.month <= 2 ? pad2(d.month) : d.month} năm ${d.year}`;
}

/** The organisation's code in a document number: "217/KH-LĐLD" → "LĐLD". */
export function issuerCode(planNumber: string): string {
  const m = /\/[^-–/]+[-–](.+)$/.exec(planNumber.replace(/\s+/g, ""));
  return m ? m[1] : "";
}

const lowerFirst = (s: string): string => (s ? s[0].toLocaleLowerCase("vi") + s.slice(1) : s);
const n = (v: number): string => String(v);

export function buildReportModel(f: SummaryFigures, info: PlanInfo, opts: ReportOptions): ReportModel {
  const vi = opts.lang === "vi";
  const period = PERIOD_LABELS[opts.period][opts.lang];
  const code = issuerCode(info.number);
  const blocks: ReportBlock[] = [];
  const heading = (text: string) => blocks.push({ kind: "heading", text });
  const para = (text: string) => blocks.push({ kind: "paragraph", text });

  heading(vi ? "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" : "I. RESULTS");
  para(summaryParagraph(f, opts.lang, opts.period));
  para(vi ? "1. Kết quả theo quý và kỳ:" : "1. By quarter and period:");
  blocks.push({
    kind: "table",
    headers: vi
      ? ["Kỳ", "Tổng số", "Đến hạn", "HT đúng hạn", "HT quá hạn", "Chưa HT trong hạn", "Chưa HT quá hạn", "Chưa đến hạn", "Tỷ lệ đúng hạn"]
      : ["Period", "Total", "Due", "Done on time", "Done late", "Not done, within", "Not done, overdue", "Not yet due", "On-time rate"],
    rows: f.periods.map((p) => [PERIOD_LABELS[p.period][opts.lang], n(p.total), n(p.due), n(p.doneOnTime), n(p.doneLate), n(p.notDoneWithinDeadline), n(p.notDoneOverdue), n(p.notYetDue), formatRate(p.onTimeRate, opts.lang)]),
    widths: [17, 9, 9, 10, 10, 11, 11, 10, 12],
  });
  if (f.units.length) {
    para(vi ? `2. Kết quả theo đơn vị chủ trì (${lowerFirst(period)}), xếp hạng theo tỷ lệ hoàn thành đúng hạn:` : `2. By lead unit (${period}), ranked by on-time rate:`);
    blocks.push({
      kind: "table",
      headers: vi ? ["Hạng", "Đơn vị chủ trì", "Số nhiệm vụ", "Đến hạn", "HT đúng hạn", "HT quá hạn", "Chưa HT quá hạn", "Tỷ lệ đúng hạn"] : ["Rank", "Lead unit", "Tasks", "Due", "On time", "Late", "Overdue", "On-time rate"],
      rows: f.units.map((u) => [u.rank === null ? "—" : n(u.rank), u.unit, n(u.led), n(u.due), n(u.doneOnTime), n(u.doneLate), n(u.notDoneOverdue), formatRate(u.onTimeRate, opts.lang)]),
      widths: [9, 31, 10, 9, 10, 10, 10, 12],
    });
  }
  if (f.overdue.length) {
    para(vi ? `3. Nhiệm vụ chưa hoàn thành, đã quá hạn (${f.overdue.length} nhiệm vụ):` : `3. Tasks not done, overdue (${f.overdue.length}):`);
    blocks.push({
      kind: "table",
      headers: vi ? ["TT", "Nội dung", "Đơn vị chủ trì", "Hạn", "Quá hạn (ngày)"] : ["No.", "Content", "Lead units", "Due", "Days overdue"],
      rows: f.overdue.map((o) => [o.id, o.content, o.leadUnits.join("; "), formatDateVi(o.deadline), n(o.days)]),
      widths: [6, 50, 22, 12, 10],
    });
  }

  heading(vi ? "II. TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" : "II. REPORTS FROM UNITS");
  if (!f.requirements.length) para(vi ? "Kế hoạch không yêu cầu đơn vị gửi báo cáo." : "The plan asks no report of the units.");
  f.requirements.forEach((r, i) => {
    const due = r.due ? (vi ? ` (hạn ${formatDateVi(r.due)})` : ` (due ${formatDateVi(r.due)})`) : "";
    const parts = vi
      ? [`${r.onTime} đơn vị gửi đúng hạn`, `${r.late} đơn vị gửi trễ hạn`, `${r.missing} đơn vị chưa gửi`, ...(r.pending ? [`${r.pending} đơn vị chưa đến hạn gửi`] : [])]
      : [`${r.onTime} on time`, `${r.late} late`, `${r.missing} missing`, ...(r.pending ? [`${r.pending} not yet due`] : [])];
    para(`${i + 1}. ${r.title}${due}: ${parts.join(", ")}.`);
    if (r.lateReceipts.length) {
      const list = r.lateReceipts.map((x) => `${x.unit} (${formatDateVi(x.receivedOn)})`).join("; ");
      para(vi ? `- Gửi trễ hạn: ${list}.` : `- Late: ${list}.`);
    }
    if (r.missingUnits.length) para(vi ? `- Chưa gửi: ${r.missingUnits.join("; ")}.` : `- Missing: ${r.missingUnits.join("; ")}.`);
  });
  para(
    f.ineligibleUnits.length
      ? vi
        ? `Đơn vị không đủ điều kiện xét khen thưởng (chưa gửi báo cáo bắt buộc): ${f.ineligibleUnits.join("; ")}.`
        : `Units not eligible for commendation (a required report missing): ${f.ineligibleUnits.join("; ")}.`
      : vi
        ? "Không có đơn vị nào bị loại khỏi xét khen thưởng do chưa gửi báo cáo bắt buộc."
        : "No unit is excluded from commendation for a missing required report.",
  );

  heading(vi ? "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" : "III. NEXT STEPS");
  para(vi ? "[Nội dung do đơn vị bổ sung.]" : "[To be completed by the office.]");

  const planPhrase = vi
    ? `Kết quả thực hiện Kế hoạch số ${info.number || "…"}${info.issuedOn ? ` ngày ${formatDateVi(info.issuedOn)}` : ""}${info.title ? ` về ${lowerFirst(info.title)}` : ""}`
    : `Results of Plan No. ${info.number || "…"}${info.issuedOn ? ` of ${formatDateVi(info.issuedOn)}` : ""}${info.title ? ` (${info.title})` : ""}`;
  return {
    issuer: (opts.issuer ?? "").trim().toLocaleUpperCase("vi") || (vi ? "TÊN CƠ QUAN, TỔ CHỨC" : "NAME OF THE ISSUING BODY"),
    docNumber: `Số:       /BC${code ? `-${code}` : ""}`,
    nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    placeDate: vi ? `${info.place || "……"}, ${vietnameseDate(f.asOf)}` : `${info.place || "……"}, ${formatDateVi(f.asOf)}`,
    title: vi ? "BÁO CÁO" : "REPORT",
    subtitle: planPhrase,
    periodLine: vi ? `(${period}, tính đến ngày ${formatDateVi(f.asOf)})` : `(${period}, as of ${formatDateVi(f.asOf)})`,
    blocks,
    recipientsHeading: vi ? "Nơi nhận:" : "To:",
    recipients: vi ? ["- ……;", "- ……;", "- Lưu: VT."] : ["- ……;", "- ……;", "- File."],
    signerRole: vi ? ["QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ"] : ["TITLE OF THE SIGNER"],
    signerNote: vi ? "(Chữ ký của người có thẩm quyền, dấu)" : "(Signature, seal)",
    signerName: vi ? "Họ và tên" : "Full name",
  };
}
