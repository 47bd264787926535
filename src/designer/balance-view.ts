/**
 * The balance run: N seeded games in Web Workers (balance-run.ts) with a progress bar, then the figures of
 * `npm run balance` (tools/lib/balance-figures.ts, the one function the CLI and its HTML report use) and the
 * same three charts as the report (tools/lib/balance-charts.ts), drawn as DOM nodes.
 */

import { balanceCharts, type ChartLabels } from '../../tools/lib/balance-charts.ts';
import { balanceFigures, DEFAULT_SEED } from '../../tools/lib/balance-figures.ts';
import type { BalanceReport } from '../../tools/lib/balance-report.ts';
import { t } from '../i18n/page-catalog.ts';
import type { Scenario } from '../model/scenario.ts';
import { button, checkbox, el } from '../ui/dom.ts';
import { runInWorkers } from './balance-run.ts';
import { percent, table } from './parts.ts';
import { svgElement } from './svg-dom.ts';

/** The most games one run plays in the page. */
export const MAX_GAMES = 20_000;
const DEFAULT_GAMES = 500;

function chartLabels(): ChartLabels {
  return {
    danceTitle: t('designer.chart.danceTitle'),
    deal: t('designer.chart.deal'),
    frontier: t('designer.chart.frontier'),
    noDeal: t('designer.chart.noDeal'),
    nash: t('designer.chart.nash'),
    historical: t('designer.chart.historical'),
    utilityOf: (party) => t('designer.chart.utilityOf', { party }),
    pairsTitle: t('designer.chart.pairsTitle'),
    defaultPair: (pair) => t('designer.chart.defaultPair', { pair }),
    dealRate: t('designer.chart.dealRate'),
    issuesTitle: t('designer.chart.issuesTitle'),
    median: t('designer.chart.median'),
  };
}

function figuresTable(report: BalanceReport): HTMLTableElement {
  const fig = (label: string, text: string, key: string) => [label, { text, attrs: { 'data-figure': key } }];
  const rows = [
    fig(t('designer.balance.gamesPlayed'), String(report.games), 'games'),
    fig(t('designer.balance.deals'), String(report.deals), 'deals'),
    fig(t('designer.balance.dealRate'), percent(report.dealRate), 'dealRate'),
    fig(t('designer.balance.walkAwayRate'), percent(report.walkAwayRate), 'walkAwayRate'),
    fig(t('designer.balance.medianWithin'), percent(report.medianWithinOneLevel), 'medianWithinOneLevel'),
    ...report.pairs.map((p) =>
      fig(t('designer.balance.pairRate', { pair: p.pair }), percent(p.dealRate), `pairs.${p.slot}.dealRate`),
    ),
  ];
  return table([t('designer.balance.figure'), t('designer.balance.value')], rows, 'tt-designer-figures');
}

/** The run's panel, and how to stop a run in progress (another file was opened). */
export function balanceView(
  scenario: Scenario,
  fileName: string,
): { readonly node: HTMLElement; readonly stop: () => void } {
  const root = el('div', { className: 'tt-designer-balance' });
  const games = el('input', {
    attrs: {
      id: 'tt-designer-games',
      type: 'number',
      min: '1',
      max: String(MAX_GAMES),
      step: '1',
      value: String(DEFAULT_GAMES),
    },
  });
  const seed = el('input', {
    attrs: { id: 'tt-designer-seed', type: 'text', value: DEFAULT_SEED, maxlength: '64' },
  });
  const pairs = checkbox(t('designer.balance.pairs'), true, () => {});
  const pairsBox = pairs.querySelector('input') as HTMLInputElement;
  const bar = el('progress', {
    attrs: {
      id: 'tt-designer-progress',
      max: '100',
      value: '0',
      'aria-label': t('designer.balance.progress'),
    },
  });
  const barText = el('span', {
    className: 'tt-designer-percent',
    attrs: { id: 'tt-designer-percent' },
    text: '',
  });
  const status = el('p', {
    className: 'tt-designer-status',
    attrs: { role: 'status', id: 'tt-designer-balance-status' },
  });
  const command = el('p', { className: 'tt-designer-cli' });
  const figures = el('div', { attrs: { id: 'tt-designer-figures' } });
  const charts = el('div', { className: 'tt-designer-charts', attrs: { id: 'tt-designer-charts' } });
  let controller: AbortController | null = null;
  const showProgress = (share: number) => {
    const pct = Math.floor(share * 100);
    bar.value = pct;
    barText.textContent = t('designer.balance.percent', { percent: pct });
  };
  const run = async () => {
    const n = Number(games.value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_GAMES) {
      status.textContent = t('designer.balance.badGames', { max: MAX_GAMES });
      return;
    }
    const s = seed.value.trim();
    if (s === '') {
      status.textContent = t('designer.balance.badSeed');
      return;
    }
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    runButton.disabled = true;
    stopButton.disabled = false;
    status.textContent = '';
    figures.replaceChildren();
    charts.replaceChildren();
    showProgress(0);
    const withPairs = pairsBox.checked;
    command.textContent = t('designer.balance.cli', {
      command: `npm run balance -- ${fileName} --games ${n} --seed ${s}${withPairs ? ' --pairs' : ''} --html report.html`,
    });
    try {
      const result = await runInWorkers(
        { scenario, seed: s, games: n, pairs: withPairs },
        showProgress,
        mine.signal,
      );
      const report = balanceFigures(scenario, s, withPairs, result.summaries, result.historical);
      const drawn = balanceCharts(scenario, report, result.summaries, chartLabels());
      figures.replaceChildren(figuresTable(report));
      charts.replaceChildren(
        ...[drawn.dance, drawn.pairs, drawn.issues].flatMap((c) => (c ? [svgElement(c)] : [])),
      );
      status.textContent = t('designer.balance.done', {
        games: n,
        seconds: (result.ms / 1000).toFixed(1),
        workers: result.workers,
      });
    } catch (error) {
      status.textContent =
        error instanceof DOMException && error.name === 'AbortError'
          ? t('designer.balance.stopped')
          : t('designer.balance.failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      if (controller === mine) {
        controller = null;
        runButton.disabled = false;
        stopButton.disabled = true;
      }
    }
  };
  const runButton = button(t('designer.balance.run'), () => void run(), { attrs: { id: 'tt-designer-run' } });
  const stopButton = button(t('designer.balance.stop'), () => controller?.abort());
  stopButton.disabled = true;
  root.append(
    el('div', {
      className: 'tt-designer-controls',
      children: [
        el('label', { text: t('designer.balance.games'), attrs: { for: 'tt-designer-games' } }),
        games,
        el('label', { text: t('designer.balance.seed'), attrs: { for: 'tt-designer-seed' } }),
        seed,
        pairs,
        runButton,
        stopButton,
      ],
    }),
    el('div', { className: 'tt-designer-progress', children: [bar, barText] }),
    status,
    command,
    figures,
    charts,
  );
  return { node: root, stop: () => controller?.abort() };
}
