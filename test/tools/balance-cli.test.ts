import { describe, expect, it } from 'vitest';
import { brokenText } from '../fixtures/broken-patches.ts';
import { MINI } from '../helpers.ts';
import { type BadInput, itRefusesBadInput, lines, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const TOOL = 'tools/balance.ts';

describe('balance', () => {
  it(
    'gives the same report, byte for byte, for the same seed, whatever the number of threads',
    async () => {
      const args = [MINI, '--games', '30', '--seed', 'same', '--no-timing', '--pairs'];
      const [first, second, oneThread] = await Promise.all([
        runTool(TOOL, args),
        runTool(TOOL, args),
        runTool(TOOL, [...args, '--threads', '1']),
      ]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(
        /^Balance report: mini v1 \(\w+\), 30 games, seed "same", difficulty normal, personalities pairs\n/,
      );
      expect(first.stdout).toContain('Calibration (default pair boulware/linear)');
      expect(first.stdout).not.toContain('Time:');
      expect(second.stdout).toBe(first.stdout);
      expect(oneThread.stdout).toBe(first.stdout);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'prints the report as JSON, with the speed unless --no-timing',
    async () => {
      const [timed, untimed] = await Promise.all([
        runTool(TOOL, [MINI, '--games', '20', '--json', '--pairs']),
        runTool(TOOL, [MINI, '--games', '20', '--json', '--no-timing', '--pairs']),
      ]);
      expect(timed.code).toBe(0);
      const json = JSON.parse(timed.stdout) as Record<string, unknown>;
      expect(json.games).toBe(20);
      expect(json.seed).toBe('balance');
      expect(json.gamesPerSec).toBeGreaterThan(0);
      expect((json.pairs as unknown[]).length).toBe(10);
      const plain = JSON.parse(untimed.stdout) as Record<string, unknown>;
      expect(plain.gamesPerSec).toBeUndefined();
      const { gamesPerSec: _speed, elapsedMs: _ms, threads: _threads, ...rest } = json;
      expect(plain).toEqual(rest);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'by default leaves the personalities to the agent and reports how it negotiates, the same for the same seed',
    async () => {
      const args = [MINI, '--games', '12', '--seed', 'figures', '--json', '--no-timing'];
      const [first, second, oneThread] = await Promise.all([
        runTool(TOOL, args),
        runTool(TOOL, args),
        runTool(TOOL, [...args, '--threads', '1']),
      ]);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      expect(oneThread.stdout).toBe(first.stdout);
      const json = JSON.parse(first.stdout) as Record<string, unknown>;
      expect(json).toMatchObject({ games: 12, personalities: 'seed-varied', pairs: [] });
      for (const key of [
        'dealRate',
        'repeatOfferRate',
        'retractionsUnexplained',
        'contradictions',
        'tacticsPerGame',
        'walkAwayRate',
        'distinctDeals',
        'medianWithinOneLevel',
        'meanAcceptTurnForHistoricalOffer',
      ])
        expect(typeof json[key], key).toBe('number');
      // Twelve historical-offer games (as many as the games, at most 200), in the mini scenario's 8 turns.
      expect(json.historicalOffer).toMatchObject({ games: 12, turns: 8 });
      expect(json.meanAcceptTurnForHistoricalOffer).toBeGreaterThanOrEqual(1);
      expect(json.meanAcceptTurnForHistoricalOffer).toBeLessThanOrEqual(9);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'with --targets, exits 4 and names each figure that misses its target',
    async () => {
      const [report, targets] = await Promise.all([
        runTool(TOOL, [MINI, '--games', '10', '--no-timing']),
        runTool(TOOL, [MINI, '--games', '10', '--no-timing', '--targets']),
      ]);
      expect(targets.code).toBe(4);
      expect(targets.stdout).toBe(report.stdout);
      // The mini scenario's games all end in a handful of deals: at least the deal rate and the variety miss.
      const missed = lines(targets.stderr);
      expect(missed).toContainEqual(
        expect.stringMatching(/^balance: dealRate is 1, the target is 0\.7–0\.95$/),
      );
      expect(missed).toContainEqual(
        expect.stringMatching(/^balance: distinctDeals is \d, the target is ≥ 100$/),
      );
      for (const line of missed) expect(line).toMatch(/^balance: \w+ is [\d.]+, the target is /);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe('balance: bad input gets one line on stderr and exit 2, never a stack trace', () => {
  const notJson = tempFile('notes.txt', 'not a scenario\n');
  const cases: readonly BadInput[] = [
    ['--games 0', [MINI, '--games', '0'], /--games must be a positive whole number, not "0"/],
    ['--games abc', [MINI, '--games', 'abc'], /--games must be a positive whole number, not "abc"/],
    ['--games -3', [MINI, '--games=-3'], /--games must be a positive whole number/],
    ['--games 2.5', [MINI, '--games', '2.5'], /--games must be a positive whole number/],
    ['no --games', [MINI], /--games is required/],
    ['--games without a value', [MINI, '--games'], /option --games needs a value/],
    ['an unknown flag', [MINI, '--games', '5', '--turbo'], /unknown option --turbo/],
    ['a missing file', ['no/such.json', '--games', '5'], /no such file: no\/such\.json/],
    ['no file', ['--games', '5'], /missing argument: the scenario file/],
    ['a file that is not JSON', [notJson, '--games', '5'], /is not JSON/],
    ['--threads 0', [MINI, '--games', '5', '--threads', '0'], /--threads must be a positive whole number/],
  ];
  itRefusesBadInput(TOOL, cases);

  it(
    'lists the problems of a broken scenario and exits 1',
    async () => {
      const broken = tempFile('unknown-group.json', brokenText('unknown-group'));
      const run = await runTool(TOOL, [broken, '--games', '5']);
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(
          /^error UNKNOWN_GROUP \$\.events\[1\]\.effects\[0\]\.group \(line \d+, col \d+\)/,
        ),
        `balance: ${broken} is not a valid scenario: 1 error, 0 warnings`,
      ]);
    },
    TOOL_TIMEOUT_MS,
  );
});
