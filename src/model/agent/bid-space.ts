/**
 * The packages the agent may bid, without listing them: for each issue the levels it may offer, split into two
 * halves (meet in the middle), with its own utility table and home check. A level is allowed when the issue is
 * on the table (off-table issues stay at their no-deal level) and it crosses no public red line, the agent's own
 * or the other side's (the other side could never accept a bid that crosses one of its own).
 *
 * Caps keep the agent's offers from going back on its word: with caps, a level is allowed only when it is worth
 * no more to the agent than the level of its previous offer (so no issue is taken back). An issue whose caps
 * would leave no level keeps its uncapped levels.
 */
import { other, type PartyIndex, type Scenario } from '../scenario.ts';
import { crossesAt, type UtilityTable } from '../utility.ts';
import type { ViewState } from '../view.ts';
import { type Bounded, boundedOf, HALF_LIMIT } from './bounded.ts';
import { type Halves, halvesOf, splitOf } from './halves.ts';
import { type Home, homeOf } from './home.ts';
import { quantize } from './numbers.ts';

export interface BidSpace {
  readonly n: number;
  /** The allowed levels of each issue, in level order. */
  readonly domains: readonly (readonly number[])[];
  /** Null when some issue has no allowed level (then there is nothing to bid), or when `bounded` is set. */
  readonly halves: Halves | null;
  /** Set instead of the halves when a half would have more than HALF_LIMIT combinations (bounded.ts). */
  readonly bounded: Bounded | null;
  readonly own: UtilityTable;
  readonly home: Home;
}

export function allowedLevels(
  scenario: Scenario,
  state: Pick<ViewState, 'onTable' | 'params' | 'redLines'>,
  side: PartyIndex,
): number[][] {
  // The public lines of both sides (the agent's and the other side's), as `linesOf` each would list them.
  const lines = state.redLines;
  const them = other(side);
  const noDeal = state.params.noDeal;
  const out: number[][] = [];
  for (let j = 0; j < scenario.issues.length; j++) {
    const allowed: number[] = [];
    const count = scenario.issues[j].levels.length;
    for (let l = 0; l < count; l++) {
      if (!state.onTable[j] && l !== noDeal[j]) continue;
      let crossed = false;
      for (let i = 0; i < lines.length && !crossed; i++) {
        const line = lines[i];
        crossed = (line.by === side || line.by === them) && line.issue === j && crossesAt(line, l);
      }
      if (!crossed) allowed.push(l);
    }
    out.push(allowed);
  }
  return out;
}

export function bidSpace(
  scenario: Scenario,
  state: ViewState,
  side: PartyIndex,
  own: UtilityTable,
  /** The package whose levels cap each issue's worth to the agent, or null for no caps. */
  capBy: readonly number[] | null = null,
  /** Halves larger than this are not listed: the bounded search answers instead (tests lower it). */
  halfLimit = HALF_LIMIT,
): BidSpace {
  // The allowed levels, capped: a level worth more than the capping package's level on its issue goes,
  // unless none would stay. The lists are this call's own, so capped ones replace them in place.
  const domains = allowedLevels(scenario, state, side);
  if (capBy !== null)
    for (let j = 0; j < domains.length; j++) {
      const levels = domains[j];
      const cap = quantize(own.values[own.offsets[j] + capBy[j]]);
      let kept = 0;
      for (const l of levels) if (quantize(own.values[own.offsets[j] + l]) <= cap) kept++;
      if (kept > 0 && kept < levels.length)
        domains[j] = levels.filter((l) => quantize(own.values[own.offsets[j] + l]) <= cap);
    }
  const home = homeOf(scenario, state.params, side, own);
  const influence = state.params.influence[side];
  const empty = domains.some((levels) => levels.length === 0);
  const made = empty ? null : splitOf(domains);
  const big = made !== null && made.largest > halfLimit;
  return {
    n: domains.length,
    domains,
    halves: made === null || big ? null : halvesOf(scenario, side, influence, domains, own, home, made),
    bounded: big ? boundedOf(scenario, side, influence, domains, own) : null,
    own,
    home,
  };
}
