/**
 * The "Start a live session" form: the scenario (a shipped one, or a designer's file checked as the page checks
 * every uploaded scenario, then sent to the server as its JSON text), a title, automatic or hand pairing,
 * students per side, minutes per meeting and the computer's difficulty for sides handed to it. Its values go
 * through live-config.ts (the protocol's own schema); a problem is said next to the button, nothing is sent.
 */

import { localDateFormat } from '../i18n/numbers.ts';
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { DIFFICULTIES, type Difficulty } from '../model/vocabulary.ts';
import { type LiveConfig, MAX_TEAM_SIZE } from '../net/protocol.ts';
import { el } from '../ui/dom.ts';
import { choiceGroup } from '../ui/frame/choices.ts';
import {
  LIVE_TITLE_MAX_LENGTH,
  type LiveFormProblem,
  liveConfigOf,
  MAX_MINUTES,
  MIN_MINUTES,
} from './live-config.ts';
import { onScenarioUpload } from './scenario-upload.ts';
import type { KnownScenario } from './scenarios.ts';
import type { StoredScenario } from './store.ts';

export interface LiveFormDeps {
  readonly known: () => readonly KnownScenario[];
  /** The text of an uploaded scenario file stored on this page, or null. */
  readonly fileText: (scenario: Scenario) => string | null;
  /** A valid uploaded file: store it (its games' codes are verified against it). */
  readonly onUpload: (file: StoredScenario, scenario: Scenario) => void;
  /** The checked config; `file` names the designer's file it plays, or null for a shipped scenario. */
  readonly onStart: (config: LiveConfig, file: string | null) => void;
}

export interface LiveForm {
  readonly element: HTMLFormElement;
  refreshScenarios(select?: string): void;
  /** Disables the button while the server is asked. */
  setBusy(busy: boolean): void;
  setProblem(text: string): void;
}

const keyOf = (k: KnownScenario): string => (k.shipped ? `shipped:${k.shipped}` : `file:${k.scenario.hash}`);

export function problemText(problem: LiveFormProblem): string {
  switch (problem.code) {
    case 'NO_SCENARIO':
      return t('teacherLive.problem.NO_SCENARIO');
    case 'TEAM_SIZE':
      return t('teacherLive.problem.TEAM_SIZE', { max: problem.max });
    case 'MINUTES':
      return t('teacherLive.problem.MINUTES', { min: problem.min, max: problem.max });
    case 'INVALID':
      return t('teacherLive.problem.INVALID', { detail: problem.detail });
  }
}

const field = (id: string, label: string, ...rest: Node[]): HTMLElement =>
  el('div', {
    className: 'tt-field',
    children: [el('label', { attrs: { for: id }, text: label }), ...rest],
  });

export function liveForm(deps: LiveFormDeps): LiveForm {
  const scenarioSelect = el('select', { className: 'tt-select', attrs: { id: 'tt-live-scenario' } });
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-live-file', accept: '.json,application/json' },
  });
  const fileReport = el('div', { className: 'tt-file-report', attrs: { role: 'status' } });
  const titleInput = el('input', {
    className: 'tt-text',
    attrs: {
      type: 'text',
      id: 'tt-live-title',
      maxlength: String(LIVE_TITLE_MAX_LENGTH),
      autocomplete: 'off',
    },
  });
  const pairing = choiceGroup<'auto' | 'hand'>(
    t('teacherLive.form.pairing'),
    [
      {
        value: 'auto',
        label: t('teacherLive.form.pairing.auto'),
        note: t('teacherLive.form.pairing.autoNote'),
      },
      {
        value: 'hand',
        label: t('teacherLive.form.pairing.hand'),
        note: t('teacherLive.form.pairing.handNote'),
      },
    ],
    'auto',
    () => {},
  );
  const teamSelect = el('select', {
    className: 'tt-select',
    attrs: { id: 'tt-live-team' },
    children: Array.from({ length: MAX_TEAM_SIZE }, (_, i) =>
      el('option', {
        attrs: { value: String(i + 1) },
        text:
          i === 0 ? t('teacherLive.form.teamSize.one') : t('teacherLive.form.teamSize.many', { n: i + 1 }),
      }),
    ),
  });
  const minutesInput = el('input', {
    className: 'tt-text tt-short',
    attrs: {
      type: 'text',
      inputmode: 'decimal',
      id: 'tt-live-minutes',
      autocomplete: 'off',
      'aria-describedby': 'tt-live-minutes-help',
    },
  });
  const difficulty = choiceGroup<Difficulty>(
    t('teacherLive.form.difficulty'),
    DIFFICULTIES.map((d) => ({ value: d, label: t(`setup.difficulty.${d}`) })),
    'normal',
    () => {},
    'tt-difficulties',
  );
  const problem = el('p', { className: 'tt-problem-line', attrs: { role: 'alert' } });
  const submit = el('button', {
    className: 'tt-button tt-primary',
    attrs: { type: 'submit', id: 'tt-live-start' },
    text: t('teacherLive.form.start'),
  });

  const current = (): KnownScenario | null =>
    deps.known().find((k) => keyOf(k) === scenarioSelect.value) ?? deps.known()[0] ?? null;

  const refreshScenarios = (select?: string) => {
    const keep = select ?? scenarioSelect.value;
    const options = deps.known().map((k) =>
      el('option', {
        attrs: { value: keyOf(k) },
        text: k.file
          ? t('teacher.setup.scenarioFile', { title: k.scenario.title, name: k.file })
          : k.scenario.title,
      }),
    );
    scenarioSelect.replaceChildren(...options);
    if (options.some((o) => o.value === keep)) scenarioSelect.value = keep;
  };

  onScenarioUpload(fileInput, fileReport, (source, scenario) => {
    deps.onUpload(source, scenario);
    refreshScenarios(`file:${scenario.hash}`);
  });

  const start = () => {
    const k = current();
    const text = k && !k.shipped ? deps.fileText(k.scenario) : null;
    const scenario = !k ? null : k.shipped ? { shipped: k.shipped } : text === null ? null : { json: text };
    const config = liveConfigOf(
      {
        scenario,
        title: titleInput.value,
        pairing: pairing.value(),
        teamSize: teamSelect.value,
        minutes: minutesInput.value,
        difficulty: difficulty.value(),
      },
      t('teacherLive.form.defaultTitle', {
        date: localDateFormat({ dateStyle: 'medium' }).format(new Date()),
      }),
    );
    if (!config.ok) {
      problem.textContent = problemText(config.error);
      if (config.error.code === 'MINUTES') minutesInput.focus();
      return;
    }
    problem.textContent = '';
    deps.onStart(config.value, k?.shipped ? null : (k?.file ?? null));
  };

  const element = el('form', {
    className: 'tt-session-form tt-live-form',
    attrs: { novalidate: '', id: 'tt-live-form' },
    children: [
      field('tt-live-scenario', t('teacherLive.form.scenario'), scenarioSelect),
      field('tt-live-file', t('teacherLive.form.upload'), fileInput, fileReport),
      field('tt-live-title', t('teacherLive.form.title'), titleInput),
      pairing.element,
      field('tt-live-team', t('teacherLive.form.teamSize'), teamSelect),
      field(
        'tt-live-minutes',
        t('teacherLive.form.minutes'),
        minutesInput,
        el('p', {
          className: 'tt-muted',
          attrs: { id: 'tt-live-minutes-help' },
          text: t('teacherLive.form.minutesHelp', { min: MIN_MINUTES, max: MAX_MINUTES }),
        }),
      ),
      difficulty.element,
      problem,
      submit,
    ],
  });
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  refreshScenarios();
  return {
    element,
    refreshScenarios,
    setBusy(busy) {
      submit.disabled = busy;
      submit.textContent = busy ? t('teacherLive.form.starting') : t('teacherLive.form.start');
    },
    setProblem(text) {
      problem.textContent = text;
    },
  };
}
