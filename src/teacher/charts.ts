/**
 * The dashboard's charts as SVG: the class's deals on the negotiation-dance chart, and dot plots of one figure
 * across the class. Shapes and labels tell marks apart besides colour (Okabe–Ito, as in the game's charts).
 */
import { t } from '../i18n/page-catalog.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import { type MarkerShape, partyStyle } from '../ui/charts/party-style.ts';
import { formatPoints } from '../ui/debrief/format.ts';
import { el } from '../ui/dom.ts';
import { PALETTE, toCss } from '../ui/theme.ts';
import type { ClassDance, DotPlot } from './chart-data.ts';
import { plotFrame } from './chart-data.ts';
import { marker, round, svgEl, svgRoot, svgText } from './svg.ts';

const INK = toCss(PALETTE.ink);
const GRID = '#c9c1b0';

/** A row of the legend: a small SVG of the mark and its name. */
function legendItem(shape: MarkerShape | 'line', fill: string, stroke: string, label: string): HTMLElement {
  const icon = svgEl('svg', { viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': 'true' });
  icon.appendChild(
    shape === 'line'
      ? svgEl('polyline', { points: '2,18 10,18 10,8 22,8', fill: 'none', stroke, 'stroke-width': 2.5 })
      : marker(shape, 12, 12, 16, fill, stroke),
  );
  return el('li', { children: [icon, el('span', { text: label })] });
}

export interface DanceOptions {
  readonly hideNames: boolean;
}

/** The class's deals over the Pareto frontier, with the Nash point, no-deal and the real deal; and a legend. */
export function classDanceChart(scenario: Scenario, dance: ClassDance, options: DanceOptions): HTMLElement {
  const W = 720;
  const H = 500;
  const frame = plotFrame(W, H, { left: 70, right: 24, top: 16, bottom: 60 }, dance.extent.x, dance.extent.y);
  const name = (p: PartyIndex) => scenario.parties[p].name;
  const root = svgRoot(
    W,
    H,
    t('teacher.chart.dance.title'),
    t('teacher.chart.dance.description', {
      count: dance.deals.length,
      x: name(dance.axes.x),
      y: name(dance.axes.y),
    }),
  );
  const grid = svgEl('g', { class: 'tt-chart-grid' });
  for (const v of dance.extent.x.ticks) {
    const x = round(frame.x(v));
    grid.append(
      svgEl('line', { x1: x, x2: x, y1: frame.top, y2: frame.bottom, stroke: GRID }),
      svgText(x, frame.bottom + 18, formatPoints(v), { 'text-anchor': 'middle', class: 'tt-tick' }),
    );
  }
  for (const v of dance.extent.y.ticks) {
    const y = round(frame.y(v));
    grid.append(
      svgEl('line', { x1: frame.left, x2: frame.right, y1: y, y2: y, stroke: GRID }),
      svgText(frame.left - 8, y + 5, formatPoints(v), { 'text-anchor': 'end', class: 'tt-tick' }),
    );
  }
  grid.append(
    svgText((frame.left + frame.right) / 2, H - 14, t('teacher.chart.axis', { party: name(dance.axes.x) }), {
      'text-anchor': 'middle',
      class: 'tt-axis-label',
    }),
    svgText(0, 0, t('teacher.chart.axis', { party: name(dance.axes.y) }), {
      'text-anchor': 'middle',
      class: 'tt-axis-label',
      transform: `translate(18 ${round((frame.top + frame.bottom) / 2)}) rotate(-90)`,
    }),
  );
  root.appendChild(grid);

  const steps = dance.frontierSteps.map((p) => `${round(frame.x(p.x))},${round(frame.y(p.y))}`).join(' ');
  root.appendChild(
    svgEl('polyline', {
      points: steps,
      fill: 'none',
      stroke: toCss(PALETTE.navyLight),
      'stroke-width': 2.5,
      class: 'tt-frontier',
    }),
  );

  const deals = svgEl('g', { class: 'tt-deals' });
  for (const deal of dance.deals) {
    const style = deal.side === null ? null : partyStyle(scenario, deal.side);
    const colour = style ? toCss(style.colour) : INK;
    const x = frame.x(deal.x);
    const y = frame.y(deal.y);
    // A deal is filled; a no-deal result is hollow, so the two differ by more than colour.
    const mark = marker(
      style?.shape ?? 'diamond',
      x,
      y,
      13,
      deal.kind === 'deal' ? colour : '#ffffff',
      colour,
      2,
    );
    const title = svgEl('title');
    title.textContent = options.hideNames
      ? t('teacher.chart.dealOf', { index: deal.index })
      : t('teacher.chart.dealOfNamed', { index: deal.index, name: deal.name });
    mark.appendChild(title);
    mark.setAttribute('class', 'tt-deal');
    mark.setAttribute('data-index', String(deal.index));
    deals.append(mark, svgText(x + 9, y - 7, String(deal.index), { class: 'tt-deal-label' }));
  }
  root.appendChild(deals);

  // Each special mark's label sits on its own side (the real deal up-left, the Nash point down-right), so the
  // two stay readable when they lie close together, as they usually do.
  const specials: {
    point: { x: number; y: number } | null;
    shape: MarkerShape;
    fill: string;
    label: string;
    dx: number;
    dy: number;
    anchor: 'start' | 'end';
  }[] = [
    {
      point: dance.noDeal,
      shape: 'cross',
      fill: INK,
      label: t('teacher.chart.noDeal'),
      dx: 16,
      dy: 18,
      anchor: 'start',
    },
    {
      point: dance.nash,
      shape: 'star',
      fill: toCss(PALETTE.yellow),
      label: t('teacher.chart.nash'),
      dx: 16,
      dy: 24,
      anchor: 'start',
    },
    {
      point: dance.historical,
      shape: 'triangle',
      fill: toCss(PALETTE.bluishGreen),
      label: t('teacher.chart.realDeal'),
      dx: -16,
      dy: -14,
      anchor: 'end',
    },
  ];
  for (const s of specials) {
    if (!s.point) continue;
    const x = frame.x(s.point.x);
    const y = frame.y(s.point.y);
    root.append(
      marker(s.shape, x, y, 22, s.fill, s.shape === 'cross' ? '#ffffff' : INK, 2),
      svgText(x + s.dx, y + s.dy, s.label, { class: 'tt-special-label', 'text-anchor': s.anchor }),
    );
  }

  const legend = el('ul', {
    className: 'tt-chart-legend',
    attrs: { 'aria-label': t('teacher.chart.legend') },
  });
  for (const party of [0, 1] as const) {
    const style = partyStyle(scenario, party);
    legend.appendChild(
      legendItem(
        style.shape,
        toCss(style.colour),
        toCss(style.colour),
        t('teacher.chart.dealsOf', { party: name(party) }),
      ),
    );
  }
  legend.append(
    legendItem('circle', '#ffffff', INK, t('teacher.chart.hollow')),
    legendItem('line', 'none', toCss(PALETTE.navyLight), t('teacher.chart.frontier')),
    ...specials
      .filter((s) => s.point)
      .map((s) => legendItem(s.shape, s.fill, s.shape === 'cross' ? '#ffffff' : INK, s.label)),
  );
  return el('figure', { className: 'tt-figure tt-dance', children: [root, legend] });
}

/** A dot plot: one dot per student, stacked; the class mean and the real deal marked and labelled. */
export function dotPlotChart(title: string, plot: DotPlot, format: (v: number) => string): HTMLElement {
  const W = 420;
  const dot = 9;
  const rows = Math.min(plot.height, 14);
  const H = 84 + rows * dot;
  const frame = plotFrame(W, H, { left: 40, right: 40, top: 24, bottom: 56 }, plot.axis, null);
  const root = svgRoot(
    W,
    H,
    title,
    t('teacher.chart.dots.description', {
      count: plot.dots.length,
      mean: plot.mean === null ? '–' : format(plot.mean),
      real: plot.historical === null ? '–' : format(plot.historical),
    }),
  );
  root.appendChild(
    svgEl('line', { x1: frame.left, x2: frame.right, y1: frame.bottom, y2: frame.bottom, stroke: INK }),
  );
  for (const v of plot.axis.ticks) {
    const x = round(frame.x(v));
    root.append(
      svgEl('line', { x1: x, x2: x, y1: frame.bottom, y2: frame.bottom + 5, stroke: INK }),
      svgText(x, frame.bottom + 19, format(v), { 'text-anchor': 'middle', class: 'tt-tick' }),
    );
  }
  const scale = plot.height > rows ? rows / plot.height : 1;
  for (const d of plot.dots) {
    // At its own value across; stacked with the others of its bin.
    const x = frame.x(d.value);
    const y = frame.bottom - dot / 2 - 1 - d.stack * dot * scale;
    root.appendChild(
      svgEl('circle', { cx: round(x), cy: round(y), r: dot / 2 - 0.5, fill: toCss(PALETTE.blue) }),
    );
  }
  if (plot.mean !== null) {
    const x = round(frame.x(plot.mean));
    root.append(
      svgEl('line', {
        x1: x,
        x2: x,
        y1: frame.top - 6,
        y2: frame.bottom,
        stroke: toCss(PALETTE.orange),
        'stroke-width': 2.5,
        'stroke-dasharray': '5 3',
      }),
      svgText(x, frame.top - 10, t('teacher.chart.mean'), {
        'text-anchor': 'middle',
        class: 'tt-mean-label',
      }),
    );
  }
  if (plot.historical !== null) {
    const x = frame.x(plot.historical);
    const right = x > (frame.left + frame.right) / 2;
    root.append(
      marker('triangle', x, frame.bottom + 36, 12, toCss(PALETTE.bluishGreen), INK, 1.5),
      svgText(right ? x - 10 : x + 10, frame.bottom + 41, t('teacher.chart.realDeal'), {
        class: 'tt-real-label',
        'text-anchor': right ? 'end' : 'start',
      }),
    );
  }
  return el('figure', {
    className: 'tt-figure tt-dots',
    children: [el('figcaption', { text: title }), root],
  });
}
