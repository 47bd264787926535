/**
 * Moving between the frame's scenes and the game's, in one place. The table and debrief use `backToTitle`
 * and `newGameFrom`; the title uses `continueSession` to reopen a saved game where it was; setup and join use
 * `startNewGame`, which asks before a new game replaces a saved one that has something to lose. Every game's
 * autosave starts here (`autosave`), with the bar that tells the player when saving fails or another tab has
 * taken the save over.
 */
import type { Scene } from 'phaser';
import { type Autosave, startAutosave } from '../app/autosave.ts';
import { replaceRisk } from '../app/replace-risk.ts';
import { peekSave } from '../app/save.ts';
import type { Session } from '../app/session.ts';
import { toMove } from '../model/rules.ts';
import type { PartyIndex } from '../model/scenario.ts';
import type { OpenDialog } from '../ui/frame/dialog.ts';
import { replaceDialog } from '../ui/frame/replace-dialog.ts';
import { clearSaveBanner, showSaveStatus } from '../ui/frame/save-banner.ts';
import { SCENE_KEYS, type SceneKey } from './keys.ts';
import { startScene } from './scene-data.ts';

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
  autosave(session);
  const { game } = session.store.getState();
  if (game.outcome) {
    startScene(scene.scene, SCENE_KEYS.debrief, { session });
  } else if (isTwoPlayer(session)) {
    const data: HandoverData = { session, next: toMove(session.scenario, game), resume: SCENE_KEYS.table };
    startScene(scene.scene, SCENE_KEYS.handover, data);
  } else {
    startScene(scene.scene, SCENE_KEYS.table, { session });
  }
}

/** Starts saving a game (and stops saving any other); the bar speaks when saving fails or is taken over. */
export function autosave(session: Session): Autosave {
  clearSaveBanner();
  return startAutosave(session, { onStatus: showSaveStatus });
}

/**
 * Starts a new game (just made by setup or join, or loaded from a save file) at its briefing, or where it stands
 * when loaded. When the game saved now has something to lose, asks first in a dialog over `layer` and returns
 * it; returns null when the game started at once.
 */
export function startNewGame(
  scene: Scene,
  layer: HTMLElement,
  session: Session,
  onClose: () => void = () => undefined,
): OpenDialog | null {
  const go = (): void => {
    if (session.store.getState().game.log.length > 0) continueSession(scene, session);
    else {
      autosave(session);
      startScene(scene.scene, SCENE_KEYS.briefing, { session });
    }
  };
  const saved = peekSave();
  const risk = replaceRisk(saved);
  if (!saved || !risk) {
    go();
    return null;
  }
  return replaceDialog(layer, saved, risk, {
    start: go,
    openSaved: () => continueSession(scene, saved),
    onClose,
  });
}

/** Leaves the game for the title screen, closing any overlay. The game stays saved: Continue reopens it. */
export function backToTitle(scene: Scene): void {
  for (const key of OVERLAYS) if (key !== scene.scene.key && scene.scene.isActive(key)) scene.scene.stop(key);
  startScene(scene.scene, SCENE_KEYS.title);
}

/** A new game with the same scenario (setup shows it chosen), from the debrief's "play again". */
export function newGameFrom(scene: Scene, session: Session): void {
  for (const key of OVERLAYS) if (key !== scene.scene.key && scene.scene.isActive(key)) scene.scene.stop(key);
  startScene(scene.scene, SCENE_KEYS.setup, {
    source: session.source,
    previous: session.store.getState().game.settings,
  });
}
