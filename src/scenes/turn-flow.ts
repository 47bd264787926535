/**
 * What happens between moves: the overlays a step calls for (ratification, then news) over the paused table,
 * the computer's turn after a short pause (or at the watch speed), and the hand-over screen between two
 * players on one device. The table scene owns the widgets; this class owns the order of things.
 */
import type { Scene, Time } from 'phaser';
import type { Session } from '../app/session.ts';
import { motionMs } from '../app/settings.ts';
import { cueFor, playCue } from '../app/sound.ts';
import { toMove } from '../model/rules.ts';
import type { PartyIndex } from '../model/scenario.ts';
import type { GameEvent } from '../model/types.ts';
import type { Params } from '../model/utility.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { WATCH_DELAY_MS, type WatchSpeed } from '../ui/table/move-bar.ts';
import { isWatching } from '../ui/table/viewer.ts';
import { SCENE_KEYS } from './keys.ts';
import { launchScene } from './scene-data.ts';

/** The pause before the computer replies to a player, so the reply is seen arriving. */
export const COMPUTER_PAUSE_MS = 600;

export interface NewsOverlayData {
  readonly session: Session;
  readonly events: readonly GameEvent[];
  /** The game's parameters before the step, so the news says "from → to". */
  readonly before?: Params;
  /** Whose eyes the table sees through (private numbers show only for that side). */
  readonly viewer?: PartyIndex | null;
}

export interface RatificationOverlayData {
  readonly session: Session;
  readonly events: readonly GameEvent[];
}

type Overlay =
  | { readonly key: typeof SCENE_KEYS.news; readonly data: NewsOverlayData }
  | { readonly key: typeof SCENE_KEYS.ratification; readonly data: RatificationOverlayData };

export interface FlowHost {
  /** Hides or shows the table's DOM controls (an overlay is drawn on the canvas, under the DOM layer). */
  setControlsShown(shown: boolean): void;
  /** A person is to move: the table focuses its levers, or hands the device over to the other player. */
  humanTurn(side: PartyIndex): void;
  /** The computer is about to move: say so. */
  computerThinking(side: PartyIndex): void;
  /** Someone on another device moves (a classmate in a live class, or the team's lead): wait for the step. */
  remoteTurn(side: PartyIndex): void;
  /** The game is over and no overlay is left. */
  gameOver(): void;
  /** The hand-over screen was closed: the table now shows the next player's side. */
  handedOver(): void;
  /** Something went wrong that the player should see. */
  problem(message: string): void;
}

export class TurnFlow {
  private queue: Overlay[] = [];
  private timer: Time.TimerEvent | null = null;
  private waiting: Time.TimerEvent | null = null;
  private handingOver = false;
  private overlayOpen = false;
  private settled = false;
  speed: WatchSpeed = 'normal';
  paused = false;

  constructor(
    private readonly scene: Scene,
    private readonly session: Session,
    private readonly host: FlowHost,
  ) {}

  private get watching(): boolean {
    return isWatching(this.session.store.getState().game);
  }

  /** At top speed a computer-vs-computer game skips the pauses and every overlay but the final ratification. */
  get instant(): boolean {
    return this.watching && this.speed === 'instant';
  }

  /** True while a person may move: no step playing, no overlay, no computer about to move. */
  get idle(): boolean {
    return this.settled;
  }

  /** A step was applied: queue its overlays, then go on once its animation had time to play. */
  step(events: readonly GameEvent[], before: Params, viewer: PartyIndex | null, motion: boolean): void {
    this.cancel();
    this.settled = false;
    const { session } = this;
    const dealDone = events.some((e) => e.type === 'deal');
    if (events.some((e) => e.type === 'ratification') && (dealDone || !this.instant))
      this.queue.push({ key: SCENE_KEYS.ratification, data: { session, events } });
    const news = events.filter((e) => e.type === 'news');
    // At top speed only the end of the game is heard, not every move.
    const cue = cueFor(events);
    if (!this.instant || cue === 'deal' || cue === 'no-deal') playCue(cue);
    if (news.length > 0 && !this.instant)
      this.queue.push({ key: SCENE_KEYS.news, data: { session, events: news, before, viewer } });
    const delay = motion && !this.instant ? motionMs(700) : 0;
    this.waiting = this.scene.time.delayedCall(delay, () => {
      this.waiting = null;
      this.next();
    });
  }

  /** Starts the flow for the game as it stands (the scene was just created). */
  start(): void {
    this.next();
  }

  /** The table was resumed or woken: an overlay or the hand-over screen closed. */
  resumed(): void {
    this.host.setControlsShown(true);
    if (this.handingOver) {
      this.handingOver = false;
      this.host.handedOver();
    }
    this.overlayOpen = false;
    this.next();
  }

  private next(): void {
    const overlay = this.queue.shift();
    if (overlay) {
      this.overlayOpen = true;
      this.host.setControlsShown(false);
      if (overlay.key === SCENE_KEYS.news) launchScene(this.scene.scene, overlay.key, overlay.data);
      else launchScene(this.scene.scene, overlay.key, overlay.data);
      this.scene.scene.bringToTop(overlay.key);
      this.scene.scene.pause();
      return;
    }
    this.afterOverlays();
  }

  private afterOverlays(): void {
    const { store, scenario } = this.session;
    const game = store.getState().game;
    if (game.outcome) {
      this.host.gameOver();
      return;
    }
    const side = toMove(scenario, game);
    if (store.getState().isComputer(side)) {
      this.scheduleComputer(side);
      return;
    }
    this.settled = true;
    if (store.getState().playedElsewhere(side) !== null) {
      this.host.remoteTurn(side);
      return;
    }
    this.host.humanTurn(side);
  }

  /** Two players on one device: cover the table until the next player is ready. */
  handOver(next: PartyIndex): void {
    this.settled = false;
    this.handingOver = true;
    this.host.setControlsShown(false);
    launchScene(this.scene.scene, SCENE_KEYS.handover, {
      session: this.session,
      next,
      resume: SCENE_KEYS.table,
    });
    this.scene.scene.bringToTop(SCENE_KEYS.handover);
    this.scene.scene.pause();
  }

  private scheduleComputer(side: PartyIndex): void {
    this.cancelComputer();
    if (this.watching && this.paused) return;
    this.host.computerThinking(side);
    const delay = this.watching ? WATCH_DELAY_MS[this.speed] : motionMs(COMPUTER_PAUSE_MS);
    this.timer = this.scene.time.delayedCall(delay, () => {
      this.timer = null;
      const { store } = this.session;
      if (!store.getState().computerTurn()) {
        const error = store.getState().error;
        if (error) this.host.problem(actionErrorText(error));
      }
    });
  }

  /** The watch speed or pause changed: reschedule the computer's move. */
  rewatch(): void {
    this.cancelComputer();
    if (this.waiting || this.overlayOpen || this.handingOver) return;
    this.afterOverlays();
  }

  private cancelComputer(): void {
    this.timer?.remove(false);
    this.timer = null;
  }

  cancel(): void {
    this.cancelComputer();
    this.waiting?.remove(false);
    this.waiting = null;
  }
}
