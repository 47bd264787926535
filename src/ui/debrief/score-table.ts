/**
 * "You against the real negotiators" (DOM): each score of the game's outcome beside the same score of the real
 * deal, for each side (the player's first) or for the pair, with one plain sentence on what the measure means.
 */
import { type MessageKey, t } from '../../i18n/catalog.ts';
import { moneyVars } from '../../i18n/presentation.ts';
import type { Score } from '../../model/analysis.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import { el } from '../dom.ts';
import { linkedElement } from '../glossary/linked-text.ts';
import { formatApproval, formatDistance, formatGain, formatJobs, formatShare } from './format.ts';
import { SCORE_METRICS, type ScoreComparison, type ScoreMetric, scoreValue } from './score-rows.ts';

const NAMES: Record<ScoreMetric, readonly [MessageKey, MessageKey]> = {
  gain: ['debrief.scores.gain', 'debrief.scores.gainNote'],
  share: ['debrief.scores.share', 'debrief.scores.shareNote'],
  nash: ['debrief.scores.nash', 'debrief.scores.nashNote'],
  pareto: ['debrief.scores.pareto', 'debrief.scores.paretoNote'],
  jobs: ['debrief.scores.jobs', 'debrief.scores.jobsNote'],
  approval: ['debrief.scores.approval', 'debrief.scores.approvalNote'],
};

export function formatScore(metric: ScoreMetric, value: number): string {
  switch (metric) {
    case 'gain':
      return formatGain(value);
    case 'share':
      return formatShare(value);
    case 'nash':
    case 'pareto':
      return formatDistance(value);
    case 'jobs':
      return formatJobs(value);
    case 'approval':
      return formatApproval(value);
  }
}

function cells(score: Score, metric: ScoreMetric, order: readonly [PartyIndex, PartyIndex]): HTMLElement[] {
  const value = scoreValue(score, metric);
  if (value.kind === 'joint') {
    const text = value.value === null ? t('debrief.scores.none') : formatScore(metric, value.value);
    return [
      el('td', {
        className: 'tt-debrief-num tt-debrief-joint',
        attrs: { colspan: '2' },
        children: [
          document.createTextNode(text),
          el('span', { className: 'tt-debrief-note', text: ` ${t('debrief.scores.both')}` }),
        ],
      }),
    ];
  }
  return order.map((party) =>
    el('td', { className: 'tt-debrief-num', text: formatScore(metric, value.values[party]) }),
  );
}

/** The verdict sentence: the player's gain over no-deal in the game and in the real deal. */
export function scoreVerdict(scenario: Scenario, comparison: ScoreComparison): string {
  const side = scenario.parties[comparison.player].name;
  const yours = formatGain(comparison.result.sides[comparison.player].gain);
  if (!comparison.historical) return t('debrief.scores.verdictNoHistorical', { side, yours });
  const real = formatGain(comparison.historical.sides[comparison.player].gain);
  return t('debrief.scores.verdict', { side, yours, real });
}

export function scoreTable(scenario: Scenario, comparison: ScoreComparison): HTMLTableElement {
  const order: readonly [PartyIndex, PartyIndex] = [comparison.player, other(comparison.player)];
  const sideName = (party: PartyIndex) =>
    party === comparison.player
      ? t('debrief.scores.sideYou', { party: scenario.parties[party].name })
      : scenario.parties[party].name;
  const groups: { label: string; score: Score }[] = [
    { label: t('debrief.scores.yours'), score: comparison.result },
  ];
  if (comparison.historical) groups.push({ label: t('debrief.scores.real'), score: comparison.historical });

  const table = el('table', { className: 'tt-debrief-table tt-debrief-scores' });
  table.appendChild(el('caption', { className: 'tt-sr-only', text: t('debrief.scores.title') }));
  const top = el('tr', { children: [el('td')] });
  for (const group of groups)
    top.appendChild(el('th', { text: group.label, attrs: { scope: 'colgroup', colspan: '2' } }));
  const second = el('tr', {
    children: [el('th', { text: t('debrief.scores.measure'), attrs: { scope: 'col' } })],
  });
  for (const _ of groups)
    for (const party of order)
      second.appendChild(el('th', { text: sideName(party), attrs: { scope: 'col' } }));
  table.appendChild(el('thead', { children: [top, second] }));

  const body = el('tbody');
  for (const metric of SCORE_METRICS) {
    const [name, note] = NAMES[metric];
    const head = el('th', {
      attrs: { scope: 'row' },
      children: [
        linkedElement('span', t(name), 'tt-debrief-measure'),
        linkedElement('span', t(note, moneyVars()), 'tt-debrief-note'),
      ],
    });
    const row = el('tr', { children: [head] });
    for (const group of groups) for (const cell of cells(group.score, metric, order)) row.appendChild(cell);
    body.appendChild(row);
  }
  table.appendChild(body);
  return table;
}
