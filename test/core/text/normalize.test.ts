import fc from "fast-check";
import { cleanChars, looksLikeFormula, matchKey, normalizeText, stripMarkdown, tokenKey } from "../../../src/core/text/normalize";

const numRuns = Number(process.env.FUZZ_RUNS ?? "") || 200;

describe("normalizeText", () => {
  const cases: [string, string, string][] = [
    ["decomposed Vietnamese", "Lai Cha\u0302u, nga\u0300y 20 tha\u0301ng 01", "Lai Châu, ngày 20 tháng 01"],
    ["Icelandic Ð", "L\u00D0L\u00D0 tỉnh", "LĐLĐ tỉnh"],
    ["lower-case eth", "\u00F0oàn viên", "đoàn viên"],
    ["African D", "\u0189\u0256", "Đđ"],
    ["non-breaking and other spaces", "Công\u00A0đoàn\u2009ngành\u3000tỉnh", "Công đoàn ngành tỉnh"],
    ["zero-width characters", "Công\u200B đoàn\u200C\u200D\u2060\uFEFF", "Công đoàn"],
    ["soft hyphen and direction marks", "thi\u00AD đua\u200E\u202A", "thi đua"],
    ["a zero-width space between a letter and its tone mark", "No\u200B\u0323\u0302i dung", "Nội dung"],
    ["doubled spaces and ends", "  Kế   hoạch  ", "Kế hoạch"],
    ["a byte-order mark", "\uFEFFSố: 217", "Số: 217"],
    ["tabs kept inside", "TT\tNội dung", "TT\tNội dung"],
    ["CRLF", "a\r\nb", "a\nb"],
    ["CR alone and a CRLF converted twice", "a\rb\r\r\nc", "a\nb\nc"],
    ["Unicode line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"],
    ["vertical tab (Word's line break)", "a\u000Bb", "a\nb"],
    ["empty", "", ""],
    ["an emoji family joined by zero-width joiners stays one emoji", "Hội thi \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} gia đình", "Hội thi \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} gia đình"],
    ["a flag with a variation selector before its joiner", "\u{1F3F3}\uFE0F\u200D\u{1F308}", "\u{1F3F3}\uFE0F\u200D\u{1F308}"],
    ["a profession emoji ending in a BMP symbol", "\u{1F468}\u200D\u2695\uFE0F Y tế", "\u{1F468}\u200D\u2695\uFE0F Y tế"],
    ["a joiner between an emoji and a letter goes", "\u{1F44D}\u200Dtốt", "\u{1F44D}tốt"],
    ["a joiner between letters goes", "Công\u200Dđoàn", "Côngđoàn"],
    ["Word's dashes, quotes and ellipsis stay", "Kế hoạch – “Tháng”—‘Quý’…", "Kế hoạch – “Tháng”—‘Quý’…"],
    ["Word's punctuation with a non-breaking space", "“Tháng”\u00A0–\u00A0Quý", "“Tháng” – Quý"],
  ];
  it.each(cases)("%s", (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("cleanChars keeps the layout: spacing, tabs and line ends", () => {
    expect(cleanChars("  TT\t  Nội\u00A0\u00A0dung \r\n")).toBe("  TT\t  Nội  dung \n");
  });

  it("is idempotent, and returns NFC without look-alike Đ or invisible characters", () => {
    const pieces = fc.constantFrom("a", "o", "Đ", "\u200D", "\u{1F469}", "\uFE0F", "\u2695", "\u00D0", "\u00F0", "\u0301", "\u0302", "\u0323", "\u200B", "\uFEFF", "\u00A0", " ", "\t", "\r", "\n", "ư", "\u031B");
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.array(pieces, { maxLength: 20 }).map((p) => p.join("")));
    fc.assert(
      fc.property(text, (s) => {
        const out = normalizeText(s);
        expect(normalizeText(out)).toBe(out);
        expect(out).toBe(out.normalize("NFC"));
        expect(out).not.toMatch(/[\u00D0\u00F0\u200B\u200C\uFEFF\u00A0\r]/);
        // A joiner is left only inside an emoji sequence, never next to a letter or a digit.
        expect(out).not.toMatch(/[\p{L}\p{N}]\u200D|\u200D[\p{L}\p{N}\p{M}]/u);
      }),
      { numRuns },
    );
  });
});

describe("matchKey", () => {
  const cases: [string, string][] = [
    ["LĐLD tỉnh", "ldld tinh"],
    ["ldld  Tinh", "ldld tinh"],
    ["LĐLĐ các huyện, TP", "ldld cac huyen tp"],
    ["L\u00D0L\u00D0 ti\u0309nh", "ldld tinh"],
    ["Thời gian hoàn thành (dự kiến)", "thoi gian hoan thanh du kien"],
    ["Số TT", "so tt"],
    ["QUÝ II:", "quy ii"],
    ["Hội đồng Thi đua - Khen thưởng", "hoi dong thi dua khen thuong"],
    ["Ủy ban nhân dân", "uy ban nhan dan"],
    ["Uỷ ban nhân dân", "uy ban nhan dan"],
    ["Hòa / Hoà", "hoa hoa"],
    ["“Lao động giỏi”", "lao dong gioi"],
    ["", ""],
    ["---", ""],
  ];
  it.each(cases)("%j → %j", (input, key) => {
    expect(matchKey(input)).toBe(key);
  });
});

describe("tokenKey", () => {
  const cases: [string, string[]][] = [
    ["LĐLĐ các huyện, TP", ["ldld", "cac", "huyen", ",", "tp"]],
    ["LĐLĐ tỉnh; CĐN/CĐCS + TLĐ & UBND", ["ldld", "tinh", ";", "cdn", "/", "cdcs", "+", "tld", "&", "ubnd"]],
    ["Ban Nữ công\nBan Tuyên giáo", ["ban", "nu", "cong", "\n", "ban", "tuyen", "giao"]],
    ["  ", []],
  ];
  it.each(cases)("%j", (input, tokens) => {
    expect(tokenKey(input)).toEqual(tokens);
  });
});

describe("stripMarkdown", () => {
  const cases: [string, string][] = [
    ["chậm nhất **ngày 15/5/2021**;", "chậm nhất ngày 15/5/2021;"],
    ["**Lưu ý:** Đơn vị", "Lưu ý: Đơn vị"],
    ["__Số: 12/KH-LĐLĐ__", "Số: 12/KH-LĐLĐ"],
    ["*Kế hoạch* số 12", "Kế hoạch số 12"],
    ["## KẾ HOẠCH", "KẾ HOẠCH"],
    ["### Quý I", "Quý I"],
    ["| 1 | **Tổ chức** | LĐLĐ tỉnh |", "| 1 | Tổ chức | LĐLĐ tỉnh |"],
    ["3 * 4 = 12", "3 * 4 = 12"],
    ["#1 ưu tiên", "#1 ưu tiên"],
    ["- Báo cáo", "- Báo cáo"],
  ];
  it.each(cases)("%j → %j", (input, expected) => {
    expect(stripMarkdown(input)).toBe(expected);
  });
});

describe("looksLikeFormula", () => {
  const cases: [string, boolean][] = [
    ["=SUM(A1:A3)", true],
    ["+84 912 345 678", true],
    ["-5", true],
    ["- Báo cáo tổng kết", true],
    ["@mention", true],
    ["Báo cáo", false],
    ["15/5/2021", false],
    ["", false],
    [" =1", false],
    ["a=b", false],
  ];
  it.each(cases)("%j → %s", (input, expected) => {
    expect(looksLikeFormula(input)).toBe(expected);
  });
});
