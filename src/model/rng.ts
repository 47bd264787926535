/**
 * The seeded random number generator. Its whole state is plain data that lives in the game state, so a game
 * survives a JSON round trip and a replay draws exactly the same numbers.
 *
 * The generator is Baagoe's Alea exactly as seedrandom 3.0.5 writes it (`seedrandom.alea`: the same seeding by
 * Mash, the same numbers, the same state object), written out here without seedrandom's wrapper: the computer
 * seeds a generator for every decision, and the wrapper's closures and objects cost more than the draws
 * (issue 16). A test checks it against seedrandom on random seeds and states.
 */

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** Baagoe's Mash over a string, from hash state `n`; returns the new state (its value is `(n >>> 0) · 2^-32`). */
function mash(n: number, data: string): number {
  let m = n;
  for (let i = 0; i < data.length; i++) {
    m += data.charCodeAt(i);
    let h = 0.02519603282416938 * m;
    m = h >>> 0;
    h -= m;
    h *= m;
    m = h >>> 0;
    h -= m;
    m += h * 0x100000000;
  }
  return m;
}

const mashValue = (n: number): number => (n >>> 0) * TWO_TO_MINUS_32;

/** Alea's seeding: three Mash values of ' ' (the same for every seed), less three of the seed. */
const START = mash(0xefc8249d, ' ');
const SPACE_1 = mash(START, ' ');
const SPACE_2 = mash(SPACE_1, ' ');

/** Alea's state for a seed: `seedrandom.alea(seed, { state: true }).state()`. */
export function seedRng(seed: string): RngState {
  const m0 = mash(SPACE_2, seed);
  const m1 = mash(m0, seed);
  const m2 = mash(m1, seed);
  let s0 = mashValue(START) - mashValue(m0);
  if (s0 < 0) s0 += 1;
  let s1 = mashValue(SPACE_1) - mashValue(m1);
  if (s1 < 0) s1 += 1;
  let s2 = mashValue(SPACE_2) - mashValue(m2);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** A generator from a state: each call draws the next number in [0, 1); `state()` is where it stands. */
class Alea {
  c: number;
  s0: number;
  s1: number;
  s2: number;
  constructor(state: RngState) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }
  next(): number {
    const t = 2091639 * this.s0 + this.c * TWO_TO_MINUS_32;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    this.s2 = t - this.c;
    return this.s2;
  }
  state(): RngState {
    return { c: this.c, s0: this.s0, s1: this.s1, s2: this.s2 };
  }
}

/** Draws `count` numbers in [0, 1) and returns them with the advanced state. */
export function draw(
  state: RngState,
  count: number,
): { readonly values: number[]; readonly state: RngState } {
  const prng = new Alea(state);
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(prng.next());
  return { values, state: prng.state() };
}

/** A throwaway generator for one decision (the computer's tie-breaks), seeded from a string. */
export function rngFor(seed: string): () => number {
  const prng = new Alea(seedRng(seed));
  return () => prng.next();
}
