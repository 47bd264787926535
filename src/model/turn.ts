/**
 * What every move shares: whose turn it is, the package check, ending a turn (the news at the end of a meeting,
 * the deadline) and finishing the game. The moves themselves live in src/model/actions/, one file each.
 */
import { mapped } from './arrays.ts';
import { applyParamEffects, applyTableEffects, scenarioAt } from './events.ts';
import { err } from './result.ts';
import { draw } from './rng.ts';
import type { Package, Pair, PartyIndex, Scenario } from './scenario.ts';
import type { ActionError, ActionErrorCode, GameEvent, GameState, Outcome } from './types.ts';
import { approval, crosses, type Line, type Params } from './utility.ts';

/** What a move brings: the next state and what happened, for the scenes to play. */
export type Step = { readonly state: GameState; readonly events: readonly GameEvent[] };

export const fail = (code: ActionErrorCode, message: string) => err<ActionError>({ code, message });

export const turnCount = (scenario: Scenario): number => scenario.meetingCount * 2;
export const meetingOf = (turn: number): number => Math.floor(turn / 2);
export const toMove = (scenario: Scenario, state: GameState): PartyIndex =>
  ((scenario.firstMover + state.turn) % 2) as PartyIndex;

/** The public red lines a party drew. */
export const linesOf = (state: Pick<GameState, 'redLines'>, party: PartyIndex): Line[] =>
  state.redLines.filter((l) => l.by === party);

/** Why `party` may not put `pkg` on the table, or null when it may. */
export function packageProblem(
  scenario: Scenario,
  state: Pick<GameState, 'onTable' | 'params' | 'redLines'>,
  party: PartyIndex,
  pkg: unknown,
): ActionError | null {
  if (!Array.isArray(pkg) || pkg.length !== scenario.issues.length)
    return {
      code: 'BAD_PACKAGE',
      message: `a package names one level for each of the ${scenario.issues.length} issues`,
    };
  for (let j = 0; j < pkg.length; j++) {
    const level: unknown = pkg[j];
    const count = scenario.issues[j].levels.length;
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level >= count)
      return {
        code: 'LEVEL_OUT_OF_RANGE',
        message: `${scenario.issues[j].name}: the level must be 0 to ${count - 1}`,
      };
    if (!state.onTable[j] && level !== state.params.noDeal[j])
      return { code: 'OFF_TABLE', message: `${scenario.issues[j].name} is not on the table: link it first` };
  }
  const crossed = linesOf(state, party).find((line) => crosses(line, pkg as Package));
  if (crossed)
    return {
      code: 'CROSSES_RED_LINE',
      message: `this crosses your public red line on ${scenario.issues[crossed.issue].name}`,
    };
  return null;
}

export const validIssue = (scenario: Scenario, issue: unknown): issue is number =>
  typeof issue === 'number' && Number.isInteger(issue) && issue >= 0 && issue < scenario.issues.length;

export const shifted = (pair: Pair<number>, party: PartyIndex, by: number): Pair<number> =>
  party === 0 ? [pair[0] + by, pair[1]] : [pair[0], pair[1] + by];

function approvalsAt(scenario: Scenario, state: GameState, params: Params): Pair<number> {
  // What each side can point to at home: the outcome, or the other side's latest offer, or no-deal.
  const ref = (party: PartyIndex): Package => {
    if (state.outcome) return state.outcome.package;
    for (let i = state.offers.length - 1; i >= 0; i--)
      if (state.offers[i].by !== party) return state.offers[i].package;
    return params.noDeal;
  };
  return [approval(scenario, params, 0, ref(0)), approval(scenario, params, 1, ref(1))];
}

/** Ends the game with `outcome`. */
export function finish(
  scenario: Scenario,
  state: GameState,
  outcome: Outcome,
  events: GameEvent[],
): GameState {
  let params = state.params;
  if (outcome.kind === 'no-deal') {
    const shift = [...params.approvalShift] as [number, number];
    // A line drawn as a tactic costs approval at a no-deal; one the scenario announced before the talks does not.
    for (const line of state.redLines) if (!line.announced) shift[line.by] -= scenario.redLineNoDealCost;
    params = { ...params, approvalShift: shift };
    events.push({
      type: 'no-deal',
      reason: outcome.reason === 'walked-away' ? 'walked-away' : 'deadline',
      package: outcome.package,
    });
  } else events.push({ type: 'deal', package: outcome.package });
  const ended = { ...state, params, outcome };
  return { ...ended, approvalHistory: [...state.approvalHistory, approvalsAt(scenario, ended, params)] };
}

/** Ends the turn; at the end of a meeting, draws the news and, at the deadline, ends the game. */
export function endTurn(scenario: Scenario, state: GameState, events: GameEvent[]): GameState {
  const turn = state.turn + 1;
  let next: GameState = { ...state, turn };
  if (turn % 2 !== 0) return next;
  const meeting = meetingOf(turn) - 1;
  if (turn >= turnCount(scenario)) {
    return finish(
      scenario,
      next,
      { kind: 'no-deal', package: next.params.noDeal, reason: 'deadline', by: null, turn },
      events,
    );
  }
  const eligible = mapped(scenario.events, (e, i) => ({ e, i })).filter(
    ({ e, i }) => meeting >= e.from && meeting <= e.to && !next.fired.some((f) => f.event === i),
  );
  const drawn = draw(next.rng, eligible.length);
  let params = next.params;
  const fired = [...next.fired];
  let table: Pick<GameState, 'onTable' | 'standing'> = next;
  eligible.forEach(({ e, i }, k) => {
    if (drawn.values[k] >= e.chance) return;
    params = applyParamEffects(params, e.effects);
    table = applyTableEffects({ ...next, ...table, params }, e.effects);
    fired.push({ event: i, afterMeeting: meeting });
    events.push({ type: 'news', event: i, afterMeeting: meeting });
  });
  next = { ...next, rng: drawn.state, params, fired };
  if (table.onTable !== state.onTable || table.standing !== state.standing)
    next = { ...next, onTable: table.onTable, standing: table.standing };
  // The scenario in force after the news (an event may change groups, the economy or the deadline).
  const approvals = approvalsAt(scenarioAt(scenario, next), next, params);
  events.push({ type: 'meeting-ended', meeting, approval: approvals });
  return { ...next, approvalHistory: [...next.approvalHistory, approvals] };
}
