/**
 * The three questions bidding asks, answered over the two sorted halves (meet in the middle) instead of the
 * whole outcome space:
 * - the agent's best bid that home would ratify (Pmax),
 * - how many bids lie in an own-utility band (to size the band of candidates),
 * - the bids in a band that an objective (the opponent model) rates highest, among those home would ratify.
 * Sums over halves are floats in a different order from `tableUtility`, so every search keeps a one-quantum
 * margin and judges each candidate exactly (quantized sums in issue order, the exact ratification replica);
 * ties are returned in lexicographic package order, whatever the search order was.
 */
import { recentMemo } from '../memo.ts';
import type { Package } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import type { BidSpace } from './bid-space.ts';
import { boundedBest, boundedCount, boundedInBand } from './bounded.ts';
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

const ratifier = (space: BidSpace) => (pkg: Package) => ratifies(space.home, space.own.offsets, pkg);

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

/** Scratch ranges of `bandRanges`, kept between calls (a turn asks for ranges several times). */
let rangeFrom = new Int32Array(512);
let rangeTo = new Int32Array(512);

/**
 * For each combination k of half A (ascending own utility), the range [rangeFrom[k], rangeTo[k]) of half B whose
 * sum with it may fall in the own-utility band [lo, hi] (quanta), with a one-quantum margin. Two pointers: both
 * move down. Written into the scratch arrays: a turn asks this several times.
 */
function bandRanges(space: BidSpace, lo: number, hi: number): void {
  const { a, b } = space.halves as NonNullable<BidSpace['halves']>;
  if (rangeFrom.length < a.count) {
    rangeFrom = new Int32Array(2 * a.count);
    rangeTo = new Int32Array(2 * a.count);
  }
  const loF = (lo - 1) * QUANTUM - space.own.constant;
  const hiF = (hi + 1) * QUANTUM - space.own.constant;
  const ownA = a.own;
  const ownB = b.own;
  let s = b.count;
  let e = b.count;
  for (let k = 0; k < a.count; k++) {
    const x = ownA[k];
    while (s > 0 && x + ownB[s - 1] >= loF) s--;
    while (e > 0 && x + ownB[e - 1] > hiF) e--;
    rangeFrom[k] = s;
    rangeTo[k] = e;
  }
}

/** About how many bids home might ratify lie in the own-utility band [lo, hi] (quanta): viable pairs, margins included. */
export function bandCount(
  space: BidSpace,
  lo: number,
  hi: number,
  ok: Viability | null = viability(space),
): number {
  if (space.bounded !== null) return boundedCount(space.bounded, lo, hi);
  if (space.halves === null || ok === null) return 0;
  const prefix = ok.prefixB;
  const okA = ok.a;
  bandRanges(space, lo, hi);
  let count = 0;
  for (let k = 0; k < space.halves.a.count; k++) {
    const from = rangeFrom[k];
    const to = rangeTo[k];
    if (okA[k] === 1 && to > from) count += prefix[to] - prefix[from];
  }
  return count;
}

/**
 * The ratings of the objective the last band search used, over both halves' combinations, each made when a
 * search first needs it (NaN until then): A's with the objective's constant, B's −∞ where not viable. A turn's
 * band searches rate the same halves with one estimate and look at a few hundred combinations; the arrays are
 * kept from search to search.
 */
const scores = {
  halves: null as NonNullable<BidSpace['halves']> | null,
  ok: null as Viability | null,
  objective: null as UtilityTable | null,
  scoreA: new Float64Array(512),
  scoreB: new Float64Array(512),
};

function useScores(halves: NonNullable<BidSpace['halves']>, objective: UtilityTable, ok: Viability): void {
  if (scores.halves === halves && scores.ok === ok && scores.objective === objective) return;
  scores.halves = halves;
  scores.ok = ok;
  scores.objective = objective;
  if (scores.scoreA.length < halves.a.count) scores.scoreA = new Float64Array(2 * halves.a.count);
  if (scores.scoreB.length < halves.b.count) scores.scoreB = new Float64Array(2 * halves.b.count);
  scores.scoreA.fill(Number.NaN, 0, halves.a.count);
  scores.scoreB.fill(Number.NaN, 0, halves.b.count);
}

/** The heap of a band search and its entries (a combination of A, its range in B and the arg-max of the
 * range), kept between searches. */
const bandHeap = emptyHeap(512);
let entA: Int32Array = new Int32Array(512);
let entFrom: Int32Array = new Int32Array(512);
let entTo: Int32Array = new Int32Array(512);
let entM: Int32Array = new Int32Array(512);

function growEntries(): void {
  const grow = (x: Int32Array): Int32Array => {
    const y = new Int32Array(2 * x.length);
    y.set(x);
    return y;
  };
  entA = grow(entA);
  entFrom = grow(entFrom);
  entTo = grow(entTo);
  entM = grow(entM);
}

/**
 * Offers combination k of half A, with the combination of B in [s, e) the objective rates highest (the first
 * such, viable), to the band heap as entry `entries`; returns how many entries there are then. Ratings are
 * made here as they are first needed (`useScores`): a combination's cells' values summed in the half's issue
 * order (A's then plus the objective's constant).
 * Ranges are short (a band holds a few candidates per combination of A): a scan beats a range-max table. No
 * calls that return a float in the loop: each would box it (most of a turn's garbage, issue 16).
 */
function offer(objective: UtilityTable, k: number, s: number, e: number, entries: number): number {
  const halves = scores.halves as NonNullable<BidSpace['halves']>;
  const okB = (scores.ok as Viability).b;
  const scoreB = scores.scoreB;
  const values = objective.values;
  const cellsB = halves.b.cells;
  const mB = halves.b.issues.length;
  let m = -1;
  let top = Number.NEGATIVE_INFINITY;
  for (let x = s; x < e; x++) {
    let v = scoreB[x];
    if (Number.isNaN(v)) {
      if (okB[x] === 0) v = Number.NEGATIVE_INFINITY;
      else {
        v = 0;
        for (let i = x * mB, end = i + mB; i < end; i++) v += values[cellsB[i]];
      }
      scoreB[x] = v;
    }
    if (v > top) {
      top = v;
      m = x;
    }
  }
  if (m < 0) return entries;
  let rating = scores.scoreA[k];
  if (Number.isNaN(rating)) {
    const cellsA = halves.a.cells;
    const mA = halves.a.issues.length;
    rating = 0;
    for (let i = k * mA, end = i + mA; i < end; i++) rating += values[cellsA[i]];
    rating += objective.constant;
    scores.scoreA[k] = rating;
  }
  push(bandHeap, rating + top, entries);
  if (entries === entA.length) growEntries();
  entA[entries] = k;
  entFrom[entries] = s;
  entTo[entries] = e;
  entM[entries] = m;
  return entries + 1;
}

/**
 * The bids home would ratify in the own-utility band [lo, hi] (quanta) that `objective` rates highest: all
 * that tie on the quantized rating (at most `cap`), in lexicographic order, and that rating. Best first:
 * each combination of half A offers its best partner in range; a candidate that fails the
 * exact checks splits its range in two.
 */
export function bestInBand(
  space: BidSpace,
  lo: number,
  hi: number,
  objective: UtilityTable,
  cap: number,
  ok: Viability | null = viability(space),
): { readonly ties: readonly Package[]; readonly q: number } {
  const none = { ties: [], q: Number.NEGATIVE_INFINITY };
  if (space.bounded !== null)
    return boundedInBand(
      space.bounded,
      space.own,
      space.home,
      objective,
      lo,
      hi,
      basics(space).best?.package ?? null,
      ratifier(space),
    );
  if (space.halves === null || ok === null) return none;
  const { a, b } = space.halves;
  const offsets = space.own.offsets;
  useScores(space.halves, objective, ok);
  const heap = bandHeap;
  heap.size = 0;
  let entries = 0;
  bandRanges(space, lo, hi);
  for (let k = 0; k < a.count; k++)
    if (ok.a[k] === 1) entries = offer(objective, k, rangeFrom[k], rangeTo[k], entries);
  const pkg: number[] = new Array(space.n).fill(0);
  let ties: Package[] = [];
  let best = Number.NEGATIVE_INFINITY;
  while (heap.size > 0) {
    const top = heap.keys[0] * SCALE;
    if (top < best - 1 || (ties.length >= cap && top < best)) break;
    const id = pop(heap);
    const k = entA[id];
    const m = entM[id];
    const from = entFrom[id];
    const to = entTo[id];
    writeCombination(a, k, offsets, pkg);
    writeCombination(b, m, offsets, pkg);
    const ownQ = exactQ(space.own, pkg);
    if (ownQ >= lo && ownQ <= hi && ratifies(space.home, offsets, pkg)) {
      const q = exactQ(objective, pkg);
      if (q > best) {
        best = q;
        ties = [pkg.slice()];
      } else if (q === best && ties.length < cap) ties.push(pkg.slice());
    }
    entries = offer(objective, k, from, m, entries);
    entries = offer(objective, k, m + 1, to, entries);
  }
  return { ties: ties.sort(compareLex), q: best };
}
