/**
 * The final package issue by issue (DOM table): the game's outcome (or what applies without a deal) beside the
 * real deal, with whether they agree. Level labels come from the scenario; text is set as text only.
 */
import { t } from '../../i18n/catalog.ts';
import { economyOf, inForceAtSigning, laterTerms } from '../../model/economy.ts';
import type { Package, Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import { el } from '../dom.ts';
import { formatDate, formatJobs } from './format.ts';

/** A level's label, with when it starts if it starts later (schema version 2). */
export function termLabel(scenario: Scenario, issue: number, level: number): string {
  const lv = scenario.issues[issue]?.levels[level];
  if (!lv) return '';
  const term = lv.takesEffect;
  if (!term) return lv.label;
  const date = term.date ? formatDate(term.date) : '';
  if (term.date && term.condition)
    return t('debrief.later.fromOnce', { level: lv.label, date, condition: term.condition });
  if (term.date) return t('debrief.later.from', { level: lv.label, date });
  return t('debrief.later.once', { level: lv.label, condition: term.condition ?? '' });
}

const labelIn = (scenario: Scenario, pkg: Package, j: number, deal: boolean): string =>
  deal ? termLabel(scenario, j, pkg[j]) : (scenario.issues[j].levels[pkg[j]]?.label ?? '');

export function packageTable(scenario: Scenario, game: GameState): HTMLTableElement {
  const outcome = game.outcome;
  const pkg = outcome?.package ?? game.params.noDeal;
  const historical = scenario.historicalDeal;
  const historicalDate = scenario.historicalText?.date;
  const head = [
    t('debrief.package.issue'),
    outcome?.kind === 'deal' ? t('debrief.package.yours') : t('debrief.package.yoursNoDeal'),
  ];
  if (historical) {
    head.push(t('debrief.package.real', { date: historicalDate ? formatDate(historicalDate) : '' }));
    head.push(t('debrief.package.match'));
  }
  const table = el('table', { className: 'tt-debrief-table tt-debrief-package' });
  table.appendChild(el('caption', { text: t('debrief.package.caption') }));
  table.appendChild(
    el('thead', {
      children: [el('tr', { children: head.map((text) => el('th', { text, attrs: { scope: 'col' } })) })],
    }),
  );
  const body = el('tbody');
  scenario.issues.forEach((issue, j) => {
    const level = labelIn(scenario, pkg, j, outcome?.kind === 'deal');
    const yours = game.onTable[j] ? level : `${level} ${t('debrief.package.offTable')}`;
    const cells: HTMLElement[] = [
      el('th', { text: issue.name, attrs: { scope: 'row' } }),
      el('td', { text: yours }),
    ];
    if (historical) {
      const same = historical[j] === pkg[j];
      cells.push(el('td', { text: labelIn(scenario, historical, j, true) }));
      cells.push(
        el('td', {
          className: same ? 'tt-debrief-same' : 'tt-debrief-different',
          text: same ? t('debrief.package.same') : t('debrief.package.different'),
        }),
      );
    }
    body.appendChild(el('tr', { children: cells }));
  });
  table.appendChild(body);
  return table;
}

/**
 * For a deal with terms that start later (schema version 2): the jobs at signing, with those terms still at their
 * no-deal levels, and once every term applies. Null for a deal without such terms, or no deal.
 */
export function laterTermsNote(scenario: Scenario, game: GameState): string | null {
  const outcome = game.outcome;
  if (outcome?.kind !== 'deal' || laterTerms(scenario, outcome.package).length === 0) return null;
  const now = economyOf(scenario, inForceAtSigning(scenario, outcome.package, game.params.noDeal)).totals;
  const all = economyOf(scenario, outcome.package).totals;
  return t('debrief.later.economy', {
    first: scenario.parties[0].name,
    second: scenario.parties[1].name,
    firstJobs: formatJobs(now[0].jobs),
    secondJobs: formatJobs(now[1].jobs),
    firstAll: formatJobs(all[0].jobs),
    secondAll: formatJobs(all[1].jobs),
  });
}
