/**
 * The outcome space and the evaluation metrics of automated negotiation (GENIUS MultilateralAnalysis):
 * the Pareto frontier, the Nash bargaining point, distances to both, surplus shares; and the checks the
 * designers' tools run over the whole space.
 */

import { mapped } from './arrays.ts';
import { economyOf } from './economy.ts';
import { recentMemo } from './memo.ts';
import { searchRatifiable } from './ratifiable.ts';
import type { Package, Pair, PartyIndex, Scenario } from './scenario.ts';
import {
  approval,
  initialParams,
  type Params,
  tableUtility,
  type UtilityTable,
  utilityTable,
} from './utility.ts';

/** Calls `visit` for every package in odometer order (the last issue turns fastest); stops when it returns true. */
export function forEachPackage(
  scenario: Scenario,
  visit: (pkg: number[], index: number) => boolean | undefined,
): void {
  const counts = mapped(scenario.issues, (iss) => iss.levels.length);
  const pkg = mapped(counts, () => 0);
  for (let index = 0; index < scenario.spaceSize; index++) {
    if (visit(pkg, index) === true) return;
    for (let j = counts.length - 1; j >= 0; j--) {
      pkg[j]++;
      if (pkg[j] < counts[j]) break;
      pkg[j] = 0;
    }
  }
}

export function packageAt(scenario: Scenario, index: number): Package {
  const pkg: number[] = new Array(scenario.issues.length);
  let rest = index;
  for (let j = scenario.issues.length - 1; j >= 0; j--) {
    const n = scenario.issues[j].levels.length;
    pkg[j] = rest % n;
    rest = Math.floor(rest / n);
  }
  return pkg;
}

export interface Point {
  readonly index: number;
  readonly u: Pair<number>;
}

export interface Frontier {
  /** Pareto-optimal packages, sorted by the first party's utility, highest first. */
  readonly points: readonly Point[];
  readonly best: Pair<number>;
}

/**
 * The frontier of an additive utility, issue by issue: a package on the frontier has every prefix (its levels of
 * the first j issues) on the frontier of the first j issues, or a better prefix with the same rest would dominate
 * it; so each step keeps only the undominated prefixes (a few dozen) instead of sorting the whole space. Sums are
 * made in tableUtility's order, so utilities are the same to the bit; a tie keeps the lowest package index.
 */
function frontierPoints(
  scenario: Scenario,
  tables: Pair<UtilityTable>,
  onTable: readonly boolean[],
  noDeal: Package,
): Point[] {
  let points: Point[] = [{ index: 0, u: [tables[0].constant, tables[1].constant] }];
  scenario.issues.forEach((iss, j) => {
    const n = iss.levels.length;
    const next: Point[] = [];
    // An issue off the table stays at its no-deal level.
    const from = onTable[j] ? 0 : noDeal[j];
    const to = onTable[j] ? n - 1 : noDeal[j];
    for (const p of points) {
      for (let l = from; l <= to; l++) {
        const u: Pair<number> = [
          p.u[0] + tables[0].values[tables[0].offsets[j] + l],
          p.u[1] + tables[1].values[tables[1].offsets[j] + l],
        ];
        next.push({ index: p.index * n + l, u });
      }
    }
    next.sort((a, b) => b.u[0] - a.u[0] || b.u[1] - a.u[1] || a.index - b.index);
    points = [];
    let bestSecond = Number.NEGATIVE_INFINITY;
    for (const p of next) {
      if (p.u[1] > bestSecond) {
        points.push(p);
        bestSecond = p.u[1];
      }
    }
  });
  return points;
}

/** The frontiers of the influences a game's events make: a few per game. */
const frontierMemo = recentMemo<Scenario, Frontier>(16);

/** Which issues are on the table at the start of a game. */
export const initialTable = (scenario: Scenario): readonly boolean[] =>
  mapped(scenario.issues, (iss) => iss.onTable);

/**
 * The Pareto frontier for the current influences, over the packages the issues on the table allow (memoised:
 * events and links change these rarely).
 */
export function paretoFrontier(
  scenario: Scenario,
  params: Params,
  onTable: readonly boolean[] = initialTable(scenario),
): Frontier {
  const fixed = mapped(onTable, (on, j) => (on ? -1 : params.noDeal[j]));
  const key = `${JSON.stringify(params.influence)}|${fixed.join(',')}`;
  return frontierMemo.get(scenario, key, () => {
    const tables: Pair<UtilityTable> = [
      utilityTable(scenario, 0, params.influence[0]),
      utilityTable(scenario, 1, params.influence[1]),
    ];
    const points = frontierPoints(scenario, tables, onTable, params.noDeal);
    return { points, best: [points[0].u[0], points[points.length - 1].u[1]] as Pair<number> };
  });
}

export function reservations(scenario: Scenario, params: Params): Pair<number> {
  return [
    tableUtility(utilityTable(scenario, 0, params.influence[0]), params.noDeal),
    tableUtility(utilityTable(scenario, 1, params.influence[1]), params.noDeal),
  ];
}

/** The Nash bargaining point: the Pareto package that maximises the product of gains over no-deal. */
export function nashPoint(frontier: Frontier, reservation: Pair<number>): Point | null {
  let best: Point | null = null;
  let bestProduct = -1;
  for (const p of frontier.points) {
    const g0 = p.u[0] - reservation[0];
    const g1 = p.u[1] - reservation[1];
    if (g0 < 0 || g1 < 0) continue;
    const product = g0 * g1;
    if (product > bestProduct) {
      bestProduct = product;
      best = p;
    }
  }
  return best;
}

export function distance(a: Pair<number>, b: Pair<number>): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/** Whether frontier point `p` is `u` itself, to rounding (then the distance is 0). */
const onPoint = (p: Pair<number>, u: Pair<number>): boolean =>
  p[0] >= u[0] && p[1] >= u[1] && p[0] - u[0] < 1e-12 && p[1] - u[1] < 1e-12;

export function paretoDistance(frontier: Frontier, u: Pair<number>): number {
  const points = frontier.points;
  if (!Number.isFinite(u[0]) || !Number.isFinite(u[1]) || !finiteFrontier(frontier))
    return paretoDistanceScan(points, u);
  // The points run down the first party's utility: from where u's would fall, outwards, while a point's gap on
  // it alone (a lower bound of its distance, with room for the last bit) can still beat the nearest so far.
  // The balance tool scores every game: a few points instead of the whole frontier (issue 16).
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].u[0] > u[0]) lo = mid + 1;
    else hi = mid;
  }
  let best = Number.POSITIVE_INFINITY;
  // A point within 1e-12 on the first utility may be u itself (`onPoint`): those are always looked at.
  const beyond = (p: Pair<number>): boolean => {
    const gap = Math.abs(p[0] - u[0]);
    return gap >= 1e-12 && gap > best * (1 + 1e-9);
  };
  for (let i = lo - 1; i >= 0 && !beyond(points[i].u); i--) {
    if (onPoint(points[i].u, u)) return 0;
    best = Math.min(best, distance(points[i].u, u));
  }
  for (let i = lo; i < points.length && !beyond(points[i].u); i++) {
    if (onPoint(points[i].u, u)) return 0;
    best = Math.min(best, distance(points[i].u, u));
  }
  return best;
}

const finiteFrontiers = new WeakMap<Frontier, boolean>();

/** Whether every point of the frontier has finite utilities (made once per frontier: frontiers are memoised). */
function finiteFrontier(frontier: Frontier): boolean {
  let finite = finiteFrontiers.get(frontier);
  if (finite === undefined) {
    finite = frontier.points.every((p) => Number.isFinite(p.u[0]) && Number.isFinite(p.u[1]));
    finiteFrontiers.set(frontier, finite);
  }
  return finite;
}

/** The distance to the nearest frontier point, looking at every point (any numbers, NaN included). */
function paretoDistanceScan(points: readonly Point[], u: Pair<number>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const p of points) {
    if (onPoint(p.u, u)) return 0;
    best = Math.min(best, distance(p.u, u));
  }
  return best;
}

/** The first package (in odometer order) that both sides would ratify, or null when none would (or none was
 * found within the search's budget: `searchRatifiable` tells the two apart). */
export function findRatifiablePackage(
  scenario: Scenario,
  params: Params = initialParams(scenario),
  onTable: readonly boolean[] = initialTable(scenario),
): Package | null {
  return searchRatifiable(scenario, params, onTable).found;
}

export interface SideScore {
  readonly utility: number;
  /** Utility of no-deal: the reservation value. */
  readonly reservation: number;
  /** Utility gained over no-deal. */
  readonly gain: number;
  /** (u − r) / (best − r). */
  readonly advantage: number;
  /** This side's share of the joint gain over no-deal (0.5 each when there is none). */
  readonly surplusShare: number;
  readonly jobs: number;
  readonly approval: number;
}

export interface Score {
  readonly package: Package;
  readonly sides: Pair<SideScore>;
  readonly nash: Point | null;
  readonly nashDistance: number | null;
  readonly paretoDistance: number;
  readonly socialWelfare: number;
}

/** Scores a package (a deal, or no-deal) by the same model for any game, and for the historical deal. */
export function scorePackage(
  scenario: Scenario,
  params: Params,
  pkg: Package,
  onTable: readonly boolean[] = initialTable(scenario),
): Score {
  const frontier = paretoFrontier(scenario, params, onTable);
  const r = reservations(scenario, params);
  const u: Pair<number> = [
    tableUtility(utilityTable(scenario, 0, params.influence[0]), pkg),
    tableUtility(utilityTable(scenario, 1, params.influence[1]), pkg),
  ];
  const gains: Pair<number> = [u[0] - r[0], u[1] - r[1]];
  const joint = Math.max(0, gains[0]) + Math.max(0, gains[1]);
  const economy = economyOf(scenario, pkg);
  const side = (party: PartyIndex): SideScore => {
    const room = frontier.best[party] - r[party];
    return {
      utility: u[party],
      reservation: r[party],
      gain: gains[party],
      advantage: room > 0 ? gains[party] / room : 0,
      surplusShare: joint > 0 ? Math.max(0, gains[party]) / joint : 0.5,
      jobs: economy.totals[party].jobs,
      approval: approval(scenario, params, party, pkg),
    };
  };
  const nash = nashPoint(frontier, r);
  return {
    package: pkg,
    sides: [side(0), side(1)],
    nash,
    nashDistance: nash ? distance(nash.u, u) : null,
    paretoDistance: paretoDistance(frontier, u),
    socialWelfare: u[0] + u[1],
  };
}
