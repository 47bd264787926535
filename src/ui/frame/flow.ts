/**
 * Moving between the frame's scenes and the game's, in one place. The table and debrief use `backToTitle`
 * and `newGameFrom`; the title uses `continueSession` to reopen a saved game where it was.
 */
import type { Scene } from 'phaser';
import { startAutosave } from '../../app/save.ts';
import type { Session } from '../../app/session.ts';
import { toMove } from '../../model/rules.ts';
import type { PartyIndex } from '../../model/scenario.ts';
import { SCENE_KEYS, type SceneKey } from '../../scenes/keys.ts';

/** What the hand-over screen receives. */
export interface HandoverData {
  readonly session: Session;
  /** The player who takes the device. */
  readonly next: PartyIndex;
  /** The scene to resume (if paused), wake (if sleeping) or start with `{ session }` after the hand-over. */
  readonly resume: SceneKey;
}

const OVERLAYS: readonly SceneKey[] = [SCENE_KEYS.news, SCENE_KEYS.ratification, SCENE_KEYS.handover];

/** Whether two people share this device in this game (a hand-over between their turns). */
export const isTwoPlayer = (session: Session): boolean =>
  session.store.getState().game.settings.opponent === 'human';

/**
 * Opens a saved (or just started) game where it stands: a finished game at its debrief; a game between two
 * players behind the hand-over screen for the player to move; any other at the table.
 */
export function continueSession(scene: Scene, session: Session): void {
  startAutosave(session);
  const { game } = session.store.getState();
  if (game.outcome) {
    scene.scene.start(SCENE_KEYS.debrief, { session });
  } else if (isTwoPlayer(session)) {
    const data: HandoverData = { session, next: toMove(session.scenario, game), resume: SCENE_KEYS.table };
    scene.scene.start(SCENE_KEYS.handover, data);
  } else {
    scene.scene.start(SCENE_KEYS.table, { session });
  }
}

/** Leaves the game for the title screen, closing any overlay. The game stays saved: Continue reopens it. */
export function backToTitle(scene: Scene): void {
  for (const key of OVERLAYS) if (key !== scene.scene.key && scene.scene.isActive(key)) scene.scene.stop(key);
  scene.scene.start(SCENE_KEYS.title);
}

/** A new game with the same scenario (setup shows it chosen), from the debrief's "play again". */
export function newGameFrom(scene: Scene, session: Session): void {
  for (const key of OVERLAYS) if (key !== scene.scene.key && scene.scene.isActive(key)) scene.scene.stop(key);
  scene.scene.start(SCENE_KEYS.setup, {
    source: session.source,
    previous: session.store.getState().game.settings,
  });
}
