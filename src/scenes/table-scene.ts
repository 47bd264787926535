import { type GameObjects, Scene, Scenes } from 'phaser';
import type { Session, SessionData } from '../app/session.ts';
import { t } from '../i18n/catalog.ts';
import { setScenarioLook } from '../i18n/presentation.ts';
import { linesOf } from '../model/rules.ts';
import type { Package, PartyIndex, Scenario } from '../model/scenario.ts';
import type { Action, GameState } from '../model/types.ts';
import { type LegalActions, legalActions, project, type View, viewFor } from '../model/view.ts';
import type { GameStore, GameStoreState } from '../store/game-store.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { leaveCoach } from '../ui/coach/coach.ts';
import { announce } from '../ui/dom.ts';
import { recordProjection } from '../ui/table/bench-hook';
import { focusWhenShown } from '../ui/table/focus.ts';
import { HistoryPanel } from '../ui/table/history-panel.ts';
import { LeverPanel } from '../ui/table/lever-panel.ts';
import { LAYOUT } from '../ui/table/look.ts';
import type { MoveBar } from '../ui/table/move-bar.ts';
import { ProjectionPanel } from '../ui/table/projection-panel.ts';
import { estimateText } from '../ui/table/projection-text.ts';
import { Stage } from '../ui/table/stage.ts';
import { hasMotion, playStep, restoreStage, type StepContext } from '../ui/table/step-player.ts';
import type { TabStrip } from '../ui/table/tabs.ts';
import { TacticsPanel } from '../ui/table/tactics-panel.ts';
import { Timeline } from '../ui/table/timeline.ts';
import { clampToLegal, isWatching, leverStart, theirLatestOffer, viewerSide } from '../ui/table/viewer.ts';
import { reportTable } from './coach-glue.ts';
import { SCENE_KEYS } from './keys';
import { LiveTable } from './live-table.ts';
import { markSceneLeaving, markSceneReady } from './readiness';
import { PANEL_IDS, type TabKey, tableCorner, tableMoveBar, tableTabs } from './table-controls.ts';
import { TableFocus } from './table-focus.ts';
import { attachTableHooks } from './table-hooks.ts';
import { roleNames, showGameOver, statusText } from './table-status.ts';
import { TurnFlow } from './turn-flow.ts';

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
  private focus!: TableFocus;
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
    this.focus = new TableFocus(
      this,
      () => this.controlsShown,
      () => this.timeline.statusElement,
    );
    this.flow = new TurnFlow(this, this.session, {
      setControlsShown: (shown) => this.setControlsShown(shown),
      humanTurn: (side) => this.humanTurn(side),
      computerThinking: (side) => this.computerThinking(side),
      remoteTurn: () => {
        this.refresh();
        this.focus.statusIfLost();
      },
      gameOver: () => this.gameOver(),
      handedOver: () => this.syncViewer(),
      problem: (message) => this.moves.showError(message),
    });
    this.syncViewer();
    restoreStage(this.stepContext(false), game, this.store.getState().dialogue);

    attachTableHooks(
      this,
      this.store,
      { session: this.session },
      {
        onStore: (state, prev) => this.onStore(state, prev),
        offerKeyActive: () => this.scene.isActive() && this.controlsShown,
        // The key O: the latest offer in full, in the "Offers so far" tab, focused so it is read.
        showLatestOffer: () => {
          this.tabs.select('offers');
          focusWhenShown(this.history.latest);
        },
        resumed: () => this.flow.resumed(),
        shutdown: () => {
          this.flow.cancel();
          this.live?.destroy();
        },
      },
    );
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

    const host = {
      scene: this.scene,
      session: this.session,
      sideId: () => this.sideId(),
      levers: () => this.levers.package,
      act: (action: Action) => this.act(action),
      flow: () => this.flow,
    };
    this.moves = tableMoveBar(host, isWatching(this.current()));
    this.dom(LAYOUT.moves.x, LAYOUT.moves.y, this.moves.element);

    this.tabs = tableTabs(Boolean(this.session.live), () => this.showTab());
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
    const corner = tableCorner(this, this.session.live);
    this.dom(LAYOUT.levers.x + LAYOUT.levers.width, LAYOUT.top.y, corner, undefined, 1);
    this.showTab();
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

  /** Takes the viewpoint the game calls for (the next player, after a hand-over) and redraws everything. */
  private syncViewer(): void {
    const before = this.viewer;
    this.viewer = viewerSide(this.scenario, this.current());
    if (this.viewer !== before && this.drawn)
      restoreStage(this.stepContext(false), this.current(), this.store.getState().dialogue);
    const roles = roleNames(this.scenario, this.current(), this.viewer);
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
    return statusText(this.scenario, this.store.getState(), this.viewer, this.live);
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
    this.focus.humanTurn(
      this.leverKey,
      () => this.levers.firstEnabled(),
      () => this.tactics.afterTactic(),
    );
  }

  private computerThinking(side: PartyIndex): void {
    this.timeline.update(this.current(), this.view.meeting, this.statusText());
    this.focus.statusIfLost();
    if (!this.flow.instant) this.stage.react(side, 'think');
    this.markReady();
  }

  private gameOver(): void {
    const outcome = this.current().outcome;
    if (!outcome || this.ended) return;
    this.ended = true;
    showGameOver(this.scenario, outcome, { moves: this.moves, levers: this.levers, stage: this.stage });
    this.markReady();
  }
}
