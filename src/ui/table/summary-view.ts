/**
 * Always in view above the details: for each side, whether it would ratify the package on the levers (support
 * against the threshold, drawn as a bar with a tick), its satisfaction against no deal and its approval. The
 * viewer's side is exact; the other side's is an estimate, and says so.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { Projection, SideProjection } from '../../model/view.ts';
import { PALETTE, toCss } from '../theme.ts';
import { fitLine } from './fit.ts';
import { percent, score } from './format.ts';
import { addFlag, densePx, INK, LAYOUT, textStyle } from './look.ts';
import { supportTexts, verdictText } from './projection-text.ts';

const ROW_H = 46;
const RIGHT = LAYOUT.right.x + LAYOUT.right.width - 12;
const BAR = { x: RIGHT - 120, width: 120, height: 12 } as const;
/** The verdict's line ends where the detail line under it begins (it starts 1 px above the name, 22 above the detail). */
const VERDICT_HEIGHT = 24;

interface Row {
  flag: GameObjects.Container | null;
  readonly name: GameObjects.Text;
  readonly verdict: GameObjects.Text;
  readonly detail: GameObjects.Text;
  readonly support: GameObjects.Text;
  readonly bar: GameObjects.Graphics;
  readonly y: number;
}

export class SummaryView {
  private readonly rows: Row[];
  private order: readonly [PartyIndex, PartyIndex] = [0, 1];

  constructor(
    private readonly scene: Scene,
    private readonly scenario: Scenario,
  ) {
    const x = LAYOUT.right.x + 40;
    const heading = scene.add.text(
      LAYOUT.right.x + 12,
      LAYOUT.summary.y - 2,
      t('table.proj.heading'),
      textStyle(16, INK.accent, { bold: true }),
    );
    heading.setName('summary-heading');
    this.rows = [0, 1].map((i) => {
      const y = LAYOUT.summary.y + 22 + i * ROW_H;
      return {
        flag: null,
        name: scene.add.text(x, y, '', textStyle(16, INK.text, { bold: true })),
        verdict: scene.add.text(RIGHT, y - 1, '', textStyle(18, INK.text, { bold: true })).setOrigin(1, 0),
        detail: scene.add.text(x, y + 22, '', textStyle(16, INK.muted)),
        support: scene.add.text(RIGHT, y + 1, '', textStyle(16, INK.muted)).setOrigin(1, 0),
        bar: scene.add.graphics(),
        y,
      };
    });
  }

  /** Who is shown first (the viewer) and the names with their roles. */
  setViewer(viewer: PartyIndex, roles: readonly [string, string]): void {
    this.order = [viewer, other(viewer)];
    this.rows.forEach((row, i) => {
      const party = this.order[i];
      row.name.setText(roles[party]);
      row.flag?.destroy();
      row.flag = addFlag(this.scene, LAYOUT.right.x + 22, row.y + 11, 18, this.scenario, party);
    });
  }

  update(projection: Projection): void {
    this.rows.forEach((row, i) => {
      this.drawSide(row, projection.sides[this.order[i]]);
    });
  }

  private drawSide(row: Row, side: SideProjection): void {
    const est = side.estimated;
    row.verdict.setText(verdictText(side));
    // Under a larger text size the verdict gives back some growth rather than run into the line below it.
    let px = Number.parseFloat(densePx(18));
    if (Number.parseFloat(String(row.verdict.style.fontSize)) !== px) row.verdict.setFontSize(px);
    while (row.verdict.height > VERDICT_HEIGHT && px > 16) row.verdict.setFontSize(--px);
    row.verdict.setColor(
      toCss(side.verdict === 'pass' ? INK.text : side.verdict === 'fail' ? PALETTE.yellow : INK.muted),
    );
    const x = row.name.x;
    const detail = t('table.proj.satisfaction', {
      value: score(side.utility, est),
      noDeal: score(side.noDealUtility, est),
      approval: est ? `~${percent(side.approval / 100)}` : percent(side.approval / 100),
    });
    fitLine(row.detail, detail, BAR.x - 12 - x, 16);
    // The support sits left of the verdict, in what the name leaves (text sizes vary with the setting).
    const right = RIGHT - row.verdict.width - 14;
    fitLine(row.support.setX(right), supportTexts(side), right - (x + row.name.width + 12), 16);
    this.drawBar(row, side);
  }

  /** Support as a bar against the threshold's tick; for the other side, the range it may take, hatched. */
  private drawBar(row: Row, side: SideProjection): void {
    const g = row.bar;
    const y = row.y + 28;
    const { support, threshold } = side;
    g.clear();
    g.fillStyle(PALETTE.navy, 1);
    g.fillRect(BAR.x, y, BAR.width, BAR.height);
    const colour =
      side.verdict === 'pass'
        ? PALETTE.bluishGreen
        : side.verdict === 'fail'
          ? PALETTE.orange
          : PALETTE.skyBlue;
    g.fillStyle(colour, 1);
    g.fillRect(BAR.x, y, BAR.width * Math.min(1, support.min), BAR.height);
    if (support.max > support.min) {
      const from = BAR.x + BAR.width * support.min;
      const to = BAR.x + BAR.width * Math.min(1, support.max);
      g.fillStyle(colour, 0.35);
      g.fillRect(from, y, to - from, BAR.height);
    }
    g.lineStyle(1, PALETTE.paperShade, 1);
    g.strokeRect(BAR.x, y, BAR.width, BAR.height);
    // The threshold's tick, or its two ends; none for the other side unless a public range caps it (as the text).
    if (side.estimated && threshold.max >= 1) return;
    g.lineStyle(3, PALETTE.paper, 1);
    for (const at of threshold.min === threshold.max ? [threshold.min] : [threshold.min, threshold.max]) {
      const tx = BAR.x + BAR.width * at;
      g.lineBetween(tx, y - 4, tx, y + BAR.height + 4);
    }
  }
}
