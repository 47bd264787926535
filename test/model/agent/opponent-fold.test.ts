import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type FrequencyModel,
  learn,
  opponentModel,
  priorModel,
  withIntel,
} from '../../../src/model/agent/opponent-model.ts';
import type { Package, PartyIndex } from '../../../src/model/scenario.ts';
import type { Offer } from '../../../src/model/types.ts';
import { loadScenario, MINI } from '../../helpers.ts';

const scenario = loadScenario(MINI);

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
