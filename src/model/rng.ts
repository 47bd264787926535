/**
 * The seeded random number generator. Its whole state is plain data that lives in the game state, so a game
 * survives a JSON round trip and a replay draws exactly the same numbers.
 *
 * The generator is seedrandom's alea (Johannes Baagøe's Alea and Mash), written out here so that a seed costs no
 * objects and closures beyond the one generator (issue 16: the computer seeds one every decision). It computes
 * with the same operations in the same order as seedrandom 3.0.5's lib/alea.js, so it gives the same numbers
 * and states to the last bit; test/model/rng.test.ts checks it against seedrandom.
 */

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Mash's internal number after hashing `data`, starting from `n`; Mash's result is `(n >>> 0) · 2^-32`. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000; // 2^32
  }
  return n;
}

const mashed = (n: number): number => (n >>> 0) * TWO_POW_MINUS_32;

// Alea's start before the seed: a new Mash (0xefc8249d) given ' ' three times; the same for every seed.
const BLANK_1 = mash(0xefc8249d, ' ');
const BLANK_2 = mash(BLANK_1, ' ');
const BLANK_3 = mash(BLANK_2, ' ');

/** The state of alea seeded with `seed` (seedrandom's `alea(seed, { state: true }).state()`). */
export function seedRng(seed: string): RngState {
  let s0 = mashed(BLANK_1);
  let s1 = mashed(BLANK_2);
  let s2 = mashed(BLANK_3);
  const n0 = mash(BLANK_3, seed);
  s0 -= mashed(n0);
  if (s0 < 0) s0 += 1;
  const n1 = mash(n0, seed);
  s1 -= mashed(n1);
  if (s1 < 0) s1 += 1;
  s2 -= mashed(mash(n1, seed));
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** A generator continuing from `state`: each call draws the next number in [0, 1). */
function generator(state: RngState): { next: () => number; state: () => RngState } {
  let { c, s0, s1, s2 } = state;
  return {
    next: () => {
      const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
      s0 = s1;
      s1 = s2;
      c = t | 0;
      s2 = t - c;
      return s2;
    },
    state: () => ({ c, s0, s1, s2 }),
  };
}

/** Draws `count` numbers in [0, 1) and returns them with the advanced state. */
export function draw(
  state: RngState,
  count: number,
): { readonly values: number[]; readonly state: RngState } {
  const prng = generator(state);
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(prng.next());
  return { values, state: prng.state() };
}

/** A throwaway generator for one decision (the computer's tie-breaks), seeded from a string. */
export function rngFor(seed: string): () => number {
  return generator(seedRng(seed)).next;
}
