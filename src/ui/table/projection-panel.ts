/**
 * The live projection on the table: the summary for both sides (always in view) and the two canvas tabs,
 * economy and groups at home, each with a visually hidden text twin for screen readers. `update` redraws the
 * summary, the open tab and its twin in place: no object is made on a lever move.
 */
import type { Scene } from 'phaser';
import { t } from '../../i18n/catalog.ts';
import { other, type PartyIndex, type Scenario } from '../../model/scenario.ts';
import type { Projection } from '../../model/view.ts';
import { el } from '../dom.ts';
import { PALETTE } from '../theme.ts';
import { EconomyView } from './economy-view.ts';
import { HomeView } from './home-view.ts';
import { LAYOUT } from './look.ts';
import { economyText, homeText, sideSummary } from './projection-text.ts';
import { SummaryView } from './summary-view.ts';

export type CanvasTab = 'economy' | 'home';

export class ProjectionPanel {
  private readonly summary: SummaryView;
  private readonly economy: EconomyView;
  private readonly home: HomeView;
  private readonly twins: Record<CanvasTab, HTMLElement>;
  private viewer: PartyIndex = 0;
  private roles: readonly [string, string] = ['', ''];
  private tab: CanvasTab | null = 'economy';
  private last: Projection | null = null;

  /** `ids` name the twins (the tab strip's `aria-controls`); the caller places them with `place`. */
  constructor(
    scene: Scene,
    private readonly scenario: Scenario,
    ids: Readonly<Record<CanvasTab, string>>,
    place: (node: HTMLElement, tab: CanvasTab) => void,
  ) {
    const panel = scene.add.graphics();
    panel.fillStyle(PALETTE.navyLight, 1);
    panel.fillRoundedRect(LAYOUT.right.x, LAYOUT.panel.y, LAYOUT.right.width, LAYOUT.panel.height, {
      tl: 0,
      tr: 12,
      bl: 12,
      br: 12,
    });
    this.summary = new SummaryView(scene, scenario);
    this.economy = new EconomyView(scene, scenario);
    this.home = new HomeView(scene, scenario);
    const twin = (key: CanvasTab) =>
      el('div', {
        className: 'tt-sr-only',
        attrs: { id: ids[key], role: 'tabpanel', 'aria-labelledby': `tt-tab-${key}` },
      });
    this.twins = { economy: twin('economy'), home: twin('home') };
    place(this.twins.economy, 'economy');
    place(this.twins.home, 'home');
  }

  get projection(): Projection | null {
    return this.last;
  }

  /** Whose side comes first, and the names with their roles ("Japan (you)"). */
  setViewer(viewer: PartyIndex, roles: readonly [string, string]): void {
    this.viewer = viewer;
    this.roles = roles;
    this.summary.setViewer(viewer, roles);
    this.economy.setViewer(viewer);
    this.home.setViewer(viewer, roles);
  }

  /** Shows one canvas tab, or none (a DOM tab is open). */
  show(tab: CanvasTab | null): void {
    this.tab = tab;
    this.economy.container.setVisible(tab === 'economy');
    this.home.container.setVisible(tab === 'home');
    if (this.last) this.update(this.last);
  }

  update(projection: Projection): void {
    this.last = projection;
    this.summary.update(projection);
    if (this.tab === 'economy') this.economy.update(projection);
    else if (this.tab === 'home') this.home.update(projection);
    this.writeTwin(projection);
  }

  private writeTwin(projection: Projection): void {
    if (this.tab === null) return;
    const { scenario, viewer, roles } = this;
    const summary = ([viewer, other(viewer)] as const).map((p) => sideSummary(roles[p], projection.sides[p]));
    const lines =
      this.tab === 'economy'
        ? economyText(scenario, projection, viewer)
        : homeText(scenario, projection, viewer);
    this.twins[this.tab].textContent = [t('table.proj.heading'), ...summary, ...lines].join(' ');
  }
}
