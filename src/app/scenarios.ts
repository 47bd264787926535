/**
 * The scenarios that ship with the game, and loading a designer's file. Both go through parseScenario, so a
 * broken file lists every problem with its path and line and is never played.
 *
 * The shipped scenario files are data, not code: the build copies them as assets (`?url`), the boot scene loads
 * them with the progress bar and hands them over with `provideShipped`, so they stay out of the JavaScript.
 */
import { parseScenario } from '../content/parse.ts';
import type { ScenarioProblem } from '../content/problems.ts';
import tutorialUrl from '../content/scenarios/tutorial.json?url';
import usJapan2025Url from '../content/scenarios/us-japan-2025.json?url';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';

/** Where a scenario came from: a shipped one by id, or a file's text (kept so a save can reload it). */
export type ScenarioSource =
  | { readonly kind: 'shipped'; readonly id: ShippedId }
  | { readonly kind: 'file'; readonly name: string; readonly text: string };

/** Where each shipped scenario file is served from. */
export const SHIPPED_URLS = { 'us-japan-2025': usJapan2025Url, tutorial: tutorialUrl } as const;
export type ShippedId = keyof typeof SHIPPED_URLS;
export const SHIPPED_IDS = Object.keys(SHIPPED_URLS) as ShippedId[];
export const DEFAULT_SCENARIO: ShippedId = 'us-japan-2025';

const files = new Map<ShippedId, unknown>();
const cache = new Map<ShippedId, Scenario>();

/** Hands over a shipped scenario file's parsed JSON once it has loaded (the boot scene does this). */
export function provideShipped(id: ShippedId, json: unknown): void {
  files.set(id, json);
  cache.delete(id);
}

export function shippedScenario(id: ShippedId): Scenario {
  const hit = cache.get(id);
  if (hit) return hit;
  if (!files.has(id)) throw new Error(`shipped scenario ${id} has not been loaded`);
  const parsed = parseScenario(files.get(id));
  // A shipped scenario is checked by the content tests; failing here is a build bug, not a player's input.
  if (!parsed.ok) throw new Error(`shipped scenario ${id} is broken`);
  cache.set(id, parsed.value.scenario);
  return parsed.value.scenario;
}

export function loadScenario(source: ScenarioSource): Result<Scenario, readonly ScenarioProblem[]> {
  if (source.kind === 'shipped') {
    if (!SHIPPED_IDS.includes(source.id)) {
      return err([
        { code: 'SHAPE', severity: 'error', path: [], message: `no shipped scenario "${source.id}"` },
      ]);
    }
    return ok(shippedScenario(source.id));
  }
  const parsed = parseScenario(source.text);
  return parsed.ok ? ok(parsed.value.scenario) : parsed;
}
