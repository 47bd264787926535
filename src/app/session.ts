/**
 * A session: one game being played, handed to every scene in `scene.start(key, { session })`. Scenes read the
 * game from `session.store`, subscribe in create() and unsubscribe on shutdown; they never call the model's
 * applyAction themselves.
 */

import type { Scenario } from '../model/scenario.ts';
import type { GameStore } from '../store/game-store.ts';
import type { Classroom } from './classroom.ts';
import type { LiveSession } from './live-session.ts';
import type { ScenarioSource } from './scenarios.ts';

export interface Session {
  readonly source: ScenarioSource;
  readonly scenario: Scenario;
  readonly store: GameStore;
  /** Set when the game is played in a classroom session: the session (its settings are locked) and the name. */
  readonly classroom?: Classroom;
  /**
   * Set in a live class: the game against a classmate on another device. The store is then the remote one
   * (src/store/remote-game-store.ts), the game is not saved here (the server keeps it), and the table adds the
   * chat, the team, the meeting's time and the teacher's announcements.
   */
  readonly live?: LiveSession;
}

/** What every scene after setup receives in init(). */
export interface SessionData {
  readonly session: Session;
}
