import { type GameObjects, Scene, Scenes } from 'phaser';
import type { Session, SessionData } from '../app/session.ts';
import { subscribeSettings } from '../app/settings.ts';
import { t } from '../i18n/catalog.ts';
import { setScenarioLook } from '../i18n/presentation.ts';
import { linesOf, toMove } from '../model/rules.ts';
import type { Package, PartyIndex, Scenario } from '../model/scenario.ts';
import type { Action, GameState } from '../model/types.ts';
import { type LegalActions, legalActions, project, type View, viewFor } from '../model/view.ts';
import type { GameStore, GameStoreState } from '../store/game-store.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { leaveCoach } from '../ui/coach/coach.ts';
import { announce, button, el } from '../ui/dom.ts';
import { subscribeZoom } from '../ui/frame/text-scale.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { recordProjection } from '../ui/table/bench-hook';
import { focusLost, focusWhenShown } from '../ui/table/focus.ts';
import { HistoryPanel } from '../ui/table/history-panel.ts';
import { LeverPanel } from '../ui/table/lever-panel.ts';
import { LAYOUT } from '../ui/table/look.ts';
import { MoveBar } from '../ui/table/move-bar.ts';
import { attachOfferKey } from '../ui/table/offer-key.ts';
import { ProjectionPanel } from '../ui/table/projection-panel.ts';
import { estimateText } from '../ui/table/projection-text.ts';
import { Stage } from '../ui/table/stage.ts';
import { hasMotion, playStep, restoreStage, type StepContext } from '../ui/table/step-player.ts';
import { TabStrip } from '../ui/table/tabs.ts';
import { TacticsPanel } from '../ui/table/tactics-panel.ts';
import { Timeline } from '../ui/table/timeline.ts';
import { clampToLegal, isWatching, leverStart, theirLatestOffer, viewerSide } from '../ui/table/viewer.ts';
import { reportTable } from './coach-glue.ts';
import { backToTitle } from './flow.ts';
import { SCENE_KEYS } from './keys';
import { leaveLive } from './live-flow.ts';
import { LiveTable, TALK_PANEL_ID } from './live-table.ts';
import { markSceneLeaving, markSceneReady } from './readiness';
import { startScene } from './scene-data.ts';
import { TurnFlow } from './turn-flow.ts';

type TabKey = 'economy' | 'home' | 'offers' | 'tactics' | 'talk';
const PANEL_IDS = {
  economy: 'tt-panel-economy',
  home: 'tt-panel-home',
  offers: 'tt-panel-offers',
  tactics: 'tt-panel-tactics',
  talk: TALK_PANEL_ID,
} as const;

/**
 * The negotiation table: levers for a package, its live projection for both sides, the other side's offer and
 * line, the timeline, the offers so far, tactics and moves. It reads the game from the store and the model's
 * pure functions; moves go to the store; the flow between moves (overlays, the computer, the hand-over) is in
 * TurnFlow.
 */
export class TableScene extends Scene {
  private session!: Session;
  private store!: GameStore;
  private scenario!: Scenario;
  private viewer: PartyIndex = 0;
  private view!: View;
  private legal!: LegalActions;
  private leverKey = '';
  private dialogueSeen = 0;
  private controlsShown = true;
  private drawn = false;
  private focusedKey = '';
  private ended = false;
  /** The player moved a lever in this visit to the table (the coach's projection step waits for it). */
  private leverMoved = false;
  private doms: { object: GameObjects.DOMElement; tab?: TabKey }[] = [];
  private levers!: LeverPanel;
  private moves!: MoveBar;
  private tabs!: TabStrip<TabKey>;
  private stage!: Stage;
  private timeline!: Timeline;
  private projection!: ProjectionPanel;
  private history!: HistoryPanel;
  private tactics!: TacticsPanel;
  private flow!: TurnFlow;
  /** The live class's parts (src/scenes/live-table.ts), in a live game. */
  private live: LiveTable | null = null;

  constructor() {
    super({ key: SCENE_KEYS.table });
  }

  init(data: SessionData): void {
    markSceneLeaving(SCENE_KEYS.table);
    this.session = data.session;
    this.store = data.session.store;
    this.scenario = data.session.scenario;
    this.doms = [];
    this.leverKey = '';
    this.controlsShown = true;
    this.drawn = false;
    this.focusedKey = '';
    this.ended = false;
    this.leverMoved = false;
    this.live = null;
  }

  create(): void {
    setScenarioLook(this.scenario.look);
    const game = this.current();
    this.viewer = viewerSide(this.scenario, game);
    this.dialogueSeen = this.store.getState().dialogue.length;
    this.view = this.viewFor(game);
    this.legal = legalActions(this.view);
    this.build();
    this.flow = new TurnFlow(this, this.session, {
      setControlsShown: (shown) => this.setControlsShown(shown),
      humanTurn: (side) => this.humanTurn(side),
      computerThinking: (side) => this.computerThinking(side),
      remoteTurn: () => {
        this.refresh();
        this.focusStatusIfLost();
      },
      gameOver: () => this.gameOver(),
      handedOver: () => this.syncViewer(),
      problem: (message) => this.moves.showError(message),
    });
    this.syncViewer();
    restoreStage(this.stepContext(false), game, this.store.getState().dialogue);

    const unsubscribe = this.store.subscribe((state, prev) => this.onStore(state, prev));
    const detachOfferKey = attachOfferKey(
      () => this.scene.isActive() && this.controlsShown,
      () => this.showLatestOffer(),
    );
    const redraw = () => {
      if (this.scene.isActive()) this.scene.restart({ session: this.session });
    };
    const unsettle = subscribeSettings(redraw);
    const unzoom = subscribeZoom(redraw);
    // An overlay or the hand-over resumed (or woke) the table.
    const resumed = () => this.flow.resumed();
    this.events.on(Scenes.Events.RESUME, resumed);
    this.events.on(Scenes.Events.WAKE, resumed);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      leaveCoach();
      unsubscribe();
      unsettle();
      detachOfferKey();
      unzoom();
      this.flow.cancel();
      this.live?.destroy();
      this.events.off(Scenes.Events.RESUME, resumed);
      this.events.off(Scenes.Events.WAKE, resumed);
    });
    this.events.once(Scenes.Events.RENDER, () => {
      this.drawn = true;
      this.markReady();
      // Entering the table is said: where the talks stand and whose move it is.
      announce(t('table.say.entered', this.timeline.spoken));
      this.flow.start();
    });
  }

  private current(): GameState {
    return this.store.getState().game;
  }

  private viewFor(game: GameState): View {
    const view = viewFor(this.scenario, game, this.viewer);
    if (!view) throw new Error('the table has no view of the game');
    return view;
  }

  private build(): void {
    const { scenario } = this;
    const watching = isWatching(this.current());
    this.timeline = new Timeline(this, scenario);
    this.stage = new Stage(this, scenario, this.viewer);
    this.projection = new ProjectionPanel(this, scenario, PANEL_IDS, (node, tab) =>
      this.dom(LAYOUT.right.x, LAYOUT.panel.y, node, tab),
    );

    this.levers = new LeverPanel(scenario, leverStart(this.view, this.legal.levels), {
      onInput: () => {
        this.redrawProjection(performance.now(), true);
        if (this.playing()) this.live?.leversMoved(this.levers.package);
        if (!this.leverMoved) {
          this.leverMoved = true;
          this.reportCoach();
        }
      },
      onEnter: () => this.moves.proposeButton.focus(),
      onMatch: () => this.loadPackage(theirLatestOffer(this.view)?.package ?? null),
    });
    this.dom(LAYOUT.levers.x, LAYOUT.levers.y, this.levers.element);

    this.moves = new MoveBar(
      {
        propose: () => this.act({ type: 'propose', side: this.sideId(), package: [...this.levers.package] }),
        accept: () => this.act({ type: 'accept', side: this.sideId() }),
        reject: () => this.act({ type: 'reject', side: this.sideId() }),
        walkAway: () => this.act({ type: 'walk-away', side: this.sideId() }),
        speed: (speed) => {
          this.flow.speed = speed;
          this.flow.rewatch();
        },
        pause: (paused) => {
          this.flow.paused = paused;
          this.flow.rewatch();
        },
        debrief: () => {
          // At once, not when the debrief starts on the next step: a test must not read the table as showing.
          markSceneLeaving(SCENE_KEYS.debrief);
          startScene(this.scene, SCENE_KEYS.debrief, { session: this.session });
        },
      },
      'normal',
    );
    this.moves.setWatching(watching);
    this.dom(LAYOUT.moves.x, LAYOUT.moves.y, this.moves.element);

    this.tabs = new TabStrip<TabKey>(
      t('table.tabs.label'),
      [
        { key: 'economy', label: t('table.tab.economy'), controls: PANEL_IDS.economy },
        { key: 'home', label: t('table.tab.home'), controls: PANEL_IDS.home },
        { key: 'offers', label: t('table.tab.offers'), controls: PANEL_IDS.offers },
        { key: 'tactics', label: t('table.tab.tactics'), controls: PANEL_IDS.tactics },
        ...(this.session.live
          ? [{ key: 'talk' as const, label: t('live.tab.talk'), controls: PANEL_IDS.talk }]
          : []),
      ],
      () => this.showTab(),
    );
    this.live = this.session.live
      ? new LiveTable(this.session.live, {
          levers: () => this.levers.package,
          loadPackage: (pkg) => this.loadPackage(pkg),
          talkShown: () => this.tabs.selected === 'talk',
          setTalkLabel: (label) => this.tabs.setLabel('talk', label),
        })
      : null;
    if (this.live) {
      this.dom(LAYOUT.right.x, LAYOUT.panel.y, this.live.talk.element, 'talk');
      this.dom(LAYOUT.moves.x + 280, LAYOUT.moves.y + 6, this.live.clock); // the free middle of the moves row
    }
    this.dom(LAYOUT.right.x, LAYOUT.tabs.y, this.tabs.element);
    this.history = new HistoryPanel(PANEL_IDS.offers, (pkg) => this.loadPackage(pkg));
    this.dom(LAYOUT.right.x, LAYOUT.panel.y, this.history.element, 'offers');
    this.tactics = new TacticsPanel(PANEL_IDS.tactics, scenario, (move) =>
      this.act({ ...move, side: this.sideId() }),
    );
    this.dom(LAYOUT.right.x, LAYOUT.panel.y, this.tactics.element, 'tactics');
    // Last in the tab order: leaving is the least used control. The game is saved after every move.
    const leave = button(t('table.toTitle'), () => this.leave(), {
      className: 'tt-small tt-leave',
      name: t('table.toTitleName'),
    });
    const corner = el('div', { className: 'tt-table-corner', children: [glossaryButton('tt-small'), leave] });
    this.dom(LAYOUT.levers.x + LAYOUT.levers.width, LAYOUT.top.y, corner, undefined, 1);
    this.showTab();
  }

  /** To the title; a live class is left on this device (the seat stays: joining again rejoins it). */
  private leave(): void {
    leaveLive(this.session.live);
    backToTitle(this);
  }

  private dom(x: number, y: number, node: HTMLElement, tab?: TabKey, originX = 0): void {
    const object = this.add.dom(x, y, node).setOrigin(originX, 0);
    this.doms.push({ object, tab });
  }

  private sideId(): string {
    return this.scenario.parties[this.viewer].id;
  }

  /** Forwards a move to the store; a refused move shows its reason (through the store's error). */
  private act(action: Action): void {
    this.store.getState().act(action);
  }

  private onStore(state: GameStoreState, prev: GameStoreState): void {
    if (state.error !== prev.error) this.moves.showError(state.error ? actionErrorText(state.error) : null);
    if (state.game === prev.game) return;
    const newLines = state.dialogue.slice(this.dialogueSeen);
    this.dialogueSeen = state.dialogue.length;
    // Two players share the screen: news shows neither side's private numbers.
    const newsViewer = state.game.settings.opponent === 'human' ? null : this.viewer;
    this.flow.step(state.events, prev.game.params, newsViewer, hasMotion(state.events));
    this.refresh();
    const animate = !this.flow.instant;
    const sentence = playStep(this.stepContext(animate), state.events, state.game, newLines);
    if (sentence) announce(sentence);
  }

  private stepContext(animate: boolean): StepContext {
    const watching = isWatching(this.current());
    return {
      scenario: this.scenario,
      stage: this.stage,
      viewer: this.viewer,
      viewerIsPlayer: !watching,
      animate,
      estimate: (pkg) => estimateText(this.scenario, project(this.view, pkg), this.viewer),
    };
  }

  /** Names as the summary shows them: the player's side is marked "(you)". */
  private roles(): [string, string] {
    const game = this.current();
    const role = (p: PartyIndex): string => {
      const side = this.scenario.parties[p].name;
      return p === this.viewer && !isWatching(game) ? t('table.role.you', { side }) : side;
    };
    return [role(0), role(1)];
  }

  /** Takes the viewpoint the game calls for (the next player, after a hand-over) and redraws everything. */
  private syncViewer(): void {
    const before = this.viewer;
    this.viewer = viewerSide(this.scenario, this.current());
    if (this.viewer !== before && this.drawn)
      restoreStage(this.stepContext(false), this.current(), this.store.getState().dialogue);
    const roles = this.roles();
    this.stage.setViewer(this.viewer);
    this.projection.setViewer(this.viewer, roles);
    this.refresh();
  }

  /** Redraws from the game state after a step (never on a lever move). */
  private refresh(): void {
    const game = this.current();
    this.view = this.viewFor(game);
    this.legal = legalActions(this.view);
    const { view, legal } = this;
    const playing = this.playing();
    this.timeline.update(game, view.meeting, this.statusText());

    const key = `${game.turn}|${this.viewer}`;
    this.levers.setLimits(legal.levels, game.onTable, linesOf(game, this.viewer));
    if (key !== this.leverKey) {
      this.leverKey = key;
      this.levers.setPackage(leverStart(view, legal.levels, isWatching(game)));
    } else this.levers.setPackage(clampToLegal(this.levers.package, legal.levels));
    const theirs = theirLatestOffer(view);
    this.levers.setTheirs(theirs?.package ?? null);
    this.levers.setEnabled(playing || (this.live?.sketching() === true && !game.outcome));
    this.levers.setMatchEnabled(playing && theirs !== null);

    const can = (type: Action['type']) => playing && legal.actions.some((a) => a.type === type);
    this.moves.setMoves({
      propose: playing && legal.canPropose,
      accept: can('accept'),
      reject: can('reject'),
      walkAway: can('walk-away'),
    });
    this.history.update(view, this.scenario, playing);
    this.tactics.update(view, legal, playing);
    this.redrawProjection(performance.now(), false);
    this.markReady();
    this.reportCoach();
  }

  /** Tells the coach (src/ui/coach) where the game stands. */
  private reportCoach(): void {
    if (!this.drawn) return;
    reportTable(this.session, this.levers, {
      canMove: this.controlsShown && this.playing(),
      leverMoved: this.leverMoved,
      theirOffer: theirLatestOffer(this.view) !== null,
      side: this.sideId(),
    });
  }

  /** Tells browser tests what the table shows, once it has drawn. */
  private markReady(): void {
    if (this.drawn) markSceneReady(this, SCENE_KEYS.table);
  }

  /** Whether a person may move now, from the table's seat. */
  private playing(): boolean {
    const state = this.store.getState();
    return (
      this.legal.canAct &&
      this.flow.idle &&
      !isWatching(state.game) &&
      !state.isComputer(this.viewer) &&
      state.playedElsewhere(this.viewer) === null
    );
  }

  private statusText(): string {
    const game = this.current();
    if (game.outcome) return t('table.turn.over');
    const side = toMove(this.scenario, game);
    const name = this.scenario.parties[side].name;
    if (this.store.getState().isComputer(side)) return t('table.turn.computer', { side: name });
    const elsewhere = this.store.getState().playedElsewhere(side);
    if (elsewhere !== null && this.live) return this.live.waitingText(side, this.viewer, elsewhere);
    if (side === this.viewer) return t('table.turn.you');
    return t('table.turn.side', { side: name });
  }

  /** Projects the package on the levers and redraws the summary and the open tab, in this frame. */
  private redrawProjection(started: number, fromInput: boolean): void {
    const projection = project(this.view, this.levers.package);
    this.projection.update(projection);
    this.levers.setEstimate(estimateText(this.scenario, projection, this.viewer));
    if (fromInput) recordProjection(started);
  }

  private loadPackage(pkg: Package | null): void {
    if (!pkg) return;
    this.levers.setPackage(clampToLegal(pkg, this.legal.levels));
    this.redrawProjection(performance.now(), false);
  }

  /** The key O: the latest offer in full, in the "Offers so far" tab, focused so it is read. */
  private showLatestOffer(): void {
    this.tabs.select('offers');
    focusWhenShown(this.history.latest);
  }

  private showTab(): void {
    const tab = this.tabs.selected;
    this.projection.show(tab === 'economy' || tab === 'home' ? tab : null);
    if (tab === 'talk') this.live?.talkOpened();
    this.applyDomVisibility();
    this.markReady();
  }

  private setControlsShown(shown: boolean): void {
    this.controlsShown = shown;
    if (!shown) leaveCoach();
    this.applyDomVisibility();
  }

  private applyDomVisibility(): void {
    const tab = this.tabs?.selected;
    for (const { object, tab: owner } of this.doms)
      object.setVisible(this.controlsShown && (owner === undefined || owner === tab));
  }

  private humanTurn(side: PartyIndex): void {
    if (this.current().settings.opponent === 'human' && side !== this.viewer) {
      this.flow.handOver(side);
      return;
    }
    this.refresh();
    // Focus the levers when a new turn begins; after a tactic (same turn) focus stays in the tactics.
    if (this.leverKey !== this.focusedKey) {
      this.focusedKey = this.leverKey;
      focusWhenShown(this.levers.firstEnabled());
    } else {
      // A tactic disables its button, and a disabled button drops the focus to the page: move it to what the
      // tactic did (its status line), so the keyboard stays in the tactics.
      const target = this.tactics.afterTactic();
      if (focusLost()) focusWhenShown(target);
    }
  }

  /**
   * A move disables the controls while the other side thinks, and a disabled button drops the focus to the page:
   * it goes to the status line saying who is moving. Once, on the next frame, and only if nothing (an overlay,
   * the levers of a new turn) has taken the focus meanwhile.
   */
  private focusStatusIfLost(): void {
    window.requestAnimationFrame(() => {
      if (focusLost() && this.scene.isActive() && this.controlsShown)
        this.timeline.statusElement.focus({ preventScroll: true });
    });
  }

  private computerThinking(side: PartyIndex): void {
    this.timeline.update(this.current(), this.view.meeting, this.statusText());
    this.focusStatusIfLost();
    if (!this.flow.instant) this.stage.react(side, 'think');
    this.markReady();
  }

  private gameOver(): void {
    const game = this.current();
    const outcome = game.outcome;
    if (!outcome || this.ended) return;
    this.ended = true;
    if (outcome.kind === 'deal') {
      this.moves.showEnd(t('table.end.deal'));
    } else {
      const text =
        outcome.reason === 'walked-away' && outcome.by !== null
          ? t('table.end.walked', { side: this.scenario.parties[outcome.by].name })
          : t('table.end.deadline');
      this.moves.showEnd(`${text} ${t('table.end.detail')}`);
    }
    this.levers.setEnabled(false);
    this.stage.clearCard();
    this.stage.hideLine();
    if (outcome.kind === 'no-deal') {
      for (const p of [0, 1] as const) if (outcome.by !== p) this.stage.react(p, 'reject');
      this.stage.stamp(t('table.end.stampNoDeal'), false);
    } else this.stage.stamp(t('table.end.stampDeal'), true);
    focusWhenShown(this.moves.debriefButton);
    this.markReady();
  }
}
