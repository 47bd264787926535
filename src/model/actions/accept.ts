/**
 * Accept: take the standing offer. Both governments then vote at home (ratify); if both ratify it is a deal,
 * otherwise the offer falls and the turn ends.
 */
import { mapped } from '../arrays.ts';
import { ok } from '../result.ts';
import type { PartyIndex } from '../scenario.ts';
import { endTurn, fail, finish, linesOf, packageProblem } from '../turn.ts';
import type { GameEvent, Outcome } from '../types.ts';
import { crosses, ratify } from '../utility.ts';
import type { Handler } from './handler.ts';

export const accept: Handler<'accept'> = {
  apply({ scenario, state, side, logged }) {
    const standing = state.standing === null ? null : state.offers[state.standing];
    if (standing === null || state.standing === null)
      return fail('NO_STANDING_OFFER', 'there is no offer on the table to accept');
    const crossed = linesOf(state, side).find((line) => crosses(line, standing.package));
    if (crossed)
      return fail(
        'CROSSES_RED_LINE',
        `this offer crosses your public red line on ${scenario.issues[crossed.issue].name}`,
      );
    const events: GameEvent[] = [
      { type: 'accepted', by: side, offer: state.standing, package: standing.package },
    ];
    const results = mapped([0, 1] as const, (p) =>
      ratify(scenario, state.params, p, standing.package, linesOf(state, p)),
    );
    results.forEach((result, p) => {
      events.push({ type: 'ratification', party: p as PartyIndex, result });
    });
    const failed = ([0, 1] as const).filter((p) => !results[p].passed);
    if (failed.length === 0) {
      const outcome: Outcome = {
        kind: 'deal',
        package: standing.package,
        reason: 'accepted',
        by: side,
        turn: state.turn,
      };
      return ok({ state: finish(scenario, logged, outcome, events), events });
    }
    events.push({ type: 'ratification-failed', failed });
    const next = {
      ...logged,
      standing: null,
      failedRatifications: [...state.failedRatifications, { turn: state.turn, failed }],
    };
    return ok({ state: endTurn(scenario, next, events), events });
  },
  listed: ({ scenario, state, side }) => {
    const standing = state.standing === null ? null : state.offers[state.standing];
    return standing && packageProblem(scenario, state, side, standing.package)?.code !== 'CROSSES_RED_LINE'
      ? [{ type: 'accept', side: scenario.parties[side].id }]
      : [];
  },
  write: () => {},
  read: (_r, side) => ({ type: 'accept', side }),
  describe: () => 'accept',
};
