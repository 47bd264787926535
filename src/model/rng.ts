/**
 * The seeded random number generator. Its whole state is plain data that lives in the game state, so a game
 * survives a JSON round trip and a replay draws exactly the same numbers (seedrandom's alea, a local instance).
 */
import seedrandom from 'seedrandom';

export interface RngState {
  readonly c: number;
  readonly s0: number;
  readonly s1: number;
  readonly s2: number;
}

export function seedRng(seed: string): RngState {
  return seedrandom.alea(seed, { state: true }).state() as RngState;
}

/** Draws `count` numbers in [0, 1) and returns them with the advanced state. */
export function draw(
  state: RngState,
  count: number,
): { readonly values: number[]; readonly state: RngState } {
  const prng = seedrandom.alea('', { state: { ...state } });
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(prng());
  return { values, state: prng.state() as RngState };
}

/** A throwaway generator for one decision (the computer's tie-breaks), seeded from a string. */
export function rngFor(seed: string): () => number {
  return seedrandom.alea(seed);
}
