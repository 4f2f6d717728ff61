/**
 * Vietnamese text as it arrives from Word, PDFs and browsers, made clean: NFC, the right Đ/đ,
 * ordinary spaces, no invisible characters, no doubled spaces.
 */

// Icelandic Ð/ð (U+00D0/U+00F0) and African Ɖ/ɖ (U+0189/U+0256) look like Vietnamese Đ/đ and are
// what some fonts and converters produce.
const D_LOOKALIKES: Record<string, string> = { "\u00D0": "Đ", "\u0189": "Đ", "\u00F0": "đ", "\u0256": "đ" };

// Zero-width and formatting characters, soft hyphen, BOM, combining grapheme joiner, Mongolian
// vowel separator (zero-width in older fonts), invisible operators. The zero-width joiner
// (U+200D) apart: it is junk between letters but part of an emoji sequence (see keepJoiner).
const INVISIBLE = /[\u200B\u200C\u2060-\u2064\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u034F\u180E]/g;
// Every kind of space except tab and newline.
const SPACES = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Text that is already clean: printable ASCII and precomposed Latin letters (Vietnamese in NFC),
// without Ð/ð/Ɖ/ɖ, single spaces between words. Most cells of a large plan are like this, and
// skipping the regex passes and NFC for them makes reading 100,000 rows several times faster.
// Word's typographic dashes, quotes and ellipsis are clean too (cleanChars leaves them as they are).
const WORD = "[!-~\u00C0-\u00CF\u00D1-\u00EF\u00F1-\u0188\u018A-\u024F\u1E00-\u1EFF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]+";
const ALREADY_CLEAN = new RegExp(`^${WORD}(?: ${WORD})*$`);

/** Clean one line or cell of text: NFC, Đ fixed, spaces folded, trimmed. Keeps tabs. */
export function normalizeText(text: string): string {
  if (text === "" || ALREADY_CLEAN.test(text)) return text;
  return cleanChars(text).replace(/[ ]+/g, " ").trim();
}

/** Clean characters but keep the layout (tabs, newlines, spacing) of a whole document. */
export function cleanChars(text: string): string {
  return (
    text
      .replace(/[\u00D0\u0189\u00F0\u0256]/g, (c) => D_LOOKALIKES[c])
      .replace(INVISIBLE, "")
      .replace(/\u200D/g, keepJoiner)
      .replace(SPACES, " ")
      // "\r\r\n" is a CRLF converted twice (a file saved in text mode on Windows): one line end.
      .replace(/\r+\n|\r|\u2028|\u2029|\u000B|\u000C|\u0085/g, "\n")
      // Last: an invisible character between a letter and its tone mark ("e\u200B\u0301") blocks
      // composition until it is gone.
      .normalize("NFC")
  );
}

const combine = (high: number, low: number): number => (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The code point that starts at `index` (a surrogate pair read whole; NaN past the end). */
function codePointAfter(text: string, index: number): number {
  const c = text.charCodeAt(index);
  return isHigh(c) && isLow(text.charCodeAt(index + 1)) ? combine(c, text.charCodeAt(index + 1)) : c;
}

/** The code point that ends just before `index`, and where it starts. */
function codePointBefore(text: string, index: number): { point: number; start: number } {
  const c = text.charCodeAt(index - 1);
  return isLow(c) && isHigh(text.charCodeAt(index - 2)) ? { point: combine(text.charCodeAt(index - 2), c), start: index - 2 } : { point: c, start: index - 1 };
}

// Pictographs that zero-width joiners glue into one emoji (👩‍👩‍👧‍👦, 🏳️‍🌈, 👨‍⚕️): the
// miscellaneous symbols, dingbats and arrows of the BMP and the emoji planes. By range, not by
// \p{Extended_Pictographic}: the commands bundle runs on Internet Explorer 11's regex engine.
const isPictograph = (c: number): boolean =>
  (c >= 0x1f000 && c <= 0x1faff) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2300 && c <= 0x23ff) || (c >= 0x2600 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || c === 0x00a9 || c === 0x00ae;

/** A zero-width joiner stays between two pictographs (a variation selector may precede it). */
function keepJoiner(joiner: string, index: number, text: string): string {
  let before = codePointBefore(text, index);
  if (before.point === 0xfe0f) before = codePointBefore(text, before.start);
  return isPictograph(before.point) && isPictograph(codePointAfter(text, index + 1)) ? joiner : "";
}

/**
 * A key for matching names and headers: no diacritics, đ → d, lower case, punctuation folded to
 * single spaces. "LĐLD tỉnh" and "ldld  Tinh" share the key "ldld tinh".
 */
export function matchKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = computeKey(text);
    // Headers, units and statuses repeat on every row; bound the memo so odd texts cannot grow it.
    if (KEYS.size >= 20000) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

const KEYS = new Map<string, string>();

function computeKey(text: string): string {
  return normalizeText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Like matchKey, but keeps commas, semicolons and slashes as their own tokens (for splitting). */
export function tokenKey(text: string): string[] {
  const folded = normalizeText(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
  return folded.match(/[a-z0-9]+|[,;/+&\n]/g) ?? [];
}

/**
 * Remove the markdown that text copied from chat tools carries: emphasis (**bold**, __bold__, *it*)
 * and heading marks ("## KẾ HOẠCH"). Per line; tables' pipes stay.
 */
export function stripMarkdown(text: string): string {
  return text
    .replace(/^([ \t]{0,3})#{1,6}[ \t]+/, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(\S[^*]*\S|\S)\*(?=\s|$|[;,.])/g, "$1$2");
}

/** True when a string would be read as a formula if typed into a cell. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
