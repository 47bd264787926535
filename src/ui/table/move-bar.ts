/**
 * The bar under the table: the moves (propose the levers' package, accept, reject, walk away after a
 * confirmation), a line for refused moves, the controls of a computer-vs-computer game (speed, pause), and the
 * way out to the debrief when the talks end without a deal.
 */
import { t } from '../../i18n/catalog.ts';
import { button, el, select } from '../dom.ts';

export const WATCH_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;
export type WatchSpeed = (typeof WATCH_SPEEDS)[number];

/** Milliseconds between two computer moves at each speed (before reduced motion). */
export const WATCH_DELAY_MS: Readonly<Record<WatchSpeed, number>> = {
  slow: 2400,
  normal: 1200,
  fast: 400,
  instant: 0,
};

export interface MoveCallbacks {
  propose(): void;
  accept(): void;
  reject(): void;
  walkAway(): void;
  speed(speed: WatchSpeed): void;
  pause(paused: boolean): void;
  debrief(): void;
}

export interface MoveState {
  readonly propose: boolean;
  readonly accept: boolean;
  readonly reject: boolean;
  readonly walkAway: boolean;
}

export class MoveBar {
  readonly element: HTMLElement;
  readonly proposeButton: HTMLButtonElement;
  private readonly acceptButton: HTMLButtonElement;
  private readonly rejectButton: HTMLButtonElement;
  private readonly walkButton: HTMLButtonElement;
  private readonly status: HTMLElement;
  private readonly play: HTMLElement;
  private readonly confirm: HTMLElement;
  private readonly noButton: HTMLButtonElement;
  private readonly watch: HTMLElement;
  private readonly pauseButton: HTMLButtonElement;
  private readonly end: HTMLElement;
  private readonly endText: HTMLElement;
  readonly debriefButton: HTMLButtonElement;
  private paused = false;

  constructor(callbacks: MoveCallbacks, speed: WatchSpeed) {
    this.proposeButton = button(t('table.move.propose'), () => callbacks.propose(), {
      className: 'tt-primary',
    });
    this.acceptButton = button(t('table.move.accept'), () => callbacks.accept(), { className: 'tt-accept' });
    this.rejectButton = button(t('table.move.reject'), () => callbacks.reject());
    this.walkButton = button(t('table.move.walk'), () => this.askWalk(), { className: 'tt-walk' });
    this.status = el('p', { className: 'tt-moves-status', attrs: { role: 'alert' } });
    this.play = el('div', {
      className: 'tt-moves-play',
      children: [
        el('div', { className: 'tt-moves-group', children: [this.proposeButton] }),
        this.status,
        el('div', {
          className: 'tt-moves-group',
          children: [this.acceptButton, this.rejectButton, this.walkButton],
        }),
      ],
    });

    this.noButton = button(t('table.move.walkNo'), () => this.closeWalk());
    const yes = button(
      t('table.move.walkYes'),
      () => {
        this.closeWalk(false);
        callbacks.walkAway();
      },
      { className: 'tt-walk' },
    );
    this.confirm = el('div', {
      className: 'tt-moves-confirm',
      attrs: { role: 'group', 'aria-label': t('table.move.walkConfirm') },
      children: [el('p', { text: t('table.move.walkConfirm') }), yes, this.noButton],
    });
    this.confirm.hidden = true;
    this.confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeWalk();
    });

    const speedSelect = select(
      t('table.watch.speed'),
      WATCH_SPEEDS.map((s) => ({ value: s, label: t(`table.watch.${s}`) })),
      speed,
      (value) => callbacks.speed(value),
    );
    this.pauseButton = button(t('table.watch.pause'), () => {
      this.paused = !this.paused;
      this.pauseButton.textContent = this.paused ? t('table.watch.resume') : t('table.watch.pause');
      this.pauseButton.setAttribute('aria-pressed', String(this.paused));
      callbacks.pause(this.paused);
    });
    this.pauseButton.setAttribute('aria-pressed', 'false');
    this.watch = el('div', {
      className: 'tt-moves-watch',
      children: [
        el('label', {
          className: 'tt-moves-speed',
          children: [el('span', { text: t('table.watch.speed') }), speedSelect],
        }),
        this.pauseButton,
      ],
    });
    this.watch.hidden = true;

    this.endText = el('p', { className: 'tt-moves-end-text' });
    this.debriefButton = button(t('table.end.debrief'), () => callbacks.debrief(), {
      className: 'tt-primary',
    });
    this.end = el('div', { className: 'tt-moves-end', children: [this.endText, this.debriefButton] });
    this.end.hidden = true;

    this.element = el('div', {
      className: 'tt-moves',
      children: [this.play, this.confirm, this.watch, this.end],
    });
  }

  /** Enables the moves the model allows now. */
  setMoves(state: MoveState): void {
    this.proposeButton.disabled = !state.propose;
    this.acceptButton.disabled = !state.accept;
    this.rejectButton.disabled = !state.reject;
    this.walkButton.disabled = !state.walkAway;
    if (!state.walkAway && !this.confirm.hidden) this.closeWalk(false);
  }

  /** Shows the watch controls instead of the moves (computer vs computer). */
  setWatching(watching: boolean): void {
    this.play.hidden = watching;
    this.watch.hidden = !watching;
    if (watching) this.watch.prepend(this.status);
  }

  showError(message: string | null): void {
    this.status.textContent = message === null ? '' : t('table.move.refused', { message });
  }

  /** The talks are over without a deal: the way to the debrief. */
  showEnd(text: string): void {
    this.play.hidden = true;
    this.watch.hidden = true;
    this.confirm.hidden = true;
    this.end.hidden = false;
    this.endText.textContent = text;
  }

  private askWalk(): void {
    this.play.hidden = true;
    this.confirm.hidden = false;
    this.noButton.focus();
  }

  private closeWalk(refocus = true): void {
    this.confirm.hidden = true;
    this.play.hidden = false;
    if (refocus) this.walkButton.focus();
  }
}
