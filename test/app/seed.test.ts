import { describe, expect, it } from 'vitest';
import { checkSeed, randomSeed, SEED_MAX_LENGTH } from '../../src/ui/frame/seed.ts';

describe('seeds for new games', () => {
  it('makes a short seed that is easy to read aloud', () => {
    for (let i = 0; i < 50; i++) expect(randomSeed()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });

  it('takes its characters from the random bytes, skipping those that would bias it', () => {
    // 248 and up are rejected (31 characters × 8 = 248); 0 → 'A', 30 → '9', 31 → 'A'.
    let call = 0;
    const bytes = (b: Uint8Array<ArrayBuffer>) => {
      b.set(call++ === 0 ? [255, 0, 30, 31, 250, 1, 2, 3, 4, 5] : new Array(b.length).fill(6));
      return b;
    };
    expect(randomSeed(bytes)).toBe('A9AB-CDEF');
  });

  it.each([
    ['  abc ', { seed: 'abc' }],
    ['', { problem: 'EMPTY' }],
    ['   ', { problem: 'EMPTY' }],
    ['x'.repeat(SEED_MAX_LENGTH + 1), { problem: 'TOO_LONG' }],
  ])('checks %j', (typed, expected) => {
    expect(checkSeed(typed)).toEqual(expected);
  });
});
