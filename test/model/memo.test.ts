import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recentMemo } from '../../src/model/memo.ts';

/** A memo whose computations are counted, keyed by the text they return. */
function counted(limit: number) {
  const memo = recentMemo<object, string>(limit);
  let computed = 0;
  const get = (scope: object, key: string): string =>
    memo.get(scope, key, () => {
      computed++;
      return `value of ${key}`;
    });
  return { get, computed: () => computed };
}

describe('recentMemo', () => {
  it('computes a key once while it stays among the most recent', () => {
    const m = counted(2);
    const scope = {};
    expect(m.get(scope, 'a')).toBe('value of a');
    expect(m.get(scope, 'a')).toBe('value of a');
    expect(m.get(scope, 'b')).toBe('value of b');
    expect(m.computed()).toBe(2);
  });

  it('drops the least recently used key first, a hit counting as a use', () => {
    const m = counted(2);
    const scope = {};
    m.get(scope, 'a');
    m.get(scope, 'b');
    m.get(scope, 'a'); // a is now the most recent
    m.get(scope, 'c'); // drops b
    expect(m.computed()).toBe(3);
    m.get(scope, 'a');
    expect(m.computed()).toBe(3);
    m.get(scope, 'b');
    expect(m.computed()).toBe(4);
  });

  it('keeps the scopes apart', () => {
    const m = counted(4);
    const one = {};
    const two = {};
    m.get(one, 'a');
    m.get(two, 'a');
    expect(m.computed()).toBe(2);
  });

  it('refuses a limit below one', () => {
    expect(() => recentMemo(0)).toThrow(/at least one/);
    expect(() => recentMemo(1.5)).toThrow(/at least one/);
  });

  it('always returns what the computation returns, and recomputes exactly what a plain LRU list would', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 60 }),
        (limit, uses) => {
          const m = counted(limit);
          const scope = {};
          const recent: number[] = [];
          let expected = 0;
          for (const k of uses) {
            expect(m.get(scope, `k${k}`)).toBe(`value of k${k}`);
            const at = recent.indexOf(k);
            if (at >= 0) recent.splice(at, 1);
            else {
              expected++;
              if (recent.length === limit) recent.shift();
            }
            recent.push(k);
          }
          expect(m.computed()).toBe(expected);
        },
      ),
    );
  });
});
