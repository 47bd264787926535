/**
 * A negotiator drawn in code: a chair, a suit in the side's colour, a head with a face that changes with the
 * mood, and short reactions (lean in to offer, nod to accept, shake the head to reject, turn away to walk out).
 */
import type { GameObjects, Scene } from 'phaser';
import { motionMs } from '../../app/settings.ts';
import { PALETTE } from '../theme.ts';

export type Mood = 'neutral' | 'pleased' | 'displeased';
export type Reaction = 'offer' | 'accept' | 'reject' | 'walk' | 'think';

const HEAD_Y = -96;
const HEAD_R = 24;
const SCALE = 0.9;

export class Figure {
  readonly container: GameObjects.Container;
  private readonly head: GameObjects.Container;
  private readonly face: GameObjects.Graphics;
  private readonly homeX: number;
  private readonly homeY: number;

  constructor(
    private readonly scene: Scene,
    x: number,
    y: number,
    colour: number,
    facing: 1 | -1,
  ) {
    this.homeX = x;
    this.homeY = y;
    const body = scene.add.graphics();
    // Chair back
    body.fillStyle(PALETTE.ink, 1);
    body.fillRoundedRect(-44, -118, 88, 110, 14);
    // Suit: shoulders and torso
    body.fillStyle(colour, 1);
    body.fillRoundedRect(-40, -68, 80, 70, { tl: 26, tr: 26, bl: 4, br: 4 });
    // Shirt and tie
    body.fillStyle(PALETTE.paper, 1);
    body.fillTriangle(-12, -68, 12, -68, 0, -44);
    body.fillStyle(PALETTE.ink, 1);
    body.fillTriangle(-4, -62, 4, -62, 0, -30);
    // Arm resting towards the table
    body.fillStyle(colour, 1);
    body.fillRoundedRect(18, -36, 32, 16, 8);
    body.fillStyle(PALETTE.paperShade, 1);
    body.fillCircle(52, -28, 8);

    this.head = scene.add.container(0, HEAD_Y);
    const skull = scene.add.graphics();
    skull.fillStyle(PALETTE.paperShade, 1);
    skull.fillCircle(0, 0, HEAD_R);
    skull.fillStyle(PALETTE.ink, 1);
    skull.slice(0, -2, HEAD_R + 1, Math.PI, 0, false);
    skull.fillPath();
    this.face = scene.add.graphics();
    this.head.add([skull, this.face]);
    this.container = scene.add.container(x, y, [body, this.head]);
    this.container.setScale(facing * SCALE, SCALE);
    this.setMood('neutral');
  }

  setMood(mood: Mood): void {
    const g = this.face;
    g.clear();
    g.fillStyle(PALETTE.ink, 1);
    g.fillCircle(-8, 2, 3);
    g.fillCircle(8, 2, 3);
    g.lineStyle(3, PALETTE.ink, 1);
    g.beginPath();
    if (mood === 'pleased') {
      g.arc(0, 8, 8, 0.2 * Math.PI, 0.8 * Math.PI, false);
    } else if (mood === 'displeased') {
      g.arc(0, 20, 8, 1.2 * Math.PI, 1.8 * Math.PI, false);
    } else {
      g.moveTo(-7, 13);
      g.lineTo(7, 13);
    }
    g.strokePath();
  }

  /** Plays a short reaction; with reduced motion only the face changes. */
  react(reaction: Reaction): void {
    const { scene } = this;
    scene.tweens.killTweensOf([this.container, this.head]);
    this.container.setPosition(this.homeX, this.homeY).setAlpha(1);
    this.head.setPosition(0, HEAD_Y).setAngle(0);
    const ms = motionMs(1);
    switch (reaction) {
      case 'offer':
        this.setMood('neutral');
        if (ms) scene.tweens.add({ targets: this.container, y: this.homeY - 8, duration: 180, yoyo: true });
        break;
      case 'accept':
        this.setMood('pleased');
        if (ms) scene.tweens.add({ targets: this.head, y: HEAD_Y + 6, duration: 140, yoyo: true, repeat: 1 });
        break;
      case 'reject':
        this.setMood('displeased');
        if (ms) scene.tweens.add({ targets: this.head, angle: 10, duration: 90, yoyo: true, repeat: 2 });
        break;
      case 'walk':
        this.setMood('displeased');
        if (ms) scene.tweens.add({ targets: this.container, alpha: 0.35, duration: 500 });
        else this.container.setAlpha(0.35);
        break;
      case 'think':
        this.setMood('neutral');
        if (ms) scene.tweens.add({ targets: this.head, angle: -6, duration: 300, yoyo: true });
        break;
    }
  }

  /** Back to the seat, facing the table (after a walk-out in an earlier game state). */
  reset(): void {
    this.scene.tweens.killTweensOf([this.container, this.head]);
    this.container.setPosition(this.homeX, this.homeY).setAlpha(1);
    this.head.setPosition(0, HEAD_Y).setAngle(0);
    this.setMood('neutral');
  }
}
