/**
 * The seeded computer-vs-computer game, offer by offer: each decision's move and its reasons (game-trace.ts),
 * and how the game ended.
 */
import { t } from '../i18n/page-catalog.ts';
import type { MoveNote } from '../model/agent/index.ts';
import type { Package, Scenario } from '../model/scenario.ts';
import type { Action } from '../model/types.ts';
import { button, el } from '../ui/dom.ts';
import { type TraceRow, traceGame } from './game-trace.ts';
import { fixed3, percent, table } from './parts.ts';

const packageText = (scenario: Scenario, pkg: Package): string =>
  pkg.map((l, j) => `${scenario.issues[j].name}: ${scenario.issues[j].levels[l].label}`).join('; ');
const issuesText = (scenario: Scenario, issues: readonly number[]): string =>
  issues.map((j) => scenario.issues[j].name).join(', ');

function moveText(scenario: Scenario, action: Action): string {
  switch (action.type) {
    case 'propose':
      return t('designer.game.move.propose', { package: packageText(scenario, action.package) });
    case 'accept':
      return t('designer.game.move.accept');
    case 'reject':
      return t('designer.game.move.reject');
    case 'walk-away':
      return t('designer.game.move.walkAway');
    case 'red-line':
      return t('designer.game.move.redLine', { issue: scenario.issues[action.issue].name });
    case 'link':
      return t('designer.game.move.link', { issue: scenario.issues[action.issue].name });
    case 'back-channel':
      return t('designer.game.move.backChannel');
  }
}

function noteText(scenario: Scenario, note: MoveNote): string {
  switch (note.kind) {
    case 'open':
      return t('designer.game.note.open');
    case 'concede':
      return t('designer.game.note.concede', { issues: issuesText(scenario, note.issues) });
    case 'hold':
      return t('designer.game.note.hold', { why: t(`designer.game.hold.${note.why}`) });
    case 'retract':
      return t('designer.game.note.retract', {
        issues: issuesText(scenario, note.issues),
        why: t(`designer.game.retract.${note.why}`),
      });
    case 'accept':
      return t('designer.game.note.accept');
    case 'reject':
      return t('designer.game.note.reject');
    case 'walk-away':
      return t('designer.game.note.walkAway');
    case 'idle':
      return t('designer.game.note.idle');
  }
}

function reasons(scenario: Scenario, row: TraceRow): Node {
  const lines = [noteText(scenario, row.note)];
  const r = row.reasoning;
  if (r.target !== null)
    lines.push(
      t('designer.game.curve', {
        target: fixed3(r.target),
        reservation: fixed3(r.reservation),
        best: fixed3(r.best),
      }),
    );
  if (row.standing)
    lines.push(
      t('designer.game.standing', {
        utility: fixed3(row.standing.utility),
        verdict: t(row.standing.ratified ? 'designer.game.ratifies' : 'designer.game.vetoes'),
        support: percent(row.standing.support),
        threshold: percent(row.standing.threshold),
      }),
    );
  if (r.accepted) lines.push(t(`designer.game.accepted.${r.accepted}`));
  if (row.line) lines.push(`“${row.line}”`);
  return el('ul', { className: 'tt-designer-reasons', children: lines.map((text) => el('li', { text })) });
}

export function gameView(scenario: Scenario): HTMLElement {
  const root = el('div', { className: 'tt-designer-game' });
  const seed = el('input', {
    attrs: { id: 'tt-designer-game-seed', type: 'text', value: 'workbench', maxlength: '64' },
  });
  const out = el('div');
  const play = () => {
    const trace = traceGame(scenario, seed.value.trim() || 'workbench');
    const rows = trace.rows.map((row) => [
      String(row.turn + 1),
      String(row.meeting),
      scenario.parties[row.side].shortName,
      row.actions.map((a) => moveText(scenario, a)).join(' · '),
      reasons(scenario, row),
    ]);
    const outcome = trace.final.outcome;
    const meeting = trace.rows.length ? trace.rows[trace.rows.length - 1].meeting : 1;
    const end =
      outcome?.kind === 'deal'
        ? t('designer.game.dealEnd', { meeting, package: packageText(scenario, outcome.package) })
        : t('designer.game.noDealEnd', {
            meeting,
            reason: t(
              outcome?.reason === 'walked-away' ? 'designer.game.walkedAway' : 'designer.game.deadline',
            ),
          });
    out.replaceChildren(
      table(
        [
          t('designer.game.turn'),
          t('designer.game.meeting'),
          t('designer.game.side'),
          t('designer.game.move'),
          t('designer.game.reason'),
        ],
        rows,
        'tt-designer-trace',
      ),
      el('p', { className: 'tt-designer-end', text: end }),
    );
  };
  root.append(
    el('div', {
      className: 'tt-designer-controls',
      children: [
        el('label', { text: t('designer.game.seed'), attrs: { for: 'tt-designer-game-seed' } }),
        seed,
        button(t('designer.game.play'), play),
      ],
    }),
    out,
  );
  return root;
}
