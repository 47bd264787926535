import { Loader, Scene, Scenes, type Types } from 'phaser';
import { devStart } from '../app/dev-start';
import { SVG_ASSETS } from './assets';
import { SCENE_KEYS } from './keys';
import { markSceneLeaving, markSceneReady } from './readiness';
import { FONT_FAMILY, PALETTE, toCss } from './theme';

// User-facing strings of this scene; they move into the message catalog when it exists.
const TEXT = {
  loading: 'Loading…',
  loadFailed: (key: string) => `Could not load “${key}”. Reload the page to try again.`,
  heading: 'Tariff Talks',
  subtitle: 'Negotiate the 2025 US–Japan tariff deal',
  japan: 'Japan',
  us: 'United States',
  dates: 'Talks from 16 April to 22 July 2025  ·  Tariffs rise on 1 August',
} as const;

const BAR = { width: 520, height: 18, border: 3 } as const;

/**
 * Boot and preload: draws a progress bar while the assets load, then a title card. Later this scene hands
 * over to the title menu.
 */
export class BootScene extends Scene {
  constructor() {
    super({ key: SCENE_KEYS.boot });
  }

  init(): void {
    markSceneLeaving(SCENE_KEYS.boot);
  }

  preload(): void {
    const { width, height } = this.scale;
    const x = (width - BAR.width) / 2;
    const y = height / 2;

    const label = this.add
      .text(width / 2, y - 36, TEXT.loading, textStyle(24, PALETTE.paperShade))
      .setOrigin(0.5, 0.5);
    const frame = this.add.graphics();
    frame.lineStyle(BAR.border, PALETTE.paper, 1);
    frame.strokeRoundedRect(x - 6, y - 6, BAR.width + 12, BAR.height + 12, 8);
    const fill = this.add.graphics();

    this.load.on(Loader.Events.PROGRESS, (progress: number) => {
      fill.clear();
      fill.fillStyle(PALETTE.orange, 1);
      fill.fillRoundedRect(x, y, Math.max(BAR.height, BAR.width * progress), BAR.height, BAR.height / 2);
    });
    this.load.on(Loader.Events.FILE_LOAD_ERROR, (file: Loader.File) => {
      console.error(`Failed to load asset "${file.key}" from ${String(file.url)}`);
      label.setText(TEXT.loadFailed(file.key)).setColor(toCss(PALETTE.yellow));
    });
    this.load.once(Loader.Events.COMPLETE, (_loader: Loader.LoaderPlugin, _done: number, failed: number) => {
      if (failed === 0) {
        label.destroy();
        frame.destroy();
        fill.destroy();
      }
    });

    for (const asset of Object.values(SVG_ASSETS)) {
      this.load.svg(asset.key, asset.url, { width: asset.width, height: asset.height });
    }
  }

  create(): void {
    if (!Object.values(SVG_ASSETS).every((asset) => this.textures.exists(asset.key))) {
      return; // The load error message stays on screen; the ready flag stays false.
    }
    if (devStart(this)) return;
    this.drawTitleCard();
    this.events.once(Scenes.Events.RENDER, () => markSceneReady(this, SCENE_KEYS.boot));
  }

  private drawTitleCard(): void {
    const { width, height } = this.scale;
    const cx = width / 2;

    // The negotiating table: a lighter panel with an accent rule.
    const table = this.add.graphics();
    table.fillStyle(PALETTE.navyLight, 1);
    table.fillRoundedRect(120, 90, width - 240, height - 180, 24);
    table.fillStyle(PALETTE.orange, 1);
    table.fillRect(cx - 90, 268, 180, 5);

    this.add.text(cx, 190, TEXT.heading, textStyle(92, PALETTE.paper, 'bold')).setOrigin(0.5);
    this.add.text(cx, 318, TEXT.subtitle, textStyle(32, PALETTE.paperShade)).setOrigin(0.5);

    const flagY = 460;
    this.drawFlag(cx - 210, flagY, SVG_ASSETS.flagJapan.key, TEXT.japan);
    this.drawFlag(cx + 210, flagY, SVG_ASSETS.flagUs.key, TEXT.us);

    this.add.text(cx, height - 60, TEXT.dates, textStyle(22, PALETTE.paperShade)).setOrigin(0.5);
  }

  private drawFlag(x: number, y: number, key: string, caption: string): void {
    const flag = this.add.image(x, y, key);
    const outline = this.add.graphics();
    outline.lineStyle(2, PALETTE.paperShade, 1);
    outline.strokeRect(x - flag.width / 2, y - flag.height / 2, flag.width, flag.height);
    this.add.text(x, y + flag.height / 2 + 28, caption, textStyle(26, PALETTE.paper, 'bold')).setOrigin(0.5);
  }
}

function textStyle(
  size: number,
  colour: number,
  weight: 'normal' | 'bold' = 'normal',
): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${size}px`,
    fontStyle: weight === 'bold' ? 'bold' : '',
    color: toCss(colour),
    resolution: 2,
  };
}
