import { Scene, Scenes } from 'phaser';
import {
  type JoinProblem,
  joinSettings,
  MAX_SEAT,
  matchingScenario,
  scenarioMismatch,
} from '../app/classroom.ts';
import { newSession } from '../app/new-session.ts';
import { checkPicked } from '../app/scenario-file.ts';
import { type ScenarioSource, SHIPPED_IDS, shippedScenario } from '../app/scenarios.ts';
import { type MessageKey, t } from '../i18n/catalog.ts';
import { type ClassSession, MAX_NAME_LENGTH } from '../model/code/index.ts';
import type { Scenario } from '../model/scenario.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { announce, button, el } from '../ui/dom.ts';
import { drawBanner } from '../ui/frame/canvas-text.ts';
import type { ChoiceGroup } from '../ui/frame/choices.ts';
import type { OpenDialog } from '../ui/frame/dialog.ts';
import { attachDropZone, scenarioFilePicker } from '../ui/frame/drop-zone.ts';
import { fileReportDialog } from '../ui/frame/file-report.ts';
import { choicePicture } from '../ui/frame/flags.ts';
import { sessionAbout, sidePart } from '../ui/frame/join-parts.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { partyNameOf } from '../ui/frame/party-names.ts';
import { startNewGame } from './flow.ts';
import { SCENE_KEYS } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';

/** The scenario a session is played with, once found (shipped) or loaded (a file). */
interface Resolved {
  readonly source: ScenarioSource;
  readonly scenario: Scenario;
}

/** What the join screen receives: the session from the link, and what to start from. */
export interface JoinData {
  readonly session: ClassSession;
  /** The name typed before (play again, or back from the briefing, or a redraw after a file loaded). */
  readonly name?: string;
  readonly seat?: string;
  readonly side?: string;
  /** The session's scenario, when the caller has it already. */
  readonly scenario?: Resolved;
  /** A saved game of something else, described: starting this session replaces it. */
  readonly savedGame?: string;
  /** What to say on arrival (a file was just loaded). */
  readonly notice?: string;
}

/**
 * Joining a classroom session from its link: what the teacher set (locked: there is no setup screen), the
 * student's name or team, and their seat number or side when the session asks for one. A session made with a
 * scenario that does not ship asks for its file, accepted only with the same id and content hash. Start makes
 * the session with the locked settings, starts the autosave and goes to the briefing (asking first when that
 * would replace a saved game with something to lose).
 */
export class JoinScene extends Scene {
  private joinData!: JoinData;
  private resolved: Resolved | null = null;
  private nameInput!: HTMLInputElement;
  private seatInput: HTMLInputElement | null = null;
  private sideGroup: ChoiceGroup<string> | null = null;
  private loadButton: HTMLButtonElement | null = null;
  private fileStatus: HTMLParagraphElement | null = null;
  private fileInput: HTMLInputElement | null = null;
  private message!: HTMLParagraphElement;
  private layer!: HTMLDivElement;
  private dialog: OpenDialog | null = null;
  private busy = false;

  constructor() {
    super({ key: SCENE_KEYS.join });
  }

  init(data: JoinData): void {
    markSceneLeaving(SCENE_KEYS.join);
    this.joinData = data;
    const given = data.scenario && scenarioMismatch(data.session, data.scenario.scenario) === null;
    this.resolved = given && data.scenario ? data.scenario : shippedMatch(data.session);
    this.seatInput = null;
    this.sideGroup = null;
    this.loadButton = null;
    this.fileStatus = null;
    this.fileInput = null;
    this.dialog = null;
    this.busy = false;
  }

  create(): void {
    this.drawHeader();
    this.buildForm();
    const detach = this.resolved
      ? () => undefined
      : attachDropZone(this.layer, t('title.dropHere'), (files) => void this.takeFiles(files));
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      detach();
      this.dialog = null;
    });
    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.join);
      announce(this.joinData.notice ?? t('classroom.shown', { title: this.title() }));
      focusSoon(this.nameInput);
    });
  }

  private title(): string {
    return this.joinData.session.title || t('classroom.untitled');
  }

  /** A party's name: from the scenario once it is known, else from a shipped scenario or the id itself. */
  private partyName(id: string): string {
    return partyNameOf(id, this.resolved ? [this.resolved.scenario] : loadedShippedScenarios());
  }

  private drawHeader(): void {
    drawBanner(this, t('classroom.heading'), this.title());
  }

  private buildForm(): void {
    this.layer = addLayer(this, 'tt-join').root;
    this.message = el('p', { className: 'tt-message', attrs: { role: 'alert', id: 'tt-join-message' } });
    const back = button(t('classroom.back'), () => startScene(this.scene, SCENE_KEYS.title), {
      className: 'tt-back',
    });
    const start = button(t('classroom.start'), () => this.start(), { className: 'tt-primary tt-start' });
    this.layer.append(
      el('div', {
        className: 'tt-join-form',
        children: [
          sessionAbout({
            session: this.joinData.session,
            sessionTitle: this.title(),
            scenarioTitle: this.resolved?.scenario.title ?? null,
            partyName: (id) => this.partyName(id),
            savedGame: this.joinData.savedGame,
          }),
          this.youColumn(),
        ],
      }),
      el('div', {
        className: 'tt-footer',
        children: [this.message, el('div', { className: 'tt-row', children: [back, start] })],
      }),
    );
  }

  /** What the student enters: the name, the seat or the side, and the scenario file when one is needed. */
  private youColumn(): HTMLElement {
    const column = el('section', {
      className: 'tt-column tt-join-you',
      attrs: { 'aria-labelledby': 'tt-join-you-heading' },
      children: [el('h2', { attrs: { id: 'tt-join-you-heading' }, text: t('classroom.you') })],
    });
    this.nameInput = el('input', {
      className: 'tt-input tt-join-name',
      attrs: {
        type: 'text',
        id: 'tt-join-name',
        maxlength: String(MAX_NAME_LENGTH),
        autocomplete: 'name',
        spellcheck: 'false',
        required: '',
        'aria-describedby': 'tt-join-name-help',
      },
    });
    this.nameInput.value = this.joinData.name ?? '';
    this.enterStarts(this.nameInput);
    column.appendChild(
      el('div', {
        className: 'tt-fieldset tt-join-field',
        children: [
          el('label', { className: 'tt-legend', attrs: { for: 'tt-join-name' }, text: t('classroom.name') }),
          this.nameInput,
          el('p', {
            className: 'tt-muted',
            attrs: { id: 'tt-join-name-help' },
            text: t('classroom.nameHelp', { max: MAX_NAME_LENGTH }),
          }),
        ],
      }),
    );
    const side = sidePart({
      session: this.joinData.session,
      partyName: (id) => this.partyName(id),
      picture: (id) => {
        for (const scenario of this.resolved ? [this.resolved.scenario] : loadedShippedScenarios()) {
          const i = scenario.parties.findIndex((p) => p.id === id);
          if (i === 0 || i === 1) return choicePicture(scenario.look.parties[i]);
        }
        return null;
      },
      seat: this.joinData.seat,
      side: this.joinData.side,
      edited: (input) => this.clearMessage(input),
      enterStarts: (input) => this.enterStarts(input),
    });
    this.seatInput = side.seat;
    this.sideGroup = side.side;
    column.appendChild(side.element);
    if (!this.resolved) column.appendChild(this.filePart());
    else if (this.joinData.notice)
      column.appendChild(el('p', { className: 'tt-join-file-status', text: this.joinData.notice }));
    return column;
  }

  private filePart(): HTMLElement {
    const { session } = this.joinData;
    this.fileInput = scenarioFilePicker((files) => this.takeFiles(files));
    this.loadButton = button(t('classroom.loadFile'), () => this.fileInput?.click(), {
      className: 'tt-primary tt-join-load',
      attrs: { 'aria-describedby': 'tt-join-file-need tt-join-file-status' },
    });
    this.fileStatus = el('p', {
      className: 'tt-join-file-status',
      attrs: { id: 'tt-join-file-status', role: 'status' },
    });
    return el('div', {
      className: 'tt-fieldset tt-join-field tt-join-file',
      children: [
        el('p', {
          attrs: { id: 'tt-join-file-need' },
          text: t('classroom.needFile', { id: session.scenario.id, version: session.scenario.version }),
        }),
        this.loadButton,
        this.fileStatus,
        this.fileInput,
      ],
    });
  }

  private enterStarts(input: HTMLInputElement): void {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.start();
    });
    if (input === this.nameInput) input.addEventListener('input', () => this.clearMessage(input));
  }

  private clearMessage(input?: HTMLInputElement): void {
    this.message.textContent = '';
    input?.removeAttribute('aria-invalid');
  }

  private refuse(text: string, focus: HTMLElement | null | undefined, invalid = false): void {
    this.message.textContent = text;
    if (invalid) focus?.setAttribute('aria-invalid', 'true');
    focus?.focus({ preventScroll: true });
  }

  private refuseJoin(problem: JoinProblem): void {
    const text = t(`classroom.problem.${problem}` as MessageKey, { max: MAX_SEAT });
    switch (problem) {
      case 'NAME_EMPTY':
        this.refuse(text, this.nameInput, true);
        return;
      case 'SEAT_MISSING':
      case 'SEAT_INVALID':
        this.refuse(text, this.seatInput, true);
        return;
      case 'SIDE_MISSING':
        this.refuse(text, this.sideGroup?.element.querySelector('input'));
        return;
    }
  }

  private start(): void {
    if (this.busy || this.dialog) return;
    const joined = joinSettings(this.joinData.session, {
      name: this.nameInput.value,
      ...(this.seatInput ? { seat: this.seatInput.value } : {}),
      ...(this.sideGroup ? { side: this.sideGroup.value() } : {}),
    });
    if (!joined.ok) {
      this.refuseJoin(joined.error);
      return;
    }
    if (!this.resolved) {
      this.refuse(t('classroom.needFileFirst'), this.loadButton);
      return;
    }
    const { settings, classroom } = joined.value;
    const created = newSession(this.resolved.source, this.resolved.scenario, settings, classroom);
    if (!created.ok) {
      this.refuse(t('classroom.cannotStart', { reason: actionErrorText(created.error) }), this.nameInput);
      return;
    }
    // Asks first when this replaces a saved game with something to lose.
    this.dialog = startNewGame(this, this.layer, created.value, () => {
      this.dialog = null;
    });
  }

  /** A scenario file from the picker or a drop: checked as on the title, then matched to the session. */
  private async takeFiles(files: FileList | null): Promise<void> {
    if (this.busy || this.resolved) return;
    this.busy = true;
    const check = await checkPicked(files, (name) => {
      if (this.fileStatus) this.fileStatus.textContent = t('file.reading', { name });
    }).finally(() => {
      this.busy = false;
    });
    if (check === null || !this.sys.isActive()) return;
    if (this.fileStatus) this.fileStatus.textContent = '';
    if (check.kind !== 'valid') {
      this.dialog?.close();
      this.dialog = fileReportDialog(
        this.layer,
        check,
        () => this.fileInput?.click(),
        () => {
          this.dialog = null;
        },
      );
      return;
    }
    const { session } = this.joinData;
    const mismatch = scenarioMismatch(session, check.scenario);
    if (mismatch) {
      this.refuse(
        t(`classroom.fileOther.${mismatch}` as MessageKey, {
          name: check.source.name,
          id: check.scenario.id,
          wanted: session.scenario.id,
        }),
        this.loadButton,
      );
      return;
    }
    const data: JoinData = {
      ...this.joinData,
      name: this.nameInput.value,
      ...(this.seatInput ? { seat: this.seatInput.value } : {}),
      ...(this.sideGroup ? { side: this.sideGroup.value() } : {}),
      scenario: { source: check.source, scenario: check.scenario },
      notice: t('classroom.fileLoaded', { title: check.scenario.title, name: check.source.name }),
    };
    this.scene.restart(data);
  }
}

/** The shipped scenario the session was set up with, if one ships (same id and content hash). */
function shippedMatch(session: ClassSession): Resolved | null {
  return matchingScenario(
    session,
    SHIPPED_IDS.map((id) => ({
      source: { kind: 'shipped', id } as ScenarioSource,
      scenario: shippedScenario(id),
    })),
  );
}

/** The shipped scenarios that have loaded (in the page's language): they name parties before a file is loaded. */
function loadedShippedScenarios(): Scenario[] {
  return SHIPPED_IDS.flatMap((id) => {
    try {
      return [shippedScenario(id)];
    } catch {
      return [];
    }
  });
}
