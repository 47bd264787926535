/**
 * The big-scenario figures of issue 16, measured in a process of their own so its peak memory is theirs:
 * a 20-issue × 4-level scenario made from the shipped one (big-scenario.ts), then
 * - cold: the first computer move on a fresh copy (nothing memoised), CPU ms, median of `--runs`;
 * - game: one whole computer-vs-computer game on a fresh copy, CPU ms, median;
 * - warm: every move of such a game made again (memos warm), CPU ms a move, median;
 * - rss: the process's peak resident memory, MB.
 * Prints one JSON line. `--root DIR` measures another checkout's model (a side-by-side baseline).
 *
 *   tsx tools/lib/bench-big-run.ts [--scenario FILE] [--issues N] [--levels L] [--runs R] [--root DIR]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Scenario } from '../../src/model/scenario.ts';
import { bigScenario } from './big-scenario.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'src/content/scenarios/us-japan-2025.json' },
    issues: { type: 'string', default: '20' },
    levels: { type: 'string', default: '4' },
    runs: { type: 'string', default: '5' },
    root: { type: 'string', default: resolve(import.meta.dirname, '../..') },
  },
});
const root = resolve(values.root as string);
const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const agent = await from('src/model/agent/index.ts');
const model = await from('src/model/index.ts');
const { parseScenario } = await from('src/content/parse.ts');

const parsed = parseScenario(readFileSync(resolve(root, values.scenario as string), 'utf8'));
if (!parsed.ok) throw new Error('the scenario does not parse');
const base: Scenario = parsed.value.scenario;
const issues = Number(values.issues);
const levels = Number(values.levels);
const runs = Number(values.runs);

const cpuMs = (fn: () => void): number => {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const settingsOf = (s: Scenario, seed: string) => ({
  seed,
  side: s.parties[0].id,
  opponent: 'computer-vs-computer',
  difficulty: 'normal',
});

const cold: number[] = [];
const games: number[] = [];
const warm: number[] = [];
for (let r = 0; r < runs; r++) {
  const fresh = bigScenario(base, issues, levels, `cold${r}`);
  const created = model.createGame(fresh, settingsOf(fresh, `big-${r}`));
  if (!created.ok) throw new Error(created.error.message);
  const state = created.value;
  const side = model.toMove(fresh, state);
  const view = model.viewFor(fresh, state, side);
  cold.push(cpuMs(() => agent.chooseAction(view, agent.agentOptions(fresh, state, side))));
}
let moves = 0;
for (let r = 0; r < runs; r++) {
  const fresh = bigScenario(base, issues, levels, `game${r}`);
  const records: { view: unknown; options: unknown }[] = [];
  games.push(
    cpuMs(() =>
      agent.playComputerGame(fresh, settingsOf(fresh, `big-game-${r}`), {
        onDecision: (d: { view: unknown; before: unknown; side: number }) =>
          records.push({ view: d.view, options: agent.agentOptions(fresh, d.before, d.side) }),
      }),
    ),
  );
  moves = records.length;
  // The same moves again: every memo of the game is warm now.
  for (const rec of records) warm.push(cpuMs(() => agent.chooseAction(rec.view, rec.options)));
}
const rssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({
    issues,
    levels,
    packages: levels ** issues,
    bigMoveColdMs: median(cold),
    bigMoveWarmMs: median(warm),
    bigGameMs: median(games),
    bigRssMB: Math.round(rssMB),
    movesPerGame: moves,
    root,
  })}\n`,
);
