/** Reject: turn the standing offer down; the turn ends. */
import { ok } from '../result.ts';
import { endTurn, fail } from '../turn.ts';
import type { GameEvent } from '../types.ts';
import type { Handler } from './handler.ts';

export const reject: Handler<'reject'> = {
  apply({ scenario, state, side, logged }) {
    if (state.standing === null) return fail('NO_STANDING_OFFER', 'there is no offer on the table to reject');
    const events: GameEvent[] = [{ type: 'rejected', by: side, offer: state.standing }];
    return ok({ state: endTurn(scenario, { ...logged, standing: null }, events), events });
  },
  listed: ({ scenario, state, side }) =>
    state.standing === null ? [] : [{ type: 'reject', side: scenario.parties[side].id }],
  write: () => {},
  read: (_r, side) => ({ type: 'reject', side }),
  describe: () => 'reject',
};
