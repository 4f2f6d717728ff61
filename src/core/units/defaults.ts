import { matchKey } from "../text/normalize";
import { LEXICON } from "./lexicon";
import type { Unit } from "./registry";
import { seedUnits, seedUnitsForOthers } from "./seed";

/** The lexicon's lines as registry units, in the lexicon's order. */
export function lexiconUnits(): Unit[] {
  return LEXICON.map(([name, kind, aliases, groups = [], note]) => ({
    name,
    kind,
    aliases: [...aliases],
    groups: [...groups],
    review: false,
    ...(note ? { note } : {}),
  }));
}

/**
 * The registry of a new workbook: the labour federation's seed first, then the lexicon. No name
 * or alias is claimed twice (by matching key): a lexicon body the seed already holds ("UBND tỉnh")
 * gives the seed's unit the aliases it lacks, and an alias another unit already claims is left out.
 */
export function defaultUnits(): Unit[] {
  const units: Unit[] = seedUnits().map((u) => ({ ...u, aliases: [...u.aliases] }));
  const owner = new Map<string, Unit>();
  for (const u of units) for (const name of [u.name, ...u.aliases]) if (!owner.has(matchKey(name))) owner.set(matchKey(name), u);
  for (const unit of lexiconUnits()) {
    const holder = owner.get(matchKey(unit.name));
    const target: Unit = holder ?? { ...unit, aliases: [] };
    const aliases = target.aliases as string[];
    if (!holder) owner.set(matchKey(unit.name), target);
    for (const alias of holder ? [unit.name, ...unit.aliases] : unit.aliases) {
      const key = matchKey(alias);
      if (owner.has(key)) continue;
      owner.set(key, target);
      aliases.push(alias);
    }
    if (!holder) units.push(target);
  }
  return units;
}

/**
 * The registry another organisation's plan is read against: the lexicon first, then the labour
 * federation's units without the aliases only its own plans mean (FAMILY_ONLY_ALIASES).
 */
export function othersUnits(): Unit[] {
  return [...lexiconUnits(), ...seedUnitsForOthers()];
}
