/**
 * Approval over time (Phaser): each government's approval at the start, after each meeting and at the end, as
 * a line with markers (Japan solid with circles, the United States dashed with squares), each labelled with its
 * last value; numbered badges mark the news that fired between meetings.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import type { Scenario } from '../../model/scenario.ts';
import { formatApproval, formatDate } from '../debrief/format.ts';
import { PALETTE, toCss } from '../theme.ts';
import type { ApprovalSeries, ApprovalStep } from './approval-series.ts';
import { drawAxes } from './axes.ts';
import { chartText, drawLine, drawMarker } from './draw.ts';
import { type Box, LINE_END, placeLabels } from './label-layout.ts';
import { partyStyle } from './party-style.ts';
import { niceAxis } from './scale.ts';

/** The label under a step: "Start", a meeting's short date, or the date and how it ended. */
export function stepLabel(scenario: Scenario, step: ApprovalStep, ended: 'deal' | 'no-deal' | null): string {
  if (step.kind === 'start' || step.meeting === null) return t('debrief.approval.start');
  const date = scenario.meetings[step.meeting]?.date;
  const short = date ? formatDate(date, false) : String(step.meeting + 1);
  if (step.kind !== 'end') return short;
  return `${short}\n${ended === 'deal' ? t('debrief.approval.endDeal') : t('debrief.approval.endNoDeal')}`;
}

export class ApprovalChart {
  readonly container: GameObjects.Container;

  constructor(
    scene: Scene,
    scenario: Scenario,
    series: ApprovalSeries,
    plot: Box,
    ended: 'deal' | 'no-deal' | null,
  ) {
    this.container = scene.add.container(0, 0);
    const last = Math.max(1, series.steps.length - 1);
    const y = niceAxis(Math.max(0, series.range[0] - 5), Math.min(100, series.range[1] + 5), 5, [0, 100]);
    const steps = series.steps.map((s) => s.step);
    const scales = drawAxes(scene, this.container, {
      plot,
      x: { domain: [-0.4, last + 0.4], step: 1, ticks: steps },
      y,
      xLabel: '',
      yLabel: t('debrief.approval.title'),
      xTick: (v) => stepLabel(scenario, series.steps[v], ended),
      yTick: (v) => formatApproval(v),
    });

    // News badges along the top, numbered in the order they fired.
    const g = scene.add.graphics();
    const badges: GameObjects.Text[] = [];
    const perStep = new Map<number, number>();
    series.news.forEach((news, i) => {
      const k = perStep.get(news.step) ?? 0;
      perStep.set(news.step, k + 1);
      const count = series.news.filter((n) => n.step === news.step).length;
      const bx = scales.x.map(news.step) + (k - (count - 1) / 2) * 26;
      const by = plot.y + 16;
      g.lineStyle(2, PALETTE.ink, 0.35);
      drawLine(
        g,
        [
          { x: scales.x.map(news.step), y: plot.y + 30 },
          { x: scales.x.map(news.step), y: plot.y + plot.height },
        ],
        true,
        4,
        5,
      );
      g.fillStyle(PALETTE.ink, 1);
      g.fillCircle(bx, by, 12);
      badges.push(scene.add.text(bx, by, String(i + 1), chartText(16, PALETTE.paper, true)).setOrigin(0.5));
    });
    this.container.add([g, ...badges]);

    const lines = scene.add.graphics();
    const ends: { x: number; y: number; label: string }[] = [];
    for (const party of [0, 1] as const) {
      const style = partyStyle(scenario, party);
      const points = series.steps.map((s) => ({ x: scales.x.map(s.step), y: scales.y.map(s.values[party]) }));
      lines.lineStyle(3, style.colour, 1);
      drawLine(lines, points, style.dashed);
      for (const p of points) drawMarker(lines, style.shape, p.x, p.y, 13, style.colour, style.colour, 1.5);
      const end = points[points.length - 1];
      const value = series.steps[series.steps.length - 1].values[party];
      ends.push({
        ...end,
        label: t('debrief.approval.line', {
          party: scenario.parties[party].name,
          value: formatApproval(value),
        }),
      });
    }
    this.container.add(lines);

    const texts = ends.map((e) =>
      scene.add.text(0, 0, e.label, {
        ...chartText(17, PALETTE.ink, true),
        backgroundColor: toCss(0xffffff),
        padding: { x: 4, y: 1 },
      }),
    );
    // Labels go to the right of the last points where there is room, else beside them.
    const boxes = placeLabels(
      texts.map((text, i) => ({ x: ends[i].x, y: ends[i].y, width: text.width, height: text.height })),
      { x: plot.x, y: plot.y, width: plot.width + 200, height: plot.height },
      ends.map((e) => ({ x: e.x - 8, y: e.y - 8, width: 16, height: 16 })),
      12,
      LINE_END,
    );
    texts.forEach((text, i) => {
      text.setPosition(boxes[i].x, boxes[i].y);
    });
    this.container.add(texts);
  }
}
