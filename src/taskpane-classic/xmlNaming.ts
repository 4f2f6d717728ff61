/**
 * What fast-xml-parser takes from the xml-naming package, for the ES5 build only (webpack.config.js
 * aliases "xml-naming" to this file in the "es5" config). xml-naming builds its patterns with
 * `new RegExp(…, "u")` when it loads, which Internet Explorer 11 refuses with a SyntaxError — the
 * whole classic pane would not start. fast-xml-parser uses qName only to check the names in a
 * <!DOCTYPE>, which a .docx's XML never has. XML 1.0 names as xml-naming checks them (its 1.0
 * patterns stop at U+FFFD, so no surrogate pair either; test/classic/xmlNaming.test.ts compares).
 */
// Name start characters but the colon (an NCName has none), then the rest of a name's characters.
const NC_START_CHARS =
  "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const MORE_CHARS = "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
const NAME_START = `[:${NC_START_CHARS}]`;
const NAME_CHAR = `[:${NC_START_CHARS}${MORE_CHARS}]`;
const NC_START = `[${NC_START_CHARS}]`;
const NC_CHAR = `[${NC_START_CHARS}${MORE_CHARS}]`;
const NC_NAME = `${NC_START}${NC_CHAR}*`;

const NAME_RE = new RegExp(`^${NAME_START}${NAME_CHAR}*$`);
const NC_NAME_RE = new RegExp(`^${NC_NAME}$`);
const Q_NAME_RE = new RegExp(`^${NC_NAME}(?::${NC_NAME})?$`);
const NM_TOKEN_RE = new RegExp(`^${NAME_CHAR}+$`);

export const name = (str: string): boolean => NAME_RE.test(str);
export const ncName = (str: string): boolean => NC_NAME_RE.test(str);
export const qName = (str: string): boolean => Q_NAME_RE.test(str);
export const nmToken = (str: string): boolean => NM_TOKEN_RE.test(str);
export const nmTokens = (str: string): boolean => str.split(/\s+/).every((t) => t === "" || NM_TOKEN_RE.test(t));
