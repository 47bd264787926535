/**
 * The scenarios the teacher's page knows: the shipped ones (fetched as the game's boot scene loads them) and the
 * custom files the teacher uploaded (kept as text in the teacher's data). Codes are verified against all of them.
 */

import {
  checkScenarioText,
  type PickedFile,
  readScenarioFile,
  type ScenarioFileCheck,
} from '../app/scenario-file.ts';
import {
  provideShipped,
  SHIPPED_IDS,
  SHIPPED_URLS,
  type ShippedId,
  shippedScenario,
} from '../app/scenarios.ts';
import { formatProblem } from '../content/problems.ts';
import type { ScenarioLookup } from '../model/code/verify.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';

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

const thrown = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error).slice(0, 300);

/**
 * Parses and compiles a stored or imported scenario text the way an uploaded file is checked, or says why it
 * cannot be. Never throws: a parser or compiler that throws (deep nesting, an id such as "constructor") is a
 * failure of this text alone.
 */
export function compileStored(text: string): Result<Scenario, string> {
  try {
    const check = checkScenarioText('', text);
    if (check.kind === 'valid') return ok(check.scenario);
    if (check.kind === 'refused') return err(check.refusal.code);
    const first = check.problems.find((p) => p.severity === 'error') ?? check.problems[0];
    return err(first ? formatProblem(first) : 'invalid');
  } catch (error) {
    return err(thrown(error));
  }
}

/** An uploaded scenario file, checked as the game checks it; a check that throws is `failed`, never thrown. */
export async function checkUpload(
  file: PickedFile,
): Promise<ScenarioFileCheck | { readonly kind: 'failed'; readonly name: string; readonly reason: string }> {
  try {
    return await readScenarioFile(file);
  } catch (error) {
    return { kind: 'failed', name: file.name, reason: thrown(error) };
  }
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
