/** Axes for the debrief's charts: a plot frame, grid lines at the ticks, tick labels and axis titles. */
import type { GameObjects, Scene } from 'phaser';
import { PALETTE } from '../theme.ts';
import { chartText } from './draw.ts';
import type { Box } from './label-layout.ts';
import { type LinearScale, linearScale, type NiceAxis } from './scale.ts';

export interface PlotScales {
  readonly x: LinearScale;
  readonly y: LinearScale;
}

/** Scales that map the axes' domains onto the plot box (y grows upwards). */
export function plotScales(plot: Box, x: NiceAxis, y: NiceAxis): PlotScales {
  return {
    x: linearScale(x.domain, [plot.x, plot.x + plot.width]),
    y: linearScale(y.domain, [plot.y + plot.height, plot.y]),
  };
}

export interface AxesOptions {
  readonly plot: Box;
  readonly x: NiceAxis;
  readonly y: NiceAxis;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly xTick: (value: number) => string;
  readonly yTick: (value: number) => string;
  /** Positions of the x ticks, when they are not the axis's own (categories). */
  readonly xTicks?: readonly number[];
}

/** Draws the axes into `container`; returns the scales. */
export function drawAxes(scene: Scene, container: GameObjects.Container, options: AxesOptions): PlotScales {
  const { plot } = options;
  const scales = plotScales(plot, options.x, options.y);
  const grid = scene.add.graphics();
  grid.fillStyle(0xffffff, 1);
  grid.fillRect(plot.x, plot.y, plot.width, plot.height);
  grid.lineStyle(1, PALETTE.paperShade, 1);
  const xTicks = options.xTicks ?? options.x.ticks;
  for (const v of options.y.ticks)
    grid.lineBetween(plot.x, scales.y.map(v), plot.x + plot.width, scales.y.map(v));
  for (const v of xTicks) grid.lineBetween(scales.x.map(v), plot.y, scales.x.map(v), plot.y + plot.height);
  grid.lineStyle(2, PALETTE.ink, 1);
  grid.lineBetween(plot.x, plot.y + plot.height, plot.x + plot.width, plot.y + plot.height);
  grid.lineBetween(plot.x, plot.y, plot.x, plot.y + plot.height);
  container.add(grid);

  for (const v of options.y.ticks) {
    const label = scene.add
      .text(plot.x - 10, scales.y.map(v), options.yTick(v), chartText(16))
      .setOrigin(1, 0.5);
    container.add(label);
  }
  for (const v of xTicks) {
    const label = scene.add
      .text(scales.x.map(v), plot.y + plot.height + 8, options.xTick(v), {
        ...chartText(16),
        align: 'center',
      })
      .setOrigin(0.5, 0);
    container.add(label);
  }
  const xTitle = scene.add
    .text(
      plot.x + plot.width / 2,
      plot.y + plot.height + 36,
      options.xLabel,
      chartText(17, PALETTE.ink, true),
    )
    .setOrigin(0.5, 0);
  const yTitle = scene.add
    .text(plot.x - 58, plot.y + plot.height / 2, options.yLabel, chartText(17, PALETTE.ink, true))
    .setOrigin(0.5, 0.5)
    .setAngle(-90);
  container.add([xTitle, yTitle]);
  return scales;
}
