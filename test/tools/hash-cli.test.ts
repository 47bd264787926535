/** The tools print a scenario's content hash, which moving `$schema`, reordering keys or reformatting leaves as it was. */
import { describe, expect, it } from 'vitest';
import { MINI, readText } from '../helpers.ts';
import { runTool, TOOL_TIMEOUT_MS, tempFile } from './run-tool.ts';

const data = JSON.parse(readText(MINI)) as Record<string, unknown>;
/** mini.json with another `$schema`, its top-level keys in reverse order, and no whitespace. */
const variant = tempFile(
  'mini-moved.json',
  JSON.stringify(
    Object.fromEntries(Object.entries({ ...data, $schema: '../elsewhere/schema.json' }).reverse()),
  ),
);
const HASH = /\(([0-9a-f]{14})\)/;

describe('the printed hash', () => {
  it(
    'is the same for both variants in the balance report and the analysis',
    async () => {
      const [a, b] = await Promise.all([
        runTool('tools/balance.ts', [MINI, '--games', '4', '--no-timing']),
        runTool('tools/balance.ts', [variant, '--games', '4', '--no-timing']),
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(a.stdout.match(HASH)?.[1]).toMatch(/^[0-9a-f]{14}$/);
      expect(b.stdout.match(HASH)?.[1]).toBe(a.stdout.match(HASH)?.[1]);
      const [x, y] = await Promise.all([
        runTool('tools/scenario.ts', ['analyze', MINI, '--json', '--no-timing']),
        runTool('tools/scenario.ts', ['analyze', variant, '--json', '--no-timing']),
      ]);
      const hashOf = (stdout: string) => (JSON.parse(stdout) as { scenario: { hash: string } }).scenario.hash;
      expect(hashOf(x.stdout)).toBe(a.stdout.match(HASH)?.[1]);
      expect(hashOf(y.stdout)).toBe(hashOf(x.stdout));
    },
    TOOL_TIMEOUT_MS,
  );
});
