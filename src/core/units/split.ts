import { normalizeText } from "../text/normalize";
import { isErrorValue } from "../workbook/errorValues";
import type { UnitRegistry } from "./registry";

export interface UnitRef {
  /** Canonical name when known, else the text as written (cleaned). */
  readonly name: string;
  readonly known: boolean;
  /**
   * The role the cell gives this unit in words, when it does: "LĐLĐ tỉnh chủ trì, các cấp CĐ phối
   * hợp" makes the first the lead and the second a partner, whatever column the cell is in.
   */
  readonly role?: UnitRole;
}

export type UnitRole = "lead" | "partner";

interface Token {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation that separates units; "và" is handled apart, since it can be part of a name. */
  readonly separator: boolean;
}

const fold = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

// Words (combining marks included, so no decomposed letter splits a word) and the punctuation that
// separates units. "." is neither: it sits inside abbreviations ("TP. Lai Châu").
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*|[,;/+&\n:()[\]]/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const separator = !/^[\p{L}\p{N}]/u.test(m[0]);
    tokens.push({ key: separator ? m[0] : fold(m[0]), start, end: start + m[0].length, separator });
  }
  return tokens;
}

// What a unit does rather than who it is: "LĐLĐ tỉnh chủ trì", "Phối hợp: các cấp CĐ".
const ROLE_PHRASES: readonly (readonly string[])[] = [
  ["phoi", "hop", "voi"],
  ["chu", "tri"],
  ["phoi", "hop"],
  ["thuc", "hien"],
  ["tham", "gia"],
  ["tham", "muu"],
];

function roleAt(tokens: readonly Token[], i: number): number {
  for (const phrase of ROLE_PHRASES) {
    if (phrase.every((w, k) => tokens[i + k]?.key === w && !tokens[i + k].separator)) return phrase.length;
  }
  return 0;
}

/** Which role a role phrase at token i gives: leading, partnering, or none said ("thực hiện"). */
function roleKind(tokens: readonly Token[], i: number): UnitRole | undefined {
  const first = tokens[i]?.key;
  if (first === "chu") return "lead";
  if (first === "phoi" || first === "tham" && tokens[i + 1]?.key === "gia") return "partner";
  return undefined;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  unit?: string;
}

/** Prefix tree over the registry's name keys, word by word. Built once per registry. */
const tries = new WeakMap<UnitRegistry, TrieNode>();

function trieOf(registry: UnitRegistry): TrieNode {
  let root = tries.get(registry);
  if (root) return root;
  root = { next: new Map() };
  for (const [key, unit] of registry.entries()) {
    let node = root;
    for (const word of key.split(" ")) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    node.unit ??= unit.name;
  }
  tries.set(registry, root);
  return root;
}

interface Match {
  readonly unit: string;
  readonly end: number;
}

/**
 * Longest known name starting at token i. Commas and slashes inside a name ("LĐLĐ các huyện, TP",
 * "LĐLĐ các huyện/TP") are skipped, and so is "và" ("Khối thi đua MTTQ và các đoàn thể tỉnh"): the
 * trie decides whether they belong to a name. A leading "các" that no name starts with is
 * optional ("các CĐCS").
 */
function longestMatch(tokens: readonly Token[], i: number, root: TrieNode): Match | null {
  let node: TrieNode | undefined = root;
  let best: Match | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    const t = tokens[j];
    if (t.separator) {
      if ((t.key === "," || t.key === "/") && j > i) continue;
      break;
    }
    node = node.next.get(t.key);
    if (node?.unit) best = { unit: node.unit, end: j + 1 };
  }
  if (!best && tokens[i]?.key === "cac" && i + 1 < tokens.length && !tokens[i + 1].separator) {
    return longestMatch(tokens, i + 1, root);
  }
  return best;
}

/**
 * A known name counts only where it ends: at a separator, "và", the end, a role word, or the start
 * of another known name (a separator missing: "LĐLD tỉnh Các cấp công đoàn"). Otherwise the words
 * after it make a different unit: "Công đoàn ngành Y tế" is not "Các công đoàn ngành".
 */
function endsCleanly(tokens: readonly Token[], j: number, root: TrieNode): boolean {
  const next = tokens[j];
  return next === undefined || next.separator || next.key === "va" || roleAt(tokens, j) > 0 || longestMatch(tokens, j, root) !== null;
}

/** Unit names as a person would fix them: the document's "LĐLD" is LĐLĐ. */
function fixUnitSpelling(name: string): string {
  let fixed = name;
  while (fixed.includes("LĐLD")) fixed = fixed.replace(/LĐLD/g, "LĐLĐ");
  return fixed;
}

/**
 * Splits a "responsible units" cell into units: "LĐLD tỉnh, LĐLD các huyện, TP, CĐN" gives LĐLĐ
 * tỉnh, LĐLĐ các huyện, thành phố and Các công đoàn ngành. Known names are found even with no
 * separator between them ("LĐLD tỉnh Các cấp công đoàn"); text that names no known unit is kept
 * as written, up to the next separator, as an unknown unit (never dropped, never folded into a
 * known name it merely starts with).
 */
export function splitUnits(cell: string, registry: UnitRegistry): UnitRef[] {
  // A plan repeats the same few unit cells on thousands of rows: split each distinct text once.
  let cache = splitCaches.get(registry);
  if (!cache) splitCaches.set(registry, (cache = new Map()));
  const key = typeof cell === "string" ? cell : "";
  let refs = cache.get(key);
  if (!refs) {
    refs = splitUncached(key, registry);
    if (cache.size >= 20000) cache.clear();
    cache.set(key, refs);
  }
  return refs.slice();
}

const splitCaches = new WeakMap<UnitRegistry, Map<string, UnitRef[]>>();

function splitUncached(cell: string, registry: UnitRegistry): UnitRef[] {
  // An Excel error value copied with a table ("#N/A") is one cell text, not units "N" and "A".
  if (isErrorValue(cell)) return [{ name: cell.trim(), known: false }];
  // A spaced dash separates units ("LĐLĐ tỉnh - CĐN"); inside a known name the trie skips it.
  const text = normalizeText(typeof cell === "string" ? cell : "").replace(/\s[-–—]\s/g, ", ");
  const tokens = tokenize(text);
  const root = trieOf(registry);
  const out: UnitRef[] = [];
  const seen = new Set<string>();
  // Roles: a phrase before its units ("Phối hợp: CĐN", "phối hợp với CĐN") gives the units after
  // it that role; a phrase after them ("LĐLĐ tỉnh chủ trì") gives it to the units since the last
  // role phrase.
  let ahead: UnitRole | undefined;
  let since = 0;
  const push = (ref: UnitRef): void => {
    if (ref.name !== "" && !seen.has(ref.name)) {
      seen.add(ref.name);
      out.push(ahead ? { ...ref, role: ahead } : ref);
    }
  };
  const roleBehind = (role: UnitRole | undefined): void => {
    if (role) for (let k = since; k < out.length; k++) if (!out[k].role) out[k] = { ...out[k], role };
    since = out.length;
    ahead = undefined;
  };
  let pending: Token[] = [];
  const flush = (): void => {
    // A role phrase closing unknown text is not part of its name ("Ban Nữ công chủ trì").
    let closing: UnitRole | undefined;
    let closed = false;
    for (let k = 1; k < pending.length; k++) {
      if (roleAt(pending, k) === pending.length - k) {
        closing = roleKind(pending, k);
        closed = true;
        pending = pending.slice(0, k);
        break;
      }
    }
    if (pending.length) {
      const raw = text.slice(pending[0].start, pending[pending.length - 1].end);
      const unit = registry.find(raw);
      const name = fixUnitSpelling(normalizeText(raw).replace(/\s+/g, " ").normalize("NFC"));
      push(unit ? { name: unit.name, known: !unit.review } : { name, known: false });
      pending = [];
    }
    if (closed) roleBehind(closing);
  };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.separator || t.key === "va") {
      flush();
      i++;
      continue;
    }
    if (pending.length === 0) {
      const role = roleAt(tokens, i);
      if (role > 0) {
        const kind = roleKind(tokens, i);
        // Before its units: followed by ":", "phối hợp với …", or nothing said since the last one.
        if (tokens[i + role]?.key === ":" || tokens[i + role - 1].key === "voi" || out.length === since) {
          since = out.length;
          ahead = kind;
        } else {
          roleBehind(kind);
        }
        i += role;
        continue;
      }
      // A known name may start a segment or follow another known name directly; inside unknown
      // text it may not, so "Ban Nữ công LĐLĐ tỉnh" stays one (unknown) unit.
      const match = longestMatch(tokens, i, root);
      if (match && endsCleanly(tokens, match.end, root)) {
        const unit = registry.get(match.unit);
        push({ name: match.unit, known: unit ? !unit.review : true });
        i = match.end;
        continue;
      }
      if (match) {
        // The known words start a longer, unknown name: keep them all as written.
        pending.push(...tokens.slice(i, match.end));
        i = match.end;
        continue;
      }
    }
    pending.push(t);
    i++;
  }
  flush();
  return out;
}
