/**
 * The three questions bidding asks, answered over the two sorted halves (meet in the middle) instead of the
 * whole outcome space:
 * - the agent's best bid that home would ratify (Pmax),
 * - how many bids lie in an own-utility band (to size the band of candidates),
 * - the bids in a band that an objective (the opponent model) rates highest, among those home would ratify
 *   (the last two in band.ts).
 * Sums over halves are floats in a different order from `tableUtility`, so every search keeps a one-quantum
 * margin and judges each candidate exactly (quantized sums in issue order, the exact ratification replica);
 * ties are returned in lexicographic package order, whatever the search order was.
 */
import { recentMemo } from '../memo.ts';
import type { Package } from '../scenario.ts';
import type { BidSpace } from './bid-space.ts';
import { boundedBest } from './bounded.ts';
import { type Half, writeCombination } from './halves.ts';
import { emptyHeap, pop, push } from './heap.ts';
import { type Home, ratifies } from './home.ts';
import { exactQ, QUANTUM, SCALE } from './numbers.ts';

/** A bid a search found (meet in the middle here, or bounded.ts). */
export interface Found {
  readonly package: Package;
  /** Own utility, in quanta. */
  readonly q: number;
}

export function compareLex(x: Package, y: Package): number {
  for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return x[j] - y[j];
  return 0;
}

/**
 * Combinations of one half that could still be ratified, paired with the best the other half offers each group:
 * the weight of the groups it could win reaches the threshold. A necessary condition only.
 */
function viable(space: BidSpace, half: Half, partner: Half): Uint8Array {
  const { home } = space;
  const G = home.groups;
  const count = half.count;
  const groups = half.groups;
  const need = home.need;
  const weights = home.weights;
  // What each group still needs from this half, given the best the partner half gives it.
  const short = new Float64Array(G);
  for (let g = 0; g < G; g++) short[g] = need[g] - QUANTUM - home.constants[g] - partner.best[g];
  const minBacking = (home.threshold - QUANTUM) * home.total;
  const out = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    let reachable = 0;
    for (let g = 0; g < G; g++) if (groups[g * count + k] >= short[g]) reachable += weights[g];
    out[k] = reachable >= minBacking ? 1 : 0;
  }
  return out;
}

export interface Viability {
  readonly a: Uint8Array;
  readonly b: Uint8Array;
  /** prefixB[k]: how many of half B's first k combinations are viable. */
  readonly prefixB: Int32Array;
}

function prefixOf(flags: Uint8Array): Int32Array {
  const prefix = new Int32Array(flags.length + 1);
  for (let k = 0; k < flags.length; k++) prefix[k + 1] = prefix[k] + flags[k];
  return prefix;
}

export function viability(space: BidSpace): Viability | null {
  if (space.halves === null) return null;
  const b = viable(space, space.halves.b, space.halves.a);
  return { a: viable(space, space.halves.a, space.halves.b), b, prefixB: prefixOf(b) };
}

/** Home checks' keys: a game asks for the same few home checks (home.ts keeps them) on every turn. */
const homeKeys = new WeakMap<Home, string>();

/** What home needs, as a key: the numbers viability and the best bid depend on besides the halves. */
function homeKey(space: BidSpace): string {
  const { home } = space;
  let key = homeKeys.get(home);
  if (key === undefined) {
    key = `${home.threshold}|${home.need.join(',')}|${home.weights.join(',')}`;
    homeKeys.set(home, key);
  }
  return key;
}

export interface Basics {
  readonly ok: Viability | null;
  readonly best: Found | null;
}

const boundedBasicsMemo = recentMemo<NonNullable<BidSpace['bounded']>, Basics>(8);

/** The exact home check of a space's bids, for the bounded searches. */
export const ratifier =
  (space: BidSpace) =>
  (pkg: Package): boolean =>
    ratifies(space.home, space.own.offsets, pkg);

/** What home needs changes with a few events a game: a handful of keys per halves. */
const basicsMemo = recentMemo<NonNullable<BidSpace['halves']>, Basics>(8);

/**
 * Viability and the best bid, memoised on the halves (themselves memoised on the own utility table) and keyed
 * by what home needs: between events, the turns of a game share them.
 */
export function basics(space: BidSpace): Basics {
  if (space.bounded !== null)
    return boundedBasicsMemo.get(space.bounded, homeKey(space), () => ({
      ok: null,
      best: bestOwnBid(space, null),
    }));
  if (space.halves === null) return { ok: null, best: null };
  return basicsMemo.get(space.halves, homeKey(space), () => {
    const ok = viability(space);
    return { ok, best: bestOwnBid(space, ok) };
  });
}

/** The agent's best bid that home would ratify (the lexicographically first on a tie), or null if none. */
export function bestOwnBid(space: BidSpace, ok: Viability | null = viability(space)): Found | null {
  if (space.bounded !== null) return boundedBest(space.bounded, space.own, space.home, ratifier(space));
  const h = space.halves;
  if (h === null || ok === null) return null;
  const { a, b } = h;
  const offsets = space.own.offsets;
  // Each viable combination of half A walks down half B's viable combinations, best first.
  const previous = new Int32Array(b.count);
  for (let k = 0, last = -1; k < b.count; k++) {
    if (ok.b[k] === 1) last = k;
    previous[k] = last;
  }
  const at = new Int32Array(a.count);
  const heap = emptyHeap();
  const start = previous[b.count - 1];
  if (start < 0) return null;
  for (let k = 0; k < a.count; k++) {
    if (ok.a[k] === 0) continue;
    at[k] = start;
    push(heap, a.own[k] + b.own[start], k);
  }
  const pkg: number[] = new Array(space.n).fill(0);
  let best: Found | null = null;
  while (heap.size > 0) {
    if (best !== null && (heap.keys[0] + space.own.constant) * SCALE < best.q - 1) break;
    const k = pop(heap);
    const m = at[k];
    writeCombination(a, k, offsets, pkg);
    writeCombination(b, m, offsets, pkg);
    if (ratifies(space.home, offsets, pkg)) {
      const q = exactQ(space.own, pkg);
      if (best === null || q > best.q || (q === best.q && compareLex(pkg, best.package) < 0))
        best = { package: pkg.slice(), q };
    }
    const next = m > 0 ? previous[m - 1] : -1;
    if (next >= 0) {
      at[k] = next;
      push(heap, a.own[k] + b.own[next], k);
    }
  }
  return best;
}
