/**
 * HTML made into the plain text the plan importer reads. Plans arrive as HTML when a user saves a
 * page of a document portal ("Save page as"), exports Word as a web page, or pastes from a browser
 * where the pane reads the clipboard's HTML. A <table> becomes one tab-separated line per row, as
 * Excel and Word copy a table; paragraphs and line breaks become lines; scripts, styles, comments
 * and Word's XML islands are dropped; character references are decoded.
 *
 * Runs in the ES5 ribbon bundle too: no lookbehind, no named groups, no DOMParser (no DOM in core).
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: "\u00A0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ndash: "–", mdash: "—", hellip: "…",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", bull: "•", middot: "·", laquo: "«", raquo: "»", shy: "\u00AD",
  zwsp: "\u200B", zwnj: "\u200C", zwj: "\u200D", copy: "©", reg: "®", trade: "™", deg: "°", times: "×",
  lsaquo: "‹", rsaquo: "›", sect: "§", para: "¶", euro: "€", minus: "−", rarr: "→", larr: "←", ensp: " ", emsp: " ", thinsp: " ",
  // The Latin-1 letters Vietnamese uses, as Word's "web page" export writes them.
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Egrave: "È", Eacute: "É", Ecirc: "Ê", Igrave: "Ì",
  Iacute: "Í", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ugrave: "Ù", Uacute: "Ú", Yacute: "Ý",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", egrave: "è", eacute: "é", ecirc: "ê", igrave: "ì",
  iacute: "í", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ugrave: "ù", uacute: "ú", yacute: "ý",
  ETH: "Ð", eth: "ð",
};

// Elements whose content is never text a user reads (Word's "web page" has <xml> islands).
const DROPPED = /^(script|style|head|xml|template|noscript|svg|object|title)$/;
// Elements that end a line where they open or close.
const BLOCK = /^(p|div|br|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|section|article|header|footer|main|nav|aside|pre|hr|title|address|center|figure|figcaption|caption|form|fieldset|legend)$/;

/** True when the text is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^[\s\uFEFF]+/, "").toLowerCase();
  // Windows puts HTML on the clipboard after a "Version:0.9 StartHTML:…" header (CF_HTML).
  if (/^(<!doctype html|<html|<head|<body|<meta|<table|<!--startfragment|version:\d)/.test(head)) return true;
  return /<table[\s>]/i.test(text) && /<\/t[dh]\s*>/i.test(text);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name.charAt(0) === "#") {
      const code = name.charAt(1) === "x" || name.charAt(1) === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // A reference to no character (or a surrogate half) stays as written, so nothing vanishes.
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return code > 0xffff
        ? String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff))
        : String.fromCharCode(code);
    }
    return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : whole;
  });
}

function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

function span(attrs: string, name: string): number {
  const n = parseInt(attribute(attrs, name) ?? "1", 10);
  // Browsers cap spans too; a hostile rowspan must not make millions of rows.
  return n >= 1 ? Math.min(n, name === "colspan" ? 1000 : 65534) : 1;
}

/** Text being collected: lines, the last one open. */
class Lines {
  readonly lines: string[] = [""];
  add(text: string): void {
    this.lines[this.lines.length - 1] += text;
  }
  breakLine(): void {
    if (this.lines[this.lines.length - 1].trim() !== "") this.lines.push("");
  }
  text(): string {
    return this.lines
      .map((l) => l.replace(/[ \t]+/g, " ").trim())
      .filter((l) => l !== "")
      .join("\n");
  }
}

interface OpenCell {
  readonly lines: Lines;
  readonly header: boolean;
  readonly rowspan: number;
  readonly colspan: number;
}

interface Cell {
  readonly text: string;
  readonly rowspan: number;
  readonly colspan: number;
}

interface OpenTable {
  readonly rows: Cell[][];
  row: Cell[] | null;
  cell: OpenCell | null;
  /** Text met inside the table but outside any cell (a caption, stray text). */
  readonly loose: Lines;
}

/**
 * One line per row, cells separated by tabs. A cell holding several lines is written as Excel
 * copies one, in double quotes with its quotes doubled, so each line stays in its cell; header
 * cells are joined into one line, as the importer matches header text. A cell spanning rows is
 * repeated on the rows it spans (a unit or deadline merged over several tasks applies to each),
 * except in the first column, where a span means one task written over several rows.
 */
function tableText(rows: readonly Cell[][], headerRows: ReadonlySet<number>): string[] {
  const grid: string[][] = [];
  const taken: boolean[][] = [];
  rows.forEach((cells, r) => {
    grid[r] = grid[r] ?? [];
    taken[r] = taken[r] ?? [];
    let c = 0;
    for (const cell of cells) {
      while (taken[r][c]) c++;
      const rowspan = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        grid[r + dr] = grid[r + dr] ?? [];
        taken[r + dr] = taken[r + dr] ?? [];
        for (let dc = 0; dc < cell.colspan; dc++) {
          taken[r + dr][c + dc] = true;
          const first = dr === 0 && dc === 0;
          grid[r + dr][c + dc] = first || (dc === 0 && c > 0) ? cell.text : "";
        }
      }
      c += cell.colspan;
    }
  });
  return grid.map((cells, r) => {
    const out: string[] = [];
    for (let c = 0; c < cells.length; c++) {
      const text = (cells[c] ?? "").replace(/\t/g, " ");
      if (text.indexOf("\n") < 0) out.push(text);
      else if (headerRows.has(r)) out.push(text.replace(/\n/g, " "));
      else out.push(`"${text.replace(/"/g, '""')}"`);
    }
    return out.join("\t");
  });
}

const MAX_TABLE_DEPTH = 8;

/** An ASCII-only lower-case copy: same length, so indexes found in it hold in the source. */
const asciiLower = (s: string): string => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

interface Tag {
  readonly closing: boolean;
  readonly name: string;
  readonly attrs: string;
  /** Index just after the tag's ">". */
  readonly end: number;
}

/**
 * The tag starting at `i` (a "<"), or null when the "<" starts none. Every scan stops at the next
 * "<" (quoted or not), so a document full of stray "<" is still read in linear time.
 */
function tagAt(source: string, i: number): Tag | null {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(source.slice(i, i + 64));
  if (!m) return null;
  let quote = "";
  for (let k = i + m[0].length; k < source.length; k++) {
    const ch = source.charAt(k);
    if (ch === "<") return null;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return { closing: m[1] === "/", name: m[2].toLowerCase(), attrs: source.slice(i + m[0].length, k), end: k + 1 };
  }
  return null;
}

/** The text of an HTML document or fragment, with its tables as tab-separated rows. */
export function htmlToText(html: string): string {
  let source = html;
  if (/^\s*version:\d/i.test(source.slice(0, 64))) {
    // CF_HTML: the "Key:value" header lines come before the markup.
    const at = source.indexOf("<");
    source = at >= 0 ? source.slice(at) : "";
  }
  const lower = asciiLower(source);

  const doc = new Lines();
  const tables: OpenTable[] = [];
  const headerRowsOf = new Map<OpenTable, Set<number>>();
  let pre = 0;
  let ignoredTables = 0;

  /** Where text goes now: the open cell, the open table's loose text, or the document. */
  const sink = (): Lines => {
    const t = tables[tables.length - 1];
    if (!t) return doc;
    return t.cell ? t.cell.lines : t.loose;
  };
  const closeCell = (t: OpenTable): void => {
    if (!t.cell) return;
    if (!t.row) t.row = [];
    t.row.push({ text: t.cell.lines.text(), rowspan: t.cell.rowspan, colspan: t.cell.colspan });
    if (t.cell.header) {
      const set = headerRowsOf.get(t) ?? new Set<number>();
      set.add(t.rows.length);
      headerRowsOf.set(t, set);
    }
    t.cell = null;
  };
  const closeRow = (t: OpenTable): void => {
    closeCell(t);
    if (t.row) t.rows.push(t.row);
    t.row = null;
  };
  const closeTable = (): void => {
    const t = tables.pop() as OpenTable;
    closeRow(t);
    const headerRows = headerRowsOf.get(t) ?? new Set<number>();
    // The first row of a table is its header even when written with <td>.
    if (t.rows.length > 0) headerRows.add(0);
    const lines = tableText(t.rows, headerRows);
    const loose = t.loose.text();
    const out = sink();
    out.breakLine();
    if (loose) {
      out.add(loose);
      out.breakLine();
    }
    for (const l of lines) {
      // A table inside a cell becomes lines of that cell. A top-level row is written whole: its
      // tabs must survive the whitespace folding of text.
      if (tables.length > 0) out.add(l.replace(/\t+/g, " "));
      else out.lines[out.lines.length - 1] = l;
      out.lines.push("");
    }
  };
  const text = (raw: string): void => {
    let t = decodeEntities(raw);
    t = pre === 0 ? t.replace(/\s+/g, " ") : t.replace(/\t/g, " ").replace(/\r\n?/g, "\n");
    const out = sink();
    t.split("\n").forEach((l, k) => {
      if (k > 0) out.breakLine();
      out.add(l);
    });
  };
  const tag = (tg: Tag): void => {
    const t = tables[tables.length - 1];
    const { closing, name, attrs } = tg;
    if (ignoredTables > 0 && /^(table|tr|td|th|thead|tbody|tfoot)$/.test(name)) {
      // Inside a table nested too deep to keep: its structure becomes plain breaks and spaces.
      if (name === "table") ignoredTables += closing ? -1 : 1;
      if (name === "td" || name === "th") sink().add(" ");
      else sink().breakLine();
    } else if (name === "table") {
      // Each level of nesting copies the text below it once; a cap keeps hostile input linear.
      if (!closing && tables.length >= MAX_TABLE_DEPTH) ignoredTables++;
      else if (!closing) tables.push({ rows: [], row: null, cell: null, loose: new Lines() });
      else if (t) closeTable();
    } else if (t && name === "tr") {
      closeRow(t);
      if (!closing) t.row = [];
    } else if (t && (name === "td" || name === "th")) {
      closeCell(t);
      if (!closing) {
        if (!t.row) t.row = [];
        t.cell = { lines: new Lines(), header: name === "th", rowspan: span(attrs, "rowspan"), colspan: span(attrs, "colspan") };
      }
    } else if (t && (name === "thead" || name === "tbody" || name === "tfoot")) {
      closeRow(t);
    } else {
      if (name === "pre") pre = Math.max(0, pre + (closing ? -1 : 1));
      if (BLOCK.test(name)) sink().breakLine();
      else if (name === "td" || name === "th") sink().add(" ");
    }
  };

  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    if (lt < 0) {
      text(source.slice(i));
      break;
    }
    if (lt > i) text(source.slice(i, lt));
    if (lower.startsWith("<!--", lt)) {
      // A comment that never closes hides the rest, as in a browser.
      const end = lower.indexOf("-->", lt + 4);
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    if (lower.startsWith("<!", lt) || lower.startsWith("<?", lt)) {
      const end = lower.indexOf(">", lt + 2);
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    const tg = tagAt(source, lt);
    if (!tg) {
      // A "<" that starts no tag is text, up to the next "<".
      const next = source.indexOf("<", lt + 1);
      text(source.slice(lt, next < 0 ? source.length : next));
      i = next < 0 ? source.length : next;
      continue;
    }
    i = tg.end;
    if (!tg.closing && DROPPED.test(tg.name) && !/\/\s*$/.test(tg.attrs)) {
      const end = lower.indexOf(`</${tg.name}`, i);
      if (end < 0) break;
      const close = lower.indexOf(">", end);
      i = close < 0 ? source.length : close + 1;
      continue;
    }
    tag(tg);
  }
  while (tables.length > 0) closeTable();
  return doc.lines
    .map((l) => (l.indexOf("\t") >= 0 ? l.replace(/ +/g, " ") : l.replace(/\s+/g, " ").trim()))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
