/** Walk away: end the talks with no deal. */
import { ok } from '../result.ts';
import { finish } from '../turn.ts';
import type { GameEvent, Outcome } from '../types.ts';
import type { Handler } from './handler.ts';

export const walkAway: Handler<'walk-away'> = {
  apply({ scenario, state, side, logged }) {
    const events: GameEvent[] = [{ type: 'walked-away', by: side }];
    const outcome: Outcome = {
      kind: 'no-deal',
      package: state.params.noDeal,
      reason: 'walked-away',
      by: side,
      turn: state.turn,
    };
    return ok({ state: finish(scenario, logged, outcome, events), events });
  },
  listed: ({ scenario, side }) => [{ type: 'walk-away', side: scenario.parties[side].id }],
  write: () => {},
  read: (_r, side) => ({ type: 'walk-away', side }),
  describe: () => 'walk-away',
};
