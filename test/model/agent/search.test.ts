/** The meet-in-the-middle searches against brute force over the whole outcome space. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandCount, bestInBand } from '../../../src/model/agent/band.ts';
import { bidSpace } from '../../../src/model/agent/bid-space.ts';
import { candidateBand, chooseBid } from '../../../src/model/agent/bidding.ts';
import { writeCombination } from '../../../src/model/agent/halves.ts';
import { ratifies } from '../../../src/model/agent/home.ts';
import { exactQ } from '../../../src/model/agent/numbers.ts';
import { basics, bestOwnBid, compareLex, viability } from '../../../src/model/agent/search.ts';
import { rngFor } from '../../../src/model/rng.ts';
import type { Package, PartyIndex, Scenario } from '../../../src/model/scenario.ts';
import type { GameState, PublicLine } from '../../../src/model/types.ts';
import { type UtilityTable, utilityTable } from '../../../src/model/utility.ts';
import { viewFor } from '../../../src/model/view.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { bruteBids, quanta, settingsOf, start, wideScenario } from './helpers.ts';

const mini = loadScenario(MINI);
const wide = wideScenario();

const SCENARIOS: Record<string, Scenario> = { mini, wide };

interface Case {
  readonly name: string;
  readonly state: GameState;
  readonly side: PartyIndex;
}

/** Random situations: no-deal, influences, thresholds, issues on or off the table, public red lines. */
const situation = (name: string): fc.Arbitrary<Case> => {
  const scenario = SCENARIOS[name];
  const counts = scenario.issues.map((iss) => iss.levels.length);
  const groups = scenario.parties.map((p) => p.groups.length);
  const line = fc
    .record({
      issue: fc.integer({ min: 0, max: counts.length - 1 }),
      level: fc.integer({ min: 0, max: 4 }),
      by: fc.constantFrom<PartyIndex>(0, 1),
    })
    .map(({ issue, level, by }): PublicLine => {
      const bound = scenario.issues[issue].owner === by ? 'at-most' : 'at-least';
      return { issue, level: level % counts[issue], by, bound };
    });
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
      onTable: fc.array(
        fc.integer({ min: 0, max: 4 }).map((x) => x > 0),
        {
          minLength: counts.length,
          maxLength: counts.length,
        },
      ),
      lines: fc.array(line, { maxLength: 3 }),
    })
    .map(({ side, noDeal, influence0, influence1, threshold, onTable, lines }) => {
      const base = start(scenario, settingsOf('search'));
      const state: GameState = {
        ...base,
        params: { ...base.params, noDeal, influence: [influence0, influence1], threshold },
        onTable,
        redLines: lines,
      };
      return { name, state, side };
    });
};

function spaceOf({ name, state, side }: Case) {
  const scenario = SCENARIOS[name];
  const view = viewFor(scenario, state, side);
  if (view === null) throw new Error('no view');
  const own = utilityTable(view.scenario, side, view.state.params.influence[side]);
  return { space: bidSpace(view.scenario, view.state, side, own), own };
}

const inBand = (own: UtilityTable, lo: number, hi: number) => (pkg: Package) => {
  const q = quanta(own, pkg);
  return q >= lo && q <= hi;
};

const both = fc.oneof(situation('mini'), situation('wide'));

describe('the best bid home would ratify (Pmax)', () => {
  it('matches brute force', () => {
    fc.assert(
      fc.property(both, (c) => {
        const { space, own } = spaceOf(c);
        const bids = bruteBids(SCENARIOS[c.name], c.state, c.side);
        const found = bestOwnBid(space);
        if (bids.length === 0) return found === null;
        const best = Math.max(...bids.map((p) => quanta(own, p)));
        expect(found?.q).toBe(best);
        expect(bids.some((p) => compareLex(p, found?.package ?? []) === 0)).toBe(true);
        expect(basics(space).best).toEqual(found);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

describe('the bids in a band that an objective rates highest', () => {
  it('match brute force, ties in lexicographic order', () => {
    fc.assert(
      fc.property(
        both,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 40, maxLength: 40 }),
        (c, from, width, raw) => {
          const { space, own } = spaceOf(c);
          const objective: UtilityTable = {
            constant: 0,
            offsets: own.offsets,
            values: Float64Array.from(own.values, (_, i) => raw[i % raw.length] / 4),
          };
          const lo = Math.round(from * 1e9);
          const hi = Math.round((from + width) * 1e9);
          const candidates = bruteBids(SCENARIOS[c.name], c.state, c.side).filter(inBand(own, lo, hi));
          const result = bestInBand(space, lo, hi, objective, 10_000);
          if (candidates.length === 0) return result.ties.length === 0;
          const top = Math.max(...candidates.map((p) => quanta(objective, p)));
          const expected = candidates.filter((p) => quanta(objective, p) === top).sort(compareLex);
          expect(result.q).toBe(top);
          expect(result.ties).toEqual(expected);
          // The count that sizes the band never misses a ratifiable bid.
          expect(bandCount(space, lo, hi)).toBeGreaterThanOrEqual(candidates.length);
          return true;
        },
      ),
      { numRuns: 150 },
    );
  });
});

/**
 * The band search as it was before issue 16 (every rating made first, every entry through a heap of plain
 * arrays), the reference for the one that allocates nothing and makes the heap only for a second entry.
 */
function heapBandSearch(
  space: ReturnType<typeof spaceOf>['space'],
  lo: number,
  hi: number,
  objective: UtilityTable,
  cap: number,
): { ties: Package[]; q: number } {
  const ok = viability(space);
  if (space.halves === null || ok === null) return { ties: [], q: Number.NEGATIVE_INFINITY };
  const { a, b } = space.halves;
  const partial = (half: typeof a, k: number): number => {
    let v = 0;
    for (let i = 0; i < half.issues.length; i++)
      v += objective.values[half.cells[k * half.issues.length + i]];
    return v;
  };
  const scoreA = Array.from({ length: a.count }, (_, k) => partial(a, k) + objective.constant);
  const scoreB = Array.from({ length: b.count }, (_, k) => (ok.b[k] === 0 ? -Infinity : partial(b, k)));
  const keys: number[] = [];
  const ids: number[] = [];
  const above = (x: number, y: number) => keys[x] > keys[y] || (keys[x] === keys[y] && ids[x] < ids[y]);
  const swap = (x: number, y: number) => {
    [keys[x], keys[y]] = [keys[y], keys[x]];
    [ids[x], ids[y]] = [ids[y], ids[x]];
  };
  const push = (key: number, id: number) => {
    keys.push(key);
    ids.push(id);
    for (let i = keys.length - 1; i > 0 && above(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
  };
  const pop = (): number => {
    const top = ids[0];
    const lastKey = keys.pop() as number;
    const lastId = ids.pop() as number;
    if (keys.length === 0) return top;
    keys[0] = lastKey;
    ids[0] = lastId;
    for (let i = 0; ; ) {
      let best = i;
      if (2 * i + 1 < keys.length && above(2 * i + 1, best)) best = 2 * i + 1;
      if (2 * i + 2 < keys.length && above(2 * i + 2, best)) best = 2 * i + 2;
      if (best === i) return top;
      swap(i, best);
      i = best;
    }
  };
  const entries: [number, number, number, number][] = [];
  const offer = (k: number, s: number, e: number) => {
    let m = -1;
    let top = Number.NEGATIVE_INFINITY;
    for (let x = s; x < e; x++)
      if (scoreB[x] > top) {
        top = scoreB[x];
        m = x;
      }
    if (m < 0) return;
    push(scoreA[k] + scoreB[m], entries.length);
    entries.push([k, s, e, m]);
  };
  const loF = (lo - 1) / 1e9 - space.own.constant;
  const hiF = (hi + 1) / 1e9 - space.own.constant;
  for (let k = 0, s = b.count, e = b.count; k < a.count; k++) {
    while (s > 0 && a.own[k] + b.own[s - 1] >= loF) s--;
    while (e > 0 && a.own[k] + b.own[e - 1] > hiF) e--;
    if (ok.a[k] === 1) offer(k, s, e);
  }
  let ties: Package[] = [];
  let best = Number.NEGATIVE_INFINITY;
  while (keys.length > 0) {
    const top = keys[0] * 1e9;
    if (top < best - 1 || (ties.length >= cap && top < best)) break;
    const [k, from, to, m] = entries[pop()];
    const pkg: number[] = new Array(space.n).fill(0);
    writeCombination(a, k, space.own.offsets, pkg);
    writeCombination(b, m, space.own.offsets, pkg);
    const ownQ = exactQ(space.own, pkg);
    if (ownQ >= lo && ownQ <= hi && ratifies(space.home, space.own.offsets, pkg)) {
      const q = exactQ(objective, pkg);
      if (q > best) {
        best = q;
        ties = [pkg];
      } else if (q === best && ties.length < cap) ties.push(pkg);
    }
    offer(k, from, m);
    offer(k, m + 1, to);
  }
  return { ties: ties.sort(compareLex), q: best };
}

describe('the band search without a heap for its first entry (issue 16)', () => {
  it('gives what a heap of every entry gives, whatever the ratings (ties, NaN, infinities)', () => {
    const palette = [
      0,
      0.25,
      0.5,
      0.5,
      1,
      -0.25,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    fc.assert(
      fc.property(
        both,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 40, maxLength: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        (c, from, width, raw, wild, cap) => {
          const { space, own } = spaceOf(c);
          // Mostly a few values (many ties); in some runs odd ratings (NaN, infinities) on some cells.
          const odd = (i: number): boolean => wild > 20 && (i * 7 + wild) % 5 === 0;
          const objective: UtilityTable = {
            constant: 0,
            offsets: own.offsets,
            values: Float64Array.from(own.values, (_, i) =>
              odd(i) ? palette[(raw[i % raw.length] + wild) % palette.length] : raw[i % raw.length] / 4,
            ),
          };
          const lo = Math.round(from * 1e9);
          const hi = Math.round((from + width) * 1e9);
          const expected = heapBandSearch(space, lo, hi, objective, cap);
          expect(bestInBand(space, lo, hi, objective, cap)).toEqual(expected);
          // Asked again with the same objective (its ratings kept), and after another objective.
          expect(bestInBand(space, lo, hi, objective, cap)).toEqual(expected);
          bestInBand(space, lo, hi, { ...objective, values: objective.values.map((v) => v / 2) }, cap);
          expect(bestInBand(space, lo, hi, objective, cap)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a bid', () => {
  it('lies in its band, at or above the target, and is one home would ratify', () => {
    fc.assert(
      fc.property(both, fc.double({ min: 0, max: 1, noNaN: true }), fc.string(), (c, target, seed) => {
        const { space, own } = spaceOf(c);
        const { best, ok } = basics(space);
        if (best === null) return true;
        const scenario = SCENARIOS[c.name];
        const estimate = utilityTable(scenario, c.side === 0 ? 1 : 0, [1, 1, 1]);
        const bid = chooseBid(space, target, best, estimate, scenario.agent, rngFor(seed), ok);
        const q = quanta(own, bid.package);
        expect(q).toBe(bid.q);
        expect(q).toBeGreaterThanOrEqual(Math.min(Math.round(target * 1e9), best.q));
        expect(q).toBeGreaterThanOrEqual(bid.band.lo);
        expect(q).toBeLessThanOrEqual(bid.band.hi);
        const bids = bruteBids(SCENARIOS[c.name], c.state, c.side);
        expect(bids.some((p) => compareLex(p, bid.package) === 0)).toBe(true);
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it('comes from the narrowest band that holds about `candidates` bids', () => {
    const c = { name: 'wide', state: start(wide, settingsOf('band')), side: 0 as const };
    const { space } = spaceOf(c);
    const { best } = basics(space);
    if (best === null) throw new Error('no bid');
    const estimate = utilityTable(wide, 1, [1, 1]);
    const width = Math.round(wide.agent.bandWidth * 1e9);
    for (const target of [0.3, 0.45, 0.6]) {
      const bid = chooseBid(space, target, best, estimate, wide.agent, rngFor('x'));
      const { lo, hi } = bid.band;
      expect(lo).toBe(Math.round(target * 1e9));
      if (hi === Number.POSITIVE_INFINITY) continue;
      expect((hi - lo) % width).toBe(0);
      expect(bandCount(space, lo, hi, viability(space))).toBeGreaterThanOrEqual(wide.agent.candidates);
      if (hi - lo > width) expect(bandCount(space, lo, hi - width)).toBeLessThan(wide.agent.candidates);
    }
  });
});

describe('the band search on strange numbers (issue 9)', () => {
  it('ends with a defined band, whatever the target, width and number of candidates', () => {
    const c = { name: 'wide', state: start(wide, settingsOf('band')), side: 0 as const };
    const { space } = spaceOf(c);
    const { best } = basics(space);
    if (best === null) throw new Error('no bid');
    const strange = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, 5e-324];
    for (const target of strange)
      for (const bandWidth of [wide.agent.bandWidth, 5e-324, 1e308, Number.NaN])
        for (const candidates of [wide.agent.candidates, 1e308, Number.POSITIVE_INFINITY]) {
          const agent = { ...wide.agent, bandWidth, candidates };
          const band = candidateBand(space, target, best, agent);
          const what = JSON.stringify({ target, bandWidth, candidates, band });
          expect(Number.isNaN(band.lo), what).toBe(false);
          expect(band.hi >= band.lo, what).toBe(true);
          const bid = chooseBid(space, target, best, utilityTable(wide, 1, [1, 1]), agent, rngFor('x'));
          expect(bid.package).toHaveLength(wide.issues.length);
        }
  });
});
