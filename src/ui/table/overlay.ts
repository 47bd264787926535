/**
 * What the table's overlays (news, ratification) share: a dimmed backdrop over the paused table, a paper card,
 * a DOM button row under the card, and a short slide-in.
 */
import type { GameObjects, Scene } from 'phaser';
import { motionMs } from '../../app/settings.ts';
import { el } from '../dom.ts';
import { PALETTE } from '../theme.ts';
import { LAYOUT } from './look.ts';

export interface Card {
  readonly container: GameObjects.Container;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Dims the table underneath; swallows pointer input so nothing under the overlay is clicked. */
export function addBackdrop(scene: Scene): GameObjects.Rectangle {
  return scene.add
    .rectangle(0, 0, LAYOUT.width, LAYOUT.height, PALETTE.navy, 0.82)
    .setOrigin(0, 0)
    .setInteractive();
}

/** A paper card centred on the screen, `band` pixels of colour along its top. */
export function addCard(scene: Scene, width: number, height: number, band: number, bandColour: number): Card {
  const x = (LAYOUT.width - width) / 2;
  const y = (LAYOUT.height - height) / 2;
  const g = scene.add.graphics();
  g.fillStyle(0x000000, 0.35);
  g.fillRoundedRect(6, 8, width, height, 16);
  g.fillStyle(PALETTE.paper, 1);
  g.fillRoundedRect(0, 0, width, height, 16);
  if (band > 0) {
    g.fillStyle(bandColour, 1);
    g.fillRoundedRect(0, 0, width, band, { tl: 16, tr: 16, bl: 0, br: 0 });
  }
  const container = scene.add.container(x, y, [g]);
  return { container, x, y, width, height };
}

/** Slides the card up into place and fades it in. */
export function slideIn(scene: Scene, card: Card): void {
  const ms = motionMs(320);
  if (ms === 0) return;
  card.container.setAlpha(0).setY(card.y + 36);
  scene.tweens.add({ targets: card.container, alpha: 1, y: card.y, duration: ms, ease: 'Cubic.easeOut' });
}

/** A row of buttons for the bottom of a card. */
export function buttonRow(...buttons: HTMLButtonElement[]): HTMLElement {
  return el('div', { className: 'tt-overlay-buttons', children: buttons });
}
