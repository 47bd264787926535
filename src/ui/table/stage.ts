/**
 * The table itself: the viewer's negotiator on the left, the other side's on the right, their flags,
 * a speech bubble for the computer's line, and the offer card that slides across the table from whoever made
 * the offer.
 */
import type { GameObjects, Scene } from 'phaser';
import { motionMs } from '../../app/settings.ts';
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import { PALETTE } from '../theme.ts';
import { Figure, type Reaction } from './figure.ts';
import { addFlag, densePx, INK, LAYOUT, sideColour, textStyle } from './look.ts';

const LEFT_X = LAYOUT.right.x + 80;
const RIGHT_X = LAYOUT.right.x + LAYOUT.right.width - 80;
const FEET_Y = LAYOUT.stage.y + LAYOUT.stage.height;
const TABLE_Y = LAYOUT.stage.y + 102;
const CARD = { width: 230, height: 36 } as const;
const CARD_Y = LAYOUT.stage.y + 122;
const CENTRE_X = LAYOUT.right.x + LAYOUT.right.width / 2;
const BUBBLE = { y: LAYOUT.stage.y + 8, width: 380, height: 96, gap: 40 } as const;
const FLAG = { y: LAYOUT.stage.y + 24, height: 26, inset: 24 } as const;

export class Stage {
  private viewer: PartyIndex;
  private figures: Record<PartyIndex, Figure>;
  private readonly flags: GameObjects.Container;
  private readonly table: GameObjects.Graphics;
  private readonly bubble: GameObjects.Container;
  private readonly bubbleShape: GameObjects.Graphics;
  private readonly bubbleText: GameObjects.Text;
  private readonly card: GameObjects.Container;
  private readonly cardShape: GameObjects.Graphics;
  private readonly cardText: GameObjects.Text;
  private cardBy: PartyIndex | null = null;

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
    viewer: PartyIndex,
  ) {
    this.viewer = viewer;
    const { x, width } = LAYOUT.right;
    const { y, height } = LAYOUT.stage;
    const room = scene.add.graphics();
    room.fillStyle(PALETTE.navyLight, 1);
    room.fillRoundedRect(x, y, width, height, 14);
    // A wall panel and the floor line behind the negotiators.
    room.fillStyle(PALETTE.navy, 0.35);
    room.fillRoundedRect(x + 130, y + 12, width - 260, TABLE_Y - y - 20, 8);
    room.lineStyle(2, PALETTE.paperShade, 0.2);
    room.lineBetween(x + 14, FEET_Y - 8, x + width - 14, FEET_Y - 8);
    this.flags = scene.add.container(0, 0);

    this.figures = this.makeFigures();
    this.table = scene.add.graphics();
    this.drawTable();

    this.card = scene.add.container(CENTRE_X, CARD_Y);
    this.cardShape = scene.add.graphics();
    this.cardText = scene.add.text(0, 0, '', textStyle(16, INK.cardText, { bold: true })).setOrigin(0.5);
    this.card.add([this.cardShape, this.cardText]).setVisible(false);

    this.bubble = scene.add.container(0, BUBBLE.y);
    this.bubbleShape = scene.add.graphics();
    this.bubbleText = scene.add.text(14, 8, '', textStyle(16, INK.cardText, { wrap: BUBBLE.width - 28 }));
    this.bubble.add([this.bubbleShape, this.bubbleText]).setVisible(false);
    this.drawFlags();
  }

  private drawTable(): void {
    const g = this.table;
    const left = LEFT_X + 34;
    const right = RIGHT_X - 34;
    g.fillStyle(PALETTE.ink, 0.55);
    g.fillRect(left + 16, TABLE_Y + 12, 10, FEET_Y - TABLE_Y - 20);
    g.fillRect(right - 26, TABLE_Y + 12, 10, FEET_Y - TABLE_Y - 20);
    g.fillStyle(PALETTE.paperShade, 1);
    g.fillRoundedRect(left, TABLE_Y, right - left, 14, 5);
    g.fillStyle(PALETTE.ink, 0.3);
    g.fillRect(left + 6, TABLE_Y + 14, right - left - 12, 5);
  }

  private makeFigures(): Record<PartyIndex, Figure> {
    const v = this.viewer;
    const left = new Figure(this.scene, LEFT_X, FEET_Y, sideColour(this.scenario, v), 1);
    const right = new Figure(this.scene, RIGHT_X, FEET_Y, sideColour(this.scenario, other(v)), -1);
    return (v === 0 ? { 0: left, 1: right } : { 0: right, 1: left }) as Record<PartyIndex, Figure>;
  }

  private drawFlags(): void {
    this.flags.removeAll(true);
    const { x, width } = LAYOUT.right;
    this.flags.add([
      addFlag(this.scene, x + FLAG.inset + 20, FLAG.y, FLAG.height, this.scenario, this.viewer),
      addFlag(
        this.scene,
        x + width - FLAG.inset - 20,
        FLAG.y,
        FLAG.height,
        this.scenario,
        other(this.viewer),
      ),
    ]);
  }

  /** Who sits where: the viewer on the left, facing the other side. */
  setViewer(viewer: PartyIndex): void {
    if (viewer === this.viewer) return;
    this.viewer = viewer;
    for (const f of Object.values(this.figures)) f.container.destroy();
    this.figures = this.makeFigures();
    // Keep the table, the card and the bubble in front of the new figures.
    for (const object of [this.table, this.card, this.bubble]) this.scene.children.bringToTop(object);
    this.drawFlags();
    this.hideLine();
  }

  /** Shows what a side said, in a bubble pointing at its negotiator. */
  say(party: PartyIndex, line: string): void {
    if (line.length === 0) {
      this.hideLine();
      return;
    }
    this.bubbleText.setText(line);
    // Under a larger text size a long line gives back some growth (never below its size at 100%) to stay
    // whole inside the bubble, above the offer card.
    let px = Number.parseFloat(densePx(16));
    if (Number.parseFloat(String(this.bubbleText.style.fontSize)) !== px) this.bubbleText.setFontSize(px);
    while (this.bubbleText.height + 16 > BUBBLE.height && px > 16) this.bubbleText.setFontSize(--px);
    const w = BUBBLE.width;
    const h = Math.min(BUBBLE.height, this.bubbleText.height + 16);
    const speakerRight = party !== this.viewer;
    const x = speakerRight ? RIGHT_X - BUBBLE.gap - w : LEFT_X + BUBBLE.gap;
    const g = this.bubbleShape;
    g.clear();
    g.fillStyle(PALETTE.paper, 1);
    g.lineStyle(2, PALETTE.ink, 0.5);
    g.fillRoundedRect(0, 0, w, h, 12);
    g.strokeRoundedRect(0, 0, w, h, 12);
    const tailY = Math.min(h - 10, 30);
    if (speakerRight) g.fillTriangle(w - 2, tailY - 10, w - 2, tailY + 10, w + 26, tailY + 14);
    else g.fillTriangle(2, tailY - 10, 2, tailY + 10, -26, tailY + 14);
    this.bubble.setPosition(x, BUBBLE.y).setVisible(true);
    this.bubble.setAlpha(0);
    this.scene.tweens.add({ targets: this.bubble, alpha: 1, duration: motionMs(200) });
  }

  hideLine(): void {
    this.bubble.setVisible(false);
  }

  /** The offer card slides in from the proposer's side of the table. */
  offer(by: PartyIndex, label: string, animate: boolean): void {
    this.cardBy = by;
    this.cardText.setText(label);
    const w = Math.max(CARD.width, this.cardText.width + 44);
    const g = this.cardShape;
    g.clear();
    g.fillStyle(PALETTE.ink, 0.3);
    g.fillRoundedRect(-w / 2 + 3, -CARD.height / 2 + 4, w, CARD.height, 6);
    g.fillStyle(PALETTE.paper, 1);
    g.fillRoundedRect(-w / 2, -CARD.height / 2, w, CARD.height, 6);
    g.fillStyle(sideColour(this.scenario, by), 1);
    g.fillRect(-w / 2, -CARD.height / 2, 10, CARD.height);
    g.lineStyle(2, PALETTE.ink, 0.8);
    g.strokeRoundedRect(-w / 2, -CARD.height / 2, w, CARD.height, 6);
    this.card.setVisible(true).setAlpha(1).setAngle(0);
    const fromX = by === this.viewer ? LEFT_X + 40 : RIGHT_X - 40;
    const ms = animate ? motionMs(650) : 0;
    this.scene.tweens.killTweensOf(this.card);
    if (ms === 0) {
      this.card.setPosition(CENTRE_X, CARD_Y);
      return;
    }
    this.card.setPosition(fromX, CARD_Y).setAngle(by === this.viewer ? -6 : 6);
    this.scene.tweens.add({ targets: this.card, x: CENTRE_X, angle: 0, duration: ms, ease: 'Cubic.easeOut' });
  }

  /** Marks the card as accepted or rejected. */
  settleCard(result: 'accepted' | 'rejected', animate: boolean): void {
    if (this.cardBy === null) return;
    const label = result === 'accepted' ? `✓ ${t('table.card.accepted')}` : `✗ ${t('table.card.rejected')}`;
    this.cardText.setText(label);
    const ms = animate ? motionMs(400) : 0;
    if (result === 'rejected') {
      if (ms) this.scene.tweens.add({ targets: this.card, alpha: 0.45, duration: ms });
      else this.card.setAlpha(0.45);
    } else if (ms) {
      this.scene.tweens.add({ targets: this.card, scale: 1.12, duration: ms / 2, yoyo: true });
    }
  }

  clearCard(): void {
    this.cardBy = null;
    this.card.setVisible(false);
  }

  /** A stamp across the wall at the end of the talks ("No deal"), drawn over everything on the stage. */
  stamp(text: string, good: boolean): void {
    const colour = good ? PALETTE.bluishGreen : PALETTE.vermillion;
    const label = this.scene.add
      .text(0, 0, text.toUpperCase(), textStyle(30, colour, { bold: true }))
      .setOrigin(0.5);
    const w = label.width + 40;
    const h = label.height + 14;
    const frame = this.scene.add.graphics();
    frame.fillStyle(PALETTE.paper, 0.92);
    frame.fillRoundedRect(-w / 2, -h / 2, w, h, 8);
    frame.lineStyle(4, colour, 1);
    frame.strokeRoundedRect(-w / 2, -h / 2, w, h, 8);
    const stamp = this.scene.add.container(CENTRE_X, LAYOUT.stage.y + 52, [frame, label]).setAngle(-4);
    const ms = motionMs(260);
    if (ms) {
      stamp.setScale(1.6).setAlpha(0);
      this.scene.tweens.add({ targets: stamp, scale: 1, alpha: 1, duration: ms, ease: 'Back.easeOut' });
    }
  }

  react(party: PartyIndex, reaction: Reaction): void {
    this.figures[party].react(reaction);
  }

  resetFigures(): void {
    for (const f of Object.values(this.figures)) f.reset();
  }
}
