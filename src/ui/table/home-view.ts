/**
 * How each group at home would take the package on the levers, both sides side by side: a mark (✓ supports,
 * ✗ worse off than with no deal, ⛔ a red line crossed: shapes, not only colours), the group's name, a bar of
 * its satisfaction with a tick at its no-deal satisfaction, and the reason in words.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { GroupReaction, Projection } from '../../model/view.ts';
import { PALETTE, toCss } from '../theme.ts';
import { stanceKind, stanceMark, stanceReason } from './describe.ts';
import { fitLine } from './fit.ts';
import { INK, LAYOUT, textStyle } from './look.ts';

const COL_W = 308;
const COL_X = [LAYOUT.right.x + 8, LAYOUT.right.x + 8 + COL_W + 16] as const;
const ROW_H = 44;
const BAR_W = 56;
const MARK_COLOUR = { supports: INK.text, 'red-line': PALETTE.yellow, worse: PALETTE.orange } as const;

interface GroupRow {
  readonly mark: GameObjects.Text;
  readonly name: GameObjects.Text;
  readonly reason: GameObjects.Text;
  readonly bar: GameObjects.Graphics;
  readonly x: number;
  readonly y: number;
}

export class HomeView {
  readonly container: GameObjects.Container;
  private readonly heads: GameObjects.Text[];
  private readonly columns: GroupRow[][];
  private order: readonly [PartyIndex, PartyIndex] = [0, 1];
  private readonly maxGroups: number;

  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
  ) {
    const y0 = LAYOUT.panel.y + 2;
    this.maxGroups = Math.max(scenario.parties[0].groups.length, scenario.parties[1].groups.length);
    this.heads = COL_X.map((x) => scene.add.text(x, y0, '', textStyle(16, INK.accent, { bold: true })));
    this.columns = COL_X.map((x) =>
      Array.from({ length: this.maxGroups }, (_, g) => {
        const y = y0 + 26 + g * ROW_H;
        return {
          mark: scene.add.text(x, y, '', textStyle(18, INK.text, { bold: true })),
          name: scene.add.text(x + 26, y, '', textStyle(16, INK.text)),
          reason: scene.add.text(x + 26 + BAR_W + 10, y + 21, '', textStyle(16, INK.muted)),
          bar: scene.add.graphics(),
          x,
          y,
        };
      }),
    );
    this.container = scene.add.container(0, 0, [
      ...this.heads,
      ...this.columns.flat().flatMap((r) => [r.mark, r.name, r.reason, r.bar]),
    ]);
  }

  setViewer(viewer: PartyIndex, roles: readonly [string, string]): void {
    this.order = [viewer, other(viewer)];
    this.order.forEach((party, i) => {
      const tag = i === 0 ? t('table.proj.exact') : t('table.proj.estimated');
      this.heads[i].setText(`${roles[party]} · ${tag}`);
      const groups = this.scenario.parties[party].groups;
      this.columns[i].forEach((row, g) => {
        const group = groups[g];
        fitLine(row.name, group ? group.name : '', COL_W - 30, 16);
        row.mark.setVisible(Boolean(group));
        row.reason.setVisible(Boolean(group));
        row.bar.setVisible(Boolean(group));
      });
    });
  }

  update(projection: Projection): void {
    this.order.forEach((party, i) => {
      const groups = projection.sides[party].groups;
      this.columns[i].forEach((row, g) => {
        const reaction = groups[g];
        if (reaction) this.drawGroup(row, reaction);
      });
    });
  }

  private drawGroup(row: GroupRow, reaction: GroupReaction): void {
    const stance = reaction;
    const kind = stanceKind(stance);
    row.mark.setText(stanceMark(stance));
    row.mark.setColor(toCss(MARK_COLOUR[kind]));
    fitLine(row.reason, stanceReason(this.scenario, stance), COL_W - 36 - BAR_W - 10, 16);
    const g = row.bar;
    const x = row.x + 26;
    const y = row.y + 27;
    g.clear();
    g.fillStyle(PALETTE.navy, 1);
    g.fillRect(x, y, BAR_W, 10);
    g.fillStyle(kind === 'supports' ? PALETTE.skyBlue : PALETTE.orange, 1);
    g.fillRect(x, y, BAR_W * Math.max(0, Math.min(1, reaction.utility)), 10);
    g.lineStyle(1, PALETTE.paperShade, 0.8);
    g.strokeRect(x, y, BAR_W, 10);
    const tx = x + BAR_W * Math.max(0, Math.min(1, reaction.noDealUtility));
    g.lineStyle(3, PALETTE.paper, 1);
    g.lineBetween(tx, y - 3, tx, y + 13);
  }
}
