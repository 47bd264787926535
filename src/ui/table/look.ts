/**
 * The table's look: where things sit on the 1280×720 design, text styles under the player's text size, and
 * each side's colour and flag. Shared by the table scene and its overlays.
 */
import type { GameObjects, Scene, Types } from 'phaser';
import type { PartyIndex, Scenario } from '../../model/scenario.ts';
import { flagTexture, hasFlag } from '../frame/flags.ts';
import { textScale } from '../frame/text-scale.ts';
import { FONT_FAMILY, PALETTE, toCss } from '../theme.ts';

/** Regions of the table screen, in design pixels. */
export const LAYOUT = {
  width: 1280,
  height: 720,
  top: { x: 16, y: 8, height: 60 },
  levers: { x: 12, y: 68, width: 600, height: 592 },
  moves: { x: 12, y: 666, width: 1256, height: 48 },
  right: { x: 628, width: 640 },
  stage: { y: 64, height: 140 },
  summary: { y: 208, height: 110 },
  tabs: { y: 322, height: 38 },
  panel: { y: 360, height: 300 },
} as const;

/**
 * A font size under the text-size setting, grown half as much as the setting says: the table is dense, and at
 * 150% it gets 125% (the DOM controls do the same through `--tt-dense` in src/styles/table.css).
 */
export function densePx(px: number): string {
  const scale = 1 + (textScale() - 1) / 2;
  return `${Math.round(px * scale)}px`;
}

export interface TextOptions {
  readonly bold?: boolean;
  readonly wrap?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly lineSpacing?: number;
}

/** A Phaser text style in the game's font, at a design size scaled by the text-size setting. */
export function textStyle(
  px: number,
  colour: number,
  options: TextOptions = {},
): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: densePx(px),
    fontStyle: options.bold ? 'bold' : '',
    color: toCss(colour),
    align: options.align ?? 'left',
    lineSpacing: options.lineSpacing ?? 2,
    resolution: 2,
    ...(options.wrap ? { wordWrap: { width: options.wrap, useAdvancedWrap: true } } : {}),
  };
}

/** A side's colour: the scenario's, else Japan vermillion and the United States blue (any other pair: by position). */
export function sideColour(scenario: Scenario, party: PartyIndex): number {
  return scenario.look.parties[party].colour;
}

/** Colours of text and marks on the navy ground. */
export const INK = {
  text: PALETTE.paper,
  muted: PALETTE.paperShade,
  accent: PALETTE.orange,
  highlight: PALETTE.yellow,
  good: PALETTE.bluishGreen,
  bad: PALETTE.vermillion,
  card: PALETTE.paper,
  cardText: PALETTE.ink,
} as const;

/** A side's flag, `height` design pixels tall, centred on (x, y), with a thin outline; a badge with the side's
 * initials on its colour (rounded, no outline) when the scenario gives it no flag. */
export function addFlag(
  scene: Scene,
  x: number,
  y: number,
  height: number,
  scenario: Scenario,
  party: PartyIndex,
): GameObjects.Container {
  const container = scene.add.container(x, y);
  const image = scene.add.image(0, 0, flagTexture(scene, scenario, party));
  const scale = height / image.height;
  image.setScale(scale);
  const width = image.width * scale;
  container.add(image);
  if (hasFlag(scenario.look.parties[party])) {
    const outline = scene.add.graphics();
    outline.lineStyle(1.5, PALETTE.paperShade, 1);
    outline.strokeRect(-width / 2, -height / 2, width, height);
    container.add(outline);
  }
  container.setSize(width, height);
  return container;
}
