/** Finished games of the mini scenario for the debrief's data tests: one seeded computer game, and no-deals. */
import { applyAction, createGame } from '../../../src/model/rules.ts';
import type { Action, GameSettings, GameState } from '../../../src/model/types.ts';
import { loadScenario, MINI } from '../../helpers.ts';

export const mini = loadScenario(MINI);

export const SETTINGS: GameSettings = {
  seed: 'abc',
  side: 'japan',
  opponent: 'computer-vs-computer',
  difficulty: 'normal',
};

/**
 * Seed "abc": the United States accepts Japan's fourth offer in the last meeting. The moves the computer made
 * for both sides in this game before issue 12 changed how it negotiates, replayed as they were: the debrief's
 * data tests need a fixed game, not the agent's latest.
 */
export const computerGame = (): GameState => played(COMPUTER_MOVES);

const propose = (side: string, pkg: readonly number[]): Action => ({ type: 'propose', side, package: pkg });

const COMPUTER_MOVES: readonly Action[] = [
  { type: 'back-channel', side: 'japan' },
  propose('japan', [2, 1, 0, 0]),
  { type: 'back-channel', side: 'us' },
  propose('us', [0, 0, 2, 0]),
  propose('japan', [2, 0, 0, 0]),
  propose('us', [0, 1, 2, 0]),
  propose('japan', [2, 0, 1, 0]),
  propose('us', [0, 0, 2, 0]),
  propose('japan', [2, 0, 1, 0]),
  { type: 'accept', side: 'us' },
];

/** Plays a list of actions from a new game; throws if the rules refuse one. */
export function played(actions: readonly Action[], settings: GameSettings = SETTINGS): GameState {
  const created = createGame(mini, settings);
  if (!created.ok) throw new Error(created.error.message);
  let state = created.value;
  for (const action of actions) {
    const step = applyAction(mini, state, action);
    if (!step.ok) throw new Error(`${step.error.code}: ${step.error.message}`);
    state = step.value.state;
  }
  return state;
}

/**
 * Japan accepts a US offer its rice farmers veto (farm purchases over their red line) in the second meeting (turn
 * 2), then walks away in the third (turn 4).
 */
export const walkAwayGame = (): GameState =>
  played([
    propose('japan', [2, 1, 0, 0]),
    propose('us', [0, 0, 2, 0]),
    { type: 'accept', side: 'japan' },
    propose('us', [0, 0, 2, 0]),
    { type: 'walk-away', side: 'japan' },
  ]);

/** Both sides repeat their opening offers until time runs out. */
export const deadlineGame = (): GameState =>
  played(
    Array.from({ length: 8 }, (_, turn) =>
      turn % 2 === 0 ? propose('japan', [2, 1, 0, 0]) : propose('us', [0, 0, 2, 0]),
    ),
  );
