import { describe, expect, it } from 'vitest';
import { balanceWarnings, LOW_DEAL_RATE } from '../../tools/lib/balance-warnings.ts';
import { type GameSummary, pairSchedule } from '../../tools/lib/game-summary.ts';
import { brokenText } from '../fixtures/broken-patches.ts';
import { loadScenario, MINI } from '../helpers.ts';
import { lines, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const mini = loadScenario(MINI);
const pairs = pairSchedule(mini);
/** Played games as the warnings read them: the pair's slot and how each ended. */
const games = (slot: number, deals: number, total: number): GameSummary[] =>
  Array.from({ length: total }, (_, i) => ({ slot, end: i < deals ? 'deal' : 'deadline' }) as GameSummary);

describe('balance warnings', () => {
  it('warns about each pair that deals in under 10% of its games, and only those', () => {
    expect(LOW_DEAL_RATE).toBe(0.1);
    const warnings = balanceWarnings(mini, pairs, [
      ...games(0, 1, 20),
      ...games(1, 2, 20),
      ...games(5, 1, 11),
    ]);
    expect(warnings).toEqual([
      {
        code: 'BALANCE_LOW_DEAL_RATE',
        severity: 'warning',
        path: ['parties'],
        message:
          "United States boulware, Japan linear (the scenario's default pair) reach a deal in 1 of 20 games (5%): under 10%",
      },
      {
        code: 'BALANCE_LOW_DEAL_RATE',
        severity: 'warning',
        path: ['parties'],
        message: 'United States linear, Japan linear reach a deal in 1 of 11 games (9%): under 10%',
      },
    ]);
  });

  it(
    'scenario check --balance plays the games and warns, exit 0',
    async () => {
      const path = tempFile('no-deal.json', brokenText('no-ratifiable-package'));
      const run = await runTool('tools/scenario.ts', ['check', path, '--balance', '--games', '20']);
      expect(run.code).toBe(0);
      const out = lines(run.stdout);
      expect(out.filter((l) => l.startsWith('warning BALANCE_LOW_DEAL_RATE $.parties'))).toHaveLength(10);
      expect(out).toContain(
        "warning BALANCE_LOW_DEAL_RATE $.parties: United States boulware, Japan linear (the scenario's default pair) reach a deal in 0 of 2 games (0%): under 10%",
      );
      // With the file's own: no package both sides ratify, and the historical deal not ratified by either side.
      expect(out.at(-1)).toBe(`${path}: 0 errors, 13 warnings — ok`);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses --games without --balance',
    async () => {
      const run = await runTool('tools/scenario.ts', ['check', MINI, '--games', '20']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('scenario: --games goes with --balance (see --help)\n');
    },
    TOOL_TIMEOUT_MS,
  );
});
