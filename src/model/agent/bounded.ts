/**
 * The bid search for spaces too big to meet in the middle (issue 16): halves of more than HALF_LIMIT
 * combinations would cost seconds and gigabytes, so above it the agent answers bidding's three questions with
 * work that grows with the number of levels, not with the number of packages:
 * - its best bid home would ratify: branch and bound, issue by issue, levels best first, pruned by its own
 *   utility still reachable and by the groups that could still back the bid (exact when it ends within
 *   NODE_BUDGET nodes, the best found so far otherwise);
 * - how many bids lie in an own-utility band: a histogram of own utility made issue by issue (a count of all
 *   bids in the band, ratifiable or not: the band it sizes is a first guess that bidding widens);
 * - the bid in a band the opponent model rates highest: the Lagrangian bid (each issue's best level for
 *   rating + λ · own utility, λ bisected so its own utility lands in the band), made ratifiable and then improved
 *   by local search over one- and two-issue changes. Not always the optimum; every bid it returns is checked
 *   exactly (its own utility in quanta, the ratification replica).
 * Everything is deterministic: fixed orders, no draws.
 */
import { mapped } from '../arrays.ts';
import { recentMemo } from '../memo.ts';
import type { Package } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import { walk } from './bounded-walk.ts';
import type { Home } from './home.ts';
import { exactQ, QUANTUM, SCALE } from './numbers.ts';
import type { Found } from './search.ts';

/** The most combinations a half may have for the exact meet-in-the-middle search (halves.ts). */
export const HALF_LIMIT = 4096;
/** Nodes the branch and bound for the best bid may visit. */
export const NODE_BUDGET = 50_000;
/** Buckets of the own-utility histogram. */
const BUCKETS = 2048;

export interface Bounded {
  readonly n: number;
  readonly domains: readonly (readonly number[])[];
  /** Own utility of level index i of issue j's domain: own[j][i]. */
  readonly own: readonly Float64Array[];
  /** The best own utility of issues j.. (rest[n] = 0). */
  readonly rest: Float64Array;
  /** The top of the own-utility range, constant included. */
  readonly top: number;
  readonly bottom: number;
  /** Own-utility histogram: counts[b], bucket b covering bottom + b·width. */
  readonly counts: Float64Array;
  readonly width: number;
}

const memo = recentMemo<object, Bounded>(16);

function build(domains: readonly (readonly number[])[], own: UtilityTable): Bounded {
  const n = domains.length;
  const ownBy = mapped(domains, (levels, j) =>
    Float64Array.from(levels, (l) => own.values[own.offsets[j] + l]),
  );
  const rest = new Float64Array(n + 1);
  let low = own.constant;
  for (let j = n - 1; j >= 0; j--) {
    let hi = Number.NEGATIVE_INFINITY;
    let lo = Number.POSITIVE_INFINITY;
    for (const v of ownBy[j]) {
      hi = Math.max(hi, v);
      lo = Math.min(lo, v);
    }
    rest[j] = rest[j + 1] + hi;
    low += lo;
  }
  const top = own.constant + rest[0];
  const width = Math.max((top - low) / BUCKETS, QUANTUM);
  // Histogram by convolution, issue by issue: a level's value in whole buckets above its issue's lowest.
  let counts = new Float64Array(1).fill(1);
  for (let j = 0; j < n; j++) {
    let lo = Number.POSITIVE_INFINITY;
    for (const v of ownBy[j]) lo = Math.min(lo, v);
    const shifts = Array.from(ownBy[j], (v) => Math.round((v - lo) / width));
    const next = new Float64Array(counts.length + Math.max(...shifts));
    for (const s of shifts) for (let b = 0; b < counts.length; b++) next[b + s] += counts[b];
    counts = next;
  }
  return { n, domains, own: ownBy, rest, top, bottom: low, counts, width };
}

export function boundedOf(
  scenario: object,
  party: number,
  influence: readonly number[],
  domains: readonly (readonly number[])[],
  own: UtilityTable,
): Bounded {
  const key = `${party}|${influence.join(',')}|${mapped(domains, (d) => d.join('.')).join(',')}`;
  return memo.get(scenario, key, () => build(domains, own));
}

/**
 * Bids in the own-utility band [lo, hi] (quanta), about: every bid, ratifiable or not, and a few buckets
 * either side (each level's value is rounded to a whole bucket, so a sum may be off by half a bucket an issue):
 * never fewer than the band holds.
 */
export function boundedCount(b: Bounded, lo: number, hi: number): number {
  const margin = Math.ceil(b.n / 2) + 1;
  const from = Math.max(0, Math.floor((lo * QUANTUM - b.bottom) / b.width) - margin);
  const to = Math.min(b.counts.length - 1, Math.ceil((hi * QUANTUM - b.bottom) / b.width) + margin);
  let count = 0;
  for (let k = from; k <= to; k++) count += b.counts[k];
  return count;
}

/** The best bid home would ratify (branch and bound), or null when none is found. */
export function boundedBest(
  b: Bounded,
  own: UtilityTable,
  home: Home,
  ratifies: (pkg: Package) => boolean,
): Found | null {
  const { n, domains } = b;
  const offsets = own.offsets;
  // Per issue, the domain's indices by own utility, best first.
  const order = mapped(b.own, (vals) =>
    Array.from(vals, (_, i) => i).sort((x, y) => vals[y] - vals[x] || x - y),
  );
  // groupRest[g·(n+1) + j]: the most group g can still get from issues j.. avoiding its red lines (−∞ if none).
  const G = home.groups;
  const groupRest = new Float64Array(G * (n + 1));
  for (let g = 0; g < G; g++) {
    for (let j = n - 1; j >= 0; j--) {
      let most = Number.NEGATIVE_INFINITY;
      for (const l of domains[j]) {
        const at = g * home.size + offsets[j] + l;
        if (home.blocked[at] === 0) most = Math.max(most, home.values[at]);
      }
      groupRest[g * (n + 1) + j] = groupRest[g * (n + 1) + j + 1] + most;
    }
  }
  const u = new Float64Array(G * (n + 1));
  const blocked = new Uint8Array(G * (n + 1));
  for (let g = 0; g < G; g++) u[g * (n + 1)] = home.constants[g];
  const pkg: number[] = new Array(n).fill(0);
  const minBacking = (home.threshold - QUANTUM) * home.total;
  let best: Found | null = null;
  let nodes = 0;
  const visit = (j: number, ownSoFar: number): void => {
    if (nodes++ > NODE_BUDGET) return;
    if (best !== null && (own.constant + ownSoFar + b.rest[j]) * SCALE <= best.q + 0.5) return;
    let reachable = 0;
    for (let g = 0; g < G; g++) {
      const at = g * (n + 1) + j;
      if (blocked[at] === 0 && u[at] + groupRest[at] >= home.need[g] - QUANTUM) reachable += home.weights[g];
    }
    if (reachable < minBacking) return;
    if (j === n) {
      if (ratifies(pkg)) best = { package: pkg.slice(), q: exactQ(own, pkg) };
      return;
    }
    for (const i of order[j]) {
      const l = domains[j][i];
      pkg[j] = l;
      for (let g = 0; g < G; g++) {
        const at = g * home.size + offsets[j] + l;
        u[g * (n + 1) + j + 1] = u[g * (n + 1) + j] + home.values[at];
        blocked[g * (n + 1) + j + 1] = blocked[g * (n + 1) + j] | home.blocked[at];
      }
      visit(j + 1, ownSoFar + b.own[j][i]);
    }
  };
  visit(0, 0);
  return best;
}

/**
 * A bid home would ratify in the own-utility band [lo, hi] (quanta) that `objective` rates highly (see the top
 * of the file), with its rating in quanta; none when the search finds none. Two starts: the Lagrangian bid, and
 * `best` (the best bid home would ratify) walked down into the band; the better result wins.
 */
export function boundedInBand(
  b: Bounded,
  own: UtilityTable,
  home: Home,
  objective: UtilityTable,
  lo: number,
  hi: number,
  best: Package | null,
  ratifies: (pkg: Package) => boolean,
): { readonly ties: readonly Package[]; readonly q: number } {
  const none = { ties: [] as Package[], q: Number.NEGATIVE_INFINITY };
  const results = [walk(b, own, home, objective, lo, hi, null), walk(b, own, home, objective, lo, hi, best)];
  let out = none;
  for (const pkg of results) {
    if (pkg === null) continue;
    const q = exactQ(own, pkg);
    if (q < lo || q > hi || !ratifies(pkg)) continue;
    const rating = exactQ(objective, pkg);
    if (rating > out.q || (rating === out.q && compareLevels(pkg, out.ties[0]) < 0))
      out = { ties: [pkg], q: rating };
  }
  return out;
}

const compareLevels = (x: Package, y: Package): number => {
  for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return x[j] - y[j];
  return 0;
};
