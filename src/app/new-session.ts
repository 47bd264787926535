/** Starts a new game: the model's createGame inside a fresh store (in a classroom session, with its info). */

import { setScenarioLook } from '../i18n/presentation.ts';
import type { Result } from '../model/result.ts';
import { err, ok } from '../model/result.ts';
import { createGame } from '../model/rules.ts';
import type { Scenario } from '../model/scenario.ts';
import type { ActionError, GameSettings, GameState } from '../model/types.ts';
import { createGameStore, type DialogueEntry } from '../store/game-store.ts';
import type { Classroom } from './classroom.ts';
import type { ScenarioSource } from './scenarios.ts';
import type { Session } from './session.ts';

export function newSession(
  source: ScenarioSource,
  scenario: Scenario,
  settings: GameSettings,
  classroom?: Classroom,
): Result<Session, ActionError> {
  const created = createGame(scenario, settings);
  if (!created.ok) return err(created.error);
  setScenarioLook(scenario.look);
  const store = createGameStore(scenario, created.value);
  return ok(classroom ? { source, scenario, store, classroom } : { source, scenario, store });
}

/** A session for a game already under way (a save being resumed). */
export function resumedSession(
  source: ScenarioSource,
  scenario: Scenario,
  game: GameState,
  dialogue: readonly DialogueEntry[],
  classroom?: Classroom,
): Session {
  setScenarioLook(scenario.look);
  const store = createGameStore(scenario, game, dialogue);
  return classroom ? { source, scenario, store, classroom } : { source, scenario, store };
}
