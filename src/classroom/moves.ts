/**
 * Every decision of a replayed game, move by move: who made it (the student, the computer or a second player),
 * when (turn and meeting), and for an offer, each side's utility of it under the parameters of that moment
 * (news changes them during a game). The log is replayed step by step with the model's own rules.
 */
import type { ResultRecord } from '../model/code/result-code.ts';
import { computerSides } from '../model/players.ts';
import { applyAction, createGame, meetingOf } from '../model/rules.ts';
import { type Package, type Pair, type PartyIndex, partyIndexOf, type Scenario } from '../model/scenario.ts';
import type { Action, GameState } from '../model/types.ts';
import { utility } from '../model/utility.ts';

export const MOVERS = ['student', 'computer', 'second player'] as const;
/** Who made a move: the student, the computer, or a second person at the same screen (opponent "human"). */
export type Mover = (typeof MOVERS)[number];

export interface MoveFact {
  /** The move's index in the game's log, 0-based. */
  readonly index: number;
  /** The turn the move was made in, 0-based (a meeting is two turns). */
  readonly turn: number;
  /** The meeting the move was made in, 0-based. */
  readonly meeting: number;
  readonly side: PartyIndex;
  readonly who: Mover;
  readonly action: Action;
  /**
   * The package the move is about: the offer made (propose), or the standing offer accepted or rejected;
   * null for the other moves.
   */
  readonly package: Package | null;
  /** Each party's utility of that package under the parameters when the move was made; null without one. */
  readonly utilities: Pair<number> | null;
}

/** Who plays `side` in a game with these settings. */
export function moverOf(scenario: Scenario, game: Pick<GameState, 'settings'>, side: PartyIndex): Mover {
  if (computerSides(scenario, game).includes(side)) return 'computer';
  return partyIndexOf(scenario, game.settings.side) === side ? 'student' : 'second player';
}

function packageOf(state: GameState, action: Action): Package | null {
  if (action.type === 'propose') return action.package;
  if ((action.type === 'accept' || action.type === 'reject') && state.standing !== null)
    return state.offers[state.standing]?.package ?? null;
  return null;
}

/**
 * The moves of a record's game, replayed against its scenario. A record that does not replay (which a
 * verified code never is) gives its moves before the first one the rules refuse.
 */
export function movesOf(scenario: Scenario, record: Pick<ResultRecord, 'settings' | 'log'>): MoveFact[] {
  const created = createGame(scenario, record.settings);
  if (!created.ok) return [];
  let state = created.value;
  const facts: MoveFact[] = [];
  for (const [index, action] of record.log.entries()) {
    const side = partyIndexOf(scenario, action.side);
    if (side === null) break;
    const pkg = packageOf(state, action);
    const utilities: Pair<number> | null = pkg
      ? [utility(scenario, state.params, 0, pkg), utility(scenario, state.params, 1, pkg)]
      : null;
    const step = applyAction(scenario, state, action);
    if (!step.ok) break;
    facts.push({
      index,
      turn: state.turn,
      meeting: meetingOf(state.turn),
      side,
      who: moverOf(scenario, state, side),
      action,
      package: pkg,
      utilities,
    });
    state = step.value.state;
  }
  return facts;
}
