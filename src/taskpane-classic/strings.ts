import type { Lang } from "../core/i18n/lang";
import { stringsFor, type Strings } from "../taskpane/strings";

/**
 * The classic pane's words: the modern pane's (src/taskpane/strings.ts, so both panes say the same
 * thing the same way) plus the few only this pane needs (a typed date, a file picker that takes
 * .txt only, the note on what this pane is).
 */
const vi = {
  importHint: "Dán toàn bộ văn bản kế hoạch (sao chép từ Word, có bảng nhiệm vụ), hoặc chọn tệp bên dưới.",
  asOfHint: "Nhập dạng ngày/tháng/năm, ví dụ 15/07/2021.",
  asOfInvalidDmy: "Ngày không hợp lệ. Hãy nhập dạng ngày/tháng/năm, ví dụ 15/07/2021.",
  fileLabel: "Hoặc chọn tệp Word (.docx) hoặc tệp văn bản (.txt)",
  fromWord:
    "Tệp .doc, .rtf hoặc .pdf? Mở tệp trong Word, bấm Ctrl+A để chọn tất cả, Ctrl+C để sao chép, rồi bấm vào ô trên và Ctrl+V để dán.",
  otherFormatChosen:
    "Bảng điều khiển đọc được tệp .docx và .txt. Với tệp .doc, .rtf, .odt hoặc .pdf: mở tệp trong Word, chọn Tệp → Lưu thành → Tài liệu Word (.docx) rồi chọn tệp đó; hoặc bấm Ctrl+A, Ctrl+C rồi dán (Ctrl+V) vào ô Văn bản kế hoạch.",
  classicNote:
    "Đây là bảng điều khiển dành cho Office 2016 và Office 2019 (Excel hiển thị nó bằng Internet Explorer 11). Sau khi sửa các bảng, bấm “Kiểm tra lại” ở thẻ Cảnh báo để cập nhật.",
  noExcel: "Bảng điều khiển này chạy trong Excel. Hãy mở nó trong Excel (Chèn → Bổ trợ của tôi).",
  percent: (n: number) => `${n}%`,
  closeNotice: "Đóng",
};

export type ClassicStrings = Strings & typeof vi;

const en: typeof vi = {
  importHint: "Paste the whole plan document (copied from Word, with its task table), or choose a file below.",
  asOfHint: "Type it as day/month/year, e.g. 15/07/2021.",
  asOfInvalidDmy: "Not a valid date. Type it as day/month/year, e.g. 15/07/2021.",
  fileLabel: "Or choose a Word file (.docx) or a text file (.txt)",
  fromWord:
    "A .doc, .rtf or .pdf file? Open it in Word, press Ctrl+A to select everything and Ctrl+C to copy, then click the box above and press Ctrl+V to paste.",
  otherFormatChosen:
    "This panel reads .docx and .txt files. For a .doc, .rtf, .odt or .pdf file: open it in Word, choose File → Save As → Word Document (.docx) and pick that file; or press Ctrl+A, Ctrl+C and paste (Ctrl+V) into the Plan text box.",
  classicNote:
    "This is the panel for Office 2016 and Office 2019 (Excel shows it with Internet Explorer 11). After editing the tables, press “Check again” on the Warnings tab to update.",
  noExcel: "This panel runs inside Excel. Open it in Excel (Insert → My Add-ins).",
  percent: (n) => `${n}%`,
  closeNotice: "Dismiss",
};

export function classicStrings(lang: Lang): ClassicStrings {
  const extra = lang === "vi" ? vi : en;
  const base = stringsFor(lang);
  const out = {} as Record<string, unknown>;
  for (const k in base) if (Object.prototype.hasOwnProperty.call(base, k)) out[k] = (base as unknown as Record<string, unknown>)[k];
  for (const k in extra) if (Object.prototype.hasOwnProperty.call(extra, k)) out[k] = (extra as unknown as Record<string, unknown>)[k];
  return out as unknown as ClassicStrings;
}
