/**
 * CPU time of the bench's computerMoveUs and verify200Ms work (chooseAction on mid-game views; replaying the
 * result codes of 200 games), to compare checkouts side by side on a loaded machine (`--root DIR`).
 *
 *   tsx tools/lib/move-cpu.ts [--root DIR] [--rounds R]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: resolve(import.meta.dirname, '../..') },
    rounds: { type: 'string', default: '5' },
  },
});
const root = resolve(values.root as string);
const from = (path: string) => import(pathToFileURL(resolve(root, path)).href);
const agent = await from('src/model/agent/index.ts');
const model = await from('src/model/index.ts');
const code = await from('src/model/code/index.ts');
const { parseScenario } = await from('src/content/parse.ts');
const parsed = parseScenario(readFileSync(resolve(root, 'src/content/scenarios/us-japan-2025.json'), 'utf8'));
const scenario = parsed.value.scenario;
const settings = {
  seed: 'bench',
  side: scenario.parties[0].id,
  opponent: 'computer-vs-computer',
  difficulty: 'normal',
};
const views: unknown[] = [];
for (let k = 0; k < 12; k++) {
  const game = { ...settings, seed: `bench-${k}` };
  const log = agent.playComputerGame(scenario, game).log;
  for (const share of [0.5, 0.25, 0.75]) {
    const r = model.replay(scenario, game, log.slice(0, Math.floor(log.length * share)));
    if (r.ok && r.value.outcome === null)
      views.push(model.viewFor(scenario, r.value, model.toMove(scenario, r.value)));
  }
}
const codes = Array.from({ length: 200 }, (_, i) => {
  const s = {
    seed: `bench-class-${i}`,
    side: scenario.parties[i % 2].id,
    opponent: 'computer',
    difficulty: model.DIFFICULTY_LEVELS[Math.floor(i / 2) % model.DIFFICULTY_LEVELS.length],
  };
  return code.resultCode(scenario, agent.playComputerGame(scenario, s), `Student ${i + 1}`);
});
const cpu = (fn: () => void): number => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const moves: number[] = [];
const verify: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const n = 2000;
  moves.push(
    (cpu(() => {
      for (let i = 0; i < n; i++) agent.chooseAction(views[i % views.length]);
    }) *
      1000) /
      n,
  );
  verify.push(cpu(() => code.verifyCodes(codes, () => [scenario])));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
process.stdout.write(
  `${JSON.stringify({ computerMoveCpuUs: med(moves), verify200CpuMs: med(verify), moves, verify, root })}\n`,
);
