/**
 * The rules: `createGame` and `applyAction`, one pure reducer for the game, the computer opponent and replay.
 * `applyAction` never throws for anything a player or a file can cause and never mutates its input.
 */

import { assertNever, err, ok, type Result } from './result.ts';
import { draw, seedRng } from './rng.ts';
import { other, type Package, type Pair, type PartyIndex, partyIndexOf, type Scenario } from './scenario.ts';
import {
  type Action,
  type ActionError,
  type ActionErrorCode,
  DIFFICULTY_LEVELS,
  type GameEvent,
  type GameSettings,
  type GameState,
  OPPONENTS,
  type Outcome,
  STATE_FORMAT,
} from './types.ts';
import { approval, crosses, initialParams, type Line, type Params, ratify, utilityTable } from './utility.ts';
import type { Difficulty } from './vocabulary.ts';

export type Step = { readonly state: GameState; readonly events: readonly GameEvent[] };

const fail = (code: ActionErrorCode, message: string) => err<ActionError>({ code, message });

export const turnCount = (scenario: Scenario): number => scenario.meetingCount * 2;
export const meetingOf = (turn: number): number => Math.floor(turn / 2);
export const toMove = (scenario: Scenario, state: GameState): PartyIndex =>
  ((scenario.firstMover + state.turn) % 2) as PartyIndex;

export function createGame(scenario: Scenario, settings: GameSettings): Result<GameState, ActionError> {
  if (typeof settings?.seed !== 'string' || settings.seed.length === 0)
    return fail('BAD_SETTINGS', 'the seed must be a non-empty string');
  if (partyIndexOf(scenario, settings.side) === null)
    return fail('BAD_SETTINGS', `the side must be one of ${scenario.parties.map((p) => p.id).join(', ')}`);
  if (!OPPONENTS.includes(settings.opponent))
    return fail('BAD_SETTINGS', `the opponent must be one of ${OPPONENTS.join(', ')}`);
  if (!DIFFICULTY_LEVELS.includes(settings.difficulty as Difficulty))
    return fail('BAD_SETTINGS', `the difficulty must be one of ${DIFFICULTY_LEVELS.join(', ')}`);
  const params = initialParams(scenario);
  const start = [
    approval(scenario, params, 0, params.noDeal),
    approval(scenario, params, 1, params.noDeal),
  ] as const;
  return ok({
    format: STATE_FORMAT,
    scenario: { id: scenario.id, version: scenario.version, hash: scenario.hash },
    settings: {
      seed: settings.seed,
      side: settings.side,
      opponent: settings.opponent,
      difficulty: settings.difficulty,
    },
    rng: seedRng(settings.seed),
    turn: 0,
    offers: [],
    standing: null,
    params,
    onTable: scenario.issues.map((iss) => iss.onTable),
    redLines: [],
    links: [],
    intel: [null, null],
    backChannelUsed: [false, false],
    fired: [],
    approvalHistory: [start],
    failedRatifications: [],
    outcome: null,
    log: [],
  });
}

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

function finish(scenario: Scenario, state: GameState, outcome: Outcome, events: GameEvent[]): GameState {
  let params = state.params;
  if (outcome.kind === 'no-deal') {
    const shift = [...params.approvalShift] as [number, number];
    for (const line of state.redLines) shift[line.by] -= scenario.redLineNoDealCost;
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
function endTurn(scenario: Scenario, state: GameState, events: GameEvent[]): GameState {
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
  const eligible = scenario.events
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => meeting >= e.from && meeting <= e.to && !next.fired.some((f) => f.event === i));
  const drawn = draw(next.rng, eligible.length);
  let params = next.params;
  const fired = [...next.fired];
  eligible.forEach(({ e, i }, k) => {
    if (drawn.values[k] >= e.chance) return;
    params = applyEffects(params, e.effects);
    fired.push({ event: i, afterMeeting: meeting });
    events.push({ type: 'news', event: i, afterMeeting: meeting });
  });
  next = { ...next, rng: drawn.state, params, fired };
  const approvals = approvalsAt(scenario, next, params);
  events.push({ type: 'meeting-ended', meeting, approval: approvals });
  return { ...next, approvalHistory: [...next.approvalHistory, approvals] };
}

function applyEffects(params: Params, effects: Scenario['events'][number]['effects']): Params {
  let p = params;
  for (const f of effects) {
    switch (f.op) {
      case 'set-no-deal':
        p = { ...p, noDeal: p.noDeal.map((l, j) => (j === f.issue ? f.level : l)) };
        break;
      case 'adjust-influence': {
        const row = p.influence[f.party].map((w, g) => (g === f.group ? Math.max(0, w + f.by) : w));
        p = { ...p, influence: f.party === 0 ? [row, p.influence[1]] : [p.influence[0], row] };
        break;
      }
      case 'adjust-threshold': {
        const t = Math.min(1, Math.max(0, p.threshold[f.party] + f.by));
        p = { ...p, threshold: f.party === 0 ? [t, p.threshold[1]] : [p.threshold[0], t] };
        break;
      }
      case 'adjust-approval':
        p = { ...p, approvalShift: shifted(p.approvalShift, f.party, f.by) };
        break;
      default:
        assertNever(f);
    }
  }
  return p;
}

const shifted = (pair: Pair<number>, party: PartyIndex, by: number): Pair<number> =>
  party === 0 ? [pair[0] + by, pair[1]] : [pair[0], pair[1] + by];

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

function isAction(value: unknown): value is Action {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.type === 'string' && typeof a.side === 'string';
}

const validIssue = (scenario: Scenario, issue: unknown): issue is number =>
  typeof issue === 'number' && Number.isInteger(issue) && issue >= 0 && issue < scenario.issues.length;

/** Applies one action. The state that comes back shares unchanged parts with the input, which stays as it was. */
export function applyAction(
  scenario: Scenario,
  state: GameState,
  action: unknown,
): Result<Step, ActionError> {
  if (state.scenario.hash !== scenario.hash)
    return fail('SCENARIO_MISMATCH', 'this game belongs to another scenario');
  if (state.outcome) return fail('GAME_OVER', 'the game is over: no more moves');
  if (!isAction(action)) return fail('MALFORMED_ACTION', 'an action is an object with a type and a side');
  const side = partyIndexOf(scenario, action.side);
  if (side === null) return fail('UNKNOWN_SIDE', `there is no side "${String(action.side)}"`);
  if (side !== toMove(scenario, state))
    return fail('NOT_YOUR_TURN', `it is ${scenario.parties[other(side)].name}'s turn`);
  const events: GameEvent[] = [];
  const logged = { ...state, log: [...state.log, action] };
  const standing = state.standing === null ? null : state.offers[state.standing];
  switch (action.type) {
    case 'propose': {
      const problem = packageProblem(scenario, state, side, action.package);
      if (problem) return err(problem);
      const pkg = [...action.package];
      const offer = { by: side, package: pkg, turn: state.turn };
      events.push({ type: 'proposed', by: side, offer: state.offers.length, package: pkg });
      const next = {
        ...logged,
        offers: [...state.offers, offer],
        standing: state.offers.length,
        log: [...state.log, { ...action, package: pkg }],
      };
      return ok({ state: endTurn(scenario, next, events), events });
    }
    case 'accept': {
      if (standing === null || state.standing === null)
        return fail('NO_STANDING_OFFER', 'there is no offer on the table to accept');
      const crossed = linesOf(state, side).find((line) => crosses(line, standing.package));
      if (crossed)
        return fail(
          'CROSSES_RED_LINE',
          `this offer crosses your public red line on ${scenario.issues[crossed.issue].name}`,
        );
      events.push({ type: 'accepted', by: side, offer: state.standing, package: standing.package });
      const results = ([0, 1] as const).map((p) =>
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
    }
    case 'reject': {
      if (state.standing === null)
        return fail('NO_STANDING_OFFER', 'there is no offer on the table to reject');
      events.push({ type: 'rejected', by: side, offer: state.standing });
      return ok({ state: endTurn(scenario, { ...logged, standing: null }, events), events });
    }
    case 'walk-away': {
      events.push({ type: 'walked-away', by: side });
      const outcome: Outcome = {
        kind: 'no-deal',
        package: state.params.noDeal,
        reason: 'walked-away',
        by: side,
        turn: state.turn,
      };
      return ok({ state: finish(scenario, logged, outcome, events), events });
    }
    case 'red-line': {
      if (state.redLines.some((l) => l.by === side))
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
      events.push({ type: 'red-line', line });
      return ok({ state: { ...logged, redLines: [...state.redLines, line] }, events });
    }
    case 'link': {
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
      events.push({ type: 'linked', by: side, issue: action.issue, approvalCost: cost });
      const onTable = state.onTable.map((on, j) => on || j === action.issue);
      return ok({
        state: {
          ...logged,
          params,
          onTable,
          links: [...state.links, { by: side, issue: action.issue, turn: state.turn }],
        },
        events,
      });
    }
    case 'back-channel': {
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
      events.push({ type: 'back-channel', by: side, revealed, leaked });
      return ok({ state: { ...logged, rng: drawn.state, params, intel, backChannelUsed: used }, events });
    }
    default:
      return fail('MALFORMED_ACTION', `there is no action "${String((action as { type: unknown }).type)}"`);
  }
}

/** Replays a log from the start: a fold of applyAction. The error says which action failed. */
export function replay(
  scenario: Scenario,
  settings: GameSettings,
  log: readonly unknown[],
): Result<GameState, ActionError> {
  const created = createGame(scenario, settings);
  if (!created.ok) return created;
  let state = created.value;
  for (let i = 0; i < log.length; i++) {
    const step = applyAction(scenario, state, log[i]);
    if (!step.ok) return err({ ...step.error, index: i });
    state = step.value.state;
  }
  return ok(state);
}
