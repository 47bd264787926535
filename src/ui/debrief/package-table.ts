/**
 * The final package issue by issue (DOM table): the game's outcome (or what applies without a deal) beside the
 * real deal, with whether they agree. Level labels come from the scenario; text is set as text only.
 */
import { t } from '../../i18n/catalog.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import { el } from '../dom.ts';
import { formatDate } from './format.ts';

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
    const level = issue.levels[pkg[j]]?.label ?? '';
    const yours = game.onTable[j] ? level : `${level} ${t('debrief.package.offTable')}`;
    const cells: HTMLElement[] = [
      el('th', { text: issue.name, attrs: { scope: 'row' } }),
      el('td', { text: yours }),
    ];
    if (historical) {
      const same = historical[j] === pkg[j];
      cells.push(el('td', { text: issue.levels[historical[j]]?.label ?? '' }));
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
