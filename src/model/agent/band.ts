/**
 * Bidding's band questions over the two sorted halves (search.ts has the others): how many bids lie in an
 * own-utility band, and the bids in a band that an objective (the opponent model) rates highest among those home
 * would ratify. Every turn asks them, so they allocate nothing but their answer: ranges, ratings and the heap
 * live in arrays kept from call to call (issue 16).
 */
import { emptyList } from '../arrays.ts';
import type { Package } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import type { BidSpace } from './bid-space.ts';
import { boundedCount, boundedInBand } from './bounded.ts';
import { writeCombination } from './halves.ts';
import { emptyHeap, pop, push } from './heap.ts';
import { ratifies } from './home.ts';
import { exactQ, QUANTUM, SCALE } from './numbers.ts';
import { basics, compareLex, ratifier, type Viability, viability } from './search.ts';

type Halves = NonNullable<BidSpace['halves']>;

/** Scratch ranges of `bandRanges`, kept between calls, and what they were made for. */
let rangeFrom = new Int32Array(512);
let rangeTo = new Int32Array(512);
const made = { halves: null as Halves | null, constant: Number.NaN, lo: Number.NaN, hi: Number.NaN };

/**
 * For each combination k of half A (ascending own utility), the range [rangeFrom[k], rangeTo[k]) of half B whose
 * sum with it may fall in the own-utility band [lo, hi] (quanta), with a one-quantum margin. Two pointers: both
 * move down, so the ranges do too.
 */
function bandRanges(space: BidSpace, lo: number, hi: number): void {
  const halves = space.halves as Halves;
  // A band search usually asks for the band whose count sized it last.
  if (made.halves === halves && made.constant === space.own.constant && made.lo === lo && made.hi === hi)
    return;
  made.halves = halves;
  made.constant = space.own.constant;
  made.lo = lo;
  made.hi = hi;
  const { a, b } = halves;
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
 * search first needs it (NaN until then): a combination's cells' values summed in the half's issue order, A's
 * then plus the objective's constant, B's −∞ where not viable. A turn's band searches rate the same halves with
 * one estimate and look at a few hundred combinations.
 */
const scores = {
  halves: null as Halves | null,
  ok: null as Viability | null,
  objective: null as UtilityTable | null,
  scoreA: new Float64Array(512),
  scoreB: new Float64Array(512),
};

function useScores(halves: Halves, objective: UtilityTable, ok: Viability): void {
  if (scores.halves === halves && scores.ok === ok && scores.objective === objective) return;
  scores.halves = halves;
  scores.ok = ok;
  scores.objective = objective;
  if (scores.scoreA.length < halves.a.count) scores.scoreA = new Float64Array(2 * halves.a.count);
  if (scores.scoreB.length < halves.b.count) scores.scoreB = new Float64Array(2 * halves.b.count);
  scores.scoreA.fill(Number.NaN, 0, halves.a.count);
  scores.scoreB.fill(Number.NaN, 0, halves.b.count);
}

/** Combination x of half B's rating (made now if it is not yet). */
function ratingB(halves: Halves, values: Float64Array, x: number): number {
  let v = scores.scoreB[x];
  if (Number.isNaN(v)) {
    v = Number.NEGATIVE_INFINITY;
    if ((scores.ok as Viability).b[x] === 1) {
      const cells = halves.b.cells;
      const m = halves.b.issues.length;
      v = 0;
      for (let i = x * m, end = i + m; i < end; i++) v += values[cells[i]];
    }
    scores.scoreB[x] = v;
  }
  return v;
}

/**
 * The candidates of a band search: a combination of A, its range [from, to) in B, the arg-max m of the range
 * and the candidate's rating (its key). An entry's number is its place here, in the order they were made.
 */
let entA = new Int32Array(512);
let entFrom = new Int32Array(512);
let entTo = new Int32Array(512);
let entM = new Int32Array(512);
let entKey = new Float64Array(512);

function growEntries(): void {
  const grow = <T extends Int32Array | Float64Array>(x: T): T => {
    const y = new (x.constructor as new (n: number) => T)(2 * x.length);
    y.set(x);
    return y;
  };
  entA = grow(entA);
  entFrom = grow(entFrom);
  entTo = grow(entTo);
  entM = grow(entM);
  entKey = grow(entKey);
}

/**
 * Makes entry `entries` for combination k of half A with the combination of B in [s, e) the objective rates
 * highest (the first such; −∞ and NaN ratings never count), if there is one; returns how many entries there
 * are then. No calls that return a float in its loop: each would box the float (issue 16).
 */
function offer(objective: UtilityTable, k: number, s: number, e: number, entries: number): number {
  const halves = scores.halves as Halves;
  const values = objective.values;
  let m = -1;
  let top = Number.NEGATIVE_INFINITY;
  for (let x = s; x < e; x++) {
    const v = Number.isNaN(scores.scoreB[x]) ? ratingB(halves, values, x) : scores.scoreB[x];
    if (v > top) {
      top = v;
      m = x;
    }
  }
  if (m < 0) return entries;
  let rating = scores.scoreA[k];
  if (Number.isNaN(rating)) {
    const cells = halves.a.cells;
    const mA = halves.a.issues.length;
    rating = 0;
    for (let i = k * mA, end = i + mA; i < end; i++) rating += values[cells[i]];
    rating += objective.constant;
    scores.scoreA[k] = rating;
  }
  if (entries === entA.length) growEntries();
  entA[entries] = k;
  entFrom[entries] = s;
  entTo[entries] = e;
  entM[entries] = m;
  entKey[entries] = rating + top;
  return entries + 1;
}

/** Whether entry x comes out of the heap before entry y: a higher key, or the same key and made earlier. */
const before = (x: number, y: number): boolean => entKey[x] > entKey[y] || (entKey[x] === entKey[y] && x < y);

const bandHeap = emptyHeap(512);

/** The band heap as if entries 0..first−1 had gone in as they were made, `taken` had been taken (if set), and
 * the entries made after them had gone in. */
function makeHeap(first: number, entries: number, taken: number): void {
  for (let id = 0; id < first; id++) push(bandHeap, entKey[id], id);
  if (taken >= 0) pop(bandHeap);
  for (let id = first; id < entries; id++) push(bandHeap, entKey[id], id);
}

/**
 * The bids home would ratify in the own-utility band [lo, hi] (quanta) that `objective` rates highest: all
 * that tie on the quantized rating (at most `cap`), in lexicographic order, and that rating. Best first:
 * each combination of half A offers its best partner in range (an entry); entries are taken by rating (a
 * max-heap; equal ratings in the order they were made); a candidate that fails the exact checks splits its range
 * in two (two new entries). The search ends when the next entry rates below the best found by more than a
 * quantum.
 *
 * Most searches end after their first entry, so the heap is made only when a second entry is taken: the first
 * entry and the next are found by a scan. Taking entries in (rating, order) order is a total order when no
 * rating is NaN, so any max-heap gives the same sequence; with a NaN rating the heap is made at once, entry
 * by entry, as the order of its operations then matters.
 */
export function bestInBand(
  space: BidSpace,
  lo: number,
  hi: number,
  objective: UtilityTable,
  cap: number,
  ok: Viability | null = viability(space),
): { readonly ties: readonly Package[]; readonly q: number } {
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
  if (space.halves === null || ok === null) return { ties: emptyList(), q: Number.NEGATIVE_INFINITY };
  const { a, b } = space.halves;
  const offsets = space.own.offsets;
  useScores(space.halves, objective, ok);
  bandRanges(space, lo, hi);

  // The first entries, as `offer` makes them, in one loop: B's ratings over the span of the ranges first.
  const okA = ok.a;
  const values = objective.values;
  const scoreA = scores.scoreA;
  const scoreB = scores.scoreB;
  const cellsA = a.cells;
  const mA = a.issues.length;
  if (a.count > 0)
    for (let x = rangeFrom[a.count - 1], end = rangeTo[0]; x < end; x++)
      if (Number.isNaN(scoreB[x])) ratingB(space.halves, values, x);
  let entries = 0;
  let nan = false;
  for (let k = 0; k < a.count; k++) {
    if (okA[k] === 0) continue;
    const s = rangeFrom[k];
    const e = rangeTo[k];
    let m = -1;
    let top = Number.NEGATIVE_INFINITY;
    for (let x = s; x < e; x++) {
      const v = scoreB[x];
      if (v > top) {
        top = v;
        m = x;
      }
    }
    if (m < 0) continue;
    let rating = scoreA[k];
    if (Number.isNaN(rating)) {
      rating = 0;
      for (let i = k * mA, end = i + mA; i < end; i++) rating += values[cellsA[i]];
      rating += objective.constant;
      scoreA[k] = rating;
    }
    if (entries === entA.length) growEntries();
    entA[entries] = k;
    entFrom[entries] = s;
    entTo[entries] = e;
    entM[entries] = m;
    const key = rating + top;
    entKey[entries] = key;
    if (Number.isNaN(key)) nan = true;
    entries++;
  }
  const first = entries;

  const heap = bandHeap;
  heap.size = 0;
  // Without the heap: the entry taken (-1 before the first). With a NaN rating, the heap from the start.
  let taken = -1;
  let lazy = !nan;
  if (!lazy) makeHeap(first, entries, taken);

  const pkg: number[] = new Array(space.n).fill(0);
  let ties: Package[] = emptyList();
  let best = Number.NEGATIVE_INFINITY;
  for (;;) {
    // The next entry: found by a scan until a second one is to be taken, then the heap's top.
    let next = -1;
    if (lazy) {
      for (let id = 0, ids = taken < 0 ? first : entries; id < ids; id++)
        if (id !== taken && (next < 0 || before(id, next))) next = id;
      if (taken >= 0) {
        let nanNew = false;
        for (let id = first; id < entries; id++) if (Number.isNaN(entKey[id])) nanNew = true;
        if (!nanNew && next >= 0) {
          const top = entKey[next] * SCALE;
          if (top < best - 1 || (ties.length >= cap && top < best)) break;
        }
        if (nanNew || next >= 0) {
          makeHeap(first, entries, taken);
          lazy = false;
        }
      }
      if (lazy && next < 0) break;
    }
    if (!lazy && heap.size === 0) break;
    const top = (lazy ? entKey[next] : heap.keys[0]) * SCALE;
    if (top < best - 1 || (ties.length >= cap && top < best)) break;
    const id = lazy ? next : pop(heap);
    if (lazy) taken = id;
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
    const made = entries;
    entries = offer(objective, k, from, m, entries);
    entries = offer(objective, k, m + 1, to, entries);
    if (!lazy) for (let x = made; x < entries; x++) push(heap, entKey[x], x);
  }
  return { ties: ties.sort(compareLex), q: best };
}
