import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Frontier,
  findRatifiablePackage,
  forEachPackage,
  nashPoint,
  packageAt,
  paretoDistance,
  paretoFrontier,
  reservations,
  scorePackage,
} from '../../src/model/analysis.ts';
import type { Pair } from '../../src/model/scenario.ts';
import { initialParams, utility } from '../../src/model/utility.ts';
import { loadScenario, MINI } from '../helpers.ts';

const scenario = loadScenario(MINI);
const params = initialParams(scenario);

describe('the outcome space', () => {
  it('visits every package once, in odometer order', () => {
    const seen: string[] = [];
    forEachPackage(scenario, (pkg, i) => {
      expect(packageAt(scenario, i)).toEqual(pkg);
      seen.push(pkg.join(''));
    });
    expect(seen).toHaveLength(36);
    expect(new Set(seen).size).toBe(36);
    expect(seen[0]).toBe('0000');
    expect(seen[35]).toBe('2121');
  });
});

describe('Pareto frontier and Nash point', () => {
  const frontier = paretoFrontier(scenario, params);

  it('holds only packages no other package dominates', () => {
    // Defense spending starts off the table: only packages that leave it at no-deal count.
    const all: [number, number][] = [];
    forEachPackage(scenario, (pkg) => {
      if (pkg[3] === 0) all.push([utility(scenario, params, 0, pkg), utility(scenario, params, 1, pkg)]);
      return false;
    });
    for (const p of frontier.points) {
      const dominated = all.some(([a, b]) => a >= p.u[0] && b >= p.u[1] && (a > p.u[0] || b > p.u[1]));
      expect(dominated).toBe(false);
    }
    // Every undominated package's utilities are on the frontier.
    for (const [a, b] of all) {
      const dominated = all.some(([c, d]) => c >= a && d >= b && (c > a || d > b));
      if (!dominated) expect(paretoDistance(frontier, [a, b])).toBe(0);
    }
    expect(frontier.points.length).toBe(10);
  });

  it('puts the Nash point where the product of gains is largest', () => {
    const r = reservations(scenario, params);
    const nash = nashPoint(frontier, r);
    if (!nash) throw new Error('no Nash point');
    let best = -1;
    forEachPackage(scenario, (pkg) => {
      const g0 = utility(scenario, params, 0, pkg) - r[0];
      const g1 = utility(scenario, params, 1, pkg) - r[1];
      if (pkg[3] === 0 && g0 >= 0 && g1 >= 0) best = Math.max(best, g0 * g1);
      return false;
    });
    expect((nash.u[0] - r[0]) * (nash.u[1] - r[1])).toBeCloseTo(best, 12);
    expect(packageAt(scenario, nash.index)).toEqual([2, 1, 2, 0]);
  });

  it('moves when an issue is linked to the talks', () => {
    const linked = paretoFrontier(scenario, params, [true, true, true, true]);
    const nash = nashPoint(linked, reservations(scenario, params));
    expect(nash && packageAt(scenario, nash.index)).toEqual([2, 1, 2, 1]);
    // Only the US's hawks care about defense spending, so every linked frontier package raises it.
    expect(linked.points.every((p) => packageAt(scenario, p.index)[3] === 1)).toBe(true);
  });
});

describe('scorePackage', () => {
  it('scores the historical deal with the same model', () => {
    const deal = scenario.historicalDeal ?? [];
    const score = scorePackage(scenario, params, deal);
    const [us, japan] = score.sides;
    expect(us.utility).toBeCloseTo(utility(scenario, params, 0, deal), 12);
    expect(us.gain).toBeCloseTo(us.utility - us.reservation, 12);
    expect(us.surplusShare + japan.surplusShare).toBeCloseTo(1, 12);
    expect(us.surplusShare).toBeCloseTo(0.8627359279, 8);
    expect(score.nashDistance).toBeCloseTo(0.4511907517, 8);
    // With defense spending off the table, the historical deal is on the frontier.
    expect(score.paretoDistance).toBe(0);
  });

  it('gives no-deal zero gain and equal surplus shares', () => {
    const score = scorePackage(scenario, params, params.noDeal);
    expect(score.sides.map((s) => s.gain)).toEqual([0, 0]);
    expect(score.sides.map((s) => s.surplusShare)).toEqual([0.5, 0.5]);
  });
});

describe('findRatifiablePackage', () => {
  it('finds a package both sides would ratify', () => {
    expect(findRatifiablePackage(scenario)).toEqual([0, 0, 0, 0]);
  });
});

describe('paretoDistance without looking at every point (issue 16)', () => {
  /** The distance as it was made before: every point, in order. */
  function everyPoint(frontier: Frontier, u: Pair<number>): number {
    let best = Number.POSITIVE_INFINITY;
    for (const p of frontier.points) {
      if (p.u[0] >= u[0] && p.u[1] >= u[1] && p.u[0] - u[0] < 1e-12 && p.u[1] - u[1] < 1e-12) return 0;
      best = Math.min(best, Math.hypot(p.u[0] - u[0], p.u[1] - u[1]));
    }
    return best;
  }

  it('gives the same number, to the bit, for points anywhere, on the frontier or a hair from it', () => {
    const shipped = loadScenario('src/content/scenarios/us-japan-2025.json');
    const frontier = paretoFrontier(shipped, initialParams(shipped));
    expect(frontier.points.length).toBeGreaterThan(20);
    const n = frontier.points.length;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: n - 1 }),
        fc.constantFrom(0, 1e-13, -1e-13, 5e-13, 1e-9, 0.01, 0.3, -0.2),
        fc.constantFrom(0, 1e-13, -1e-13, 1e-9, -0.05, 0.2),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.boolean(),
        (i, d0, d1, free, anywhere) => {
          const p = frontier.points[i].u;
          const u: Pair<number> = anywhere ? [free, p[1] + d1] : [p[0] + d0, p[1] + d1];
          expect(Object.is(paretoDistance(frontier, u), everyPoint(frontier, u))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    for (const u of [
      [Number.NaN, 0],
      [Number.POSITIVE_INFINITY, 0.5],
      [0.5, Number.NEGATIVE_INFINITY],
    ] as Pair<number>[])
      expect(Object.is(paretoDistance(frontier, u), everyPoint(frontier, u))).toBe(true);
  });
});
