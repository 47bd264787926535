/**
 * The economy under the package on the levers (the model's `economyOf`, through `project`): jobs, tariff
 * revenue, the extra cost to buyers and the trade balance for each side, and trade by sector against 2024 with
 * the tariff each sector pays. Texts are made once and only their content changes on a lever move.
 */
import type { GameObjects, Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { moneyVars } from '../../i18n/presentation.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { Projection } from '../../model/view.ts';
import { PALETTE } from '../theme.ts';
import { fitLine } from './fit.ts';
import { billions, billionsSigned, jobs, percentValue } from './format.ts';
import { INK, LAYOUT, textStyle } from './look.ts';

const X = LAYOUT.right.x + 12;
const COL = [LAYOUT.right.x + 452, LAYOUT.right.x + LAYOUT.right.width - 12] as const;
const ROW = 22;
const METRICS = ['jobs', 'revenue', 'consumerCost', 'balance'] as const;
type Metric = (typeof METRICS)[number];
/** Right edges of the sector columns; the flow column leaves room after the tariff at 150% text. */
const SECTOR_COLS = { tariff: LAYOUT.right.x + 400, flow: LAYOUT.right.x + 506 } as const;

export class EconomyView {
  readonly container: GameObjects.Container;
  private readonly heads: GameObjects.Text[];
  private readonly cells: Record<Metric, GameObjects.Text[]>;
  private readonly sectorTexts: {
    tariff: GameObjects.Text;
    flow: GameObjects.Text;
    change: GameObjects.Text;
  }[];
  private order: readonly [PartyIndex, PartyIndex] = [0, 1];

  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
  ) {
    const y0 = LAYOUT.panel.y + 4;
    const small = (x: number, y: number, colour: number = INK.text, bold = false) =>
      scene.add.text(x, y, '', textStyle(16, colour, { bold }));
    this.heads = COL.map((x) => small(x, y0, INK.accent, true).setOrigin(1, 0));
    const labels: GameObjects.Text[] = [];
    this.cells = {} as Record<Metric, GameObjects.Text[]>;
    METRICS.forEach((metric, i) => {
      const y = y0 + ROW * (i + 1) + 2;
      labels.push(scene.add.text(X, y, t(`table.econ.${metric}`, moneyVars()), textStyle(16, INK.muted)));
      this.cells[metric] = COL.map((x) => small(x, y).setOrigin(1, 0));
    });
    const sy = y0 + ROW * 5 + 16;
    const tradeHead = scene.add.text(
      X,
      sy,
      t('table.econ.trade', moneyVars()),
      textStyle(16, INK.accent, { bold: true }),
    );
    const rule = scene.add.graphics();
    rule.lineStyle(1, PALETTE.paperShade, 0.4);
    rule.lineBetween(X, sy - 5, COL[1], sy - 5);
    this.sectorTexts = scenario.sectors.map((sector, k) => {
      const y = sy + ROW * (k + 1);
      const label = scene.add.text(X, y, '', textStyle(16, INK.muted));
      fitLine(label, sector.name, 310, 16);
      labels.push(label);
      return {
        tariff: small(SECTOR_COLS.tariff, y, INK.muted).setOrigin(1, 0),
        flow: small(SECTOR_COLS.flow, y).setOrigin(1, 0),
        change: small(COL[1], y).setOrigin(1, 0),
      };
    });
    this.container = scene.add.container(0, 0, [
      ...this.heads,
      ...labels,
      ...METRICS.flatMap((m) => this.cells[m]),
      tradeHead,
      rule,
      ...this.sectorTexts.flatMap((s) => [s.tariff, s.flow, s.change]),
    ]);
  }

  setViewer(viewer: PartyIndex): void {
    this.order = [viewer, other(viewer)];
    this.heads.forEach((head, i) => {
      head.setText(this.scenario.parties[this.order[i]].name);
    });
  }

  update(projection: Projection): void {
    const totals = projection.economy.totals;
    this.order.forEach((party, i) => {
      const tot = totals[party];
      this.cells.jobs[i].setText(jobs(tot.jobs));
      this.cells.revenue[i].setText(billions(tot.revenue));
      this.cells.consumerCost[i].setText(billions(tot.consumerCost));
      this.cells.balance[i].setText(billionsSigned(tot.balance));
    });
    projection.economy.sectors.forEach((sector, k) => {
      const texts = this.sectorTexts[k];
      if (!texts) return;
      texts.tariff.setText(
        sector.tariff === null ? '' : t('table.econ.atTariff', { tariff: percentValue(sector.tariff) }),
      );
      texts.flow.setText(billions(sector.flow));
      texts.change.setText(billionsSigned(sector.flow - sector.baseline));
    });
  }
}
