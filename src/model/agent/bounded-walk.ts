/**
 * The local search of the bounded in-band search (bounded.ts): from a start (the Lagrangian bid, or the best bid
 * home would ratify walked down into the band), one- and two-issue changes make the bid ratifiable and in the
 * band, then raise its rating. Group sums are kept incrementally; the caller checks the result exactly.
 */
import { mapped } from '../arrays.ts';
import type { Package } from '../scenario.ts';
import type { UtilityTable } from '../utility.ts';
import type { Bounded } from './bounded.ts';
import type { Home } from './home.ts';
import { QUANTUM } from './numbers.ts';

/** Improvement rounds of the local search. */
const ROUNDS = 64;
/** Two-issue changes are tried only when there are at most this many levels in all (their number grows with its
 * square). */
const PAIR_LEVELS = 160;

/** Group sums of a package, for incremental checks. */
interface Tally {
  readonly u: Float64Array;
  readonly crossed: Int32Array;
}

function tallyOf(home: Home, offsets: Int32Array, pkg: readonly number[]): Tally {
  const u = new Float64Array(home.groups);
  const crossed = new Int32Array(home.groups);
  for (let g = 0; g < home.groups; g++) {
    u[g] = home.constants[g];
    for (let j = 0; j < pkg.length; j++) {
      const at = g * home.size + offsets[j] + pkg[j];
      u[g] += home.values[at];
      crossed[g] += home.blocked[at];
    }
  }
  return { u, crossed };
}

/**
 * How far home is from ratifying after changing issue j from level `from` to `to` (or nothing, j < 0): 0 when
 * it would ratify (with a small safety margin), else the least total utility the groups that do not back it yet
 * would need to gain (cheapest first) to make up the missing weight, a group across a red line counting 1e6.
 */
function shortfall(home: Home, offsets: Int32Array, t: Tally, j: number, from: number, to: number): number {
  let backing = 0;
  const gaps: number[] = [];
  for (let g = 0; g < home.groups; g++) {
    let u = t.u[g];
    let crossed = t.crossed[g];
    if (j >= 0) {
      const base = g * home.size + offsets[j];
      u += home.values[base + to] - home.values[base + from];
      crossed += home.blocked[base + to] - home.blocked[base + from];
    }
    if (crossed === 0 && u >= home.need[g] + 1e-12) backing += home.weights[g];
    else if (home.weights[g] > 0) gaps.push(crossed > 0 ? 1e6 : home.need[g] + 1e-12 - u, home.weights[g]);
  }
  const need = home.threshold * home.total + 1e-12 * home.total;
  if (backing >= need) return 0;
  const order = Array.from({ length: gaps.length / 2 }, (_, i) => i).sort(
    (x, y) => gaps[2 * x] - gaps[2 * y] || x - y,
  );
  let sum = 1e-9;
  for (const i of order) {
    if (backing >= need) break;
    sum += gaps[2 * i];
    backing += gaps[2 * i + 1];
  }
  return sum;
}

/** One start of the in-band search: the package it ends at, or null when it gets stuck outside. */
export function walk(
  b: Bounded,
  own: UtilityTable,
  home: Home,
  objective: UtilityTable,
  lo: number,
  hi: number,
  start: Package | null,
): number[] | null {
  const { n, domains } = b;
  const offsets = own.offsets;
  const ov = (j: number, l: number): number => own.values[offsets[j] + l];
  const bv = (j: number, l: number): number => objective.values[offsets[j] + l];
  // Float bounds inside the band (the exact check in quanta comes last).
  const loF = (lo + 0.5) * QUANTUM;
  const hiF = hi === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : (hi - 0.5) * QUANTUM;
  const lagrangian = (lambda: number): number[] =>
    mapped(domains, (levels, j) => {
      let pick = levels[0];
      for (const l of levels) if (bv(j, l) + lambda * ov(j, l) > bv(j, pick) + lambda * ov(j, pick)) pick = l;
      return pick;
    });
  const ownOf = (pkg: readonly number[]): number => {
    let s = own.constant;
    for (let j = 0; j < n; j++) s += ov(j, pkg[j]);
    return s;
  };
  let pkg: number[];
  if (start !== null) pkg = [...start];
  else {
    // λ from −2^20 to 2^20: own utility grows with λ; the first bid at or above the band's bottom.
    pkg = lagrangian(0);
    if (ownOf(pkg) < loF || ownOf(pkg) > hiF) {
      let below = -(2 ** 20);
      let above = 2 ** 20;
      for (let step = 0; step < 60; step++) {
        const mid = (below + above) / 2;
        if (ownOf(lagrangian(mid)) >= loF) above = mid;
        else below = mid;
      }
      pkg = lagrangian(above);
    }
  }
  const tally = tallyOf(home, offsets, pkg);
  let ownNow = ownOf(pkg);
  const bandGap = (x: number): number => (x < loF ? loF - x : x > hiF ? x - hiF : 0);
  // Violation of a package: how far out of the band, how far from ratified.
  const violation = (x: number, short: number): number => bandGap(x) * 1e3 + short;
  const apply = (j: number, l: number): void => {
    const from = pkg[j];
    for (let g = 0; g < home.groups; g++) {
      const base = g * home.size + offsets[j];
      tally.u[g] += home.values[base + l] - home.values[base + from];
      tally.crossed[g] += home.blocked[base + l] - home.blocked[base + from];
    }
    ownNow += ov(j, l) - ov(j, from);
    pkg[j] = l;
  };
  if (start !== null) {
    // 1a. Down into the band from a ratified bid: ratified all the way, the most rating gained per utility given.
    for (let round = 0; round < 4 * ROUNDS && ownNow > hiF; round++) {
      let bestJ = -1;
      let bestL = -1;
      let bestRatio = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < n; j++) {
        for (const l of domains[j]) {
          const dOwn = ov(j, l) - ov(j, pkg[j]);
          if (l === pkg[j] || dOwn >= 0 || ownNow + dOwn < loF) continue;
          if (shortfall(home, offsets, tally, j, pkg[j], l) > 0) continue;
          const ratio = (bv(j, l) - bv(j, pkg[j])) / -dOwn;
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestJ = j;
            bestL = l;
          }
        }
      }
      if (bestJ < 0) break;
      apply(bestJ, bestL);
    }
  }
  const pairs = domains.reduce((sum, levels) => sum + levels.length, 0) <= PAIR_LEVELS;
  // 1b. Feasible: one-issue changes that reduce the violation most (then rate best).
  for (let round = 0; round < 4 * ROUNDS; round++) {
    const now = violation(ownNow, shortfall(home, offsets, tally, -1, 0, 0));
    if (now === 0) break;
    let bestJ = -1;
    let bestL = -1;
    let bestV = now;
    let bestR = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      for (const l of domains[j]) {
        if (l === pkg[j]) continue;
        const v = violation(ownNow + ov(j, l) - ov(j, pkg[j]), shortfall(home, offsets, tally, j, pkg[j], l));
        const r = bv(j, l) - bv(j, pkg[j]);
        if (v < bestV || (v === bestV && bestJ >= 0 && r > bestR)) {
          bestV = v;
          bestR = r;
          bestJ = j;
          bestL = l;
        }
      }
    }
    if (bestJ >= 0 && bestV < now) {
      apply(bestJ, bestL);
      continue;
    }
    // No one-issue change helps: the two-issue change that reduces the violation most.
    let pair: number[] | null = null;
    for (let j = 0; j < n && pairs; j++) {
      for (const l of domains[j]) {
        if (l === pkg[j]) continue;
        const from = pkg[j];
        apply(j, l);
        for (let k = j + 1; k < n; k++) {
          for (const m of domains[k]) {
            if (m === pkg[k]) continue;
            const v = violation(
              ownNow + ov(k, m) - ov(k, pkg[k]),
              shortfall(home, offsets, tally, k, pkg[k], m),
            );
            if (v < bestV) {
              bestV = v;
              pair = [j, l, k, m];
            }
          }
        }
        apply(j, from);
      }
    }
    if (pair === null) return null;
    apply(pair[0], pair[1]);
    apply(pair[2], pair[3]);
  }
  if (violation(ownNow, shortfall(home, offsets, tally, -1, 0, 0)) > 0) return null;
  // 2. Better: the one- or two-issue change that raises the rating most and stays feasible.
  const feasibleAfter = (): boolean =>
    bandGap(ownNow) === 0 && shortfall(home, offsets, tally, -1, 0, 0) === 0;
  for (let round = 0; round < ROUNDS; round++) {
    let gain = 1e-12;
    let move: number[] | null = null;
    for (let j = 0; j < n; j++) {
      for (const l of domains[j]) {
        const r = bv(j, l) - bv(j, pkg[j]);
        if (l === pkg[j] || r <= gain) continue;
        const x = ownNow + ov(j, l) - ov(j, pkg[j]);
        if (bandGap(x) === 0 && shortfall(home, offsets, tally, j, pkg[j], l) === 0) {
          gain = r;
          move = [j, l];
        }
      }
    }
    if (move === null && pairs) {
      // Two issues at once: one gives up own utility (or backing) that the other needs.
      for (let j = 0; j < n && move === null; j++) {
        for (const l of domains[j]) {
          if (l === pkg[j]) continue;
          const from = pkg[j];
          apply(j, l);
          for (let k = j + 1; k < n; k++) {
            for (const m of domains[k]) {
              const r = bv(j, l) - bv(j, from) + bv(k, m) - bv(k, pkg[k]);
              if (m === pkg[k] || r <= gain) continue;
              const x = ownNow + ov(k, m) - ov(k, pkg[k]);
              if (bandGap(x) === 0 && shortfall(home, offsets, tally, k, pkg[k], m) === 0) {
                gain = r;
                move = [j, l, k, m];
              }
            }
          }
          apply(j, from);
        }
      }
    }
    if (move === null) break;
    apply(move[0], move[1]);
    if (move.length > 2) apply(move[2], move[3]);
    if (!feasibleAfter()) return null;
  }
  return pkg;
}
