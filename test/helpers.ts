/** Shared test helpers: load scenarios from files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../src/content/parse.ts';
import { formatProblem } from '../src/content/problems.ts';
import type { ClassSession } from '../src/model/code/session-link.ts';
import { createGame } from '../src/model/rules.ts';
import type { Scenario } from '../src/model/scenario.ts';
import type { GameSettings, GameState } from '../src/model/types.ts';

export const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));
export const readText = (path: string): string => readFileSync(fromRoot(path), 'utf8');

export function loadScenario(path: string): Scenario {
  const parsed = parseScenario(readText(path));
  if (!parsed.ok) throw new Error(`${path} does not parse:\n${parsed.error.map(formatProblem).join('\n')}`);
  return parsed.value.scenario;
}

export const MINI = 'test/fixtures/scenarios/mini.json';

/** Settings of a test game: Japan against the computer at normal difficulty, unless overridden. */
export const testSettings = (seed: string, settings: Partial<GameSettings> = {}): GameSettings => ({
  seed,
  side: 'japan',
  opponent: 'computer',
  difficulty: 'normal',
  ...settings,
});

/** A new game, or the test fails with the reason createGame gave. */
export function newTestGame(scenario: Scenario, settings: GameSettings): GameState {
  const created = createGame(scenario, settings);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** A classroom session for tests: the scenario's parties, Japan for everyone, against the computer, unless overridden. */
export const testSession = (scenario: Scenario, over: Partial<ClassSession> = {}): ClassSession => ({
  id: 'class-7b',
  title: '7B Thursday',
  scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
  parties: [scenario.parties[0].id, scenario.parties[1].id],
  sides: { kind: 'fixed', side: 'japan' },
  opponent: 'computer',
  difficulty: 'normal',
  seed: 'thursday',
  seeding: 'class',
  ...over,
});

/** What issue 12 added to the shipped scenarios (version 1.1.0): left out, the files are their 1.0.0 content. */
const ISSUE_12_LINES = [
  'concede',
  'wantMore',
  'hold',
  'retract',
  'news',
  'redLine',
  'answerRedLine',
  'link',
  'backChannel',
  'warn',
];
const ISSUE_12_WALK_AWAY = ['No deal. The tariffs stay where they are.', 'We have gone as far as we can.'];

/**
 * A shipped scenario's file as it was in version 1.0.0 (the content whose old hashes src/model/hash.ts still
 * accepts): today's file without the personalities, agent fields and lines issue 12 added.
 */
export function shippedAt100(id: 'us-japan-2025' | 'tutorial'): Record<string, unknown> {
  const data = JSON.parse(readText(`src/content/scenarios/${id}.json`));
  delete data.personalities;
  delete data.agent.minStep;
  delete data.agent.bidNoise;
  data.version = '1.0.0';
  for (const lines of Object.values(data.dialogue) as Record<string, unknown>[]) {
    for (const kind of ISSUE_12_LINES) delete lines[kind];
    if (id === 'tutorial')
      lines.walkAway = (lines.walkAway as string[]).filter((l) => !ISSUE_12_WALK_AWAY.includes(l));
  }
  return data;
}
