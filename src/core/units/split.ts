import { matchKey, normalizeText } from "../text/normalize";
import { isErrorValue } from "../workbook/errorValues";
import type { UnitRegistry } from "./registry";
import { FIELD_WORDS, HEAD_WORDS, LEVEL_WORDS, PLURAL_BODIES, REFERENCE_STARTS } from "./shapes";

export interface UnitRef {
  /** Canonical name when known, else the text as written (cleaned). */
  readonly name: string;
  readonly known: boolean;
  /**
   * The role the cell gives this unit in words, when it does: "LĐLĐ tỉnh chủ trì, các cấp CĐ phối
   * hợp" makes the first the lead and the second a partner, whatever column the cell is in.
   */
  readonly role?: UnitRole;
  /** The words of the cell this ref stands for, as written (cleaned): "CĐN" for Các công đoàn ngành. */
  readonly text: string;
  /**
   * The cell refers to a document instead of naming units ("Theo phân công tại Quyết định số
   * 1441/QĐ-UBND…"): kept whole, as one ref, for the importer to flag once.
   */
  readonly reference?: boolean;
  /**
   * Not known, but shaped like the name of a body ("Khoa Nội", "Vụ Pháp chế", "UBND xã Tân
   * Phong"): one unit, of the plan's own organisation as a rule.
   */
  readonly shaped?: boolean;
}

export type UnitRole = "lead" | "partner";

export interface SplitOptions {
  /**
   * matchKey()s of the cells that occur whole two or more times in one document (see
   * recurringCells): such a cell is one unit, unless it splits into units the registry knows.
   */
  readonly recurring?: ReadonlySet<string>;
}

/** The matchKey()s of cells that occur whole, twice or more, in one document. */
export function recurringCells(cells: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const key = matchKey(cell);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key));
}

interface Token {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Punctuation; "và" is a word, handled apart, since it can be part of a name. */
  readonly separator: boolean;
  /** A separator that always ends a unit: ";" (the workbook's own), a line, ":", brackets. */
  readonly hard: boolean;
  /** Starts with a capital letter or a digit: a proper name, an abbreviation, a number. */
  readonly proper: boolean;
}

const fold = (s: string): string =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

// Words (combining marks included, so no decomposed letter splits a word), the punctuation that
// separates units, and dashes. "." is none of these: it sits inside abbreviations ("TP. Lai Châu").
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*|[,;/+&\n:()[\]]|[-–—]/gu;
const HARD = new Set([";", "\n", ":", "(", ")", "[", "]"]);
const PROPER = /^[\p{Lu}\p{N}]/u;
const SPACE = /\s/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const word = /^[\p{L}\p{N}]/u.test(m[0]);
    if (!word && /[-–—]/.test(m[0])) {
      // A spaced dash separates ("LĐLĐ tỉnh - CĐN", "- bullet"); a dash between letters joins
      // ("VH-TT&DL") and is no token at all.
      const before = start === 0 || SPACE.test(text[start - 1]);
      const after = start + 1 >= text.length || SPACE.test(text[start + 1]);
      if (before && after) tokens.push({ key: ",", start, end: start + 1, separator: true, hard: false, proper: false });
      continue;
    }
    tokens.push({
      key: word ? fold(m[0]) : m[0],
      start,
      end: start + m[0].length,
      separator: !word,
      hard: !word && HARD.has(m[0]),
      proper: word && PROPER.test(m[0]),
    });
  }
  return tokens;
}

// ── Phrase tables, folded once ────────────────────────────────────────────────────────────

/** Phrases by their first folded word, each list longest first. */
type PhraseTable = ReadonlyMap<string, readonly (readonly string[])[]>;

function phrases(list: readonly string[]): PhraseTable {
  const table = new Map<string, string[][]>();
  for (const p of list) {
    const words = fold(p).split(/[^a-z0-9]+/).filter(Boolean);
    if (words.length === 0) continue;
    const entry = table.get(words[0]);
    if (entry) entry.push(words);
    else table.set(words[0], [words]);
  }
  for (const entry of table.values()) entry.sort((a, b) => b.length - a.length);
  return table;
}
const HEADS = phrases(HEAD_WORDS);
const LEVELS = phrases(LEVEL_WORDS);
const FIELDS = phrases(FIELD_WORDS);
const PLURALS = phrases(PLURAL_BODIES);
const REFERENCES = phrases(REFERENCE_STARTS);
const PROVINCE_WORDS = phrases(["tỉnh", "TP", "thành phố"]);

/** The phrases of the table that start at word i of the piece [i, end), longest first. */
function phrasesAt(tokens: readonly Token[], i: number, end: number, table: PhraseTable): (readonly string[])[] {
  const first = i < end && !tokens[i].separator ? table.get(tokens[i].key) : undefined;
  if (!first) return [];
  return first.filter((phrase) => i + phrase.length <= end && phrase.every((w, k) => tokens[i + k].key === w && !tokens[i + k].separator));
}

/** Length of the longest phrase of the table that starts at word i of the piece [i, end), else 0. */
function phraseAt(tokens: readonly Token[], i: number, end: number, table: PhraseTable): number {
  return phrasesAt(tokens, i, end, table)[0]?.length ?? 0;
}

/**
 * A piece of a cell shaped like a unit name (rule 2 of the lexicon): "các" and a plural of bodies,
 * or a head word followed by a proper name, an abbreviation, a number, a level or a field.
 */
function unitShaped(tokens: readonly Token[], start: number, end: number): boolean {
  if (start >= end) return false;
  if (tokens[start].key === "cac" || tokens[start].key === "nhung") return phraseAt(tokens, start + 1, end, PLURALS) > 0;
  // Every head word the piece starts with, longest first: "Ban Chỉ đạo" is a head word itself,
  // and "Ban" followed by the name "Chỉ đạo".
  for (const head of phrasesAt(tokens, start, end, HEADS)) {
    if (start + head.length >= end) continue;
    let i = start + head.length;
    if (tokens[i].proper) return true;
    const plural = tokens[i].key === "cac" && i + 1 < end;
    if (plural) i++;
    if (phraseAt(tokens, i, end, LEVELS) > 0 || phraseAt(tokens, i, end, FIELDS) > 0 || (plural && phraseAt(tokens, i, end, PLURALS) > 0)) return true;
  }
  return false;
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

/** "chủ trì" and "phối hợp" end a unit's name even inside unknown text ("Phòng X chủ trì phối hợp với Y"). */
const strongRoleAt = (tokens: readonly Token[], i: number): number => (tokens[i].key === "chu" || tokens[i].key === "phoi" ? roleAt(tokens, i) : 0);

/** Which role a role phrase at token i gives: leading, partnering, or none said ("thực hiện"). */
function roleKind(tokens: readonly Token[], i: number): UnitRole | undefined {
  const first = tokens[i]?.key;
  if (first === "chu") return "lead";
  if (first === "phoi" || first === "tham" && tokens[i + 1]?.key === "gia") return "partner";
  return undefined;
}

const referenceAt = (tokens: readonly Token[], i: number): boolean => phraseAt(tokens, i, tokens.length, REFERENCES) > 0;

interface TrieNode {
  next: Map<string, TrieNode>;
  unit?: string;
}

/** A separator inside a name ("LĐLĐ các huyện, TP", "Sở GD&ĐT", "Sở Lao động - Thương binh…"). */
const INNER = ",";

/**
 * Prefix tree over every name and alias of the registry, word by word, with the separators they
 * hold inside as one kind of edge. Built once per registry.
 */
const tries = new WeakMap<UnitRegistry, TrieNode>();

function trieOf(registry: UnitRegistry): TrieNode {
  let root = tries.get(registry);
  if (root) return root;
  root = { next: new Map() };
  for (const unit of registry.units) {
    for (const name of [unit.name, ...unit.aliases]) {
      // The unit that owns this name in the registry (the first to claim it).
      const owner = registry.find(name);
      if (!owner) continue;
      let node: TrieNode = root;
      let last = INNER;
      for (const t of tokenize(normalizeText(name))) {
        const key = t.separator ? INNER : t.key;
        // Separators at the start, or doubled, are one or none.
        if (key === INNER && last === INNER) continue;
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map() }));
        node = child;
        last = key;
      }
      if (node !== root) node.unit ??= owner.name;
    }
  }
  tries.set(registry, root);
  return root;
}

interface Match {
  readonly unit: string;
  readonly end: number;
}

/**
 * Longest known name starting at token i. A separator in the text continues a name only where
 * the name has one ("LĐLĐ các huyện, TP" and "LĐLĐ các huyện/TP"; "Sở GD&ĐT"), so "Sở Nội vụ, Tỉnh
 * ủy" is not "Sở Nội vụ tỉnh" and "ủy"; a name's separator may be missing from the text ("Sở GD
 * ĐT"). "Và" is a word: the trie decides whether it belongs to a name. A leading "các" that no
 * name starts with is optional ("các CĐCS").
 */
function longestMatch(tokens: readonly Token[], i: number, root: TrieNode): Match | null {
  let states: TrieNode[] = [root];
  let best: Match | null = null;
  for (let j = i; j < tokens.length && states.length > 0; j++) {
    const t = tokens[j];
    if (t.separator && (t.hard || j === i)) break;
    const next: TrieNode[] = [];
    for (const node of states) {
      if (t.separator) {
        const child = node.next.get(INNER);
        if (child) next.push(child);
        continue;
      }
      const child = node.next.get(t.key);
      if (child) next.push(child);
      const skipped = node.next.get(INNER)?.next.get(t.key);
      if (skipped) next.push(skipped);
    }
    states = next;
    for (const node of states) if (node.unit) best = { unit: node.unit, end: j + 1 };
  }
  if (!best && tokens[i]?.key === "cac" && i + 1 < tokens.length && !tokens[i + 1].separator) {
    return longestMatch(tokens, i + 1, root);
  }
  return best;
}

/**
 * A known name counts only where it ends: at a separator, "và", the end, a role word, a reference,
 * or the start of another known name (a separator missing: "LĐLD tỉnh Các cấp công đoàn").
 * Otherwise the words after it make a different unit: "Công đoàn ngành Y tế" is not "Các công
 * đoàn ngành".
 */
function endsCleanly(tokens: readonly Token[], j: number, root: TrieNode): boolean {
  const next = tokens[j];
  return next === undefined || next.separator || next.key === "va" || roleAt(tokens, j) > 0 || referenceAt(tokens, j) || longestMatch(tokens, j, root) !== null;
}

/**
 * A provincial body followed by its province's name is that body: "Sở Y tế tỉnh Lai Châu" is Sở
 * Y tế, "UBND tỉnh Nghệ An" is UBND tỉnh. Only capitalised words (a proper name) are taken, and
 * never the start of a known name.
 */
function provinceSuffixEnd(tokens: readonly Token[], j: number, root: TrieNode): number {
  let k = j;
  const level = phraseAt(tokens, k, tokens.length, PROVINCE_WORDS);
  k += level;
  const named = k;
  while (k < tokens.length && !tokens[k].separator && tokens[k].proper && tokens[k].key !== "va" && longestMatch(tokens, k, root) === null) k++;
  if ((k > named || level > 0) && endsCleanly(tokens, k, root)) return k;
  return j;
}

/** Unit names as a person would fix them: the document's "LĐLD" is LĐLĐ. */
function fixUnitSpelling(name: string): string {
  let fixed = name;
  while (fixed.includes("LĐLD")) fixed = fixed.replace(/LĐLD/g, "LĐLĐ");
  return fixed;
}

const clean = (raw: string): string => fixUnitSpelling(normalizeText(raw).replace(/\s+/g, " ").normalize("NFC"));

/**
 * Splits a "responsible units" cell into units: "LĐLD tỉnh, LĐLD các huyện, TP, CĐN" gives LĐLĐ
 * tỉnh, LĐLĐ các huyện, thành phố and Các công đoàn ngành.
 *
 * - A new line and ";" always separate (one Word paragraph per unit; the workbook's own joiner).
 * - A comma, "và", "/", "+", "&" or a spaced dash separates only where each side is a unit —
 *   known to the registry, or shaped like one (see shapes.ts): "Sở Khoa học và Công nghệ", "UBND
 *   các xã, phường, đặc khu" and "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh" stay
 *   whole; "Ban Nữ công và Ban Tuyên giáo" are two.
 * - Known names are found even with no separator between them ("LĐLD tỉnh Các cấp công đoàn");
 *   text that names no known unit is kept as written, as an unknown unit (never dropped, never
 *   folded into a known name it merely starts with).
 * - Fields after a known unit share its head word when the registry knows the result: "Sở Nội
 *   vụ, Tài chính và Tư pháp", "Các Sở: Nội vụ, Tài chính" are three and two departments.
 * - A cell that refers to a document ("Theo phân công tại Quyết định số…") is one ref, marked
 *   `reference`.
 * - With options.recurring, a cell that recurs whole in the document is one unit, unless it
 *   splits into units the registry knows or says who leads.
 */
export function splitUnits(cell: string, registry: UnitRegistry, options?: SplitOptions): UnitRef[] {
  // A plan repeats the same few unit cells on thousands of rows: split each distinct text once.
  let cache = splitCaches.get(registry);
  if (!cache) splitCaches.set(registry, (cache = new Map()));
  const text = typeof cell === "string" ? cell : "";
  const whole = options?.recurring?.size ? recurringParagraphs(text, options.recurring) : "";
  const key = whole ? `${text}\u0000${whole}` : text;
  let refs = cache.get(key);
  if (!refs) {
    refs = splitUncached(text, registry, whole);
    if (cache.size >= 20000) cache.clear();
    cache.set(key, refs);
  }
  return refs.slice();
}

const splitCaches = new WeakMap<UnitRegistry, Map<string, UnitRef[]>>();

/** Which paragraphs of a cell recur whole ("1" each), as a short string for the cache key. */
function recurringParagraphs(text: string, recurring: ReadonlySet<string>): string {
  const all = recurring.has(matchKey(text));
  const paragraphs = normalizeText(text).split("\n");
  const flags = paragraphs.map((p) => (all || recurring.has(matchKey(p)) ? "1" : "0")).join("");
  return flags.includes("1") ? flags : "";
}

interface Piece {
  readonly start: number;
  readonly end: number;
  /** Canonical name, when the piece is a known name found whole. */
  readonly known?: string;
  readonly unit: boolean;
  /** Follows the previous piece with no separator between (two known names side by side). */
  readonly adjacent: boolean;
}

function splitUncached(cell: string, registry: UnitRegistry, whole: string): UnitRef[] {
  // An Excel error value copied with a table ("#N/A") is one cell text, not units "N" and "A".
  if (isErrorValue(cell)) return [{ name: cell.trim(), known: false, text: cell.trim() }];
  const text = normalizeText(cell);
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
  const slice = (start: number, end: number): string => text.slice(tokens[start].start, tokens[end - 1].end);
  const refOf = (raw: string, knownName?: string): UnitRef => {
    const unit = knownName !== undefined ? registry.get(knownName) ?? registry.find(knownName) : registry.find(raw);
    const written = clean(raw);
    return unit ? { name: unit.name, known: !unit.review, text: written } : { name: written, known: false, text: written };
  };

  // The pieces since the last hard separator or role phrase, each a unit or a continuation.
  let run: Piece[] = [];
  // "Các sở:" before a list of fields ("Các sở: Nội vụ, Tài chính"): the head word they share.
  let intro: { piece: Piece; head: string } | null = null;
  const flushRun = (): void => {
    let group: { first: Piece; last: Piece } | null = null;
    const emit = (): void => {
      if (!group) return;
      const { first, last } = group;
      const ref = first === last && first.known !== undefined ? refOf(slice(first.start, first.end), first.known) : refOf(slice(first.start, last.end));
      push(!ref.known && first === last && first.unit && unitShaped(tokens, first.start, first.end) ? { ...ref, shaped: true } : ref);
      group = null;
    };
    const carried = intro;
    intro = null;
    // "Các sở" introduced nothing it could name: it is a unit (of sorts) itself.
    const introduces = carried !== null && run.some((p, k) => !p.unit && !p.adjacent && sharedHeadUnit(registry, carried.head, run, k, slice) !== null);
    if (carried && !introduces) push(refOf(slice(carried.piece.start, carried.piece.end)));
    let head = introduces && carried ? carried.head : null;
    for (let k = 0; k < run.length; k++) {
      const piece = run[k];
      // Fields sharing the head word of a known unit before them ("Sở Nội vụ, Tài chính, Tư pháp"):
      // each a unit when the registry knows "<head> <field>", the longest such run of pieces
      // winning. Never after an unknown name: "Sở Giao thông và Xây dựng" is one department.
      if (group !== null) head = group.first === group.last && group.first.known !== undefined ? headOf(tokens, group.first, text) : null;
      if (!piece.unit && !piece.adjacent && head !== null) {
        const found = sharedHeadUnit(registry, head, run, k, slice);
        if (found) {
          emit();
          push({ name: found.unit, known: true, text: clean(slice(piece.start, run[found.last].end)) });
          k = found.last;
          continue;
        }
      }
      // A separator splits only where each side is a unit.
      if (group && !piece.adjacent && !(group.first.unit && piece.unit)) {
        group.last = piece;
        continue;
      }
      emit();
      group = { first: piece, last: piece };
    }
    emit();
    run = [];
  };
  let pieceStart = -1;
  let adjacent = false;
  // Close the unknown words [pieceStart, end) as a piece; a role phrase closing them is not part
  // of the name ("Ban Nữ công chủ trì").
  const closePiece = (end: number): void => {
    if (pieceStart < 0) return;
    let stop = end;
    let closing: UnitRole | undefined;
    let closed = false;
    for (let k = pieceStart + 1; k < end; k++) {
      if (roleAt(tokens, k) === end - k) {
        closing = roleKind(tokens, k);
        closed = true;
        stop = k;
        break;
      }
    }
    run.push({ start: pieceStart, end: stop, unit: registry.find(slice(pieceStart, stop)) !== null || unitShaped(tokens, pieceStart, stop), adjacent });
    pieceStart = -1;
    adjacent = false;
    if (closed) {
      flushRun();
      roleBehind(closing);
    }
  };

  const paragraphs = whole ? paragraphSpans(tokens) : [];
  let paragraph = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    // A paragraph that recurs whole in the document is one unit, unless the registry knows every
    // unit it splits into or it says who leads.
    if (whole && (i === 0 || tokens[i - 1].key === "\n")) {
      const span = paragraphs[paragraph++];
      if (span && span.end > span.start && whole[paragraph - 1] === "1" && keepWhole(slice(span.start, span.end), registry)) {
        closePiece(i);
        flushRun();
        push(refOf(slice(span.start, span.end)));
        i = span.end;
        continue;
      }
    }
    if (t.separator || t.key === "va") {
      closePiece(i);
      const introHead: string | null = t.key === ":" && run.length === 1 && intro === null ? pluralHead(tokens, run[0]) : null;
      if (introHead !== null) {
        intro = { piece: run[0], head: introHead };
        run = [];
      } else if (t.hard) flushRun();
      adjacent = false;
      i++;
      continue;
    }
    if (pieceStart >= 0 && strongRoleAt(tokens, i) === 0) {
      i++;
      continue;
    }
    closePiece(i);
    // A reference to a document runs to the end of its line, or of its brackets.
    if (referenceAt(tokens, i)) {
      flushRun();
      const inBrackets = tokens[i - 1]?.key === "(";
      let end = i;
      while (end < tokens.length && tokens[end].key !== "\n" && !(inBrackets && tokens[end].key === ")")) end++;
      const raw = slice(i, end).replace(/[\s.,;:]+$/u, "");
      const written = clean(raw);
      push({ name: written, known: false, text: written, reference: true });
      i = end;
      continue;
    }
    const role = roleAt(tokens, i);
    if (role > 0) {
      // "Đơn vị chủ trì: …", "Cơ quan phối hợp: …": the words before the role name no unit.
      const last = run[run.length - 1];
      if (last && last.known === undefined && last.end === i && isFiller(tokens, last)) run.pop();
      flushRun();
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
    // A known name may start a piece or follow another known name directly; inside unknown text
    // it may not, so "Ban Nữ công LĐLĐ tỉnh" stays one (unknown) unit.
    const match = longestMatch(tokens, i, root);
    if (match && endsCleanly(tokens, match.end, root)) {
      run.push({ start: i, end: match.end, known: match.unit, unit: true, adjacent });
      adjacent = true;
      i = match.end;
      continue;
    }
    if (match && (registry.get(match.unit)?.kind === "province" || / tinh$/.test(matchKey(match.unit)))) {
      const end = provinceSuffixEnd(tokens, match.end, root);
      if (end > match.end) {
        run.push({ start: i, end, known: match.unit, unit: true, adjacent });
        adjacent = true;
        i = end;
        continue;
      }
    }
    // Unknown words; the known words at their start belong to a longer, unknown name.
    pieceStart = i;
    i = match ? match.end : i + 1;
  }
  closePiece(tokens.length);
  flushRun();
  return out;
}

// Head words a list of fields may share, and the plural that introduces them ("Các sở: …").
const SHARED_HEADS = phrases(["Sở", "Bộ", "Phòng", "Ban", "Hội", "Trường", "Trung tâm", "Cục", "Chi cục", "Vụ", "Công an", "UBND", "Đảng ủy"]);
const PLURAL_HEADS: Readonly<Record<string, string>> = { so: "Sở", bo: "Bộ", phong: "Phòng", ban: "Ban", hoi: "Hội", truong: "Trường", cuc: "Cục" };

/** The head word a piece starts with, as written ("Sở" of "Sở Nội vụ"), when fields may share it. */
function headOf(tokens: readonly Token[], piece: Piece, text: string): string | null {
  const n = phraseAt(tokens, piece.start, piece.end, SHARED_HEADS);
  return n > 0 && n < piece.end - piece.start ? text.slice(tokens[piece.start].start, tokens[piece.start + n - 1].end) : null;
}

/** "Các sở" (alone, before a colon): the head word of the list that follows. */
function pluralHead(tokens: readonly Token[], piece: Piece): string | null {
  if (piece.end - piece.start !== 2 || tokens[piece.start].key !== "cac") return null;
  return PLURAL_HEADS[tokens[piece.start + 1].key] ?? null;
}

/** The known unit "<head> <pieces k..m>" for the largest m, if any (the registry's own, not one awaiting review). */
function sharedHeadUnit(
  registry: UnitRegistry,
  head: string,
  run: readonly Piece[],
  k: number,
  slice: (start: number, end: number) => string,
): { unit: string; last: number } | null {
  for (let m = run.length - 1; m >= k; m--) {
    if (m > k && run.slice(k + 1, m + 1).some((p) => p.adjacent)) continue;
    const unit = registry.find(`${head} ${slice(run[k].start, run[m].end)}`);
    if (unit && !unit.review) return { unit: unit.name, last: m };
  }
  return null;
}

const FILLER = new Set(["don", "vi", "co", "quan", "cac"]);

/** "Đơn vị", "Cơ quan", "Các cơ quan, đơn vị": words that name no one when a role follows them. */
function isFiller(tokens: readonly Token[], piece: Piece): boolean {
  for (let k = piece.start; k < piece.end; k++) if (!FILLER.has(tokens[k].key)) return false;
  return true;
}

/** Where each paragraph's tokens start and end. */
function paragraphSpans(tokens: readonly Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].key === "\n") {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return spans;
}

/** A recurring paragraph is kept whole unless it names known units only, says who leads, or refers to a document. */
function keepWhole(paragraph: string, registry: UnitRegistry): boolean {
  const trial = splitUnits(paragraph, registry);
  if (trial.length <= 1) return false;
  return !trial.some((r) => r.role !== undefined || r.reference) && !trial.every((r) => registry.find(r.name) !== null);
}

/** True for a text that refers to a document instead of naming units ("Theo Kế hoạch số…"). */
export function refersToDocument(text: string): boolean {
  const tokens = tokenize(normalizeText(typeof text === "string" ? text : ""));
  let i = 0;
  while (i < tokens.length && tokens[i].separator) i++;
  return i < tokens.length && referenceAt(tokens, i);
}
