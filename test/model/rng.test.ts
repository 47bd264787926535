/** The seeded generator (src/model/rng.ts) against seedrandom's alea, which it replaces: the same numbers and states. */
import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { draw, type RngState, rngFor, seedRng } from '../../src/model/rng.ts';

const reference = (seed: string, count: number): number[] => {
  const prng = seedrandom.alea(seed);
  return Array.from({ length: count }, () => prng());
};

describe('the seeded generator', () => {
  it('seeds as seedrandom 3.0.5 alea does, to the bit, and keys its state in the same order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (seed) => {
        const state = seedRng(seed);
        const expected = seedrandom.alea(seed, { state: true }).state();
        expect(state).toStrictEqual(expected);
        expect(Object.keys(state)).toEqual(['c', 's0', 's1', 's2']);
      }),
      { numRuns: 500 },
    );
  });

  it('draws the same numbers as seedrandom for a seed (a decision generator)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (seed, count) => {
        const prng = rngFor(seed);
        expect(Array.from({ length: count }, () => prng())).toEqual(reference(seed, count));
      }),
      { numRuns: 300 },
    );
    // A game's seed as the tools write it, and a decision's seed.
    const prng = rngFor('balance-17|agent|1|6');
    expect([prng(), prng()]).toEqual(reference('balance-17|agent|1|6', 2));
  });

  it('draws from a state, and advances it, as seedrandom does', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.nat(30),
        fc.integer({ min: 0, max: 30 }),
        (seed, skip, count) => {
          const start = draw(seedRng(seed), skip).state;
          const ours = draw(start, count);
          const prng = seedrandom.alea('', { state: { ...start } });
          const values = Array.from({ length: count }, () => prng());
          expect(ours.values).toEqual(values);
          expect(ours.state).toStrictEqual(prng.state() as RngState);
        },
      ),
      { numRuns: 300 },
    );
  });
});
