/**
 * The "negotiation dance" chart (Phaser): both sides' offers in utility space as paths in the order they were
 * made, over the Pareto frontier, with the Nash point, no-deal, the outcome and the real deal marked and
 * labelled, and a legend. The paths draw themselves in offer by offer when `play` is given a duration.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import { formatPoints } from '../debrief/format.ts';
import { PALETTE, toCss } from '../theme.ts';
import { drawAxes, type PlotScales } from './axes.ts';
import { type DancePoint, type DanceSeries, danceExtent } from './dance-series.ts';
import { chartText, drawLine, drawMarker } from './draw.ts';
import { type Box, placeLabels } from './label-layout.ts';
import { type MarkerShape, partyStyle } from './party-style.ts';

const MARK = { offer: 13, special: 22 } as const;

interface Special {
  readonly point: DancePoint;
  readonly shape: MarkerShape;
  readonly fill: number;
  readonly label: string;
}

export class DanceChart {
  readonly container: GameObjects.Container;
  /** Height the legend took, below `legend.y`. */
  readonly legendHeight: number;
  private readonly paths: GameObjects.Graphics;
  private readonly scales: PlotScales;

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
    private readonly series: DanceSeries,
    plot: Box,
    legend: { readonly x: number; readonly y: number },
  ) {
    this.container = scene.add.container(0, 0);
    const extent = danceExtent(series);
    const name = (party: PartyIndex) => scenario.parties[party].name;
    this.scales = drawAxes(scene, this.container, {
      plot,
      x: extent.x,
      y: extent.y,
      xLabel: t('debrief.dance.axis', { party: name(series.axes.x) }),
      yLabel: t('debrief.dance.axis', { party: name(series.axes.y) }),
      xTick: (v) => formatPoints(v),
      yTick: (v) => formatPoints(v),
    });
    this.drawFrontier(plot);
    this.paths = scene.add.graphics();
    this.container.add(this.paths);
    const specials = this.specials();
    this.drawSpecials(specials, plot);
    this.legendHeight = this.drawLegend(legend.x, legend.y, specials);
  }

  /** Draws the offers in over `durationMs`, one after the other in the order made (all at once when 0). */
  play(durationMs: number): void {
    const last = this.series.paths[0].length + this.series.paths[1].length - 1;
    if (durationMs <= 0 || last <= 0) {
      this.drawPaths(Number.POSITIVE_INFINITY);
      return;
    }
    this.drawPaths(0);
    this.scene.tweens.addCounter({
      from: 0,
      to: last,
      duration: durationMs,
      onUpdate: (tween) => this.drawPaths(tween.getValue() ?? last),
      onComplete: () => this.drawPaths(Number.POSITIVE_INFINITY),
    });
  }

  /**
   * Draws both paths up to `clock`: offer k (in the order made) shows once the clock reaches k, and the line
   * into it grows while the clock runs from k − 1 to k.
   */
  private drawPaths(clock: number): void {
    const g = this.paths;
    g.clear();
    const at = (p: DancePoint) => ({ x: this.scales.x.map(p.x), y: this.scales.y.map(p.y) });
    for (const party of [0, 1] as const) {
      const style = partyStyle(this.scenario, party);
      const path = this.series.paths[party];
      const points: { x: number; y: number }[] = [];
      path.forEach((offer, i) => {
        if (clock >= offer.offer) {
          points.push(at(offer));
        } else if (i > 0 && clock > offer.offer - 1 && clock >= path[i - 1].offer) {
          const from = at(path[i - 1]);
          const to = at(offer);
          const f = clock - (offer.offer - 1);
          points.push({ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f });
        }
      });
      g.lineStyle(3, style.colour, 1);
      drawLine(g, points, style.dashed);
      // Last to first, so the opening offer (hollow, to show where each path starts) stays on top of repeats.
      for (let i = path.length - 1; i >= 0; i--) {
        if (clock < path[i].offer) continue;
        const p = at(path[i]);
        const first = i === 0;
        drawMarker(
          g,
          style.shape,
          p.x,
          p.y,
          MARK.offer,
          first ? 0xffffff : style.colour,
          style.colour,
          first ? 3 : 1.5,
        );
      }
    }
  }

  private drawFrontier(plot: Box): void {
    const { x, y } = this.scales;
    const steps = this.series.frontierSteps;
    if (steps.length === 0) return;
    const g = this.scene.add.graphics();
    // The outcomes the frontier dominates, lightly shaded down to the axes.
    const bottom = plot.y + plot.height;
    const left = plot.x;
    g.fillStyle(PALETTE.paperShade, 0.55);
    g.beginPath();
    g.moveTo(left, bottom);
    g.lineTo(x.map(steps[0].x), bottom);
    for (const p of steps) g.lineTo(x.map(p.x), y.map(p.y));
    g.lineTo(left, y.map(steps[steps.length - 1].y));
    g.closePath();
    g.fillPath();
    // Deals up and to the right of no-deal beat it for both sides.
    const nd = { x: x.map(this.series.noDeal.x), y: y.map(this.series.noDeal.y) };
    g.lineStyle(2, PALETTE.ink, 0.45);
    drawLine(g, [{ x: nd.x, y: plot.y }, nd, { x: plot.x + plot.width, y: nd.y }], true, 6, 6);
    g.lineStyle(2.5, PALETTE.ink, 0.85);
    drawLine(
      g,
      steps.map((p) => ({ x: x.map(p.x), y: y.map(p.y) })),
      false,
    );
    this.container.add(g);
  }

  private specials(): Special[] {
    const s = this.series;
    const list: Special[] = [];
    if (s.nash)
      list.push({ point: s.nash, shape: 'star', fill: PALETTE.yellow, label: t('debrief.dance.nash') });
    if (s.historical)
      list.push({
        point: s.historical,
        shape: 'triangle',
        fill: PALETTE.bluishGreen,
        label: t('debrief.dance.realDeal'),
      });
    if (s.outcome?.kind === 'deal')
      list.push({
        point: s.outcome,
        shape: 'diamond',
        fill: PALETTE.orange,
        label: t('debrief.dance.yourDeal'),
      });
    const noDealLabel =
      s.outcome?.kind === 'no-deal' ? t('debrief.dance.yourNoDeal') : t('debrief.dance.noDeal');
    list.push({ point: s.noDeal, shape: 'cross', fill: PALETTE.ink, label: noDealLabel });
    return list;
  }

  private drawSpecials(specials: readonly Special[], plot: Box): void {
    const g = this.scene.add.graphics();
    const screen = specials.map((sp) => ({
      x: this.scales.x.map(sp.point.x),
      y: this.scales.y.map(sp.point.y),
    }));
    specials.forEach((sp, i) => {
      const outline = sp.shape === 'cross' ? 0xffffff : PALETTE.ink;
      drawMarker(g, sp.shape, screen[i].x, screen[i].y, MARK.special, sp.fill, outline, 2);
    });
    const texts = specials.map((sp) =>
      this.scene.add.text(0, 0, sp.label, {
        ...chartText(16, PALETTE.ink, true),
        backgroundColor: toCss(0xffffff),
        padding: { x: 4, y: 1 },
      }),
    );
    const marks: Box[] = screen.map((p) => ({ x: p.x - 13, y: p.y - 13, width: 26, height: 26 }));
    const boxes = placeLabels(
      texts.map((text, i) => ({ x: screen[i].x, y: screen[i].y, width: text.width, height: text.height })),
      plot,
      marks,
      14,
    );
    texts.forEach((text, i) => {
      text.setPosition(boxes[i].x, boxes[i].y);
    });
    this.container.add([g, ...texts]);
  }

  /** The legend: one row per mark, its shape drawn beside its name. Returns its height. */
  private drawLegend(x: number, y: number, specials: readonly Special[]): number {
    const g = this.scene.add.graphics();
    const rows: { draw: (cx: number, cy: number) => void; label: string }[] = [];
    for (const party of [this.series.axes.y, this.series.axes.x]) {
      const style = partyStyle(this.scenario, party);
      rows.push({
        label: t('debrief.dance.offers', { party: this.scenario.parties[party].name }),
        draw: (cx, cy) => {
          g.lineStyle(3, style.colour, 1);
          drawLine(
            g,
            [
              { x: cx - 18, y: cy },
              { x: cx + 18, y: cy },
            ],
            style.dashed,
            8,
            5,
          );
          drawMarker(g, style.shape, cx, cy, MARK.offer, style.colour, style.colour, 1.5);
        },
      });
    }
    rows.push({
      label: t('debrief.dance.frontier'),
      draw: (cx, cy) => {
        g.fillStyle(PALETTE.paperShade, 0.55);
        g.fillRect(cx - 18, cy - 2, 36, 12);
        g.lineStyle(2.5, PALETTE.ink, 0.85);
        drawLine(
          g,
          [
            { x: cx - 18, y: cy - 2 },
            { x: cx, y: cy - 2 },
            { x: cx, y: cy - 10 },
            { x: cx + 18, y: cy - 10 },
          ],
          false,
        );
      },
    });
    for (const sp of specials) {
      rows.push({
        label: sp.label,
        draw: (cx, cy) =>
          drawMarker(
            g,
            sp.shape,
            cx,
            cy,
            MARK.special,
            sp.fill,
            sp.shape === 'cross' ? 0xffffff : PALETTE.ink,
            2,
          ),
      });
    }
    // Two columns: the offers and the frontier first, then the marked points; sized to their labels.
    const perColumn = Math.ceil(rows.length / 2);
    const texts = rows.map((row) => this.scene.add.text(0, 0, row.label, chartText(17)).setOrigin(0, 0.5));
    const rowHeight = Math.max(34, ...texts.map((text) => text.height + 10));
    const firstWidth = Math.max(...texts.slice(0, perColumn).map((text) => text.width));
    const columnWidth = Math.max(256, 50 + firstWidth + 24);
    rows.forEach((row, i) => {
      const cx = x + Math.floor(i / perColumn) * columnWidth;
      const cy = y + 16 + (i % perColumn) * rowHeight;
      row.draw(cx + 22, cy);
      texts[i].setPosition(cx + 50, cy);
    });
    this.container.add([g, ...texts]);
    return perColumn * rowHeight;
  }
}
