/**
 * The table scene's hooks into the page and into Phaser, attached when the scene is created and detached when it
 * shuts down: the store's changes, the key O for the latest offer, a redraw when a setting or the browser's zoom
 * changes, the turn flow resuming after an overlay or the hand-over, and the clean-up of the coach.
 */
import { type Scene, Scenes } from 'phaser';
import type { SessionData } from '../app/session.ts';
import { subscribeSettings } from '../app/settings.ts';
import type { GameStore, GameStoreState } from '../store/game-store.ts';
import { leaveCoach } from '../ui/coach/coach.ts';
import { subscribeZoom } from '../ui/frame/text-scale.ts';
import { attachOfferKey } from '../ui/table/offer-key.ts';

export interface TableHooks {
  /** A change of the store (a move, an error). */
  onStore(state: GameStoreState, prev: GameStoreState): void;
  /** Whether the key O may show the latest offer now (the table's controls are shown). */
  offerKeyActive(): boolean;
  /** The key O: the latest offer in full. */
  showLatestOffer(): void;
  /** An overlay or the hand-over resumed (or woke) the table. */
  resumed(): void;
  /** The scene shuts down: what the table started stops (the turn flow, the live class's parts). */
  shutdown(): void;
}

export function attachTableHooks(scene: Scene, store: GameStore, data: SessionData, hooks: TableHooks): void {
  const unsubscribe = store.subscribe((state, prev) => hooks.onStore(state, prev));
  const detachOfferKey = attachOfferKey(hooks.offerKeyActive, hooks.showLatestOffer);
  const redraw = () => {
    if (scene.scene.isActive()) scene.scene.restart(data);
  };
  const unsettle = subscribeSettings(redraw);
  const unzoom = subscribeZoom(redraw);
  const resumed = () => hooks.resumed();
  scene.events.on(Scenes.Events.RESUME, resumed);
  scene.events.on(Scenes.Events.WAKE, resumed);
  scene.events.once(Scenes.Events.SHUTDOWN, () => {
    leaveCoach();
    unsubscribe();
    unsettle();
    detachOfferKey();
    unzoom();
    hooks.shutdown();
    scene.events.off(Scenes.Events.RESUME, resumed);
    scene.events.off(Scenes.Events.WAKE, resumed);
  });
}
