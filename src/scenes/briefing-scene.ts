import { type GameObjects, Scene, Scenes } from 'phaser';
import type { Session, SessionData } from '../app/session.ts';
import { motionMs } from '../app/settings.ts';
import { t } from '../i18n/catalog.ts';
import { toMove } from '../model/rules.ts';
import { other, type PartyIndex, partyIndexOf } from '../model/scenario.ts';
import { type View, viewFor } from '../model/view.ts';
import { announce, button, el } from '../ui/dom.ts';
import {
  formatDate,
  otherSideColumn,
  ownGroupsColumn,
  situationColumn,
} from '../ui/frame/briefing-content.ts';
import { ScaledTexts, scaledPx } from '../ui/frame/canvas-text.ts';
import { flagTexture, hasFlag } from '../ui/frame/flags.ts';
import { addLayer, focusSoon } from '../ui/frame/layer.ts';
import { planTimeline } from '../ui/frame/timeline-layout.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { widthOf } from '../ui/table/fit.ts';
import { compactDates } from '../ui/table/format.ts';
import { PALETTE } from '../ui/theme.ts';
import { type HandoverData, isTwoPlayer } from './flow.ts';
import type { JoinData } from './join-scene.ts';
import { SCENE_KEYS } from './keys.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { launchScene, startScene } from './scene-data.ts';
import type { SetupData } from './setup-scene.ts';

const TIMELINE = { left: 120, right: 1160, y: 152 } as const;

/**
 * The briefing: the situation and the meetings up to the deadline, your groups at home and their red lines,
 * and the other side as far as you know it — all from `viewFor`, so nothing private of the other side shows.
 * Between two players on one device, each player reads their own briefing behind the hand-over screen: first
 * the player who moves second, then the one who opens, who then goes straight to the table.
 */
export class BriefingScene extends Scene {
  private session!: Session;
  /** The sides to brief, in order: one, or both in a game between two players. */
  private order: PartyIndex[] = [];
  private step = 0;
  private drawn: GameObjects.GameObject[] = [];

  constructor() {
    super({ key: SCENE_KEYS.briefing });
  }

  init(data: SessionData): void {
    markSceneLeaving(SCENE_KEYS.briefing);
    this.session = data.session;
    const { scenario } = this.session;
    const { game } = this.session.store.getState();
    const first = toMove(scenario, game);
    this.order = isTwoPlayer(this.session)
      ? [other(first), first]
      : [partyIndexOf(scenario, game.settings.side) ?? 0];
    this.step = 0;
    this.drawn = [];
  }

  create(): void {
    this.events.on(Scenes.Events.RESUME, () => this.show());
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.events.off(Scenes.Events.RESUME);
      this.drawn = [];
    });
    if (isTwoPlayer(this.session)) this.coverFor(this.order[0]);
    else this.show();
  }

  /** Covers the screen until the player for `side` has the device. */
  private coverFor(side: PartyIndex): void {
    this.clear();
    const data: HandoverData = { session: this.session, next: side, resume: SCENE_KEYS.briefing };
    launchScene(this.scene, SCENE_KEYS.handover, data);
    this.scene.pause();
  }

  private clear(): void {
    for (const object of this.drawn) object.destroy();
    this.drawn = [];
  }

  /** Draws the briefing for the side whose turn it is to read. */
  private show(): void {
    this.clear();
    markSceneLeaving(SCENE_KEYS.briefing);
    const side = this.order[this.step];
    const view = viewFor(this.session.scenario, this.session.store.getState().game, side);
    if (!view) return;
    this.drawHeader(view);
    this.drawTimeline(view);
    const begin = this.buildColumns(view);
    this.events.once(Scenes.Events.RENDER, () => {
      markSceneReady(this, SCENE_KEYS.briefing);
      const party = view.scenario.parties[view.side].name;
      announce(t('briefing.shown', { party }));
      focusSoon(begin);
    });
  }

  private watching(): boolean {
    return this.session.store.getState().game.settings.opponent === 'computer-vs-computer';
  }

  private drawHeader(view: View): void {
    const texts = new ScaledTexts(this);
    const party = view.scenario.parties[view.side];
    const band = this.add.graphics();
    band.fillStyle(PALETTE.navyLight, 1);
    band.fillRect(0, 0, this.scale.width, 96);
    band.fillStyle(view.scenario.look.parties[view.side].colour, 1);
    band.fillRect(0, 96, this.scale.width, 4);
    this.drawn.push(band);

    let x = 40;
    {
      const image = this.add.image(x, 48, flagTexture(this, view.scenario, view.side)).setOrigin(0, 0.5);
      image.setScale(57.6 / image.height);
      this.drawn.push(image);
      if (hasFlag(view.scenario.look.parties[view.side])) {
        const outline = this.add.graphics();
        outline.lineStyle(2, PALETTE.paperShade, 1);
        outline.strokeRect(x, 48 - image.displayHeight / 2, image.displayWidth, image.displayHeight);
        this.drawn.push(outline);
      }
      x += image.displayWidth + 24;
    }
    const heading = this.watching()
      ? t('briefing.watching', { party: party.name })
      : t('briefing.heading', { party: party.name });
    const title = texts.add(x, 12, heading, { size: 34, colour: PALETTE.paper, bold: true });
    const subtitle = texts.add(x + 2, title.y + title.height, view.scenario.title, {
      size: 17,
      colour: PALETTE.paperShade,
    });
    this.drawn.push(title, subtitle);
  }

  /** The meetings on a line, spaced by date, numbered, with the deadline at the end. */
  private drawTimeline(view: View): void {
    const texts = new ScaledTexts(this);
    const meetings = view.scenario.meetings;
    // As on the table: the meetings evenly along the line, their dates fitted so none runs into the next.
    const isos = meetings.map((m) => m.date);
    const plan = planTimeline({
      left: TIMELINE.left,
      right: TIMELINE.right,
      measure: (label, px) => widthOf(label, scaledPx(px), false),
      px: 14,
      minPx: 12,
      gap: 8,
      full: meetings.map((m) => formatDate(m.date, 'short')),
      compact: compactDates(isos),
    });
    const { xs } = plan;
    const { y } = TIMELINE;
    const line = this.add.graphics();
    line.lineStyle(3, PALETTE.paperShade, 0.7);
    line.lineBetween(TIMELINE.left - 30, y, TIMELINE.right + 30, y);
    this.drawn.push(line);

    meetings.forEach((_, i) => {
      const now = i === view.meeting;
      const dot = this.add.graphics();
      dot.fillStyle(now ? PALETTE.orange : PALETTE.navy, 1);
      dot.fillCircle(xs[i], y, 13);
      dot.lineStyle(2, now ? PALETTE.orange : PALETTE.paperShade, 1);
      dot.strokeCircle(xs[i], y, 13);
      const number = texts
        .add(xs[i], y, String(i + 1), { size: 13, colour: now ? PALETTE.navy : PALETTE.paper, bold: true })
        .setOrigin(0.5);
      const below = plan.below[i];
      const date = texts.add(xs[i], 0, plan.labels[i], { size: plan.px, colour: PALETTE.paperShade });
      date.setOrigin(0.5, below ? 0 : 1).setY(below ? y + 18 : y - 18);
      this.drawn.push(dot, number, date);
      if (motionMs(1) > 0) {
        dot.setAlpha(0);
        this.tweens.add({ targets: dot, alpha: 1, duration: motionMs(240), delay: i * 50 });
      }
    });
    const end = xs[xs.length - 1] ?? TIMELINE.right;
    const due = view.scenario.deadline?.date;
    const deadlineLabel = due
      ? t('briefing.deadlineOn', { date: formatDate(due, 'short') })
      : t('briefing.deadline');
    const deadline = texts
      .add(end + 26, y, deadlineLabel, { size: 14, colour: PALETTE.orange, bold: true })
      .setOrigin(0, 0.5);
    const flagpole = this.add.graphics();
    flagpole.lineStyle(2, PALETTE.orange, 1);
    flagpole.lineBetween(end + 18, y - 14, end + 18, y + 14);
    this.drawn.push(deadline, flagpole);
    if (deadline.x + deadline.width > this.scale.width - 8)
      deadline.setOrigin(1, 1).setPosition(end + 14, y - 18);
  }

  /** The three columns and the footer; returns the Begin button. */
  private buildColumns(view: View): HTMLButtonElement {
    const layer = addLayer(this, 'tt-briefing');
    this.drawn.push(layer.object);
    const party = view.scenario.parties[toMove(view.scenario, this.session.store.getState().game)].name;
    const begin = button(t(this.watching() ? 'briefing.beginWatch' : 'briefing.begin'), () => this.begin(), {
      className: 'tt-primary tt-begin',
    });
    const back = button(t('briefing.back'), () => this.back(), { className: 'tt-back' });
    layer.root.append(
      el('div', {
        className: 'tt-brief-columns',
        children: [situationColumn(view), ownGroupsColumn(view), otherSideColumn(view)],
      }),
      el('div', {
        className: 'tt-footer',
        children: [
          back,
          glossaryButton(),
          el('p', { className: 'tt-muted', text: t('briefing.firstMover', { party }) }),
          begin,
        ],
      }),
    );
    return begin;
  }

  private begin(): void {
    if (isTwoPlayer(this.session) && this.step + 1 < this.order.length) {
      this.step++;
      this.coverFor(this.order[this.step]);
      return;
    }
    startScene(this.scene, SCENE_KEYS.table, { session: this.session });
  }

  private back(): void {
    const { classroom } = this.session;
    if (classroom) {
      // A classroom session's settings are locked: back to the join screen, not to setup.
      const join: JoinData = {
        session: classroom.session,
        name: classroom.name,
        side: this.session.store.getState().game.settings.side,
        scenario: { source: this.session.source, scenario: this.session.scenario },
      };
      startScene(this.scene, SCENE_KEYS.join, join);
      return;
    }
    const data: SetupData = {
      source: this.session.source,
      scenario: this.session.scenario,
      previous: this.session.store.getState().game.settings,
      seed: this.session.store.getState().game.settings.seed,
    };
    startScene(this.scene, SCENE_KEYS.setup, data);
  }
}
