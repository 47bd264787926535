/**
 * Canvas text that follows the text-size setting. A scene makes one `ScaledTexts`, adds its texts through it,
 * and they are resized when the setting changes. Display type (32 px and up: headings) keeps its size: it is
 * already large, and growing it would push the layout apart.
 */
import { type GameObjects, type Scene, Scenes, type Types } from 'phaser';
import { subscribeSettings } from '../../app/settings.ts';
import { FONT_FAMILY, PALETTE, toCss } from '../theme.ts';
import { subscribeZoom, textScale } from './text-scale.ts';

export const DISPLAY_PX = 32;

export interface TextSpec {
  readonly size: number;
  readonly colour: number;
  readonly bold?: boolean;
  /** Wrap at this width (design pixels). */
  readonly wrap?: number;
  readonly align?: 'left' | 'center' | 'right';
}

export function scaledPx(size: number): number {
  return size >= DISPLAY_PX ? size : Math.round(size * textScale());
}

export function textStyle(spec: TextSpec): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${scaledPx(spec.size)}px`,
    fontStyle: spec.bold ? 'bold' : '',
    color: toCss(spec.colour),
    align: spec.align ?? 'left',
    resolution: 2,
    ...(spec.wrap ? { wordWrap: { width: spec.wrap, useAdvancedWrap: true } } : {}),
  };
}

/**
 * Makes a text's font smaller, a pixel at a time down to `minPx`, until it is no wider than `width` (design
 * pixels): a heading beside buttons stays whole under larger text instead of running under them.
 */
export function shrinkToWidth(text: GameObjects.Text, width: number, minPx: number): void {
  let px = Number.parseFloat(String(text.style.fontSize));
  while (text.width > width && px > minPx) {
    px -= 1;
    text.setFontSize(px);
  }
}

export class ScaledTexts {
  private readonly texts: { text: GameObjects.Text; spec: TextSpec }[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly scene: Scene) {
    const unsubscribe = subscribeSettings(() => this.apply());
    const unzoom = subscribeZoom(() => this.apply());
    scene.events.once(Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      unzoom();
      this.texts.length = 0;
      this.listeners.clear();
    });
  }

  add(x: number, y: number, content: string, spec: TextSpec): GameObjects.Text {
    const text = this.scene.add.text(x, y, content, textStyle(spec));
    this.texts.push({ text, spec });
    return text;
  }

  /** Runs after every resize, e.g. to lay out again what depends on the texts' sizes. */
  onResize(listener: () => void): void {
    this.listeners.add(listener);
  }

  private apply(): void {
    for (const { text, spec } of this.texts) {
      if (!text.active) continue;
      text.setFontSize(scaledPx(spec.size));
    }
    for (const listener of this.listeners) listener();
  }
}

/**
 * The banner of a menu screen (setup, join): a navy band with an orange rule, a heading and a subtitle under
 * it, both following the text-size setting.
 */
export function drawBanner(
  scene: Scene,
  heading: string,
  subtitle: string,
): { readonly heading: GameObjects.Text; readonly subtitle: GameObjects.Text } {
  const texts = new ScaledTexts(scene);
  const g = scene.add.graphics();
  g.fillStyle(PALETTE.navyLight, 1);
  g.fillRect(0, 0, scene.scale.width, 100);
  g.fillStyle(PALETTE.orange, 1);
  g.fillRect(0, 100, scene.scale.width, 4);
  const title = texts.add(80, 14, heading, { size: 40, colour: PALETTE.paper, bold: true });
  const sub = texts.add(82, title.y + title.height, subtitle, { size: 17, colour: PALETTE.paperShade });
  return { heading: title, subtitle: sub };
}
