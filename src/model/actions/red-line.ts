/**
 * Red line (a tactic, once a game): tie your hands in public on one on-table issue. On your own issue it caps
 * your concession (at most); on theirs it sets a floor (at least). Crossing it loses every group at home, and a
 * no-deal costs approval (scenario: redLineNoDealCost). The turn does not end.
 */
import { ok } from '../result.ts';
import { fail, validIssue } from '../turn.ts';
import type { Handler } from './handler.ts';

export const redLine: Handler<'red-line'> = {
  apply({ scenario, state, side, logged }, action) {
    if (state.redLines.some((l) => l.by === side && !l.announced))
      return fail('TACTIC_USED', 'you have already drawn a public red line');
    if (!validIssue(scenario, action.issue)) return fail('UNKNOWN_ISSUE', 'no such issue');
    if (!state.onTable[action.issue])
      return fail('OFF_TABLE', `${scenario.issues[action.issue].name} is not on the table`);
    const levels = scenario.issues[action.issue].levels.length;
    if (
      typeof action.level !== 'number' ||
      !Number.isInteger(action.level) ||
      action.level < 0 ||
      action.level >= levels
    )
      return fail('LEVEL_OUT_OF_RANGE', `the level must be 0 to ${levels - 1}`);
    const bound = scenario.issues[action.issue].owner === side ? 'at-most' : 'at-least';
    const line = { by: side, issue: action.issue, level: action.level, bound } as const;
    return ok({
      state: { ...logged, redLines: [...state.redLines, line] },
      events: [{ type: 'red-line', line }],
    });
  },
  listed: () => [],
  write: (w, action) => {
    w.uint(action.issue).uint(action.level);
  },
  read: (r, side) => ({ type: 'red-line', side, issue: r.uint(), level: r.uint() }),
  describe: (action) => `red line on issue ${action.issue + 1} at level ${action.level + 1}`,
};
