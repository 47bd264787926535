/**
 * A party's name when only its id is known: a session link names parties by id, and the scenario file may not
 * be loaded yet. A shipped scenario with a party of that id gives its name (in the page's language); any other
 * id is written as a name: "korea" → "Korea", "south-korea" → "South Korea", a short one in capitals ("us" → "US").
 */
import type { Scenario } from '../../model/scenario.ts';

export function nameFromId(id: string): string {
  const words = id.split('-').filter(Boolean);
  if (words.length === 1 && id.length <= 3) return id.toUpperCase();
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** The name of party `id`: from the first of `known` that has it, else from the id itself. */
export function partyNameOf(id: string, known: readonly Scenario[]): string {
  for (const scenario of known) {
    const party = scenario.parties.find((p) => p.id === id);
    if (party) return party.name;
  }
  return nameFromId(id);
}
