import { type GameObjects, Scene, Scenes } from 'phaser';
import { newSession } from '../app/new-session.ts';
import {
  DEFAULT_SCENARIO,
  loadScenario,
  type ScenarioSource,
  SHIPPED_IDS,
  shippedScenario,
} from '../app/scenarios.ts';
import { coachFor, getSettings, updateSettings } from '../app/settings.ts';
import { formatProblem, type ScenarioProblem } from '../content/problems.ts';
import { type MessageKey, t } from '../i18n/catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { DIFFICULTY_LEVELS, type GameSettings, OPPONENTS, type Opponent } from '../model/types.ts';
import type { Difficulty } from '../model/vocabulary.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { announce, button, checkbox, el } from '../ui/dom.ts';
import { drawBanner } from '../ui/frame/canvas-text.ts';
import { type ChoiceGroup, choiceGroup } from '../ui/frame/choices.ts';
import type { OpenDialog } from '../ui/frame/dialog.ts';
import { choicePicture } from '../ui/frame/flags.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { checkSeed, randomSeed, SEED_FIELD_ATTRS, SEED_MAX_LENGTH } from '../ui/frame/seed.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { startNewGame } from './flow.ts';
import { SCENE_KEYS } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';

/** What setup receives: the scenario to offer first (a shipped one by default), and the last game's settings. */
export interface SetupData {
  readonly source?: ScenarioSource;
  /** The compiled scenario of `source`, when the caller has it already (a file just checked). */
  readonly scenario?: Scenario;
  /** A file's warnings, shown to its designer. */
  readonly warnings?: readonly ScenarioProblem[];
  /** The settings of the game before, to start from (play again). */
  readonly previous?: GameSettings;
  /** The seed to show instead of a fresh one (back from the briefing). */
  readonly seed?: string;
}

interface Candidate {
  readonly key: string;
  readonly source: ScenarioSource;
  readonly scenario: Scenario;
  readonly warnings: readonly ScenarioProblem[];
}

/**
 * Setup: the scenario (the shipped ones, and a loaded file), the side, the opponent, the difficulty and the
 * seed. Start makes the session, starts the autosave and goes to the briefing (asking first when that would
 * replace a saved game with something to lose).
 */
export class SetupScene extends Scene {
  private candidates: Candidate[] = [];
  private chosen!: Candidate;
  private side = '';
  private opponent: Opponent = 'computer';
  private difficulty: Difficulty = 'normal';
  private sideGroup: ChoiceGroup<string> | null = null;
  private sideSlot!: HTMLDivElement;
  private difficultyGroup!: ChoiceGroup<Difficulty>;
  private warningsBox!: HTMLDivElement;
  private seedInput!: HTMLInputElement;
  private message!: HTMLParagraphElement;
  private subtitle: GameObjects.Text | null = null;
  private initialSeed: string | null = null;
  private layer!: HTMLDivElement;
  private dialog: OpenDialog | null = null;
  private coachBox!: HTMLInputElement;

  constructor() {
    super({ key: SCENE_KEYS.setup });
  }

  init(data: SetupData = {}): void {
    markSceneLeaving(SCENE_KEYS.setup);
    this.candidates = candidatesFor(data);
    const first = data.source
      ? (this.candidates.find((c) => sameSource(c.source, data.source)) ?? null)
      : null;
    this.chosen = first ?? this.candidates[0];
    const previous = data.previous;
    this.side =
      previous && this.chosen.scenario.parties.some((p) => p.id === previous.side)
        ? previous.side
        : this.chosen.scenario.parties[this.chosen.scenario.look.defaultSide].id;
    this.opponent = previous?.opponent ?? 'computer';
    this.difficulty = previous?.difficulty ?? 'normal';
    this.sideGroup = null;
    this.subtitle = null;
    this.initialSeed = data.seed ?? null;
    this.dialog = null;
  }

  create(): void {
    this.drawHeader();
    this.buildForm();
    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.setup);
      announce(t('setup.shown'));
      focusSoon(this.sideGroup?.checkedInput());
    });
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.sideGroup = null;
      this.subtitle = null;
      this.dialog = null;
    });
  }

  private drawHeader(): void {
    this.subtitle = drawBanner(this, t('setup.heading'), this.chosen.scenario.title).subtitle;
  }

  private buildForm(): void {
    const layer = addLayer(this, 'tt-setup').root;
    this.layer = layer;

    const scenarioGroup = choiceGroup(
      t('setup.scenario'),
      this.candidates.map((c) => ({
        value: c.key,
        label:
          c.source.kind === 'file'
            ? t('setup.scenarioFile', { title: c.scenario.title, name: c.source.name })
            : c.scenario.title,
        note: t('setup.scenarioNote', {
          meetings: c.scenario.meetingCount,
          issues: c.scenario.issues.length,
        }),
      })),
      this.chosen.key,
      (key) => this.chooseScenario(key),
      'tt-scenarios',
    );
    this.warningsBox = el('div', { className: 'tt-warnings', attrs: { 'aria-live': 'polite' } });
    this.sideSlot = el('div', { className: 'tt-side-slot' });

    const opponentGroup = choiceGroup<Opponent>(
      t('setup.opponent'),
      OPPONENTS.map((o) => ({
        value: o,
        label: t(`setup.opponent.${o}` as MessageKey),
        note: t(`setup.opponent.${o}.note` as MessageKey),
      })),
      this.opponent,
      (o) => {
        this.opponent = o;
        this.refreshOpponent();
      },
      'tt-opponents',
    );
    this.difficultyGroup = choiceGroup<Difficulty>(
      t('setup.difficulty'),
      DIFFICULTY_LEVELS.map((d) => ({
        value: d,
        label: t(`setup.difficulty.${d}` as MessageKey),
        note: t(`setup.difficulty.${d}.note` as MessageKey),
      })),
      this.difficulty,
      (d) => {
        this.difficulty = d;
      },
      'tt-difficulties',
    );

    this.seedInput = el('input', { className: 'tt-input tt-seed', attrs: SEED_FIELD_ATTRS });
    this.seedInput.value = this.initialSeed ?? randomSeed();
    this.seedInput.addEventListener('input', () => this.clearMessage());
    this.seedInput.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.start();
    });
    const newSeed = button(
      t('setup.newSeed'),
      () => {
        this.seedInput.value = randomSeed();
        this.clearMessage();
        announce(this.seedInput.value);
      },
      { name: t('setup.newSeedName'), className: 'tt-new-seed' },
    );
    const seedBox = el('div', {
      className: 'tt-fieldset tt-seed-box',
      children: [
        el('label', { className: 'tt-legend', attrs: { for: 'tt-seed' }, text: t('setup.seed') }),
        el('div', { className: 'tt-row', children: [this.seedInput, newSeed] }),
        el('p', { className: 'tt-muted', attrs: { id: 'tt-seed-help' }, text: t('setup.seedHelp') }),
      ],
    });

    this.message = el('p', { className: 'tt-message', attrs: { role: 'alert', id: 'tt-setup-message' } });
    const back = button(t('setup.back'), () => startScene(this.scene, SCENE_KEYS.title), {
      className: 'tt-back',
    });
    const start = button(t('setup.start'), () => this.start(), { className: 'tt-primary tt-start' });

    const form = el('div', {
      className: 'tt-setup-form',
      children: [
        el('div', {
          className: 'tt-column',
          children: [this.sideSlot, opponentGroup.element],
        }),
        el('div', {
          className: 'tt-column',
          children: [scenarioGroup.element, this.warningsBox, this.difficultyGroup.element, seedBox],
        }),
      ],
    });
    // The coach: on by default for the tutorial; a change is remembered (Settings shows it too).
    const coach = checkbox(t('coach.setupSwitch'), coachFor(this.chosen.scenario.id), (on) =>
      updateSettings({ coach: on ? 'on' : 'off' }),
    );
    coach.classList.add('tt-coach-switch');
    this.coachBox = coach.querySelector('input') as HTMLInputElement;
    const footer = el('div', {
      className: 'tt-footer',
      children: [
        this.message,
        el('div', { className: 'tt-row', children: [coach, glossaryButton(), back, start] }),
      ],
    });
    layer.append(form, footer);
    this.renderSides();
    this.renderWarnings();
    this.refreshOpponent();
  }

  private chooseScenario(key: string): void {
    const next = this.candidates.find((c) => c.key === key);
    if (!next) return;
    this.chosen = next;
    // Another pair of parties: its own first side (the scenario says; else Japan if it has it, else the first).
    if (!next.scenario.parties.some((p) => p.id === this.side))
      this.side = next.scenario.parties[next.scenario.look.defaultSide].id;
    this.subtitle?.setText(next.scenario.title);
    this.coachBox.checked = coachFor(next.scenario.id, getSettings().coach);
    this.renderSides();
    this.renderWarnings();
    this.refreshOpponent();
  }

  private renderSides(): void {
    const group = choiceGroup(
      t('setup.side'),
      this.chosen.scenario.parties.map((p, i) => ({
        value: p.id,
        label: p.name,
        note: t('setup.sideLeader', { leader: p.leader }),
        picture: choicePicture(this.chosen.scenario.look.parties[i]),
      })),
      this.side,
      (id) => {
        this.side = id;
      },
      'tt-sides',
    );
    const hadFocus = this.sideSlot.contains(document.activeElement);
    this.sideSlot.replaceChildren(group.element);
    this.sideGroup = group;
    if (hadFocus) group.checkedInput()?.focus({ preventScroll: true });
  }

  private renderWarnings(): void {
    const warnings = this.chosen.warnings;
    this.warningsBox.hidden = warnings.length === 0;
    this.warningsBox.replaceChildren(
      el('p', { text: t('setup.warnings') }),
      el('ul', { children: warnings.map((w) => el('li', { text: formatProblem(w) })) }),
    );
  }

  private refreshOpponent(): void {
    this.sideGroup?.setLegend(t(this.opponent === 'computer-vs-computer' ? 'setup.sideWatch' : 'setup.side'));
    this.difficultyGroup.setDisabled(this.opponent === 'human', t('setup.difficulty.none'));
  }

  private clearMessage(): void {
    this.message.textContent = '';
    this.seedInput.removeAttribute('aria-invalid');
  }

  private refuse(text: string, focus: HTMLElement): void {
    this.message.textContent = text;
    focus.focus({ preventScroll: true });
  }

  private start(): void {
    if (this.dialog) return;
    const seed = checkSeed(this.seedInput.value);
    if ('problem' in seed) {
      this.seedInput.setAttribute('aria-invalid', 'true');
      this.refuse(
        seed.problem === 'EMPTY' ? t('setup.seedEmpty') : t('setup.seedTooLong', { max: SEED_MAX_LENGTH }),
        this.seedInput,
      );
      return;
    }
    const created = newSession(this.chosen.source, this.chosen.scenario, {
      seed: seed.seed,
      side: this.side,
      opponent: this.opponent,
      difficulty: this.difficulty,
    });
    if (!created.ok) {
      this.refuse(t('setup.cannotStart', { reason: actionErrorText(created.error) }), this.seedInput);
      return;
    }
    // Asks first when this replaces a saved game with something to lose.
    this.dialog = startNewGame(this, this.layer, created.value, () => {
      this.dialog = null;
    });
  }
}

function sameSource(a: ScenarioSource, b: ScenarioSource | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  return a.kind === 'shipped'
    ? b.kind === 'shipped' && a.id === b.id
    : b.kind === 'file' && a.text === b.text;
}

/** The shipped scenarios (the default first), and the given file, first when there is one. */
function candidatesFor(data: SetupData): Candidate[] {
  const shipped: Candidate[] = [DEFAULT_SCENARIO, ...SHIPPED_IDS.filter((id) => id !== DEFAULT_SCENARIO)].map(
    (id) => ({ key: id, source: { kind: 'shipped', id }, scenario: shippedScenario(id), warnings: [] }),
  );
  const source = data.source;
  if (!source || source.kind === 'shipped') return shipped;
  let scenario = data.scenario;
  if (!scenario) {
    const loaded = loadScenario(source);
    if (!loaded.ok) return shipped; // the title checked the file; a stale one falls back to the shipped
    scenario = loaded.value;
  }
  return [{ key: 'file', source, scenario, warnings: data.warnings ?? [] }, ...shipped];
}
