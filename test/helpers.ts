/** Shared test helpers: load scenarios from files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../src/content/parse.ts';
import { formatProblem } from '../src/content/problems.ts';
import type { Scenario } from '../src/model/scenario.ts';

export const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
export const readText = (path: string): string => readFileSync(fromRoot(path), 'utf8');

export function loadScenario(path: string): Scenario {
  const parsed = parseScenario(readText(path));
  if (!parsed.ok) throw new Error(`${path} does not parse:\n${parsed.error.map(formatProblem).join('\n')}`);
  return parsed.value.scenario;
}

export const MINI = 'test/fixtures/scenarios/mini.json';
