/**
 * The scenarios that ship with the game, and loading a designer's file. Both go through parseScenario, so a
 * broken file lists every problem with its path and line and is never played.
 */
import { parseScenario } from '../content/parse.ts';
import type { ScenarioProblem } from '../content/problems.ts';
import tutorial from '../content/scenarios/tutorial.json';
import usJapan2025 from '../content/scenarios/us-japan-2025.json';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';

/** Where a scenario came from: a shipped one by id, or a file's text (kept so a save can reload it). */
export type ScenarioSource =
  | { readonly kind: 'shipped'; readonly id: ShippedId }
  | { readonly kind: 'file'; readonly name: string; readonly text: string };

export const SHIPPED = { 'us-japan-2025': usJapan2025, tutorial } as const;
export type ShippedId = keyof typeof SHIPPED;
export const SHIPPED_IDS = Object.keys(SHIPPED) as ShippedId[];
export const DEFAULT_SCENARIO: ShippedId = 'us-japan-2025';

const cache = new Map<ShippedId, Scenario>();

export function shippedScenario(id: ShippedId): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  const parsed = parseScenario(SHIPPED[id]);
  // A shipped scenario is checked by the content tests; failing here is a build bug, not a player's input.
  if (!parsed.ok) throw new Error(`shipped scenario ${id} is broken`);
  cache.set(id, parsed.value.scenario);
  return parsed.value.scenario;
}

export function loadScenario(source: ScenarioSource): Result<Scenario, readonly ScenarioProblem[]> {
  if (source.kind === 'shipped') {
    if (!(source.id in SHIPPED)) {
      return err([
        { code: 'SHAPE', severity: 'error', path: [], message: `no shipped scenario "${source.id}"` },
      ]);
    }
    return ok(shippedScenario(source.id));
  }
  const parsed = parseScenario(source.text);
  return parsed.ok ? ok(parsed.value.scenario) : parsed;
}
