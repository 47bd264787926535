/**
 * Meet in the middle. The allowed levels of the issues are split into two halves whose products of level counts
 * are about equal (≈ √N combinations each for N packages); each half lists its combinations sorted by the
 * agent's own partial utility. A package is a pair of combinations, its utility (own, or the opponent model's)
 * the sum of the two partials, so band counts and band searches run over √N-long sorted lists instead of N
 * packages.
 */
import { recentMemo } from '../memo.ts';
import type { UtilityTable } from '../utility.ts';
import type { HomeTables } from './home.ts';

export interface Half {
  /** The issues of this half. */
  readonly issues: readonly number[];
  readonly count: number;
  /** cells[k·m + i]: the table index (offset + level) of combination k on the half's i-th issue (m issues). */
  readonly cells: Int32Array;
  /** Own partial utility of each combination, ascending. */
  readonly own: Float64Array;
  /** groups[g·count + k]: group g's partial utility from combination k, −∞ if it crosses one of g's red lines. */
  readonly groups: Float64Array;
  /** The best partial utility each group gets from any combination of this half. */
  readonly best: Float64Array;
}

export interface Halves {
  readonly a: Half;
  readonly b: Half;
}

function split(domains: readonly (readonly number[])[]): [number[], number[]] {
  const n = domains.length;
  // The issues by level count, most first, then by index: an insertion sort (a dozen issues, no comparator).
  const byCount: number[] = new Array(n);
  for (let j = 0; j < n; j++) {
    let at = j;
    for (; at > 0 && domains[byCount[at - 1]].length < domains[j].length; at--) byCount[at] = byCount[at - 1];
    byCount[at] = j;
  }
  const inA = new Uint8Array(n);
  let pa = 1;
  let pb = 1;
  for (const j of byCount) {
    if (pa <= pb) {
      inA[j] = 1;
      pa *= domains[j].length;
    } else pb *= domains[j].length;
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let j = 0; j < n; j++) (inA[j] === 1 ? a : b).push(j);
  return [a, b];
}

function halfOf(
  issues: readonly number[],
  domains: readonly (readonly number[])[],
  own: UtilityTable,
  home: HomeTables,
): Half {
  const m = issues.length;
  const count = issues.reduce((p, j) => p * domains[j].length, 1);
  const raw = new Int32Array(count * m);
  const sums = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    let rest = k;
    let u = 0;
    for (let i = m - 1; i >= 0; i--) {
      const j = issues[i];
      const levels = domains[j];
      const cell = own.offsets[j] + levels[rest % levels.length];
      rest = Math.floor(rest / levels.length);
      raw[k * m + i] = cell;
    }
    for (let i = 0; i < m; i++) u += own.values[raw[k * m + i]];
    sums[k] = u;
  }
  const order = Array.from({ length: count }, (_, k) => k).sort((x, y) => sums[x] - sums[y] || x - y);
  const cells = new Int32Array(count * m);
  const sorted = new Float64Array(count);
  for (let at = 0; at < count; at++) {
    const k = order[at];
    for (let i = 0; i < m; i++) cells[at * m + i] = raw[k * m + i];
    sorted[at] = sums[k];
  }
  const groups = new Float64Array(home.groups * count);
  const best = new Float64Array(home.groups).fill(Number.NEGATIVE_INFINITY);
  for (let g = 0; g < home.groups; g++) {
    for (let k = 0; k < count; k++) {
      let v = 0;
      for (let i = 0; i < m; i++) {
        const at = g * home.size + cells[k * m + i];
        v = home.blocked[at] === 1 ? Number.NEGATIVE_INFINITY : v + home.values[at];
      }
      groups[g * count + k] = v;
      best[g] = Math.max(best[g], v);
    }
  }
  return { issues, count, cells, own: sorted, groups, best };
}

/**
 * A game needs about ten variants (the allowed levels and influences its events and tactics make, for both
 * parties), and the caps of each offer make more: the levels the agent may still offer change every turn. Small
 * halves (a shipped scenario's are a few hundred combinations, some 30 KB a variant) are kept by the 256 most
 * recently used, so a balance run reuses the variants common to its games instead of rebuilding them; halves of
 * up to HALF_LIMIT combinations (about 1.6 MB a variant) by the 16 most recent. Neither grows with the games a
 * page or a balance run plays.
 */
const SMALL = 512;
const smallMemo = recentMemo<object, Halves>(256);
const memo = recentMemo<object, Halves>(16);

/** Influences as a key, made once per array (a game keeps its arrays until news changes them). */
const influenceKeys = new WeakMap<readonly number[], string>();

function influenceKey(influence: readonly number[]): string {
  let key = influenceKeys.get(influence);
  if (key === undefined) {
    key = influence.join(',');
    influenceKeys.set(influence, key);
  }
  return key;
}

/** Allowed levels as a key: each domain as the bits of its levels (in hexadecimal), or its levels listed when one
 * is 31 or more; a domain lists its levels once each, in order, so the bits name it. */
function domainsKey(domains: readonly (readonly number[])[]): string {
  let key = '';
  for (let j = 0; j < domains.length; j++) {
    const levels = domains[j];
    let bits = 0;
    let small = true;
    for (let i = 0; i < levels.length && small; i++) {
      if (levels[i] >= 0 && levels[i] < 31) bits |= 1 << levels[i];
      else small = false;
    }
    key += small ? `${bits.toString(16)},` : `[${levels.join('.')}],`;
  }
  return key;
}

/** 2^i for the key's level bits (i < 40): exact powers of two, looked up instead of computed. */
const POW2 = Float64Array.from({ length: 40 }, (_, i) => 2 ** i);

/** Each scenario's influences seen so far, numbered (events give a handful of variants). */
const influenceIds = new WeakMap<object, Map<string, number>>();

/**
 * The halves' memo key: one number when it fits (the party, the influences' number, and one bit per allowed
 * level at its table offset), else a text. A number is found without hashing a long text (issue 16).
 */
function halvesKey(
  scenario: object,
  party: number,
  influence: readonly number[],
  domains: readonly (readonly number[])[],
  offsets: Int32Array,
): string | number {
  const text = influenceKey(influence);
  let ids = influenceIds.get(scenario);
  if (ids === undefined) {
    ids = new Map();
    influenceIds.set(scenario, ids);
  }
  let id = ids.get(text);
  if (id === undefined) {
    id = ids.size;
    ids.set(text, id);
  }
  // A level's bit: its issue's table offset plus the level, below the next issue's offset; levels in order.
  const n = domains.length;
  let key = 0;
  let fits = (party === 0 || party === 1) && id < 2 ** 11 && offsets.length === n;
  for (let j = 0; j < n && fits; j++) {
    const end = j + 1 < n ? offsets[j + 1] : 40;
    let last = -1;
    for (const l of domains[j]) {
      const at = offsets[j] + l;
      if (!Number.isInteger(l) || l <= last || at >= end || at >= 40) fits = false;
      else key += POW2[at];
      last = l;
    }
  }
  if (fits) return key + 2 ** 40 * (party + 2 * id);
  return `${party}|${text}|${domainsKey(domains)}`;
}

/**
 * The two halves for these allowed levels (every domain non-empty). Memoised per scenario on the content they
 * depend on: the party, its group influences (which fix the own utility table) and the allowed levels; games
 * with the same influences share them.
 */
export function halvesOf(
  scenario: object,
  party: number,
  influence: readonly number[],
  domains: readonly (readonly number[])[],
  own: UtilityTable,
  home: HomeTables,
  /** The domains' split (`splitOf`), when the caller has made it already. */
  made: Split = splitOf(domains),
): Halves {
  const key = halvesKey(scenario, party, influence, domains, own.offsets);
  const { a, b, largest } = made;
  const chosen = largest <= SMALL ? smallMemo : memo;
  return chosen.get(scenario, key, () => ({
    a: halfOf(a, domains, own, home),
    b: halfOf(b, domains, own, home),
  }));
}

export interface Split {
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** How many combinations the larger half has. */
  readonly largest: number;
}

/** The issues of the two halves of these domains, and the larger half's size. */
export function splitOf(domains: readonly (readonly number[])[]): Split {
  const [a, b] = split(domains);
  let sizeA = 1;
  for (const j of a) sizeA *= domains[j].length;
  let sizeB = 1;
  for (const j of b) sizeB *= domains[j].length;
  return { a, b, largest: Math.max(sizeA, sizeB) };
}

/** Writes combination k of a half into a package. */
export function writeCombination(half: Half, k: number, offsets: Int32Array, pkg: number[]): void {
  const m = half.issues.length;
  for (let i = 0; i < m; i++) {
    const j = half.issues[i];
    pkg[j] = half.cells[k * m + i] - offsets[j];
  }
}
