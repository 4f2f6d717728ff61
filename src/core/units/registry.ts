import { matchKey } from "../text/normalize";
import { LEXICON } from "./lexicon";

export type UnitKind = "province" | "district" | "sector" | "grassroots" | "bloc" | "outside" | "group" | "all";

export interface Unit {
  /** Canonical name, as written in the plan sheet. */
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: UnitKind;
  /** Canonical names of the groups this unit belongs to. */
  readonly groups: readonly string[];
  /** Seen in a plan but not known: kept, and flagged until someone reviews it. */
  readonly review: boolean;
  readonly note?: string;
}

export interface UnitMatch {
  readonly unit: Unit;
  readonly key: string;
}

const MAX_SUGGEST_KEY = 200;
/** A suggestion is offered only this close (edit distance over the longer key's length)… */
const SUGGEST_RATIO = 0.25;
/** …and within this many edits, or a tenth of the name when longer: a typo, not another unit ("Tân Phong" is not "Tân Phú"). */
const SUGGEST_EDITS = 2;

// The lexicon's bodies are known by name, but "Các cấp công đoàn" (everyone) does not count them
// among its members: a labour federation's submissions are owed by unions, not by every Sở.
const LEXICON_KEYS: ReadonlySet<string> = new Set(LEXICON.map(([name]) => matchKey(name)));

const isGroupKind = (kind: UnitKind): boolean => kind === "group" || kind === "all";

/**
 * Edit distance on keys, for "did you mean" suggestions, when at most `limit`; otherwise some
 * number above it. Only the band of cells within `limit` of the diagonal is computed.
 */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const far = limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(far);
    if (i <= limit) cur[0] = i;
    let best = cur[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    for (let j = from; j <= to; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), far);
      if (cur[j] < best) best = cur[j];
    }
    if (best > limit) return far;
    prev = cur;
  }
  return prev[b.length];
}

/** The units an office knows, looked up by any name or abbreviation, diacritics and case aside. */
export class UnitRegistry {
  private readonly byKey = new Map<string, Unit>();
  private readonly byName = new Map<string, Unit>();
  // Plans repeat the same few unit names on thousands of rows: remember answers per text.
  private readonly findCache = new Map<string, Unit | null>();
  private readonly closestCache = new Map<string, string | null>();

  constructor(readonly units: readonly Unit[]) {
    for (const unit of units) {
      this.byName.set(unit.name, unit);
      for (const name of [unit.name, ...unit.aliases]) {
        const key = matchKey(name);
        // The first unit to claim a name keeps it: the canonical names come first in the seed.
        if (key && !this.byKey.has(key)) this.byKey.set(key, unit);
      }
    }
  }

  /** Every (key, unit) pair, for building the splitter's lookup. */
  entries(): IterableIterator<[string, Unit]> {
    return this.byKey.entries();
  }

  find(text: string): Unit | null {
    let unit = this.findCache.get(text);
    if (unit === undefined) {
      unit = this.byKey.get(matchKey(text)) ?? null;
      this.findCache.set(text, unit);
    }
    return unit;
  }

  get(name: string): Unit | null {
    return this.byName.get(name) ?? null;
  }

  /** A known unit (not one awaiting review) by any of its names. */
  isKnown(name: string): boolean {
    const unit = this.find(name);
    return unit !== null && !unit.review;
  }

  /** The reviewed unit whose name or alias is closest to text, for suggestions. */
  closest(text: string): string | null {
    const cached = this.closestCache.get(text);
    if (cached !== undefined) return cached;
    const found = this.closestUncached(text);
    this.closestCache.set(text, found);
    return found;
  }

  private byHead: Map<string, [string, Unit][]> | null = null;

  /** The reviewed units' keys by their first word, for suggestions. */
  private keysByHead(): Map<string, [string, Unit][]> {
    if (!this.byHead) {
      this.byHead = new Map();
      for (const [key, unit] of this.byKey) {
        if (unit.review) continue;
        const head = key.split(" ")[0];
        const list = this.byHead.get(head);
        if (list) list.push([key, unit]);
        else this.byHead.set(head, [[key, unit]]);
      }
    }
    return this.byHead;
  }

  /**
   * Only a near miss gets a suggestion: the same head word ("Phòng …" never suggests "Tổng Liên
   * đoàn …"), a similar length, and a few edits (a typo, not a different unit).
   */
  private closestUncached(text: string): string | null {
    const key = matchKey(text);
    // No unit name is this long: a pasted paragraph gets no suggestion rather than a slow one.
    if (key.length > MAX_SUGGEST_KEY || key === "") return null;
    let best: { name: string; distance: number } | null = null;
    for (const [aliasKey, unit] of this.keysByHead().get(key.split(" ")[0]) ?? []) {
      const longer = Math.max(key.length, aliasKey.length);
      const allowed = Math.min(Math.floor(longer * SUGGEST_RATIO), Math.max(SUGGEST_EDITS, Math.floor(longer / 10)));
      // The distance is at least the difference in length.
      if (Math.abs(key.length - aliasKey.length) > allowed) continue;
      const distance = boundedLevenshtein(key, aliasKey, allowed);
      if (distance <= allowed && (!best || distance < best.distance)) best = { name: unit.name, distance };
    }
    return best ? best.name : null;
  }

  /**
   * The units that answer for a name: a single unit gives itself; a group gives its members
   * (recursively); "all" gives every unit that is not a group, a bloc, an outside body or a body of
   * the lexicon. A group without members answers for itself.
   */
  expand(name: string): Unit[] {
    const unit = this.get(name) ?? this.find(name);
    if (!unit) return [];
    if (!isGroupKind(unit.kind)) return [unit];
    const members =
      unit.kind === "all"
        ? this.units.filter((u) => !isGroupKind(u.kind) && u.kind !== "outside" && u.kind !== "bloc" && !LEXICON_KEYS.has(matchKey(u.name)))
        : this.membersOf(unit.name, new Set([unit.name]));
    return members.length > 0 ? members : [unit];
  }

  private membersOf(group: string, seen: Set<string>): Unit[] {
    const out: Unit[] = [];
    for (const u of this.units) {
      if (!u.groups.includes(group) || seen.has(u.name)) continue;
      seen.add(u.name);
      if (isGroupKind(u.kind)) out.push(...this.membersOf(u.name, seen));
      else out.push(u);
    }
    return out;
  }

  /** A registry with these units added after the existing ones (existing names win). */
  with(extra: readonly Unit[]): UnitRegistry {
    const fresh = extra.filter((u) => !this.byName.has(u.name) && !this.find(u.name));
    return fresh.length ? new UnitRegistry([...this.units, ...fresh]) : this;
  }
}

export function unknownUnit(name: string): Unit {
  return { name, aliases: [], kind: "grassroots", groups: [], review: true };
}
