import { Loader, Scene, type Types } from 'phaser';
import {
  hasShipped,
  hasShippedTranslation,
  provideShipped,
  provideShippedTranslation,
  SHIPPED_IDS,
  SHIPPED_URLS,
  type ShippedId,
  shippedTranslations,
} from '../app/scenarios';
import { earlyImage } from '../boot-files';
import { currentLanguage, t } from '../i18n/catalog';
import { SVG_ASSETS } from '../ui/assets';
import { installPageSettings } from '../ui/frame/text-scale';
import { FONT_FAMILY, PALETTE, toCss } from '../ui/theme';
import { devStart } from './dev-start';
import { SCENE_KEYS } from './keys';
import { markSceneLeaving } from './readiness';
import { startScene } from './scene-data.ts';

const BAR = { width: 520, height: 18, border: 3 } as const;

/**
 * Boot and preload: loads what src/boot-files.ts did not make ready before Phaser started (usually nothing: then
 * it draws nothing and goes straight on), with a progress bar, then hands over to the title screen (or, on
 * the dev server, to the scene named by `?start=`). It also applies the player's settings to the page.
 */
const scenarioKey = (id: ShippedId): string => `scenario:${id}`;
const translationKey = (id: ShippedId, lang: string): string => `scenario:${id}:${lang}`;

export class BootScene extends Scene {
  constructor() {
    super({ key: SCENE_KEYS.boot });
  }

  init(): void {
    markSceneLeaving(SCENE_KEYS.boot);
    installPageSettings();
  }

  preload(): void {
    for (const asset of Object.values(SVG_ASSETS)) {
      const image = earlyImage(asset.key);
      if (image && !this.textures.exists(asset.key)) this.textures.addImage(asset.key, image);
    }
    for (const id of SHIPPED_IDS) if (!hasShipped(id)) this.load.json(scenarioKey(id), SHIPPED_URLS[id]);
    // The shipped scenarios' texts in the page's language (an English page loads nothing more; a switch on the
    // title fetches the other language's then).
    for (const id of SHIPPED_IDS)
      for (const [lang, url] of shippedTranslations(id))
        if (lang === currentLanguage() && !hasShippedTranslation(id, lang))
          this.load.json(translationKey(id, lang), url);
    for (const asset of Object.values(SVG_ASSETS)) {
      if (!this.textures.exists(asset.key)) this.load.image(asset.key, asset.texture);
    }
    if (this.load.list.size > 0) this.showProgress();
  }

  /** The progress bar and its label, for the files still to load. */
  private showProgress(): void {
    const { width, height } = this.scale;
    const x = (width - BAR.width) / 2;
    const y = height / 2;

    const label = this.add
      .text(width / 2, y - 36, t('app.loading'), textStyle(24, PALETTE.paperShade))
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
      label.setText(t('app.loadFailed', { key: file.key })).setColor(toCss(PALETTE.yellow));
    });
  }

  create(): void {
    if (!Object.values(SVG_ASSETS).every((asset) => this.textures.exists(asset.key))) {
      return; // The load error message stays on screen; the ready flag stays false.
    }
    for (const id of SHIPPED_IDS) {
      // Handed over already by src/boot-files.ts, or loaded here.
      if (!hasShipped(id)) {
        if (!this.cache.json.exists(scenarioKey(id))) return; // The load error message stays on screen.
        provideShipped(id, this.cache.json.get(scenarioKey(id)));
      }
      // A translation that failed to load leaves the scenario in English.
      for (const [lang] of shippedTranslations(id))
        if (!hasShippedTranslation(id, lang) && this.cache.json.exists(translationKey(id, lang)))
          provideShippedTranslation(id, lang, this.cache.json.get(translationKey(id, lang)));
    }
    if (devStart(this)) return;
    startScene(this.scene, SCENE_KEYS.title);
  }
}

function textStyle(size: number, colour: number): Types.GameObjects.Text.TextStyle {
  return { fontFamily: FONT_FAMILY, fontSize: `${size}px`, color: toCss(colour), resolution: 2 };
}
