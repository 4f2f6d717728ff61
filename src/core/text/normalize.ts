/**
 * Vietnamese text as it arrives from Word, PDFs and browsers, made clean: NFC, the right Đ/đ,
 * ordinary spaces, no invisible characters, no doubled spaces.
 */

// Icelandic Ð/ð (U+00D0/U+00F0) and African Ɖ/ɖ (U+0189/U+0256) look like Vietnamese Đ/đ and are
// what some fonts and converters produce.
const D_LOOKALIKES: Record<string, string> = { "\u00D0": "Đ", "\u0189": "Đ", "\u00F0": "đ", "\u0256": "đ" };

// Zero-width and formatting characters, soft hyphen, BOM, combining grapheme joiner, Mongolian
// vowel separator (zero-width in older fonts), invisible operators.
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u034F\u180E]/g;
// Every kind of space except tab and newline.
const SPACES = /[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Text that is already clean: printable ASCII and precomposed Latin letters (Vietnamese in NFC),
// without Ð/ð/Ɖ/ɖ, single spaces between words. Most cells of a large plan are like this, and
// skipping the regex passes and NFC for them makes reading 100,000 rows several times faster.
const WORD = "[!-~\u00C0-\u00CF\u00D1-\u00EF\u00F1-\u0188\u018A-\u024F\u1E00-\u1EFF]+";
const ALREADY_CLEAN = new RegExp(`^${WORD}(?: ${WORD})*$`);

/** Clean one line or cell of text: NFC, Đ fixed, spaces folded, trimmed. Keeps tabs. */
export function normalizeText(text: string): string {
  if (ALREADY_CLEAN.test(text)) return text;
  return cleanChars(text).replace(/[ ]+/g, " ").trim();
}

/** Clean characters but keep the layout (tabs, newlines, spacing) of a whole document. */
export function cleanChars(text: string): string {
  return (
    text
      .replace(/[\u00D0\u0189\u00F0\u0256]/g, (c) => D_LOOKALIKES[c])
      .replace(INVISIBLE, "")
      .replace(SPACES, " ")
      // "\r\r\n" is a CRLF converted twice (a file saved in text mode on Windows): one line end.
      .replace(/\r+\n|\r|\u2028|\u2029|\u000B|\u000C|\u0085/g, "\n")
      // Last: an invisible character between a letter and its tone mark ("e\u200B\u0301") blocks
      // composition until it is gone.
      .normalize("NFC")
  );
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
