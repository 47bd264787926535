/**
 * The rules: `createGame` and `applyAction`, one pure reducer for the game, the computer opponent and replay.
 * `applyAction` never throws for anything a player or a file can cause and never mutates its input. It checks
 * what every move shares and hands the move to its handler (src/model/actions/, one file per move).
 */
import { type ActionOf, HANDLERS, type MoveContext } from './actions/index.ts';
import { emptyList, mapped } from './arrays.ts';
import { scenarioAt } from './events.ts';
import { err, ok, type Result } from './result.ts';
import { seedRng } from './rng.ts';
import { other, partyIndexOf, type Scenario } from './scenario.ts';
import { fail, type Step, toMove } from './turn.ts';
import {
  ACTION_TYPES,
  type ActionError,
  type ActionType,
  DIFFICULTY_LEVELS,
  type GameSettings,
  type GameState,
  OPPONENTS,
  type PublicLine,
  STATE_FORMAT,
} from './types.ts';
import { approval, initialParams } from './utility.ts';
import type { Difficulty } from './vocabulary.ts';

export { topPriority } from './actions/index.ts';
export { scenarioAt } from './events.ts';
export { linesOf, meetingOf, packageProblem, type Step, toMove, turnCount } from './turn.ts';

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
  // Red lines the parties announced before the talks (schema version 2): public, binding from the start.
  const announced = emptyList<PublicLine>();
  for (const l of scenario.announcedLines)
    announced.push({ by: l.by, issue: l.issue, level: l.level, bound: l.bound, announced: true });
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
    offers: emptyList(),
    standing: null,
    params,
    onTable: mapped(scenario.issues, (iss) => iss.onTable),
    redLines: announced,
    links: emptyList(),
    intel: [null, null],
    backChannelUsed: [false, false],
    fired: emptyList(),
    approvalHistory: [start],
    failedRatifications: emptyList(),
    outcome: null,
    log: emptyList(),
  });
}

function isAction(value: unknown): value is { readonly type: string; readonly side: string } {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return typeof a.type === 'string' && typeof a.side === 'string';
}

const isActionType = (type: string): type is ActionType => (ACTION_TYPES as readonly string[]).includes(type);

/** Calls the handler of the action's type: one generic call, so each handler gets its own action type. */
const dispatch = <T extends ActionType>(
  ctx: MoveContext,
  type: T,
  action: ActionOf<T>,
): Result<Step, ActionError> => HANDLERS[type].apply(ctx, action);

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
  if (!isActionType(action.type)) return fail('MALFORMED_ACTION', `there is no action "${action.type}"`);
  // Only the type and the side are checked so far: each handler checks the rest of what it reads.
  const move = action as ActionOf<typeof action.type>;
  const logged = { ...state, log: [...state.log, move] };
  // The scenario in force: the file's, as the news that has fired changed it (events.ts).
  return dispatch({ scenario: scenarioAt(scenario, state), state, side, logged }, move.type, move);
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
