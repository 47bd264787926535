import { Scene, Scenes } from 'phaser';
import type { Session } from '../app/session.ts';
import { motionMs } from '../app/settings.ts';
import { t } from '../i18n/catalog.ts';
import type { PartyIndex } from '../model/scenario.ts';
import { announce, button, el } from '../ui/dom.ts';
import { ScaledTexts } from '../ui/frame/canvas-text.ts';
import { trapTab } from '../ui/frame/dialog.ts';
import { flagTexture, hasFlag } from '../ui/frame/flags.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { PALETTE } from '../ui/theme.ts';
import type { HandoverData } from './flow.ts';
import { SCENE_KEYS, type SceneKey } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';

/** Above every other scene's HTML controls. */
const COVER_DEPTH = 10_000;

/**
 * The hand-over between two players on one device: a cover over everything (the canvas below and every HTML
 * control of the scenes below, which are hidden and made inert), and one button for the next player. It then
 * stops itself and resumes (or starts) the scene named in `resume`.
 *
 *   launchScene(this.scene, SCENE_KEYS.handover, { session, next, resume: SCENE_KEYS.table });
 *   this.scene.pause();
 */
export class HandoverScene extends Scene {
  private session!: Session;
  private next: PartyIndex = 0;
  private resumeKey: SceneKey = SCENE_KEYS.table;
  private hidden: { element: HTMLElement; visibility: string; inert: boolean }[] = [];

  constructor() {
    super({ key: SCENE_KEYS.handover });
  }

  init(data: HandoverData): void {
    markSceneLeaving(SCENE_KEYS.handover);
    this.session = data.session;
    this.next = data.next;
    this.resumeKey = data.resume;
    this.hidden = [];
  }

  create(): void {
    const party = this.session.scenario.parties[this.next];
    const { width, height } = this.scale;
    const cx = width / 2;
    const texts = new ScaledTexts(this);

    // Opaque: nothing of the scene below shows through.
    const cover = this.add.graphics();
    cover.fillStyle(PALETTE.navy, 1);
    cover.fillRect(0, 0, width, height);
    const look = this.session.scenario.look.parties[this.next];
    const colour = look.colour;
    cover.fillStyle(PALETTE.navyLight, 1);
    cover.fillRoundedRect(160, 90, width - 320, height - 180, 24);

    let y = 150;
    {
      const image = this.add
        .image(cx, 140, flagTexture(this, this.session.scenario, this.next))
        .setOrigin(0.5, 0);
      image.setScale(96 / image.height);
      if (hasFlag(look)) {
        const outline = this.add.graphics();
        outline.lineStyle(2, PALETTE.paperShade, 1);
        outline.strokeRect(cx - image.displayWidth / 2, 140, image.displayWidth, image.displayHeight);
      }
      y = 140 + image.displayHeight + 24;
      if (motionMs(1) > 0) {
        image.setAlpha(0);
        this.tweens.add({ targets: image, alpha: 1, duration: motionMs(300) });
      }
    }
    // The side's colour as a rule under the flag; the name says whose turn it is, not the colour.
    cover.fillStyle(colour, 1);
    cover.fillRect(cx - 90, y, 180, 6);
    const heading = texts
      .add(cx, y + 28, t('handover.heading', { party: party.name }), {
        size: 34,
        colour: PALETTE.paper,
        bold: true,
        align: 'center',
        wrap: width - 420,
      })
      .setOrigin(0.5, 0);
    texts
      .add(cx, heading.y + heading.height + 16, t('handover.note'), {
        size: 20,
        colour: PALETTE.paperShade,
        align: 'center',
        wrap: width - 420,
      })
      .setOrigin(0.5, 0);

    const layer = addLayer(this, 'tt-handover', { depth: COVER_DEPTH });
    this.hideOthers(layer.root);
    const reveal = button(t('handover.reveal', { party: party.name }), () => this.reveal(), {
      className: 'tt-primary tt-reveal',
    });
    layer.root.append(el('div', { className: 'tt-handover-action', children: [reveal] }));
    // Tab stays on the cover: the scenes below are inert, and the page has nothing else to reach.
    layer.root.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') trapTab(layer.root, event);
    });

    this.events.once(Scenes.Events.SHUTDOWN, () => this.showOthers());
    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.handover);
      announce(t('handover.shown', { party: party.name }));
      focusSoon(reveal);
    });
  }

  /** Hides and disables every HTML control of the scenes below: only the cover can be seen or reached. */
  private hideOthers(own: HTMLElement): void {
    const container = this.game.domContainer;
    if (!container) return;
    for (const child of container.children) {
      if (!(child instanceof HTMLElement) || child === own) continue;
      this.hidden.push({ element: child, visibility: child.style.visibility, inert: child.inert });
      child.style.visibility = 'hidden';
      child.inert = true;
    }
  }

  private showOthers(): void {
    for (const { element, visibility, inert } of this.hidden) {
      element.style.visibility = visibility;
      element.inert = inert;
    }
    this.hidden = [];
  }

  private reveal(): void {
    const key = this.resumeKey;
    // run(): resumes a paused scene, wakes a sleeping one, or starts one that is not running.
    this.scene.run(key, { session: this.session });
    this.scene.stop();
  }
}
