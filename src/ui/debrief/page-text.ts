/**
 * The text of the debrief's pages, as HTML built from the model's figures: the result page (why it ended as it
 * did, beside the final package) and the columns that stand beside the dance and approval charts. The charts
 * themselves are drawn by the scene (src/ui/charts).
 */
import { t } from '../../i18n/catalog.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { GameState } from '../../model/types.ts';
import type { ApprovalSeries } from '../charts/approval-series.ts';
import type { DanceSeries } from '../charts/dance-series.ts';
import { el } from '../dom.ts';
import { linkedElement } from '../glossary/linked-text.ts';
import { formatPoints } from './format.ts';
import {
  comparisonSentence,
  opponentSentences,
  outcomeFacts,
  outcomeSentences,
  viewpointSentence,
} from './outcome-story.ts';
import { laterTermsNote, packageTable } from './package-table.ts';
import { scoreComparison } from './score-rows.ts';
import { scoreVerdict } from './score-table.ts';

/** Why the game ended as it did, whose view it was, how it compares; beside the final package, issue by issue. */
export function resultPage(scenario: Scenario, game: GameState): HTMLElement {
  const facts = outcomeFacts(scenario, game);
  const story = el('div', { className: 'tt-debrief-story' });
  if (facts) {
    for (const sentence of outcomeSentences(scenario, facts)) story.appendChild(linkedElement('p', sentence));
    const scores = scoreComparison(scenario, game);
    story.appendChild(el('p', { text: viewpointSentence(scenario, game, scores.player) }));
    for (const sentence of opponentSentences(scenario, game)) story.appendChild(el('p', { text: sentence }));
    const comparison = comparisonSentence(scenario, facts);
    if (comparison) story.appendChild(linkedElement('p', comparison, 'tt-debrief-aside'));
    story.appendChild(linkedElement('p', scoreVerdict(scenario, scores), 'tt-debrief-aside'));
    if (!scenario.historicalDeal) story.appendChild(el('p', { text: t('debrief.package.noHistorical') }));
    const later = laterTermsNote(scenario, game);
    if (later) story.appendChild(el('p', { text: later }));
  }
  return el('div', { className: 'tt-debrief-result', children: [story, packageTable(scenario, game)] });
}

/** Beside the dance: how to read it, then each point's scores (the result, the real deal, no deal). */
export function danceNotes(scenario: Scenario, series: DanceSeries): HTMLElement[] {
  const x = scenario.parties[series.axes.x].name;
  const y = scenario.parties[series.axes.y].name;
  const result = series.outcome ?? series.noDeal;
  const summary = el('div', {
    className: 'tt-debrief-figures',
    children: [el('h4', { text: t('debrief.dance.scoresTitle') })],
  });
  const line = (text: string) => summary.appendChild(el('p', { text }));
  line(
    t('debrief.dance.summary', {
      x,
      y,
      resultX: formatPoints(result.x),
      resultY: formatPoints(result.y),
    }),
  );
  if (series.historical)
    line(
      t('debrief.dance.summaryReal', {
        x,
        y,
        realX: formatPoints(series.historical.x),
        realY: formatPoints(series.historical.y),
      }),
    );
  if (series.outcome?.kind !== 'no-deal')
    line(
      t('debrief.dance.summaryNoDeal', {
        x,
        y,
        noDealX: formatPoints(series.noDeal.x),
        noDealY: formatPoints(series.noDeal.y),
      }),
    );
  return [
    linkedElement('p', t('debrief.dance.howToRead', { x, y })),
    linkedElement('p', t('debrief.dance.frontierNote')),
    linkedElement('p', t('debrief.dance.nashNote')),
    summary,
  ];
}

/** Beside the approval chart: how to read it, and the news that broke, round by round. */
export function approvalNotes(scenario: Scenario, series: ApprovalSeries): HTMLElement[] {
  const notes = [
    linkedElement('p', t('debrief.approval.howToRead')),
    el('h3', { text: t('debrief.approval.news') }),
  ];
  if (series.news.length === 0) return [...notes, el('p', { text: t('debrief.approval.noNews') })];
  const list = el('ol');
  for (const news of series.news)
    list.appendChild(
      el('li', {
        text: `${scenario.events[news.event].title} (${t('debrief.approval.after', { round: news.step })})`,
      }),
    );
  return [...notes, list];
}
