import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.ts';
import { lines, runTool, TOOL_TIMEOUT_MS } from './run-tool.ts';

const TOOL = 'tools/bench.ts';
const FIGURES = [
  'baselineUs',
  'applyActionUs',
  'projectUs',
  'computerMoveUs',
  'fullGameMs',
  'balanceGamesPerSec',
  'analyzeMs',
] as const;

describe('bench', () => {
  it(
    'prints every figure as one JSON object with its camelCase key',
    async () => {
      // The model's figures; the browser figures build the game and drive Chromium (measured by `npm run bench`).
      const only = ['--only', FIGURES.join(',')];
      const run = await runTool(TOOL, [
        '--scenario',
        MINI,
        '--runs',
        '1',
        '--balance-games',
        '20',
        '--json',
        ...only,
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(lines(run.stdout)).toHaveLength(1);
      const json = JSON.parse(run.stdout) as Record<string, unknown>;
      for (const key of FIGURES) expect(json[key], key).toBeGreaterThan(0);
      expect(json).toMatchObject({ runs: 1, balanceGames: 20, scenario: MINI });
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses an unknown figure and a bad number of runs in one line',
    async () => {
      const [figure, runs] = await Promise.all([
        runTool(TOOL, ['--scenario', MINI, '--only', 'warpSpeed']),
        runTool(TOOL, ['--scenario', MINI, '--runs', 'many']),
      ]);
      expect([figure.code, runs.code]).toEqual([2, 2]);
      expect(lines(figure.stderr)).toEqual([expect.stringMatching(/^bench: unknown figure "warpSpeed"/)]);
      expect(lines(runs.stderr)).toEqual(['bench: --runs must be a positive whole number, not "many"']);
    },
    TOOL_TIMEOUT_MS,
  );
});
