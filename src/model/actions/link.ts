/**
 * Link (a tactic, once a game): bring an off-table issue onto the table. Both governments pay the issue's
 * linkApprovalCost in approval. The turn does not end.
 */
import { mapped } from '../arrays.ts';
import { ok } from '../result.ts';
import { fail, validIssue } from '../turn.ts';
import type { Handler } from './handler.ts';

export const link: Handler<'link'> = {
  apply({ scenario, state, side, logged }, action) {
    if (state.links.some((l) => l.by === side))
      return fail('TACTIC_USED', 'you have already linked an issue');
    if (!validIssue(scenario, action.issue)) return fail('UNKNOWN_ISSUE', 'no such issue');
    if (state.onTable[action.issue])
      return fail('ALREADY_ON_TABLE', `${scenario.issues[action.issue].name} is already on the table`);
    const cost = scenario.issues[action.issue].linkApprovalCost;
    const params = {
      ...state.params,
      approvalShift: [
        state.params.approvalShift[0] - cost[0],
        state.params.approvalShift[1] - cost[1],
      ] as const,
    };
    const onTable = mapped(state.onTable, (on, j) => on || j === action.issue);
    return ok({
      state: {
        ...logged,
        params,
        onTable,
        links: [...state.links, { by: side, issue: action.issue, turn: state.turn }],
      },
      events: [{ type: 'linked', by: side, issue: action.issue, approvalCost: cost }],
    });
  },
  listed: ({ scenario, state, side }) =>
    state.links.some((l) => l.by === side)
      ? []
      : scenario.issues.flatMap((_, j) =>
          state.onTable[j] ? [] : [{ type: 'link', side: scenario.parties[side].id, issue: j } as const],
        ),
  write: (w, action) => {
    w.uint(action.issue);
  },
  read: (r, side) => ({ type: 'link', side, issue: r.uint() }),
  describe: (action) => `link issue ${action.issue + 1}`,
};
