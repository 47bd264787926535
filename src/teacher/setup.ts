/**
 * Setting up a session: the scenario (shipped, or an uploaded file checked as the game checks it), a title, how
 * sides are given out, the opponent, the difficulty and the seed. "Create" makes a ClassSession, stores it and
 * shows the link students open, with a copy button, a QR code and a printable handout.
 */
import QRCode from 'qrcode';
import { LANGUAGE_NAMES } from '../app/language.ts';
import { localDateFormat } from '../i18n/numbers.ts';
import { LANGUAGES, type Language, t } from '../i18n/page-catalog.ts';
import type { ClassSession } from '../model/code/session-link.ts';
import { sameContent } from '../model/hash.ts';
import type { Scenario } from '../model/scenario.ts';
import { DIFFICULTIES, type Difficulty } from '../model/vocabulary.ts';
import { announce, button, el } from '../ui/dom.ts';
import { type ChoiceGroup, choiceGroup } from '../ui/frame/choices.ts';
import { checkSeed, randomSeed, SEED_FIELD_ATTRS, SEED_MAX_LENGTH } from '../ui/frame/seed.ts';
import { handout } from './handout.ts';
import { onScenarioUpload } from './scenario-upload.ts';
import type { KnownScenario } from './scenarios.ts';
import { randomSessionId, sessionLink } from './session-ids.ts';
import type { StoredScenario, StoredSession } from './store.ts';

export const TITLE_MAX_LENGTH = 80;
/** The students' language a session's link fixes: none (each student's browser or choice), English, 日本語. */
type StudentLanguageChoice = 'browser' | Language;

type SideChoice = 'fixed-0' | 'fixed-1' | 'alternate' | 'choose';
type OpponentChoice = 'computer' | 'human';

export interface SetupDeps {
  readonly known: () => readonly KnownScenario[];
  /** A valid uploaded file: store it; resolves when the scenario list can be refreshed. */
  readonly onUpload: (file: StoredScenario, scenario: Scenario) => void;
  readonly onCreate: (stored: StoredSession) => void;
}

export interface SetupSection {
  readonly element: HTMLElement;
  /** Rebuilds the scenario list (after an upload or an import), keeping the choice when it is still there. */
  refreshScenarios(select?: string): void;
  /** Shows a stored session's link, QR code and handout. */
  show(stored: StoredSession): void;
}

const keyOf = (k: KnownScenario): string => (k.shipped ? `shipped:${k.shipped}` : `file:${k.scenario.hash}`);

export function setupSection(deps: SetupDeps): SetupSection {
  const scenarioSelect = el('select', { className: 'tt-select', attrs: { id: 'tt-scenario' } });
  const scenarioNote = el('p', { className: 'tt-muted', attrs: { id: 'tt-scenario-note' } });
  scenarioSelect.setAttribute('aria-describedby', 'tt-scenario-note');
  const fileInput = el('input', {
    attrs: { type: 'file', id: 'tt-scenario-file', accept: '.json,application/json' },
  });
  const fileReport = el('div', { className: 'tt-file-report', attrs: { role: 'status' } });
  const titleInput = el('input', {
    className: 'tt-text',
    attrs: { type: 'text', id: 'tt-session-title', maxlength: String(TITLE_MAX_LENGTH), autocomplete: 'off' },
  });
  const seedInput = el('input', { className: 'tt-text', attrs: SEED_FIELD_ATTRS });
  seedInput.value = randomSeed();
  const formProblem = el('p', { className: 'tt-problem-line', attrs: { role: 'alert' } });
  const output = el('div', { className: 'tt-session-out tt-print-path', attrs: { id: 'tt-session-out' } });
  output.hidden = true;

  const current = (): KnownScenario | null =>
    deps.known().find((k) => keyOf(k) === scenarioSelect.value) ?? deps.known()[0] ?? null;

  // The groups whose wording names the scenario's parties are rebuilt with it.
  const sidesHolder = el('div');
  let sides: ChoiceGroup<SideChoice> | null = null;
  const buildSides = () => {
    const scenario = current()?.scenario;
    const names = scenario ? [scenario.parties[0].name, scenario.parties[1].name] : ['', ''];
    const keep = sides?.value() ?? 'fixed-0';
    sides = choiceGroup<SideChoice>(
      t('teacher.setup.sides'),
      [
        { value: 'fixed-0', label: t('teacher.setup.sides.all', { party: names[0] }) },
        { value: 'fixed-1', label: t('teacher.setup.sides.all', { party: names[1] }) },
        {
          value: 'alternate',
          label: t('teacher.setup.sides.alternate'),
          note: t('teacher.setup.sides.alternateNote', { first: names[0], second: names[1] }),
        },
        {
          value: 'choose',
          label: t('teacher.setup.sides.choose'),
          note: t('teacher.setup.sides.chooseNote'),
        },
      ],
      keep,
      () => {},
      'tt-teacher-sides',
    );
    sidesHolder.replaceChildren(sides.element);
  };

  const difficulty = choiceGroup<Difficulty>(
    t('setup.difficulty'),
    DIFFICULTIES.map((d) => ({
      value: d,
      label: t(`setup.difficulty.${d}`),
      note: t(`setup.difficulty.${d}.note`),
    })),
    'normal',
    () => {},
    'tt-difficulties',
  );
  const opponent = choiceGroup<OpponentChoice>(
    t('setup.opponent'),
    [
      {
        value: 'computer',
        label: t('setup.opponent.computer'),
        note: t('teacher.setup.opponent.computerNote'),
      },
      { value: 'human', label: t('setup.opponent.human'), note: t('teacher.setup.opponent.humanNote') },
    ],
    'computer',
    (value) => difficulty.setDisabled(value === 'human', t('teacher.setup.difficultyNone')),
    'tt-opponents',
  );
  const seeding = choiceGroup<'class' | 'student'>(
    t('teacher.setup.seeding'),
    [
      { value: 'class', label: t('teacher.setup.seeding.class'), note: t('teacher.setup.seeding.classNote') },
      {
        value: 'student',
        label: t('teacher.setup.seeding.student'),
        note: t('teacher.setup.seeding.studentNote'),
      },
    ],
    'class',
    () => {},
  );

  const studentLanguage = choiceGroup<StudentLanguageChoice>(
    t('teacher.setup.studentLanguage'),
    [
      {
        value: 'browser',
        label: t('teacher.setup.studentLanguage.browser'),
        note: t('teacher.setup.studentLanguage.browserNote'),
      },
      ...LANGUAGES.map((lang) => ({
        value: lang,
        label: LANGUAGE_NAMES[lang],
        note: t(`teacher.setup.studentLanguage.${lang}`),
      })),
    ],
    'browser',
    () => {},
    'tt-student-language',
  );
  // Each language's name is written in that language: screen readers read it so.
  for (const lang of LANGUAGES)
    studentLanguage.element
      .querySelector(`input[value="${lang}"]`)
      ?.closest('label')
      ?.querySelector('.tt-choice-label')
      ?.setAttribute('lang', lang);

  const describeScenario = () => {
    const k = current();
    scenarioNote.textContent = k
      ? t('teacher.setup.scenarioNote', {
          meetings: k.scenario.meetingCount,
          issues: k.scenario.issues.length,
          version: k.scenario.version,
        })
      : t('teacher.setup.noScenario');
    buildSides();
  };

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
    describeScenario();
  };
  scenarioSelect.addEventListener('change', describeScenario);

  onScenarioUpload(fileInput, fileReport, (source, scenario) => {
    deps.onUpload(source, scenario);
    refreshScenarios(`file:${scenario.hash}`);
  });

  const create = () => {
    const k = current();
    if (!k) {
      formProblem.textContent = t('teacher.setup.noScenario');
      return;
    }
    const seed = checkSeed(seedInput.value);
    if ('problem' in seed) {
      formProblem.textContent =
        seed.problem === 'EMPTY' ? t('setup.seedEmpty') : t('setup.seedTooLong', { max: SEED_MAX_LENGTH });
      seedInput.focus();
      return;
    }
    formProblem.textContent = '';
    const parties = [k.scenario.parties[0].id, k.scenario.parties[1].id] as const;
    const sideChoice = sides?.value() ?? 'fixed-0';
    const title =
      titleInput.value.trim().slice(0, TITLE_MAX_LENGTH) ||
      t('teacher.setup.defaultTitle', {
        date: localDateFormat({ dateStyle: 'medium' }).format(new Date()),
      });
    const session: ClassSession = {
      id: randomSessionId(),
      title,
      scenario: { id: k.scenario.id, version: k.scenario.version, hash: k.scenario.hash },
      parties,
      sides:
        sideChoice === 'fixed-0'
          ? { kind: 'fixed', side: parties[0] }
          : sideChoice === 'fixed-1'
            ? { kind: 'fixed', side: parties[1] }
            : { kind: sideChoice },
      opponent: opponent.value(),
      difficulty: difficulty.value(),
      seed: seed.seed,
      seeding: seeding.value(),
    };
    const language = studentLanguage.value();
    const stored: StoredSession = {
      session,
      created: new Date().toISOString(),
      scenarioFile: k.file,
      ...(language === 'browser' ? {} : { studentLanguage: language }),
    };
    deps.onCreate(stored);
    show(stored);
    announce(t('teacher.setup.created', { title }));
  };

  const show = (stored: StoredSession) => {
    const known = deps
      .known()
      .find(
        (k) =>
          k.scenario.id === stored.session.scenario.id &&
          sameContent(k.scenario.hash, stored.session.scenario.hash),
      );
    const link = sessionLink(stored.session, location.href, stored.studentLanguage);
    const linkInput = el('input', {
      className: 'tt-text tt-link-text',
      attrs: { type: 'text', id: 'tt-link', readonly: '', value: link },
    });
    const copyNote = el('span', { className: 'tt-muted', attrs: { role: 'status' } });
    const copy = button(t('teacher.link.copy'), async () => {
      try {
        await navigator.clipboard.writeText(link);
        copyNote.textContent = t('teacher.link.copied');
      } catch {
        linkInput.select();
        copyNote.textContent = t('teacher.link.copyByHand');
      }
    });
    const qr = el('canvas', {
      className: 'tt-qr',
      attrs: { role: 'img', 'aria-label': t('teacher.link.qr'), id: 'tt-qr' },
    });
    const qrProblem = el('p', { className: 'tt-problem-line' });
    const sheet = handout(stored, known?.scenario ?? null, link);
    QRCode.toCanvas(qr, link, { errorCorrectionLevel: 'M', margin: 2, width: 240 }).catch(() => {
      qrProblem.textContent = t('teacher.link.qrFailed');
    });
    QRCode.toCanvas(sheet.qr, link, { errorCorrectionLevel: 'M', margin: 2, width: 300 }).catch(() => {
      sheet.qr.hidden = true;
    });
    output.replaceChildren(
      el('h3', { text: t('teacher.link.heading', { title: stored.session.title }) }),
      el('label', { attrs: { for: 'tt-link' }, text: t('teacher.link.label') }),
      el('div', { className: 'tt-row', children: [linkInput, copy, copyNote] }),
      el('p', {
        children: [
          el('a', {
            attrs: { href: link, target: '_blank', rel: 'noopener' },
            text: t('teacher.link.open'),
          }),
        ],
      }),
      ...(known ? [] : [el('p', { className: 'tt-problem-line', text: t('teacher.link.scenarioMissing') })]),
      qr,
      qrProblem,
      el('div', {
        className: 'tt-row',
        children: [
          button(t('teacher.handout.print'), () => window.print(), { className: 'tt-primary' }),
          el('span', { className: 'tt-muted', text: t('teacher.handout.printNote') }),
        ],
      }),
      sheet.element,
    );
    output.hidden = false;
    output.scrollIntoView({ block: 'nearest' });
  };

  const form = el('form', {
    className: 'tt-session-form',
    attrs: { novalidate: '' },
    children: [
      el('div', {
        className: 'tt-field',
        children: [
          el('label', { attrs: { for: 'tt-scenario' }, text: t('setup.scenario') }),
          scenarioSelect,
          scenarioNote,
          el('label', { attrs: { for: 'tt-scenario-file' }, text: t('teacher.setup.upload') }),
          fileInput,
          fileReport,
        ],
      }),
      el('div', {
        className: 'tt-field',
        children: [
          el('label', { attrs: { for: 'tt-session-title' }, text: t('teacher.setup.title') }),
          titleInput,
        ],
      }),
      sidesHolder,
      opponent.element,
      difficulty.element,
      seeding.element,
      studentLanguage.element,
      el('div', {
        className: 'tt-field',
        children: [
          el('label', { attrs: { for: 'tt-seed' }, text: t('setup.seed') }),
          el('div', {
            className: 'tt-row',
            children: [
              seedInput,
              button(
                t('setup.newSeed'),
                () => {
                  seedInput.value = randomSeed();
                },
                { name: t('setup.newSeedName') },
              ),
            ],
          }),
          el('p', {
            className: 'tt-muted',
            attrs: { id: 'tt-seed-help' },
            text: t('teacher.setup.seedHelp'),
          }),
        ],
      }),
      formProblem,
      el('button', {
        className: 'tt-button tt-primary',
        attrs: { type: 'submit' },
        text: t('teacher.setup.create'),
      }),
    ],
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    create();
  });

  refreshScenarios();
  const element = el('section', {
    className: 'tt-panel tt-print-path',
    attrs: { id: 'setup', 'aria-labelledby': 'setup-heading' },
    children: [
      el('h2', { attrs: { id: 'setup-heading' }, text: t('teacher.setup.heading') }),
      el('p', { className: 'tt-muted', text: t('teacher.setup.intro') }),
      form,
      output,
    ],
  });
  return { element, refreshScenarios, show };
}
