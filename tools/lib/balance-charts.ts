/**
 * The balance run's three charts, pure: the deals on the dance chart (each side's utility, the Pareto frontier,
 * no-deal, the Nash point and the historical deal), the deal rate per personality pair, and the median deal
 * against history per issue. Each is a small SVG tree (SvgNode) built from the report and the game summaries,
 * and drawn by `svgMarkup` (text, escaped: the HTML report of `npm run balance -- --html`) or by the designer's
 * workbench (DOM nodes, text as textContent). One function makes them for both, so both show the same figures.
 * Labels come from the caller (the CLI's English, the workbench's catalog).
 */
import {
  initialParams,
  nashPoint,
  type Pair,
  paretoFrontier,
  reservations,
  type Scenario,
  tableUtility,
  utilityTable,
} from '../../src/model/index.ts';
import { danceAxes } from '../../src/ui/charts/dance-series.ts';
import { partyStyle } from '../../src/ui/charts/party-style.ts';
import { linearScale, niceAxis, stepDecimals } from '../../src/ui/charts/scale.ts';
import { PALETTE, toCss } from '../../src/ui/theme.ts';
import type { BalanceReport } from './balance-report.ts';
import type { GameSummary } from './game-summary.ts';

export interface SvgNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children?: readonly SvgNode[];
  /** Text content (a <text> or <title>): always set as text, never as markup. */
  readonly text?: string;
}

export interface ChartLabels {
  readonly danceTitle: string;
  readonly deal: string;
  readonly frontier: string;
  readonly noDeal: string;
  readonly nash: string;
  readonly historical: string;
  /** Axis title: a party's utility. */
  readonly utilityOf: (party: string) => string;
  readonly pairsTitle: string;
  /** The scenario's default pair, marked. */
  readonly defaultPair: (pair: string) => string;
  readonly dealRate: string;
  readonly issuesTitle: string;
  readonly median: string;
}

export const ENGLISH_CHART_LABELS: ChartLabels = {
  danceTitle: 'Deals on the dance chart',
  deal: 'deal',
  frontier: 'Pareto frontier',
  noDeal: 'no deal',
  nash: 'Nash point',
  historical: 'historical deal',
  utilityOf: (party) => `${party} utility`,
  pairsTitle: 'Deal rate per personality pair',
  defaultPair: (pair) => `${pair} (default)`,
  dealRate: 'deal rate',
  issuesTitle: 'Median deal against history, per issue',
  median: 'median deal',
};

export interface BalanceCharts {
  readonly dance: SvgNode;
  readonly pairs: SvgNode;
  readonly issues: SvgNode | null;
}

const INK = toCss(PALETTE.paper);
const MUTED = toCss(PALETTE.paperShade);
const node = (
  tag: string,
  attrs: Record<string, string | number>,
  children: SvgNode[] = [],
  text?: string,
): SvgNode => ({ tag, attrs, children, ...(text === undefined ? {} : { text }) });
const label = (x: number, y: number, text: string, attrs: Record<string, string | number> = {}): SvgNode =>
  node('text', { x, y, fill: INK, 'font-size': 12, ...attrs }, [], text);
const r2 = (v: number): number => Math.round(v * 100) / 100;

function svg(width: number, height: number, title: string, children: SvgNode[]): SvgNode {
  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-label': title,
    },
    [
      node('title', {}, [], title),
      label(8, 16, title, { 'font-size': 14, 'font-weight': 'bold' }),
      ...children,
    ],
  );
}

/** The deals of the run (slot 0 and the rest alike) as utility points, with the frontier and the landmarks. */
function danceChart(scenario: Scenario, games: readonly GameSummary[], labels: ChartLabels): SvgNode {
  const axes = danceAxes(scenario);
  const params = initialParams(scenario);
  const frontier = paretoFrontier(scenario, params);
  const r = reservations(scenario, params);
  const nash = nashPoint(frontier, r);
  const at = (u: Pair<number>): [number, number] => [u[axes.x], u[axes.y]];
  const deals = games.filter((g) => g.end === 'deal').map((g) => at(g.utility));
  const h = scenario.historicalDeal;
  const historical = h
    ? at([
        tableUtility(utilityTable(scenario, 0, params.influence[0]), h),
        tableUtility(utilityTable(scenario, 1, params.influence[1]), h),
      ])
    : null;
  const all = [...deals, ...frontier.points.map((p) => at(p.u)), at(r)];
  if (historical) all.push(historical);
  const xAxis = niceAxis(Math.min(...all.map((p) => p[0])), Math.max(...all.map((p) => p[0])), 5, [0, 1]);
  const yAxis = niceAxis(Math.min(...all.map((p) => p[1])), Math.max(...all.map((p) => p[1])), 5, [0, 1]);
  const W = 420;
  const H = 360;
  const plot = { left: 56, right: W - 16, top: 34, bottom: H - 48 };
  const sx = linearScale(xAxis.domain, [plot.left, plot.right]);
  const sy = linearScale(yAxis.domain, [plot.bottom, plot.top]);
  const xy = (p: readonly [number, number]) => ({ cx: r2(sx.map(p[0])), cy: r2(sy.map(p[1])) });
  const parts: SvgNode[] = [];
  const grid = toCss(PALETTE.navyLight);
  for (const tick of xAxis.ticks) {
    const x = r2(sx.map(tick));
    parts.push(node('line', { x1: x, x2: x, y1: plot.top, y2: plot.bottom, stroke: grid }));
    parts.push(
      label(x, plot.bottom + 16, tick.toFixed(stepDecimals(xAxis.step)), { 'text-anchor': 'middle' }),
    );
  }
  for (const tick of yAxis.ticks) {
    const y = r2(sy.map(tick));
    parts.push(node('line', { x1: plot.left, x2: plot.right, y1: y, y2: y, stroke: grid }));
    parts.push(label(plot.left - 6, y + 4, tick.toFixed(stepDecimals(yAxis.step)), { 'text-anchor': 'end' }));
  }
  const names = scenario.parties.map((p) => p.shortName);
  parts.push(
    label((plot.left + plot.right) / 2, H - 12, labels.utilityOf(names[axes.x]), { 'text-anchor': 'middle' }),
  );
  parts.push(
    label(14, (plot.top + plot.bottom) / 2, labels.utilityOf(names[axes.y]), {
      'text-anchor': 'middle',
      transform: `rotate(-90 14 ${(plot.top + plot.bottom) / 2})`,
    }),
  );
  const line = frontier.points.map((p) => {
    const { cx, cy } = xy(at(p.u));
    return `${cx},${cy}`;
  });
  parts.push(
    node('polyline', { points: line.join(' '), fill: 'none', stroke: MUTED, 'stroke-dasharray': '4 3' }, [
      node('title', {}, [], labels.frontier),
    ]),
  );
  const dealColour = toCss(partyStyle(scenario, axes.x).colour);
  parts.push(
    node(
      'g',
      { class: 'tt-chart-deals', fill: dealColour, 'fill-opacity': 0.45, 'data-count': deals.length },
      deals.map((p) => node('circle', { ...xy(p), r: 3 })),
    ),
  );
  const landmark = (
    p: readonly [number, number],
    name: string,
    colour: string,
    shape: 'square' | 'diamond' | 'ring',
    below = false,
  ) => {
    const { cx, cy } = xy(p);
    const title = node('title', {}, [], name);
    const body =
      shape === 'square'
        ? node('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10, fill: colour }, [title])
        : shape === 'diamond'
          ? node(
              'polygon',
              { points: `${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`, fill: colour },
              [title],
            )
          : node('circle', { cx, cy, r: 6, fill: 'none', stroke: colour, 'stroke-width': 2 }, [title]);
    // Near the right edge the label goes to the left of its mark; the Nash point's goes below, history's above.
    const left = cx > plot.right - 100;
    const text = label(
      left ? cx - 9 : cx + 9,
      below ? cy + 18 : cy - 8,
      name,
      left ? { 'text-anchor': 'end' } : {},
    );
    return [body, text];
  };
  parts.push(...landmark(at(r), labels.noDeal, MUTED, 'square'));
  if (nash) parts.push(...landmark(at(nash.u), labels.nash, toCss(PALETTE.bluishGreen), 'ring', true));
  if (historical) parts.push(...landmark(historical, labels.historical, toCss(PALETTE.yellow), 'diamond'));
  return svg(W, H, labels.danceTitle, parts);
}

/** One bar per personality pair (or the one seed-varied row): its deal rate, with the figure written. */
function pairsChart(report: BalanceReport, labels: ChartLabels): SvgNode {
  const rows =
    report.pairs.length > 0
      ? report.pairs.map((p) => ({ name: p.default ? labels.defaultPair(p.pair) : p.pair, rate: p.dealRate }))
      : [{ name: report.calibration.pair, rate: report.calibration.dealRate }];
  const W = 420;
  const rowH = 24;
  const H = 40 + rows.length * rowH + 8;
  const left = 175;
  const right = W - 60;
  const sx = linearScale([0, 1], [left, right]);
  const parts: SvgNode[] = [];
  rows.forEach((row, i) => {
    const y = 34 + i * rowH;
    const width = row.rate === null ? 0 : r2(sx.map(row.rate) - left);
    const pct = row.rate === null ? '–' : `${(row.rate * 100).toFixed(1)}%`;
    parts.push(label(left - 6, y + 15, row.name, { 'text-anchor': 'end' }));
    parts.push(
      node('rect', {
        x: left,
        y: y + 3,
        width: right - left,
        height: rowH - 8,
        fill: toCss(PALETTE.navyLight),
      }),
    );
    parts.push(
      node(
        'rect',
        { class: 'tt-chart-bar', x: left, y: y + 3, width, height: rowH - 8, fill: toCss(PALETTE.skyBlue) },
        [node('title', {}, [], `${row.name}: ${labels.dealRate} ${pct}`)],
      ),
    );
    parts.push(label(right + 6, y + 15, pct, { 'data-figure': `dealRate:${row.name}` }));
  });
  return svg(W, H, labels.pairsTitle, parts);
}

/** Each issue's levels as a track, the median deal's level and the historical level marked on it. */
function issuesChart(scenario: Scenario, report: BalanceReport, labels: ChartLabels): SvgNode | null {
  const rows = report.calibration.issues;
  if (rows.length === 0) return null;
  const W = 420;
  const rowH = 30;
  const H = 56 + rows.length * rowH;
  const left = 150;
  const right = W - 20;
  const parts: SvgNode[] = [
    node('circle', { cx: left, cy: 30, r: 5, fill: toCss(PALETTE.skyBlue) }),
    label(left + 9, 34, labels.median),
    node('polygon', {
      points: `${left + 130},23 ${left + 137},30 ${left + 130},37 ${left + 123},30`,
      fill: 'none',
      stroke: toCss(PALETTE.yellow),
      'stroke-width': 2,
    }),
    label(left + 142, 34, labels.historical),
  ];
  rows.forEach((row, i) => {
    const levels = scenario.issues[i]?.levels.length ?? 1;
    const sx = linearScale([0, Math.max(1, levels - 1)], [left, right]);
    const y = 56 + i * rowH;
    parts.push(
      label(left - 8, y + 4, row.issue.length > 22 ? `${row.issue.slice(0, 21)}…` : row.issue, {
        'text-anchor': 'end',
      }),
    );
    parts.push(node('line', { x1: left, x2: right, y1: y, y2: y, stroke: MUTED }));
    for (let l = 0; l < levels; l++)
      parts.push(node('circle', { cx: r2(sx.map(l)), cy: y, r: 2, fill: MUTED }));
    const hx = r2(sx.map(row.historicalLevel));
    parts.push(
      node(
        'polygon',
        {
          points: `${hx},${y - 8} ${hx + 8},${y} ${hx},${y + 8} ${hx - 8},${y}`,
          fill: 'none',
          stroke: toCss(PALETTE.yellow),
          'stroke-width': 2,
        },
        [node('title', {}, [], `${labels.historical}: ${row.historical}`)],
      ),
    );
    if (row.medianLevel !== null)
      parts.push(
        node(
          'circle',
          {
            class: 'tt-chart-median',
            cx: r2(sx.map(row.medianLevel)),
            cy: y,
            r: 5,
            fill: toCss(PALETTE.skyBlue),
            'data-level': row.medianLevel,
          },
          [node('title', {}, [], `${labels.median}: ${row.median ?? ''}`)],
        ),
      );
  });
  return svg(W, H, labels.issuesTitle, parts);
}

/** The three charts of a balance run. */
export function balanceCharts(
  scenario: Scenario,
  report: BalanceReport,
  games: readonly GameSummary[],
  labels: ChartLabels = ENGLISH_CHART_LABELS,
): BalanceCharts {
  return {
    dance: danceChart(scenario, games, labels),
    pairs: pairsChart(report, labels),
    issues: issuesChart(scenario, report, labels),
  };
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text made safe for HTML and XML, in text and in attribute values alike. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** An SVG tree as markup, every text and attribute value escaped. */
export function svgMarkup(n: SvgNode): string {
  const attrs = Object.entries(n.attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = (n.text === undefined ? '' : escapeXml(n.text)) + (n.children ?? []).map(svgMarkup).join('');
  return `<${n.tag}${attrs}>${inner}</${n.tag}>`;
}
