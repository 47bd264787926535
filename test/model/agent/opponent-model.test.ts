import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  estimatedTable,
  type FrequencyModel,
  learn,
  opponentModel,
  priorModel,
  withIntel,
} from '../../../src/model/agent/opponent-model.ts';
import type { Package, PartyIndex } from '../../../src/model/scenario.ts';
import type { Offer } from '../../../src/model/types.ts';
import { utilityTable } from '../../../src/model/utility.ts';
import { loadScenario, MINI } from '../../helpers.ts';

const scenario = loadScenario(MINI);
// mini.json issues: cars (us, 3 levels), steel (us, 2), farm (japan, 3), defense (japan, 2).
const offsets = utilityTable(scenario, 0, [1, 1, 1]).offsets;

describe('the prior', () => {
  it('gives equal weights and prefers receiving more and giving less', () => {
    // The US models Japan: Japan likes the US's larger concessions and its own smaller ones.
    expect(priorModel(scenario, 1)).toEqual({
      weights: [0.25, 0.25, 0.25, 0.25],
      counts: [
        [0, 0.5, 1],
        [0, 1],
        [1, 0.5, 0],
        [1, 0],
      ],
    });
    // Japan models the US: the other way round.
    expect(priorModel(scenario, 0).counts).toEqual([
      [1, 0.5, 0],
      [1, 0],
      [0, 0.5, 1],
      [0, 1],
    ]);
  });
});

describe('the HardHeaded frequency update (l = 0.2, n = 4, g = 0.05)', () => {
  const first = [2, 1, 0, 0];
  const second = [2, 0, 1, 0];

  it('counts the first bid without touching the weights', () => {
    const model = learn(priorModel(scenario, 1), first, null, 0.2);
    expect(model.weights).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(model.counts).toEqual([
      [0, 0.5, 2],
      [0, 2],
      [2, 0.5, 0],
      [2, 0],
    ]);
  });

  it('raises the unchanged issues: S = 1 + g·m = 1.1, w ← (w + g)/S, the others w/S', () => {
    const model = learn(learn(priorModel(scenario, 1), first, null, 0.2), second, first, 0.2);
    // Issues 0 and 3 unchanged (m = 2): (0.25 + 0.05)/1.1; issues 1 and 2 changed: 0.25/1.1.
    expect(model.weights[0]).toBeCloseTo(0.3 / 1.1, 15);
    expect(model.weights[1]).toBeCloseTo(0.25 / 1.1, 15);
    expect(model.weights[2]).toBeCloseTo(0.25 / 1.1, 15);
    expect(model.weights[3]).toBeCloseTo(0.3 / 1.1, 15);
    expect(model.counts).toEqual([
      [0, 0.5, 3],
      [1, 2],
      [2, 1.5, 0],
      [3, 0],
    ]);
    // Estimated utility: w_j · count / highest count.
    const table = estimatedTable(model, offsets);
    const w = model.weights;
    expect([...table.values]).toEqual([
      0,
      (w[0] * 0.5) / 3,
      w[0],
      (w[1] * 1) / 2,
      w[1],
      w[2],
      (w[2] * 1.5) / 2,
      0,
      w[3],
      0,
    ]);
  });

  it('stops raising a weight at 1 − n·g/S', () => {
    const model = { weights: [0.9, 0.05, 0.03, 0.02], counts: priorModel(scenario, 1).counts };
    const next = learn(model, [0, 0, 0, 0], [0, 0, 0, 0], 0.2);
    // m = 4, S = 1.2, cap = 1 − 0.2/1.2 ≈ 0.833: issue 0 is above it and only shrinks.
    expect(next.weights[0]).toBeCloseTo(0.9 / 1.2, 15);
    expect(next.weights[1]).toBeCloseTo(0.1 / 1.2, 15);
    expect(next.weights[2]).toBeCloseTo(0.08 / 1.2, 15);
    expect(next.weights[3]).toBeCloseTo(0.07 / 1.2, 15);
  });

  it('folds over the opponent’s offers only, in order', () => {
    const offers: Offer[] = [
      { by: 1, package: first, turn: 0 },
      { by: 0, package: [0, 0, 2, 0], turn: 1 },
      { by: 1, package: second, turn: 2 },
    ];
    const expected = learn(learn(priorModel(scenario, 1), first, null, 0.2), second, first, 0.2);
    expect(opponentModel(scenario, 1, offers, 0.2, null)).toEqual(expected);
    expect(opponentModel(scenario, 1, [], 0.2, null)).toEqual(priorModel(scenario, 1));
  });
});

describe('back-channel intel', () => {
  it('lifts the revealed issue one learning step above every other weight', () => {
    const model = withIntel(priorModel(scenario, 1), 2, 0.2);
    expect(model.weights).toEqual([0.25, 0.25, 0.3, 0.25]);
    expect(opponentModel(scenario, 1, [], 0.2, 2)).toEqual(model);
  });

  it('leaves a weight that already leads by a step alone', () => {
    const model = { weights: [0.1, 0.5, 0.2, 0.2], counts: priorModel(scenario, 1).counts };
    expect(withIntel(model, 1, 0.2)).toBe(model);
  });
});

/** The model by definition: the prior, then `learn` over the opponent's bids in order. */
function folded(
  opponent: PartyIndex,
  offers: readonly Offer[],
  rate: number,
  intel: number | null,
): FrequencyModel {
  let model = priorModel(scenario, opponent);
  let previous: Package | null = null;
  for (const o of offers) {
    if (o.by !== opponent) continue;
    model = learn(model, o.package, previous, rate);
    previous = o.package;
  }
  return intel === null ? model : withIntel(model, intel, rate);
}

const pkg = fc.tuple(...scenario.issues.map((iss) => fc.integer({ min: 0, max: iss.levels.length - 1 })));
const offer = fc.record({ by: fc.constantFrom<PartyIndex>(0, 1), package: pkg, turn: fc.nat(20) });

describe('opponentModel (the fold it keeps between calls)', () => {
  it('equals the fold by definition, turn after turn, across games, rates and intel that interleave', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(offer, { maxLength: 8 }), { minLength: 1, maxLength: 3 }),
        fc.array(
          fc.record({
            game: fc.nat(2),
            upTo: fc.nat(8),
            opponent: fc.constantFrom<PartyIndex>(0, 1),
            rate: fc.constantFrom(0.1, 0.2),
            intel: fc.option(fc.nat(scenario.issues.length - 1)),
          }),
          { maxLength: 12 },
        ),
        (games, calls) => {
          for (const c of calls) {
            const offers = (games[c.game % games.length] as Offer[]).slice(0, c.upTo);
            expect(opponentModel(scenario, c.opponent, offers, c.rate, c.intel)).toEqual(
              folded(c.opponent, offers, c.rate, c.intel),
            );
          }
        },
      ),
    );
  });
});
