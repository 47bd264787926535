import { type GameObjects, Scene, Scenes, type Types } from 'phaser';
import { classroomCode } from '../app/classroom.ts';
import type { Session, SessionData } from '../app/session.ts';
import { motionMs, subscribeSettings } from '../app/settings.ts';
import { type MessageKey, t } from '../i18n/catalog.ts';
import { setScenarioLook } from '../i18n/presentation.ts';
import { normalizeName } from '../model/code/index.ts';
import type { GameState } from '../model/types.ts';
import { ApprovalChart } from '../ui/charts/approval-chart.ts';
import { approvalSeries } from '../ui/charts/approval-series.ts';
import { DanceChart } from '../ui/charts/dance-chart.ts';
import { danceSeries } from '../ui/charts/dance-series.ts';
import { denseScale } from '../ui/charts/draw.ts';
import { SectorBars } from '../ui/charts/sector-bars.ts';
import { sectorComparison } from '../ui/charts/sector-series.ts';
import { coachMoment, leaveCoach } from '../ui/coach/coach.ts';
import { codePanel, namedCodePanel } from '../ui/debrief/code-panel.ts';
import { outcomeFacts, outcomeHeadline, outcomeSentences } from '../ui/debrief/outcome-story.ts';
import { approvalNotes, danceNotes, resultPage } from '../ui/debrief/page-text.ts';
import { discussPage, historyPage } from '../ui/debrief/reading.ts';
import { scoreComparison } from '../ui/debrief/score-rows.ts';
import { scoreTable, scoreVerdict } from '../ui/debrief/score-table.ts';
import { panelAttrs, type TabList, tabList } from '../ui/debrief/tabs.ts';
import { totalsTable } from '../ui/debrief/totals-table.ts';
import { announce, button, el } from '../ui/dom.ts';
import { shrinkToWidth } from '../ui/frame/canvas-text.ts';
import { type OpenDialog, openDialog } from '../ui/frame/dialog.ts';
import { DESIGN } from '../ui/frame/layer.ts';
import { subscribeZoom, textScale } from '../ui/frame/text-scale.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { FONT_FAMILY, PALETTE, toCss } from '../ui/theme.ts';
import { coachGame, screenMoment } from './coach-glue.ts';
import type { JoinData } from './join-scene.ts';
import { SCENE_KEYS } from './keys.ts';
import { leaveLive, liveResultPanel } from './live-flow.ts';
import { markSceneLeaving, markSceneReady } from './readiness.ts';
import { startScene } from './scene-data.ts';

export const DEBRIEF_TABS = [
  'result',
  'dance',
  'sectors',
  'approval',
  'scores',
  'history',
  'discuss',
] as const;
export type DebriefTab = (typeof DEBRIEF_TABS)[number];

const TAB_LABELS: Record<DebriefTab, MessageKey> = {
  result: 'debrief.tab.result',
  dance: 'debrief.tab.dance',
  sectors: 'debrief.tab.sectors',
  approval: 'debrief.tab.approval',
  scores: 'debrief.tab.scores',
  history: 'debrief.tab.history',
  discuss: 'debrief.tab.discuss',
};

/** What the debrief receives: the finished game's session, and (on a redraw) the page to show. */
export interface DebriefData extends SessionData {
  readonly tab?: DebriefTab;
  /** The result code was shown already (a redraw does not open it again). */
  readonly codeShown?: boolean;
  /** Outside a classroom session: the name the student typed for a result code. */
  readonly name?: string;
}

const PREFIX = 'tt-debrief';
/** The paper card the pages sit on, and the panel inside it (design pixels; matches debrief.css). */
const CARD = { x: 24, y: 146, width: 1232, height: 552 } as const;
const PANEL = { x: 48, y: 164 } as const;
/** Where each chart page puts its chart and its text column. */
const DANCE = { plot: { x: 148, y: 178, width: 530, height: 430 }, legend: { x: 730, y: 168 } } as const;
const SECTORS = {
  bars: { x: 60, y: 172, width: 630, height: 510 },
  side: { x: 718, y: 172, width: 514 },
} as const;
const APPROVAL = {
  plot: { x: 150, y: 190, width: 610, height: 400 },
  side: { x: 920, y: 172, width: 312 },
} as const;

interface Page {
  readonly panel: HTMLElement;
  readonly chart: GameObjects.Container | null;
}

/**
 * The debrief, the end of every game: why it ended as it did, the negotiation dance, outcomes by sector,
 * approval over time, scores against the real negotiators, what really happened and questions to discuss, on
 * tabbed pages. Every figure comes from the model through the helpers in src/ui/charts and src/ui/debrief.
 */
export class DebriefScene extends Scene {
  private session!: Session;
  private current: DebriefTab = 'result';
  private pages = new Map<DebriefTab, Page>();
  private root: HTMLDivElement | null = null;
  private tabs: TabList<DebriefTab> | null = null;
  private codeShown = false;
  private typedName = '';
  private dialog: OpenDialog | null = null;

  constructor() {
    super({ key: SCENE_KEYS.debrief });
  }

  init(data: DebriefData): void {
    markSceneLeaving(SCENE_KEYS.debrief);
    this.session = data.session;
    this.current = data.tab ?? 'result';
    this.pages = new Map();
    this.root = null;
    this.tabs = null;
    this.codeShown = data.codeShown ?? false;
    this.typedName = data.name ?? '';
    this.dialog = null;
  }

  create(): void {
    setScenarioLook(this.session.scenario.look);
    const game = this.finishedGame();
    const redraw = () => {
      const data: DebriefData = {
        session: this.session,
        tab: this.current,
        codeShown: this.codeShown,
        name: this.typedName,
      };
      this.scene.restart(data);
    };
    const unsubscribe = subscribeSettings(redraw);
    const unzoom = subscribeZoom(redraw);
    // In a live class the pair's code comes from the server, maybe a moment after the game ended.
    const live = this.session.live;
    const unlive = live?.state.subscribe((state, prev) => {
      if (state.result === prev.result || !this.dialog || !this.codeShown) return;
      this.dialog.close();
      this.openCode();
    });
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      leaveCoach();
      unsubscribe();
      unzoom();
      unlive?.();
      this.dialog = null;
    });

    const card = this.add.graphics();
    card.fillStyle(PALETTE.paper, 1);
    card.fillRoundedRect(CARD.x, CARD.y, CARD.width, CARD.height, 14);

    const root = el('div', { className: 'tt-debrief-root' });
    root.style.setProperty('--tt-scale', String(textScale()));
    root.style.setProperty('--tt-dense', String(denseScale()));
    this.root = root;
    this.add.dom(0, 0, root).setOrigin(0, 0);

    const facts = outcomeFacts(this.session.scenario, game);
    const headline = facts ? outcomeHeadline(facts) : t('debrief.kicker');
    const kicker = this.add.text(
      40,
      16,
      `${t('debrief.kicker').toUpperCase()}  ·  ${this.session.scenario.title}`,
      style(18, PALETTE.orange, true),
    );
    const title = this.add.text(40, kicker.y + kicker.height + 2, headline, style(34, PALETTE.paper, true));

    if (facts) {
      this.tabs = tabList(
        PREFIX,
        t('debrief.tabsName'),
        DEBRIEF_TABS.map((id) => ({ id, label: t(TAB_LABELS[id]) })),
        this.current,
        (id) => this.show(id),
      );
      root.appendChild(this.tabs.element);
    } else {
      root.appendChild(
        el('div', { className: 'tt-debrief-panel', children: [el('p', { text: t('debrief.notOver') })] }),
      );
    }
    const actions = this.actions(game);
    root.appendChild(actions);
    // The header's texts stop short of the buttons (larger text makes both wider): they shrink to the room.
    const room = DESIGN.width - 40 - (actions.offsetWidth + 40) - 24;
    shrinkToWidth(kicker, room, 12);
    shrinkToWidth(title, room, 22);
    title.setY(kicker.y + kicker.height + 2);

    if (facts) {
      this.show(this.current);
      const story = outcomeSentences(this.session.scenario, facts);
      announce(t('debrief.announce', { headline, story: story.join(' ') }));
      window.requestAnimationFrame(() => {
        root.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus({ preventScroll: true });
        // In a classroom session the code the student hands in comes up at once (closing it returns here).
        const handIn = this.session.classroom || this.session.live;
        if (handIn && !this.codeShown && this.sys.isActive()) this.openCode();
        const tabs = this.tabs?.element ?? null;
        coachMoment(coachGame(this.session), screenMoment('debrief'), {
          targets: { debrief: () => tabs },
          home: () => tabs?.querySelector<HTMLElement>('[aria-selected="true"]') ?? null,
        });
      });
    } else {
      this.events.once(Scenes.Events.RENDER, () => markSceneReady(this, SCENE_KEYS.debrief));
    }
  }

  /** The session's game; in the dev shortcut (?start=debrief) an unplayed computer game is played out first. */
  private finishedGame(): GameState {
    const store = this.session.store;
    const game = store.getState().game;
    if (import.meta.env.DEV && game.outcome === null && game.settings.opponent === 'computer-vs-computer') {
      // A real debrief always receives a finished game; only the development shortcut starts one unplayed.
      for (let turns = 0; turns < 1000 && store.getState().computerTurn(); turns++);
    }
    return store.getState().game;
  }

  private actions(game: GameState): HTMLElement {
    const { classroom, live } = this.session;
    const code = game.outcome
      ? [
          button(
            t(classroom || live ? 'classroom.codeButton' : 'classroom.codeButtonFree'),
            () => this.openCode(),
            {
              className: 'tt-code-open',
            },
          ),
        ]
      : [];
    return el('div', {
      className: 'tt-debrief-actions',
      children: [
        ...code,
        // A live game is the class's: another one is the teacher's to start.
        ...(live
          ? []
          : [button(t('debrief.playAgain'), () => this.playAgain(game), { className: 'tt-primary' })]),
        // Compact: the header's title needs the room (the key G opens it too).
        glossaryButton('', true),
        button(t('debrief.toTitle'), () => {
          leaveLive(live);
          startScene(this.scene, SCENE_KEYS.title);
        }),
      ],
    });
  }

  /** Another game: in a classroom session through the join screen again (its settings stay locked). */
  private playAgain(game: GameState): void {
    const { source, scenario, classroom } = this.session;
    if (classroom) {
      const data: JoinData = {
        session: classroom.session,
        name: classroom.name,
        scenario: { source, scenario },
      };
      startScene(this.scene, SCENE_KEYS.join, data);
    } else {
      startScene(this.scene, SCENE_KEYS.setup, { source, scenario, previous: game.settings });
    }
  }

  /** The result code in a dialog: at once in a session; outside one after the student types a name. */
  private openCode(): void {
    if (!this.root || this.dialog) return;
    const { scenario, classroom } = this.session;
    const game = this.session.store.getState().game;
    let panel: { element: HTMLElement; focus: HTMLElement };
    if (this.session.live) {
      panel = liveResultPanel(this.session.live);
    } else if (classroom) {
      const code = classroomCode(scenario, game, classroom);
      if (code === null) return;
      const title = classroom.session.title || t('classroom.untitled');
      panel = codePanel(code, classroom.name, t('classroom.codeFor', { name: classroom.name, title }));
    } else {
      panel = namedCodePanel(
        this.typedName,
        (typed) => {
          const code = classroomCode(scenario, game, undefined, typed);
          return code === null ? null : { code, name: normalizeName(typed) };
        },
        (name) => t('classroom.codeForFree', { name }),
        (name) => {
          this.typedName = name;
        },
      );
    }
    this.codeShown = true;
    this.dialog = openDialog(this.root, {
      title: t('classroom.resultCode'),
      className: 'tt-code-dialog',
      body: [panel.element],
      buttons: [{ label: t('common.close'), onClick: () => undefined }],
      onClose: () => {
        this.dialog = null;
      },
    });
    panel.focus.focus({ preventScroll: true });
  }

  /** Shows a page (building it the first time), and tells tests once it has drawn. */
  private show(tab: DebriefTab): void {
    markSceneLeaving(SCENE_KEYS.debrief);
    this.current = tab;
    this.tabs?.select(tab);
    if (!this.pages.has(tab)) this.pages.set(tab, this.build(tab));
    for (const [key, page] of this.pages) {
      page.panel.hidden = key !== tab;
      page.chart?.setVisible(key === tab);
    }
    this.events.once(Scenes.Events.RENDER, () => markSceneReady(this, SCENE_KEYS.debrief));
  }

  private build(tab: DebriefTab): Page {
    const panel = el('div', { className: 'tt-debrief-panel', attrs: panelAttrs(PREFIX, tab) });
    this.root?.insertBefore(panel, this.root.querySelector('.tt-debrief-actions'));
    const { scenario } = this.session;
    const game = this.session.store.getState().game;
    switch (tab) {
      case 'result':
        panel.appendChild(resultPage(scenario, game));
        return { panel, chart: null };
      case 'dance': {
        const series = danceSeries(scenario, game);
        const chart = new DanceChart(this, scenario, series, DANCE.plot, DANCE.legend);
        chart.play(motionMs(1800));
        const side = sideColumn(panel, DANCE.legend.x, DANCE.legend.y + chart.legendHeight + 18, 500);
        side.append(...danceNotes(scenario, series));
        return { panel, chart: chart.container };
      }
      case 'sectors': {
        const comparison = sectorComparison(scenario, game);
        const chart = new SectorBars(this, scenario, comparison, SECTORS.bars);
        const side = sideColumn(panel, SECTORS.side.x, SECTORS.side.y, SECTORS.side.width);
        side.appendChild(
          totalsTable(scenario, comparison, scoreComparison(scenario, game).player, {
            result: comparison.resultIsNoDeal ? t('debrief.sectors.yoursNoDeal') : t('debrief.sectors.yours'),
            historical: t('debrief.sectors.real'),
            noDeal: t('debrief.sectors.noDeal'),
          }),
        );
        return { panel, chart: chart.container };
      }
      case 'approval': {
        const series = approvalSeries(game, scenario.meetingCount);
        const chart = new ApprovalChart(this, scenario, series, APPROVAL.plot, game.outcome?.kind ?? null);
        const side = sideColumn(panel, APPROVAL.side.x, APPROVAL.side.y, APPROVAL.side.width);
        side.append(...approvalNotes(scenario, series));
        return { panel, chart: chart.container };
      }
      case 'scores': {
        const comparison = scoreComparison(scenario, game);
        panel.append(
          el('p', { className: 'tt-debrief-verdict', text: scoreVerdict(scenario, comparison) }),
          scoreTable(scenario, comparison),
        );
        return { panel, chart: null };
      }
      case 'history':
        panel.appendChild(historyPage(scenario));
        return { panel, chart: null };
      case 'discuss':
        panel.appendChild(discussPage(scenario));
        return { panel, chart: null };
    }
  }
}

/** A text column on a chart page, at design coordinates (the panel starts at PANEL). */
function sideColumn(panel: HTMLElement, x: number, y: number, width: number): HTMLElement {
  const side = el('div', { className: 'tt-debrief-side' });
  side.style.left = `${x - PANEL.x}px`;
  side.style.top = `${y - PANEL.y}px`;
  side.style.width = `${width}px`;
  panel.appendChild(side);
  return side;
}

function style(size: number, colour: number, bold = false): Types.GameObjects.Text.TextStyle {
  return {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.round(size * denseScale())}px`,
    fontStyle: bold ? 'bold' : '',
    color: toCss(colour),
    resolution: 2,
  };
}
