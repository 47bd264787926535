/**
 * The reading pages of the debrief (DOM): what really happened (the historical deal and its aftermath) and the
 * scenario's discussion questions. Scenario text is set as text only.
 */
import { t } from '../../i18n/catalog.ts';
import type { Scenario } from '../../model/scenario.ts';
import { el } from '../dom.ts';
import { formatDate } from './format.ts';

export function historyPage(scenario: Scenario): HTMLElement {
  const deal = scenario.historicalText;
  const article = el('div', { className: 'tt-debrief-article' });
  article.appendChild(el('h3', { text: t('debrief.history.title') }));
  for (const paragraph of scenario.debrief.whatHappened) article.appendChild(el('p', { text: paragraph }));
  const page = el('div', { className: 'tt-debrief-reading tt-debrief-history', children: [article] });
  if (deal) {
    page.appendChild(
      el('section', {
        className: 'tt-debrief-callout',
        children: [
          el('h3', { text: t('debrief.history.deal', { date: formatDate(deal.date) }) }),
          el('p', { text: deal.description }),
        ],
      }),
    );
  }
  return page;
}

export function discussPage(scenario: Scenario): HTMLElement {
  const list = el('ol', { className: 'tt-debrief-questions' });
  for (const question of scenario.debrief.questions) list.appendChild(el('li', { text: question }));
  return el('div', {
    className: 'tt-debrief-reading',
    children: [el('h3', { text: t('debrief.discuss.title') }), list],
  });
}
