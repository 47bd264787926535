/**
 * The check's search for a package both sides ratify (issue 16): the same package a full odometer scan finds,
 * without the scan's time on big spaces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachPackage } from '../../src/model/analysis.ts';
import { SEARCH_BUDGET, searchRatifiable } from '../../src/model/ratifiable.ts';
import type { Package, Scenario } from '../../src/model/scenario.ts';
import { initialParams, type Params, ratify } from '../../src/model/utility.ts';
import { bigScenario } from '../../tools/lib/big-scenario.ts';
import { loadScenario, MINI } from '../helpers.ts';
import { wideScenario } from './agent/helpers.ts';

const mini = loadScenario(MINI);
const wide = wideScenario();
const shipped = loadScenario('src/content/scenarios/us-japan-2025.json');

/** The first package a full odometer scan finds. */
function scan(scenario: Scenario, params: Params, onTable: readonly boolean[]): Package | null {
  let found: Package | null = null;
  forEachPackage(scenario, (pkg) => {
    if (pkg.some((l, j) => !onTable[j] && l !== params.noDeal[j])) return false;
    if (ratify(scenario, params, 0, pkg).passed && ratify(scenario, params, 1, pkg).passed) {
      found = [...pkg];
      return true;
    }
    return false;
  });
  return found;
}

const situation = (scenario: Scenario) => {
  const counts = scenario.issues.map((iss) => iss.levels.length);
  const groups = scenario.parties.map((p) => p.groups.length);
  return fc.record({
    noDeal: fc.tuple(...counts.map((n) => fc.integer({ min: 0, max: n - 1 }))),
    influence0: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: groups[0], maxLength: groups[0] }),
    influence1: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: groups[1], maxLength: groups[1] }),
    threshold: fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    onTable: fc.array(fc.boolean(), { minLength: counts.length, maxLength: counts.length }),
  });
};

describe('searchRatifiable', () => {
  for (const [name, scenario] of [
    ['mini', mini],
    ['wide', wide],
  ] as const) {
    it(`finds what a full scan finds (${name})`, () => {
      fc.assert(
        fc.property(situation(scenario), ({ noDeal, influence0, influence1, threshold, onTable }) => {
          const params: Params = {
            ...initialParams(scenario),
            noDeal,
            influence: [influence0, influence1],
            threshold,
          };
          const result = searchRatifiable(scenario, params, onTable);
          expect(result.complete).toBe(true);
          expect(result.found).toEqual(scan(scenario, params, onTable));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('answers for 2^40 packages within its budget, the shipped scenario among them', () => {
    expect(searchRatifiable(shipped)).toEqual({
      found: scan(
        shipped,
        initialParams(shipped),
        shipped.issues.map((i) => i.onTable),
      ),
      complete: true,
    });
    const big = bigScenario(shipped, 20, 4);
    const result = searchRatifiable(big);
    expect(result).toEqual({
      found: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      complete: true,
    });
    expect(ratify(big, initialParams(big), 0, result.found ?? []).passed).toBe(true);
    expect(ratify(big, initialParams(big), 1, result.found ?? []).passed).toBe(true);
    expect(SEARCH_BUDGET).toBe(2_000_000);
  });
});
