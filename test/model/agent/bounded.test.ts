/**
 * The bounded bid search (issue 16): forced on small scenarios, it is checked against brute force (its best bid
 * is the best, every bid it returns is in its band and ratified, its count never misses a bid); on the
 * scenarios too big to meet in the middle, whole games stay within milliseconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/content/parse.ts';
import { bandCount, bestInBand } from '../../../src/model/agent/band.ts';
import { bidSpace } from '../../../src/model/agent/bid-space.ts';
import { chooseBid } from '../../../src/model/agent/bidding.ts';
import { HALF_LIMIT } from '../../../src/model/agent/bounded.ts';
import { playComputerGame } from '../../../src/model/agent/index.ts';
import { basics, compareLex } from '../../../src/model/agent/search.ts';
import { rngFor } from '../../../src/model/rng.ts';
import type { Package, PartyIndex, Scenario } from '../../../src/model/scenario.ts';
import type { GameState } from '../../../src/model/types.ts';
import { type UtilityTable, utilityTable } from '../../../src/model/utility.ts';
import { type View, viewFor } from '../../../src/model/view.ts';
import { bigScenario } from '../../../tools/lib/big-scenario.ts';
import { applyPatches, bigIssue } from '../../fixtures/broken-patches.ts';
import { loadScenario, MINI, readText } from '../../helpers.ts';
import { bruteBids, quanta, settingsOf, start, wideScenario } from './helpers.ts';

const mini = loadScenario(MINI);
const wide = wideScenario();
const shipped = loadScenario('src/content/scenarios/us-japan-2025.json');

interface Case {
  readonly scenario: Scenario;
  readonly state: GameState;
  readonly side: PartyIndex;
}

const situation = (scenario: Scenario): fc.Arbitrary<Case> => {
  const counts = scenario.issues.map((iss) => iss.levels.length);
  const groups = scenario.parties.map((p) => p.groups.length);
  return fc
    .record({
      side: fc.constantFrom<PartyIndex>(0, 1),
      noDeal: fc.tuple(...counts.map((n) => fc.integer({ min: 0, max: n - 1 }))),
      influence0: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: groups[0], maxLength: groups[0] }),
      influence1: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: groups[1], maxLength: groups[1] }),
      threshold: fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
    })
    .map(({ side, noDeal, influence0, influence1, threshold }) => {
      const base = start(scenario, settingsOf('bounded'));
      const state: GameState = {
        ...base,
        params: { ...base.params, noDeal, influence: [influence0, influence1], threshold },
        onTable: base.onTable.map(() => true),
      };
      return { scenario, state, side };
    });
};

/** The bid space with the bounded search forced (no half is small enough to list). */
function boundedSpace({ scenario, state, side }: Case) {
  const own = utilityTable(scenario, side, state.params.influence[side]);
  const view = viewFor(scenario, state, side);
  if (view === null) throw new Error('no view');
  const space = bidSpace(scenario, view.state, side, own, null, 0);
  if (space.bounded === null) throw new Error('the bounded search was not chosen');
  return { space, own };
}

const both = fc.oneof(situation(mini), situation(wide));
const has = (bids: readonly Package[], pkg: Package) => bids.some((p) => compareLex(p, pkg) === 0);

describe('the bounded search, forced on small scenarios', () => {
  it('finds the best bid home would ratify (branch and bound within its budget is exact)', () => {
    fc.assert(
      fc.property(both, (c) => {
        const { space, own } = boundedSpace(c);
        const bids = bruteBids(c.scenario, c.state, c.side);
        const { best } = basics(space);
        if (bids.length === 0) return best === null;
        expect(best?.q).toBe(Math.max(...bids.map((p) => quanta(own, p))));
        expect(has(bids, best?.package ?? [])).toBe(true);
        return true;
      }),
      { numRuns: 100 },
    );
  });

  it('returns only bids in the band that home ratifies, rated right, and counts at least the band', () => {
    fc.assert(
      fc.property(
        both,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 40, maxLength: 40 }),
        (c, from, width, raw) => {
          const { space, own } = boundedSpace(c);
          const objective: UtilityTable = {
            constant: 0,
            offsets: own.offsets,
            values: Float64Array.from(own.values, (_, i) => raw[i % raw.length] / 4),
          };
          const lo = Math.round(from * 1e9);
          const hi = Math.round((from + width) * 1e9);
          const bids = bruteBids(c.scenario, c.state, c.side);
          const inBand = bids.filter((p) => quanta(own, p) >= lo && quanta(own, p) <= hi);
          expect(bandCount(space, lo, hi)).toBeGreaterThanOrEqual(inBand.length);
          const result = bestInBand(space, lo, hi, objective, 100);
          for (const pkg of result.ties) {
            expect(has(inBand, pkg)).toBe(true);
            expect(quanta(objective, pkg)).toBe(result.q);
          }
          if (inBand.length === 0) expect(result.ties).toEqual([]);
          return true;
        },
      ),
      { numRuns: 100 },
    );
  });

  it('bids at or above the target, in its band, what home would ratify', () => {
    fc.assert(
      fc.property(both, fc.double({ min: 0, max: 1, noNaN: true }), (c, target) => {
        const { space, own } = boundedSpace(c);
        const { best } = basics(space);
        if (best === null) return true;
        const estimate = utilityTable(c.scenario, c.side === 0 ? 1 : 0, [1, 1, 1]);
        const bid = chooseBid(space, target, best, estimate, c.scenario.agent, rngFor('b'), null);
        expect(quanta(own, bid.package)).toBe(bid.q);
        expect(bid.q).toBeGreaterThanOrEqual(Math.min(Math.round(target * 1e9), best.q));
        expect(has(bruteBids(c.scenario, c.state, c.side), bid.package)).toBe(true);
        return true;
      }),
      { numRuns: 100 },
    );
  });
});

describe('scenarios too big to meet in the middle', () => {
  const cpuMs = (fn: () => void): number => {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };

  it('play the shipped scenario at 20 issues × 4 levels (2^40 packages) in well under a second, seeded', () => {
    const big = bigScenario(shipped, 20, 4);
    const own = utilityTable(
      big,
      0,
      big.parties[0].groups.map((g) => g.influence),
    );
    const space = bidSpace(big, (viewFor(big, start(big, settingsOf('big')), 0) as View).state, 0, own);
    expect(space.halves).toBeNull();
    expect(space.bounded).not.toBeNull();
    let state: GameState | null = null;
    const ms = cpuMs(() => {
      state = playComputerGame(big, settingsOf('big-2'));
    });
    expect(ms).toBeLessThan(2000);
    const end = state as unknown as GameState;
    expect(end.outcome).toMatchObject({ kind: 'deal', reason: 'accepted', by: 0, turn: 7 });
    expect(end.offers.at(-1)?.package.join('')).toBe('03032323302203231130');
  });

  it('play a scenario at the check bound (2^50 packages: mini.json and 8 issues of 40–50 levels)', () => {
    const data = JSON.parse(readText(MINI));
    const patches = [
      ...Array.from({ length: 7 }, (_, k) => bigIssue(4 + k, `big-${k}`, 50)).flat(),
      ...bigIssue(11, 'last', 40),
    ];
    const parsed = parseScenario(applyPatches(data, patches));
    if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
    const atBound = parsed.value.scenario;
    expect(atBound.spaceSize).toBe(1_125_000_000_000_000);
    let state: GameState | null = null;
    const ms = cpuMs(() => {
      state = playComputerGame(atBound, settingsOf('bound'));
    });
    expect(ms).toBeLessThan(2000);
    expect((state as unknown as GameState).outcome).not.toBeNull();
  });

  it('use the exact search up to HALF_LIMIT combinations a half', () => {
    const own = utilityTable(
      shipped,
      0,
      shipped.parties[0].groups.map((g) => g.influence),
    );
    const space = bidSpace(
      shipped,
      (viewFor(shipped, start(shipped, settingsOf('small')), 0) as View).state,
      0,
      own,
    );
    expect(HALF_LIMIT).toBe(4096);
    expect(space.halves).not.toBeNull();
    expect(space.bounded).toBeNull();
  });
});
