/**
 * The CPU time of balance games on one thread, without workers: what one worker does for `--games N` games
 * (play, count the moves, summarise), timed with process.cpuUsage, to compare checkouts side by side on a
 * loaded machine (`--root DIR`). Prints one JSON line: cpuMsPerGame, the median of `--runs` runs, and `cold`,
 * what the first run cost a fresh process, as a balance worker pays it (issue 16):
 *
 * - `mainMs`: the CPU time of the thread that plays the games;
 * - `otherThreadsMs`: that of the process's other threads in the meantime: V8's optimizing compiler and its
 *   concurrent garbage collection, which in a worker compete with the games for the cores (Linux only: read from
 *   /proc/self/task; null elsewhere);
 * - `blocks`: CPU ms per game over each tenth of the run, all threads: how long the code takes to warm up.
 *
 *   tsx tools/lib/balance-cpu.ts [--games N] [--runs R] [--root DIR]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { threadCpuSeconds } from './services.ts';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'src/content/scenarios/us-japan-2025.json' },
    games: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    root: { type: 'string', default: resolve(import.meta.dirname, '../..') },
  },
});

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const root = resolve(values.root as string);
const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const { playComputerGame } = await from('src/model/agent/index.ts');
const { parseScenario } = await from('src/content/parse.ts');
const summary = await from('tools/lib/game-summary.ts');
const { moveTracker } = await from('tools/lib/move-metrics.ts');
const parsed = parseScenario(readFileSync(resolve(root, values.scenario as string), 'utf8'));
if (!parsed.ok) throw new Error('the scenario does not parse');
// A worker gets the scenario by structured clone (balance-run.ts): so does this run.
const scenario = structuredClone(parsed.value.scenario);
const games = Number(values.games);
const block = Math.max(1, Math.floor(games / 10));

const play = (seed: string, game: number): void => {
  const settings = summary.gameSettings(scenario, seed, game);
  const tracker = moveTracker(scenario);
  const state = playComputerGame(scenario, settings, { onDecision: tracker.record });
  summary.summarizeGame(scenario, state, game, 0, tracker.tally());
};

const perGame: number[] = [];
let cold: { mainMs: number | null; otherThreadsMs: number | null; blocks: number[] } | null = null;
for (let r = 0; r < Number(values.runs); r++) {
  const threadsBefore = r === 0 ? threadCpuSeconds() : null;
  const start = cpuMs();
  const blocks: number[] = [];
  let blockStart = start;
  for (let game = 0; game < games; game++) {
    play(`cpu${r}`, game);
    if ((game + 1) % block === 0 || game === games - 1) {
      const now = cpuMs();
      blocks.push(Number(((now - blockStart) / ((game % block) + 1)).toFixed(3)));
      blockStart = now;
    }
  }
  const total = cpuMs() - start;
  perGame.push(total / games);
  if (r === 0) {
    const threadsAfter = threadCpuSeconds();
    const main = String(process.pid);
    const mainMs =
      threadsBefore && threadsAfter
        ? Math.round(1000 * ((threadsAfter.get(main) ?? 0) - (threadsBefore.get(main) ?? 0)))
        : null;
    cold = {
      mainMs,
      otherThreadsMs: mainMs === null ? null : Math.max(0, Math.round(total - mainMs)),
      blocks,
    };
  }
}
perGame.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ cpuMsPerGame: perGame[perGame.length >> 1], runs: perGame, cold, root })}\n`,
);
