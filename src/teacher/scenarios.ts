/**
 * The scenarios the teacher's page knows: the shipped ones (fetched as the game's boot scene loads them) and the
 * custom files the teacher uploaded (kept as text in the teacher's data). Codes are verified against all of them.
 */

import {
  provideShipped,
  SHIPPED_IDS,
  SHIPPED_URLS,
  type ShippedId,
  shippedScenario,
} from '../app/scenarios.ts';
import { parseScenario } from '../content/parse.ts';
import type { ScenarioLookup } from '../model/code/verify.ts';
import type { Scenario } from '../model/scenario.ts';
import type { StoredScenario } from './store.ts';

export interface KnownScenario {
  readonly scenario: Scenario;
  /** The shipped id, or null for an uploaded file. */
  readonly shipped: ShippedId | null;
  /** The uploaded file's name, or null for a shipped one. */
  readonly file: string | null;
}

/** Fetches and parses every shipped scenario. Resolves with the ids that failed to load (usually none). */
export async function loadShipped(): Promise<{ loaded: KnownScenario[]; failed: ShippedId[] }> {
  const loaded: KnownScenario[] = [];
  const failed: ShippedId[] = [];
  await Promise.all(
    SHIPPED_IDS.map(async (id) => {
      try {
        const response = await fetch(SHIPPED_URLS[id]);
        if (!response.ok) throw new Error(String(response.status));
        provideShipped(id, await response.json());
        loaded.push({ scenario: shippedScenario(id), shipped: id, file: null });
      } catch {
        failed.push(id);
      }
    }),
  );
  loaded.sort(
    (a, b) => SHIPPED_IDS.indexOf(a.shipped as ShippedId) - SHIPPED_IDS.indexOf(b.shipped as ShippedId),
  );
  return { loaded, failed };
}

/** The stored custom files that still parse (a file that no longer does is listed by name). */
export function customScenarios(stored: readonly StoredScenario[]): {
  known: KnownScenario[];
  broken: string[];
} {
  const known: KnownScenario[] = [];
  const broken: string[] = [];
  for (const file of stored) {
    const parsed = parseScenario(file.text);
    if (parsed.ok) known.push({ scenario: parsed.value.scenario, shipped: null, file: file.name });
    else broken.push(file.name);
  }
  return { known, broken };
}

/** The lookup verifyCode uses: every known scenario with that id (each version once, by hash). */
export function lookupOf(known: readonly KnownScenario[]): ScenarioLookup {
  const byId = new Map<string, Scenario[]>();
  for (const { scenario } of known) {
    const list = byId.get(scenario.id) ?? [];
    if (!list.some((s) => s.hash === scenario.hash)) list.push(scenario);
    byId.set(scenario.id, list);
  }
  return (id) => byId.get(id) ?? [];
}
