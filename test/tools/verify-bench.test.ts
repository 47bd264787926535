import { describe, expect, it } from 'vitest';
import { MINI } from '../helpers.ts';
import { lines, runTool, TOOL_TIMEOUT_MS } from './run-tool.ts';

describe('bench: verify200Ms', () => {
  it(
    'times the verification of 200 codes of full games, with its target in the table',
    async () => {
      const args = ['--scenario', MINI, '--runs', '1', '--only', 'verify200Ms'];
      const [json, table] = await Promise.all([
        runTool('tools/bench.ts', [...args, '--json']),
        runTool('tools/bench.ts', args),
      ]);
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const figures = JSON.parse(json.stdout) as Record<string, unknown>;
      expect(figures.verify200Ms).toBeGreaterThan(0);
      expect(table.code).toBe(0);
      expect(lines(table.stdout).find((line) => line.startsWith('verify200Ms'))).toMatch(
        /^verify200Ms +[\d.]+ ms +[\d.]+–[\d.]+ +≤ 2000 ms +(yes|NO) +verifyCodes: 200 result codes/,
      );
    },
    TOOL_TIMEOUT_MS,
  );
});
