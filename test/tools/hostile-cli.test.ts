/**
 * The designers' tools on hostile scenario files (issue 9): `scenario check` and `analyze`, `balance` and
 * `verify` give a clear answer and an exit code in bounded time, never a hang or a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PROBLEMS } from '../../src/content/limits.ts';
import { BASE_TEXT } from '../content/hostile-cases.ts';
import { lines, noStack, runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const SCENARIO = 'tools/scenario.ts';

function withKeys(n: number): string {
  const s = JSON.parse(BASE_TEXT);
  for (let i = 0; i < n; i++) s[`unknown${i}`] = i;
  return JSON.stringify(s, null, 2);
}

const renamedParty = (to: string): string => BASE_TEXT.replaceAll('"japan"', JSON.stringify(to));
const deep = (n: number): string =>
  BASE_TEXT.replace(/"summary": "[^"]*"/, `"summary": ${'['.repeat(n)}${']'.repeat(n)}`);

describe('scenario check on hostile files', () => {
  it(
    'lists the first problems of 20,000 unknown keys, says how many more, and ends in seconds',
    async () => {
      const path = tempFile('keys.json', withKeys(20_000));
      const start = performance.now();
      const run = await runTool(SCENARIO, ['check', path]);
      const ms = performance.now() - start;
      expect(run.code).toBe(1);
      const out = lines(run.stdout);
      expect(out).toHaveLength(MAX_PROBLEMS + 2);
      expect(out[0]).toMatch(/^error SHAPE \$\.unknown0 \(line \d+, col 3\): unknown property "unknown0"$/);
      expect(out[MAX_PROBLEMS]).toBe(
        `error TOO_MANY_PROBLEMS $: … and 19,800 more problems (the first ${MAX_PROBLEMS} are listed)`,
      );
      expect(out[MAX_PROBLEMS + 1]).toBe(`${path}: 20000 errors, 0 warnings`);
      expect(ms).toBeLessThan(30_000);
      noStack(run.stderr);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses 100,000 levels of nesting with its path, exit 1',
    async () => {
      const run = await runTool(SCENARIO, ['check', tempFile('deep.json', deep(100_000))]);
      expect(run.code).toBe(1);
      expect(lines(run.stdout)[0]).toMatch(
        /^error TOO_DEEP \$\.summary(\[0\]){31} \(line \d+, col \d+\): nested deeper than 32 levels here/,
      );
      noStack(run.stderr);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses a number out of range at its path, exit 1',
    async () => {
      const text = BASE_TEXT.replace('"bandWidth": 0.01', '"bandWidth": 1e308');
      expect(text).not.toBe(BASE_TEXT);
      const run = await runTool(SCENARIO, ['check', tempFile('band.json', text)]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^error SHAPE \$\.agent\.bandWidth \(line \d+, col \d+\): Too big/m);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'refuses a multi-megabyte file before reading it: one line, exit 2',
    async () => {
      const path = tempFile('big.json', BASE_TEXT.replace('{', `{${' '.repeat(3 * 1024 * 1024)}`));
      const run = await runTool(SCENARIO, ['check', path]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`scenario: ${path} is too large (3.1 MB): a scenario file is at most 2.0 MB\n`);
    },
    TOOL_TIMEOUT_MS,
  );
});

describe('files the game accepts, the tools accept', () => {
  const bom = () => tempFile('bom.json', `\uFEFF${BASE_TEXT}`);

  it(
    'a file saved with a byte-order mark: check, analyze and balance read it',
    async () => {
      const path = bom();
      const check = await runTool(SCENARIO, ['check', path]);
      expect(check.code).toBe(0);
      expect(check.stdout).toBe(`${path}: 0 errors, 0 warnings — ok\n`);
      const analyze = await runTool(SCENARIO, ['analyze', path, '--no-timing']);
      expect(analyze.code).toBe(0);
      expect(analyze.stdout).toContain('Nash');
      const balance = await runTool('tools/balance.ts', [
        path,
        '--games',
        '2',
        '--threads',
        '1',
        '--no-timing',
      ]);
      expect(balance.code).toBe(0);
      noStack(balance.stderr);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'a file saved with a byte-order mark: verify reads it as a --scenario',
    async () => {
      const codes = tempFile('codes.txt', 'TT1AAAA\n');
      const run = await runTool('tools/verify.ts', [codes, '--scenario', bom()]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('corrupt');
      noStack(run.stderr);
    },
    TOOL_TIMEOUT_MS,
  );

  it(
    'a party called "constructor": analyze and balance give numbers, not NaN',
    async () => {
      const path = tempFile('constructor.json', renamedParty('constructor'));
      const check = await runTool(SCENARIO, ['check', path]);
      expect(check.code).toBe(0);
      const analyze = await runTool(SCENARIO, ['analyze', path, '--json', '--no-timing']);
      expect(analyze.code).toBe(0);
      expect(analyze.stdout).not.toMatch(/NaN|Infinity/);
      const balance = await runTool('tools/balance.ts', [path, '--games', '3', '--json', '--no-timing']);
      expect(balance.code).toBe(0);
      expect(balance.stdout).not.toMatch(/NaN|Infinity/);
      noStack(balance.stderr);
    },
    TOOL_TIMEOUT_MS,
  );
});
