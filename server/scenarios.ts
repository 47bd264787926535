/**
 * The scenarios a live session can be played with: a shipped one (read from src/content/scenarios/), or a
 * designer's file sent by the teacher as text. Both go through the content layer's `parseScenario`, so a broken
 * file is refused with its first problem and never played.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../src/content/parse.ts';
import { formatProblem } from '../src/content/problems.ts';
import { isTranslationFileName } from '../src/content/translation.ts';
import { err, ok, type Result } from '../src/model/result.ts';
import type { Scenario } from '../src/model/scenario.ts';

const SHIPPED_DIR = new URL('../src/content/scenarios/', import.meta.url);

/** The ids of the shipped scenarios (their file names; translations beside them, `<id>.<lang>.json`, are not). */
export function shippedIds(): string[] {
  return readdirSync(SHIPPED_DIR)
    .filter((f) => f.endsWith('.json') && !isTranslationFileName(f))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The text of a shipped scenario file, or null when there is no such scenario. */
export function shippedText(id: string): string | null {
  if (!shippedIds().includes(id)) return null;
  return readFileSync(new URL(`${id}.json`, SHIPPED_DIR), 'utf8');
}

const cache = new Map<string, Scenario>();

/** A scenario from a file's text, or the reason it cannot be played (one line). Compiled once per text. */
export function scenarioFromText(text: string): Result<Scenario, string> {
  const hit = cache.get(text);
  if (hit) return ok(hit);
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    const first = parsed.error[0];
    return err(first ? formatProblem(first) : 'the scenario file cannot be read');
  }
  if (cache.size > 20) cache.clear();
  cache.set(text, parsed.value.scenario);
  return ok(parsed.value.scenario);
}
