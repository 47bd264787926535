/**
 * Back channel (a tactic, once a game): learn the other side's top priority. It may leak (scenario: leakChance,
 * one draw of the game's RNG), which costs your government approval (leakApprovalCost). The turn does not end.
 */
import { ok } from '../result.ts';
import { draw } from '../rng.ts';
import { other, type Pair, type PartyIndex, type Scenario } from '../scenario.ts';
import { fail, shifted } from '../turn.ts';
import { type Params, utilityTable } from '../utility.ts';
import type { Handler } from './handler.ts';

/** The issue a party cares most about: the widest spread of its utility over the issue's levels. */
export function topPriority(scenario: Scenario, params: Params, party: PartyIndex): number {
  const table = utilityTable(scenario, party, params.influence[party]);
  let best = 0;
  let bestSpread = -1;
  scenario.issues.forEach((iss, j) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let l = 0; l < iss.levels.length; l++) {
      const v = table.values[table.offsets[j] + l];
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi - lo > bestSpread) {
      bestSpread = hi - lo;
      best = j;
    }
  });
  return best;
}

export const backChannel: Handler<'back-channel'> = {
  apply({ scenario, state, side, logged }) {
    if (state.backChannelUsed[side]) return fail('TACTIC_USED', 'you have already used the back channel');
    const drawn = draw(state.rng, 1);
    const leaked = drawn.values[0] < scenario.leakChance;
    const revealed = topPriority(scenario, state.params, other(side));
    const params = leaked
      ? {
          ...state.params,
          approvalShift: shifted(state.params.approvalShift, side, -scenario.leakApprovalCost),
        }
      : state.params;
    const intel: Pair<number | null> = side === 0 ? [revealed, state.intel[1]] : [state.intel[0], revealed];
    const used: Pair<boolean> =
      side === 0 ? [true, state.backChannelUsed[1]] : [state.backChannelUsed[0], true];
    return ok({
      state: { ...logged, rng: drawn.state, params, intel, backChannelUsed: used },
      events: [{ type: 'back-channel', by: side, revealed, leaked }],
    });
  },
  listed: ({ scenario, state, side }) =>
    state.intel === null && !state.backChannelUsed[side]
      ? [{ type: 'back-channel', side: scenario.parties[side].id }]
      : [],
  write: () => {},
  read: (_r, side) => ({ type: 'back-channel', side }),
  describe: () => 'back-channel',
};
