/**
 * The CPU time of balance games on one thread, without workers: what one worker does for `--games N` games
 * (play, count the moves, summarise), timed with process.cpuUsage, to compare checkouts side by side on a
 * loaded machine (`--root DIR`). Prints one JSON line: cpuMsPerGame and the median of `--runs` runs.
 *
 *   tsx tools/lib/balance-cpu.ts [--games N] [--runs R] [--root DIR]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'src/content/scenarios/us-japan-2025.json' },
    games: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    root: { type: 'string', default: resolve(import.meta.dirname, '../..') },
  },
});
const root = resolve(values.root as string);
const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const { playComputerGame } = await from('src/model/agent/index.ts');
const { parseScenario } = await from('src/content/parse.ts');
const summary = await from('tools/lib/game-summary.ts');
const { moveTracker } = await from('tools/lib/move-metrics.ts');
const parsed = parseScenario(readFileSync(resolve(root, values.scenario as string), 'utf8'));
if (!parsed.ok) throw new Error('the scenario does not parse');
const scenario = parsed.value.scenario;
const games = Number(values.games);
const perGame: number[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const start = process.cpuUsage();
  for (let game = 0; game < games; game++) {
    const settings = summary.gameSettings(scenario, `cpu${r}`, game);
    const tracker = moveTracker(scenario);
    const state = playComputerGame(scenario, settings, { onDecision: tracker.record });
    summary.summarizeGame(scenario, state, game, 0, tracker.tally());
  }
  const d = process.cpuUsage(start);
  perGame.push((d.user + d.system) / 1000 / games);
}
perGame.sort((a, b) => a - b);
process.stdout.write(
  `${JSON.stringify({ cpuMsPerGame: perGame[perGame.length >> 1], runs: perGame, root })}\n`,
);
