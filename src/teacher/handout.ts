/**
 * The one-page handout of a session: what to do in four steps, the link as text and as a QR code, the settings,
 * where the name goes, and "hand in your result code". On screen it is a preview; the print stylesheet prints
 * only this (src/styles/teacher.css, @media print).
 */
import { LANGUAGE_NAMES } from '../app/language.ts';
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { el } from '../ui/dom.ts';
import type { StoredSession } from './store.ts';

const partyName = (scenario: Scenario | null, id: string): string =>
  scenario?.parties.find((p) => p.id === id)?.name ?? id;

/** The settings as label–value pairs (the handout and the sessions list show them). */
export function sessionSettings(stored: StoredSession, scenario: Scenario | null): [string, string][] {
  const s = stored.session;
  const [first, second] = [partyName(scenario, s.parties[0]), partyName(scenario, s.parties[1])];
  const sides =
    s.sides.kind === 'fixed'
      ? t('teacher.setup.sides.all', { party: partyName(scenario, s.sides.side) })
      : s.sides.kind === 'alternate'
        ? t('teacher.setup.sides.alternateNote', { first, second })
        : t('teacher.setup.sides.choose');
  const rows: [string, string][] = [
    [t('setup.scenario'), scenario?.title ?? s.scenario.id],
    [t('teacher.setup.sides'), sides],
    [t('setup.opponent'), s.opponent === 'human' ? t('setup.opponent.human') : t('setup.opponent.computer')],
  ];
  if (s.opponent !== 'human') rows.push([t('setup.difficulty'), t(`setup.difficulty.${s.difficulty}`)]);
  rows.push([
    t('setup.seed'),
    s.seeding === 'class' ? s.seed : t('teacher.handout.seedPerStudent', { seed: s.seed }),
  ]);
  if (stored.studentLanguage)
    rows.push([t('teacher.setup.studentLanguage'), LANGUAGE_NAMES[stored.studentLanguage]]);
  rows.push([t('teacher.handout.sessionId'), s.id]);
  if (stored.scenarioFile) rows.push([t('teacher.handout.file'), stored.scenarioFile]);
  return rows;
}

export function handout(
  stored: StoredSession,
  scenario: Scenario | null,
  link: string,
): { element: HTMLElement; qr: HTMLCanvasElement } {
  const s = stored.session;
  const [first, second] = [partyName(scenario, s.parties[0]), partyName(scenario, s.parties[1])];
  const nameStep =
    s.sides.kind === 'alternate'
      ? t('teacher.handout.step2.alternate', { first, second })
      : s.sides.kind === 'choose'
        ? t('teacher.handout.step2.choose', { first, second })
        : t('teacher.handout.step2.fixed', { party: partyName(scenario, s.sides.side) });
  const playStep =
    s.opponent === 'human' ? t('teacher.handout.step3.human') : t('teacher.handout.step3.computer');
  const qr = el('canvas', {
    className: 'tt-handout-qr',
    attrs: { role: 'img', 'aria-label': t('teacher.link.qr') },
  });
  const settings = el('dl', {
    className: 'tt-handout-settings',
    children: sessionSettings(stored, scenario).flatMap(([label, value]) => [
      el('dt', { text: label }),
      el('dd', { text: value }),
    ]),
  });
  const element = el('section', {
    className: 'tt-handout',
    attrs: { id: 'tt-handout', 'aria-label': t('teacher.handout.label') },
    children: [
      el('p', { className: 'tt-handout-kicker', text: t('teacher.handout.kicker') }),
      el('h2', { text: t('teacher.handout.heading', { title: s.title }) }),
      el('p', { text: scenario?.title ?? s.scenario.id }),
      ...(stored.scenarioFile
        ? [
            el('p', {
              className: 'tt-handout-file',
              text: t('teacher.handout.customFile', { name: stored.scenarioFile }),
            }),
          ]
        : []),
      el('div', {
        className: 'tt-handout-body',
        children: [
          el('ol', {
            className: 'tt-handout-steps',
            children: [
              el('li', { text: t('teacher.handout.step1') }),
              el('li', { text: nameStep }),
              el('li', { text: playStep }),
              el('li', { text: t('teacher.handout.step4') }),
            ],
          }),
          qr,
        ],
      }),
      el('p', { className: 'tt-handout-link-label', text: t('teacher.handout.link') }),
      el('p', { className: 'tt-handout-link', text: link }),
      el('h3', { text: t('teacher.handout.settings') }),
      settings,
      el('div', {
        className: 'tt-handout-write',
        children: [
          el('p', { text: t('teacher.handout.writeName') }),
          el('p', { text: t('teacher.handout.writeCode') }),
        ],
      }),
      el('p', { className: 'tt-handout-handin', text: t('teacher.handout.handIn') }),
    ],
  });
  return { element, qr };
}
