import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyList, mapped } from '../../src/model/arrays.ts';

const ARRAYS = new URL('../../src/model/arrays.ts', import.meta.url).href;

/** Runs a module script in a child process with V8's natives syntax (%…) allowed; returns the JSON it printed. */
function withNatives(script: string): unknown {
  const run = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('mapped', () => {
  it('gives what Array.prototype.map gives: the same values, in order, from the item and its index', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.string())), (items) => {
        const f = (x: unknown, i: number) => [x, i * 0.5];
        expect(mapped(items, f)).toEqual(items.map((x, i) => f(x, i)));
      }),
    );
  });

  it('makes a packed array in optimized code too (Array.prototype.map gives a holey one there: issue 16)', () => {
    // %HasHoleyElements and %OptimizeFunctionOnNextCall need --allow-natives-syntax, so a child process checks.
    const script = `
      import { mapped } from ${JSON.stringify(ARRAYS)};
      const f = (on, j) => on || j === 2;
      const a = [true, false, false, true];
      const before = %HasHoleyElements(mapped(a, f));
      %PrepareFunctionForOptimization(mapped);
      %PrepareFunctionForOptimization(f);
      mapped(a, f);
      mapped(a, f);
      %OptimizeFunctionOnNextCall(mapped);
      const after = %HasHoleyElements(mapped(a, f));
      const optimized = (%GetOptimizationStatus(mapped) & 16) !== 0;
      console.log(JSON.stringify({ before, after, optimized }));`;
    expect(withNatives(script)).toEqual({ before: false, after: false, optimized: true });
  });
});

describe('emptyList', () => {
  it('is a new empty array each time', () => {
    const a = emptyList<{ n: number }>();
    const b = emptyList<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 });
    expect(b).toEqual([]);
    expect(JSON.stringify(a)).toBe('[{"n":1}]');
  });

  it("is a list for objects from the start (V8's elements kind), as a game's lists are (issue 16)", () => {
    // %HasObjectElements needs --allow-natives-syntax, so a child process checks; a literal [] is the contrast.
    const script = `
      import { emptyList } from ${JSON.stringify(ARRAYS)};
      const list = emptyList();
      const literal = [];
      console.log(JSON.stringify({
        list: %HasObjectElements(list),
        holey: %HasHoleyElements(list),
        literal: %HasObjectElements(literal),
      }));`;
    expect(withNatives(script)).toEqual({ list: true, holey: false, literal: false });
  });
});
