import { normalizeText } from "../text/normalize";
import type { UnitRegistry } from "./registry";

export interface UnitRef {
  /** Canonical name when known, else the text as written (cleaned). */
  readonly name: string;
  readonly known: boolean;
}

interface Token {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly separator: boolean;
}

const fold = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+|[,;/+&\n]/gu)) {
    const key = fold(m[0]);
    tokens.push({ key, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, separator: !/[a-z0-9]/.test(key) || key === "va" });
  }
  return tokens;
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

/** Longest known name starting at token i; commas inside a name ("LĐLĐ các huyện, TP") are skipped. */
function longestMatch(tokens: Token[], i: number, root: TrieNode): { unit: string; end: number } | null {
  let node: TrieNode | undefined = root;
  let best: { unit: string; end: number } | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    const t = tokens[j];
    if (t.separator) {
      if (t.key === "," && j > i) continue;
      // "và" can be part of a name ("Khối thi đua MTTQ và các đoàn thể").
      if (t.key !== "va") break;
    }
    node = node.next.get(t.key);
    if (node?.unit) best = { unit: node.unit, end: j + 1 };
  }
  return best;
}

/**
 * Splits a "responsible units" cell into units: "LĐLD tỉnh, LĐLD các huyện, TP, CĐN" gives LĐLĐ
 * tỉnh, LĐLĐ các huyện, thành phố and Các công đoàn ngành. Known names are found even with no
 * separator between them ("LĐLD tỉnh Các cấp công đoàn"); text that names no known unit is kept
 * as written, up to the next separator, as an unknown unit.
 */
export function splitUnits(cell: string, registry: UnitRegistry): UnitRef[] {
  const text = normalizeText(cell).replace(/\s[-–—]\s/g, ", ");
  const tokens = tokenize(text);
  const root = trieOf(registry);
  const out: UnitRef[] = [];
  const seen = new Set<string>();
  const push = (ref: UnitRef): void => {
    if (!seen.has(ref.name)) {
      seen.add(ref.name);
      out.push(ref);
    }
  };
  let pending: Token[] = [];
  const flush = (): void => {
    if (pending.length) {
      const raw = text.slice(pending[0].start, pending[pending.length - 1].end).trim();
      const unit = registry.find(raw);
      push(unit ? { name: unit.name, known: !unit.review } : { name: raw, known: false });
      pending = [];
    }
  };
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.separator && t.key !== "va") {
      flush();
      i++;
      continue;
    }
    // A known name may start a segment or follow another known name directly; inside unknown
    // text it may not, so "Ban Nữ công LĐLĐ tỉnh" stays one (unknown) unit.
    const match = pending.length === 0 ? longestMatch(tokens, i, root) : null;
    if (match) {
      const unit = registry.get(match.unit);
      push({ name: match.unit, known: unit ? !unit.review : true });
      i = match.end;
      continue;
    }
    if (t.key === "va" && pending.length === 0) {
      i++;
      continue;
    }
    if (t.key === "va") {
      flush();
      i++;
      continue;
    }
    pending.push(t);
    i++;
  }
  flush();
  return out;
}
