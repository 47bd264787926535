/**
 * Trade by sector (Phaser): for each sector, a bar for the game's result, the real deal and no-deal (told apart
 * by fill and pattern as well as colour: solid, hatched, empty), each with its value, and a tick at the 2024
 * flow; a legend on top.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { moneyVars } from '../../i18n/presentation.ts';
import type { Scenario } from '../../model/scenario.ts';
import { formatBillions } from '../debrief/format.ts';
import { PALETTE } from '../theme.ts';
import { chartText, denseScale, hatchRect } from './draw.ts';
import type { Box } from './label-layout.ts';
import { linearScale } from './scale.ts';
import type { SectorComparison } from './sector-series.ts';

export const BAR_KINDS = ['result', 'historical', 'noDeal'] as const;
export type BarKind = (typeof BAR_KINDS)[number];

const NAME_WIDTH = 262;
const VALUE_ROOM = 84;

/** A bar's look: orange solid, green hatched, or empty with an outline. */
export function drawBar(
  g: GameObjects.Graphics,
  kind: BarKind,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  const width = Math.max(2, w);
  switch (kind) {
    case 'result':
      g.fillStyle(PALETTE.orange, 1);
      g.fillRect(x, y, width, h);
      break;
    case 'historical':
      g.fillStyle(PALETTE.bluishGreen, 1);
      g.fillRect(x, y, width, h);
      g.lineStyle(2, 0xffffff, 0.9);
      hatchRect(g, x, y, width, h, 7);
      break;
    case 'noDeal':
      g.fillStyle(0xffffff, 1);
      g.fillRect(x, y, width, h);
      break;
  }
  g.lineStyle(1.5, PALETTE.ink, 1);
  g.strokeRect(x, y, width, h);
}

/** Which bars a comparison shows: no separate no-deal bar when the result is no-deal. */
export function barKinds(comparison: SectorComparison): BarKind[] {
  return BAR_KINDS.filter(
    (kind) =>
      (kind !== 'historical' || comparison.sectors.every((s) => s.flow.historical !== null)) &&
      (kind !== 'noDeal' || !comparison.resultIsNoDeal),
  );
}

export function barLabel(kind: BarKind, resultIsNoDeal: boolean): string {
  switch (kind) {
    case 'result':
      return resultIsNoDeal ? t('debrief.sectors.yoursNoDeal') : t('debrief.sectors.yours');
    case 'historical':
      return t('debrief.sectors.real');
    case 'noDeal':
      return t('debrief.sectors.noDeal');
  }
}

export class SectorBars {
  readonly container: GameObjects.Container;

  constructor(scene: Scene, scenario: Scenario, comparison: SectorComparison, area: Box) {
    this.container = scene.add.container(0, 0);
    const kinds = barKinds(comparison);
    const g = scene.add.graphics();
    const texts: GameObjects.Text[] = [];

    // Legend: a swatch per bar kind, then the 2024 tick; it wraps when the text is large.
    const legend: { width: number; draw: (lx: number, ly: number) => void }[] = kinds.map((kind) => {
      const label = scene.add
        .text(0, 0, barLabel(kind, comparison.resultIsNoDeal), chartText(17))
        .setOrigin(0, 0.5);
      texts.push(label);
      return {
        width: 36 + label.width,
        draw: (lx, ly) => {
          drawBar(g, kind, lx, ly - 9, 28, 18);
          label.setPosition(lx + 36, ly);
        },
      };
    });
    const tickLabel = scene.add
      .text(0, 0, t('debrief.sectors.baselineNote', moneyVars()), chartText(17))
      .setOrigin(0, 0.5);
    texts.push(tickLabel);
    legend.push({
      width: 16 + tickLabel.width,
      draw: (lx, ly) => {
        g.lineStyle(3, PALETTE.ink, 1);
        g.lineBetween(lx + 6, ly - 12, lx + 6, ly + 12);
        tickLabel.setPosition(lx + 16, ly);
      },
    });
    const lineHeight = Math.max(28, tickLabel.height + 6);
    let lx = area.x;
    let ly = area.y + 14;
    for (const item of legend) {
      if (lx > area.x && lx + item.width > area.x + area.width) {
        lx = area.x;
        ly += lineHeight;
      }
      item.draw(lx, ly);
      lx += item.width + 28;
    }

    // Sectors grouped by the way the trade goes (Japan → US, US → Japan), each group under a heading.
    const routes = [...new Set(comparison.sectors.map((s) => s.exporter))];
    const headingHeight = Math.round(30 * denseScale());
    const top = ly + lineHeight / 2 + 10;
    const group =
      (area.y + area.height - top - routes.length * headingHeight) / Math.max(1, comparison.sectors.length);
    const barHeight = Math.min(22, Math.max(8, (group - 12) / kinds.length - 4));
    const barsHeight = kinds.length * (barHeight + 4) - 4;
    const x0 = area.x + NAME_WIDTH;
    const x = linearScale([0, comparison.maxFlow || 1], [x0, area.x + area.width - VALUE_ROOM]);

    let gy = top;
    for (const exporter of routes) {
      const importer = comparison.sectors.find((s) => s.exporter === exporter)?.importer ?? exporter;
      g.fillStyle(PALETTE.navy, 1);
      g.fillRect(area.x, gy, area.width, headingHeight - 6);
      texts.push(
        scene.add
          .text(
            area.x + 8,
            gy + (headingHeight - 6) / 2,
            t('debrief.sectors.flow', {
              exporter: scenario.parties[exporter].name,
              importer: scenario.parties[importer].name,
            }),
            chartText(16, PALETTE.paper, true),
          )
          .setOrigin(0, 0.5),
      );
      gy += headingHeight;
      comparison.sectors
        .filter((s) => s.exporter === exporter)
        .forEach((sector, i) => {
          if (i > 0) {
            g.lineStyle(1, PALETTE.paperShade, 1);
            g.lineBetween(area.x, gy - 2, area.x + area.width, gy - 2);
          }
          const by = gy + (group - barsHeight) / 2;
          const name = scene.add
            .text(area.x, gy + group / 2, sector.name, {
              ...chartText(16, PALETTE.ink, true),
              wordWrap: { width: NAME_WIDTH - 14 },
            })
            .setOrigin(0, 0.5);
          texts.push(name);
          kinds.forEach((kind, k) => {
            const value = sector.flow[kind] ?? 0;
            const y = by + k * (barHeight + 4);
            drawBar(g, kind, x0, y, x.map(value) - x0, barHeight);
            // The value sits right of the bar, and right of the 2024 tick when the tick would cross it.
            const end = Math.max(x0, x.map(value));
            const tick = x.map(sector.baseline);
            const labelX = (tick >= end - 2 && tick < end + 70 ? tick : end) + 7;
            texts.push(
              // Values stay at 16 px: one per bar, they are packed as tightly as the bars.
              scene.add
                .text(
                  labelX,
                  y + barHeight / 2,
                  formatBillions(value),
                  chartText(16, PALETTE.ink, false, false),
                )
                .setOrigin(0, 0.5),
            );
          });
          g.lineStyle(3, PALETTE.ink, 1);
          g.lineBetween(x.map(sector.baseline), by - 4, x.map(sector.baseline), by + barsHeight + 4);
          gy += group;
        });
    }
    this.container.add([g, ...texts]);
  }
}
