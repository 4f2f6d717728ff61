/**
 * Just enough XML to edit the parts of an .xlsx package that exceljs writes or drops: find
 * elements and their children by scanning tags, read attributes, escape text. The parts we touch
 * are machine-written (exceljs, Excel, LibreOffice), so no DTDs or entities beyond the five.
 */

export interface ElementSpan {
  /** Qualified name as written, e.g. "xdr:twoCellAnchor". */
  readonly name: string;
  /** Index of "<" of the start tag. */
  readonly start: number;
  /** Index just past the end of the element (past "/>" or the end tag). */
  readonly end: number;
  /** Index just past the start tag's ">" (content start); equals end for an empty element. */
  readonly contentStart: number;
  /** Index of "<" of the end tag (content end); equals end for an empty element. */
  readonly contentEnd: number;
}

interface Tag {
  readonly kind: "open" | "close" | "empty" | "other";
  readonly name: string;
  readonly start: number;
  readonly end: number; // just past ">"
}

function readTag(xml: string, start: number): Tag {
  if (xml.startsWith("<!--", start)) {
    const close = xml.indexOf("-->", start + 4);
    return { kind: "other", name: "", start, end: close < 0 ? xml.length : close + 3 };
  }
  if (xml.startsWith("<![CDATA[", start)) {
    const close = xml.indexOf("]]>", start + 9);
    return { kind: "other", name: "", start, end: close < 0 ? xml.length : close + 3 };
  }
  if (xml.startsWith("<?", start) || xml.startsWith("<!", start)) {
    const close = xml.indexOf(">", start);
    return { kind: "other", name: "", start, end: close < 0 ? xml.length : close + 1 };
  }
  const closing = xml[start + 1] === "/";
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < xml.length && !/[\s/>]/.test(xml[i])) i++;
  const name = xml.slice(nameStart, i);
  let quote: string | null = null;
  for (; i < xml.length; i++) {
    const c = xml[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === ">") {
      const empty = xml[i - 1] === "/";
      return { kind: closing ? "close" : empty ? "empty" : "open", name, start, end: i + 1 };
    }
  }
  throw new Error(`Unterminated XML tag at ${start}`);
}

/** The element whose start tag begins at `start`, with its extent. */
function spanAt(xml: string, start: number): ElementSpan {
  const tag = readTag(xml, start);
  if (tag.kind === "empty") {
    return { name: tag.name, start, end: tag.end, contentStart: tag.end, contentEnd: tag.end };
  }
  if (tag.kind !== "open") throw new Error(`No element starts at ${start}`);
  let depth = 1;
  let i = tag.end;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new Error(`Element <${tag.name}> is not closed`);
    const inner = readTag(xml, lt);
    if (inner.kind === "open") depth++;
    else if (inner.kind === "close") {
      depth--;
      if (depth === 0) {
        return { name: tag.name, start, end: inner.end, contentStart: tag.end, contentEnd: lt };
      }
    }
    i = inner.end;
  }
}

/** The document's root element. */
export function rootElement(xml: string): ElementSpan {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new Error("No root element");
    const tag = readTag(xml, lt);
    if (tag.kind === "open" || tag.kind === "empty") return spanAt(xml, lt);
    i = tag.end;
  }
}

/**
 * Where a worksheet's end tag starts (`</worksheet>`, any prefix), found from the end without
 * walking its rows; -1 when the text does not end with one.
 */
export function worksheetEndTag(xml: string): number {
  const end = xml.lastIndexOf("</");
  return end >= 0 && /^<\/(\w+:)?worksheet\s*>\s*$/.test(xml.slice(end)) ? end : -1;
}

/** The element children of `parent`, in document order. */
export function childElements(xml: string, parent: ElementSpan): ElementSpan[] {
  const children: ElementSpan[] = [];
  let i = parent.contentStart;
  while (i < parent.contentEnd) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= parent.contentEnd) break;
    const tag = readTag(xml, lt);
    if (tag.kind === "open" || tag.kind === "empty") {
      const span = spanAt(xml, lt);
      children.push(span);
      i = span.end;
    } else {
      i = tag.end;
    }
  }
  return children;
}

/** Local part of a qualified name ("xdr:pic" → "pic"). */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Every element (at any depth) inside `within` whose local name is `local`. */
export function descendants(xml: string, within: ElementSpan, local: string): ElementSpan[] {
  const found: ElementSpan[] = [];
  const walk = (span: ElementSpan): void => {
    for (const child of childElements(xml, span)) {
      if (localName(child.name) === local) found.push(child);
      walk(child);
    }
  };
  walk(within);
  return found;
}

/** Attributes of the start tag at `span.start`, by qualified name, entities decoded. */
export function attributes(xml: string, span: ElementSpan): Record<string, string> {
  const tag = readTag(xml, span.start);
  const text = xml.slice(span.start, tag.end);
  const attrs: Record<string, string> = {};
  const re = /([^\s=<>/]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    attrs[m[1]] = unescapeXml(m[3] ?? m[4] ?? "");
  }
  return attrs;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Text content: only &, < and > need escaping (quotes stay readable in formulas like 'Sheet'!A1). */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** Insert `text` just before the end tag of `parent` (turning an empty element into a full one). */
export function appendToElement(xml: string, parent: ElementSpan, text: string): string {
  if (parent.contentStart === parent.end) {
    // <x .../> → <x ...>text</x>
    const tagText = xml.slice(parent.start, parent.end);
    const open = tagText.replace(/\s*\/>$/, ">");
    return xml.slice(0, parent.start) + open + text + `</${parent.name}>` + xml.slice(parent.end);
  }
  return xml.slice(0, parent.contentEnd) + text + xml.slice(parent.contentEnd);
}
