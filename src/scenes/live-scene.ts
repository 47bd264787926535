import { Scene, Scenes } from 'phaser';
import { SeatMemory } from '../app/live-client.ts';
import {
  type LiveSession,
  type LiveState,
  liveCodeInAddress,
  liveJoinChoice,
  liveSessionHere,
} from '../app/live-session.ts';
import { t } from '../i18n/catalog.ts';
import { MAX_NAME_LENGTH } from '../model/code/index.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { announce, button, el } from '../ui/dom.ts';
import { drawBanner } from '../ui/frame/canvas-text.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { SCENE_KEYS } from './keys.ts';
import { leaveLive, showLiveBar } from './live-flow.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';

/** What the live join screen receives: a class code (typed before, or from `?live=CODE`), or a class joined. */
export interface LiveData {
  readonly code?: string;
  readonly name?: string;
  /** A class already joined: the screen waits for its game. */
  readonly live?: LiveSession;
  /** From a join link: a seat this device has in that class is rejoined at once (a reload goes back to the game). */
  readonly autoJoin?: boolean;
}

/**
 * Joining a live class: the class code and a name (a seat this device already has in that class is rejoined,
 * with its name), then the waiting screen: who the student is, the pair and role, who they wait for (the
 * server's words), the connection and the teacher's pause. When the game starts the table opens by itself.
 * When the server cannot be reached (a static host, offline) the screen says so; everything else works.
 */
export class LiveScene extends Scene {
  private data_!: LiveData;
  private layer!: HTMLDivElement;
  private body!: HTMLElement;
  private message!: HTMLParagraphElement;
  private codeInput: HTMLInputElement | null = null;
  private nameInput: HTMLInputElement | null = null;
  private joinButton: HTMLButtonElement | null = null;
  private live: LiveSession | null = null;
  private stop: () => void = () => undefined;
  private leaving = false;

  constructor() {
    super({ key: SCENE_KEYS.live });
  }

  init(data: LiveData): void {
    markSceneLeaving(SCENE_KEYS.live);
    this.data_ = data;
    this.live = data.live ?? null;
    this.codeInput = null;
    this.nameInput = null;
    this.joinButton = null;
    this.stop = () => undefined;
    this.leaving = false;
  }

  create(): void {
    drawBanner(this, t('live.heading'), t('live.subheading'));
    this.layer = addLayer(this, 'tt-join tt-live-join').root;
    this.body = el('div', { className: 'tt-join-form tt-live-form' });
    this.message = el('p', { className: 'tt-message', attrs: { role: 'alert', id: 'tt-live-message' } });
    this.layer.append(this.body, el('div', { className: 'tt-footer', children: [this.message] }));
    this.events.once(Scenes.Events.SHUTDOWN, () => this.stop());
    if (this.live) this.waitFor(this.live);
    else {
      this.buildForm();
      const code = liveJoinChoice(this.data_.code ?? '', 'x');
      if (this.data_.autoJoin && code.ok && new SeatMemory().get(code.code)) void this.join();
    }
    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.live);
      if (!this.live) {
        announce(t('live.shown'));
        focusSoon(this.codeInput?.value ? this.nameInput : this.codeInput);
      }
    });
  }

  private field(id: string, label: string, help: string, input: HTMLInputElement): HTMLElement {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') void this.join();
    });
    input.addEventListener('input', () => {
      this.message.textContent = '';
      input.removeAttribute('aria-invalid');
      this.showRemembered();
    });
    return el('div', {
      className: 'tt-fieldset tt-join-field',
      children: [
        el('label', { className: 'tt-legend', attrs: { for: id }, text: label }),
        input,
        el('p', { className: 'tt-muted', attrs: { id: `${id}-help` }, text: help }),
      ],
    });
  }

  private buildForm(): void {
    const input = (id: string, max: number, value: string) => {
      const node = el('input', {
        className: `tt-input ${id}`,
        attrs: {
          type: 'text',
          id,
          maxlength: String(max),
          spellcheck: 'false',
          autocomplete: 'off',
          'aria-describedby': `${id}-help`,
        },
      });
      node.value = value;
      return node;
    };
    this.codeInput = input('tt-live-code', 20, this.data_.code ?? '');
    this.codeInput.setAttribute('autocapitalize', 'characters');
    const typed = liveJoinChoice(this.data_.code ?? '', 'x');
    const remembered = typed.ok ? new SeatMemory().get(typed.code)?.name : undefined;
    this.nameInput = input('tt-live-name', MAX_NAME_LENGTH, this.data_.name ?? remembered ?? '');
    this.joinButton = button(t('live.join'), () => void this.join(), { className: 'tt-primary tt-live-go' });
    const back = button(t('live.back'), () => startScene(this.scene, SCENE_KEYS.title), {
      className: 'tt-back',
    });
    this.body.replaceChildren(
      el('section', {
        className: 'tt-column',
        children: [
          this.field('tt-live-code', t('live.code'), t('live.codeHelp'), this.codeInput),
          this.field(
            'tt-live-name',
            t('live.name'),
            t('live.nameHelp', { max: MAX_NAME_LENGTH }),
            this.nameInput,
          ),
          el('p', { className: 'tt-join-saved tt-live-remembered', attrs: { hidden: '' } }),
          el('div', { className: 'tt-row', children: [back, this.joinButton] }),
        ],
      }),
    );
    this.showRemembered();
  }

  /** Names the seat this device has in the typed class, if any: joining goes back to it. */
  private showRemembered(): void {
    const note = this.body.querySelector<HTMLElement>('.tt-live-remembered');
    if (!note || !this.codeInput) return;
    const choice = liveJoinChoice(this.codeInput.value, 'x');
    const seat = choice.ok ? new SeatMemory().get(choice.code) : null;
    note.hidden = seat === null;
    note.textContent = seat && choice.ok ? t('live.remembered', { code: choice.code, name: seat.name }) : '';
  }

  private async join(): Promise<void> {
    if (!this.codeInput || !this.nameInput || this.joinButton?.disabled) return;
    const typedCode = this.codeInput.value;
    const seat = liveJoinChoice(typedCode, 'x');
    const remembered = seat.ok ? new SeatMemory().get(seat.code) : null;
    const choice = liveJoinChoice(typedCode, remembered?.name ?? this.nameInput.value);
    if (!choice.ok) {
      const input = choice.problem === 'CODE_INVALID' ? this.codeInput : this.nameInput;
      this.message.textContent = t(`live.problem.${choice.problem}`);
      input.setAttribute('aria-invalid', 'true');
      input.focus({ preventScroll: true });
      return;
    }
    if (this.joinButton) this.joinButton.disabled = true;
    this.message.textContent = t('live.joining', { code: choice.code });
    let live: LiveSession;
    try {
      live = liveSessionHere();
    } catch (error) {
      this.joinFailed(t('live.unreachable'), error);
      return;
    }
    const failure = await live.join(choice.code, choice.name);
    if (!this.sys.isActive()) {
      live.leave();
      return;
    }
    if (failure) {
      live.leave();
      const text =
        failure.kind === 'no-such-class'
          ? t('live.noSuchClass', { code: choice.code })
          : failure.kind === 'refused'
            ? t('live.refused', { reason: actionErrorText(failure) })
            : t('live.unreachable');
      this.joinFailed(text, failure);
      return;
    }
    this.live = live;
    this.message.textContent = '';
    liveCodeInAddress(choice.code);
    this.waitFor(live);
  }

  private joinFailed(text: string, detail: unknown): void {
    console.info('live join failed', detail);
    this.message.textContent = text;
    if (this.joinButton) this.joinButton.disabled = false;
    this.joinButton?.focus({ preventScroll: true });
    markSceneReady(this, SCENE_KEYS.live);
  }

  /** The waiting screen, until the game starts (then the table, or the debrief of a finished game). */
  private waitFor(live: LiveSession): void {
    showLiveBar(live);
    const lines = el('div', { className: 'tt-live-wait', attrs: { role: 'status', 'aria-live': 'polite' } });
    const leave = button(
      t('live.leave'),
      () => {
        leaveLive(live);
        startScene(this.scene, SCENE_KEYS.title);
      },
      { className: 'tt-live-leave' },
    );
    this.body.replaceChildren(
      el('section', {
        className: 'tt-column',
        children: [el('h2', { text: t('live.waitingHeading', { code: live.code }) }), lines, leave],
      }),
    );
    const update = (state: LiveState): void => {
      if (this.leaving) return;
      if (state.session) {
        this.leaving = true;
        const session = state.session;
        const over = session.store.getState().game.outcome !== null;
        startScene(this.scene, over ? SCENE_KEYS.debrief : SCENE_KEYS.table, { session });
        return;
      }
      lines.replaceChildren(...waitingLines(state).map((text) => el('p', { text })));
      markSceneReady(this, SCENE_KEYS.live);
    };
    this.stop = live.state.subscribe(update);
    update(live.state.getState());
    focusSoon(leave);
  }
}

/** What the waiting screen says, line by line. */
export function waitingLines(state: LiveState): string[] {
  const { seat, lobby } = state;
  const lines: string[] = [];
  if (seat) {
    lines.push(t('live.seat', { name: seat.name }));
    lines.push(
      seat.pair === null
        ? t('live.seatUnplaced')
        : t('live.seatPlaced', { pair: seat.pair + 1, role: t(`live.role.${seat.role}`) }),
    );
  }
  if (lobby?.sides && seat?.side !== null && seat?.side !== undefined) {
    const names = (side: 0 | 1): string =>
      lobby.computer[side]
        ? t('live.computerSide')
        : lobby.sides?.[side].map((p) => p.name).join(', ') || t('live.nobody');
    const mine = seat.side;
    lines.push(t('live.partners', { names: names(mine), others: names(mine === 0 ? 1 : 0) }));
  }
  if (lobby?.ended) lines.push(t('live.ended'));
  else if (lobby?.paused) lines.push(t('live.paused'));
  lines.push(lobby?.waitingFor ?? t('live.waitingStart'));
  return lines;
}
