/**
 * The table's DOM controls that need nothing of the game but callbacks: the tab strip on the right (the two
 * canvas panels, the offers so far, the tactics, and in a live class the talk) with the ids of the elements each
 * tab controls, the move bar, and the corner (glossary, back to the title).
 */
import type { Scene, Scenes } from 'phaser';
import type { LiveSession } from '../app/live-session.ts';
import type { Session } from '../app/session.ts';
import { t } from '../i18n/catalog.ts';
import type { Action } from '../model/types.ts';
import { button, el } from '../ui/dom.ts';
import { glossaryButton } from '../ui/glossary/glossary-dialog.ts';
import { MoveBar } from '../ui/table/move-bar.ts';
import { TabStrip } from '../ui/table/tabs.ts';
import { backToTitle } from './flow.ts';
import { SCENE_KEYS } from './keys';
import { leaveLive } from './live-flow.ts';
import { TALK_PANEL_ID } from './live-table.ts';
import { markSceneLeaving } from './readiness';
import { startScene } from './scene-data.ts';
import type { TurnFlow } from './turn-flow.ts';

export type TabKey = 'economy' | 'home' | 'offers' | 'tactics' | 'talk';

export const PANEL_IDS = {
  economy: 'tt-panel-economy',
  home: 'tt-panel-home',
  offers: 'tt-panel-offers',
  tactics: 'tt-panel-tactics',
  talk: TALK_PANEL_ID,
} as const;

/** The tab strip; the Talk tab only in a live class. */
export function tableTabs(live: boolean, onSelect: () => void): TabStrip<TabKey> {
  return new TabStrip<TabKey>(
    t('table.tabs.label'),
    [
      { key: 'economy', label: t('table.tab.economy'), controls: PANEL_IDS.economy },
      { key: 'home', label: t('table.tab.home'), controls: PANEL_IDS.home },
      { key: 'offers', label: t('table.tab.offers'), controls: PANEL_IDS.offers },
      { key: 'tactics', label: t('table.tab.tactics'), controls: PANEL_IDS.tactics },
      ...(live ? [{ key: 'talk' as const, label: t('live.tab.talk'), controls: PANEL_IDS.talk }] : []),
    ],
    onSelect,
  );
}

export interface MoveHost {
  /** The scene plugin and session the debrief starts from. */
  readonly scene: Scenes.ScenePlugin;
  readonly session: Session;
  /** The table's side and the package on its levers. */
  sideId(): string;
  levers(): readonly number[];
  /** Forwards a move to the store. */
  act(action: Action): void;
  /** The turn flow (made after the controls), for the watch speed and pause. */
  flow(): TurnFlow;
}

/** The move bar under the table, its buttons wired to the host. */
export function tableMoveBar(host: MoveHost, watching: boolean): MoveBar {
  const side = () => host.sideId();
  const moves = new MoveBar(
    {
      propose: () => host.act({ type: 'propose', side: side(), package: [...host.levers()] }),
      accept: () => host.act({ type: 'accept', side: side() }),
      reject: () => host.act({ type: 'reject', side: side() }),
      walkAway: () => host.act({ type: 'walk-away', side: side() }),
      speed: (speed) => {
        host.flow().speed = speed;
        host.flow().rewatch();
      },
      pause: (paused) => {
        host.flow().paused = paused;
        host.flow().rewatch();
      },
      debrief: () => {
        // At once, not when the debrief starts on the next step: a test must not read the table as showing.
        markSceneLeaving(SCENE_KEYS.debrief);
        startScene(host.scene, SCENE_KEYS.debrief, { session: host.session });
      },
    },
    'normal',
  );
  moves.setWatching(watching);
  return moves;
}

/**
 * The corner over the levers: the glossary, and last in the tab order, leaving (the least used control) to the
 * title. The game is saved after every move; a live class is left on this device (the seat stays: joining again
 * rejoins it).
 */
export function tableCorner(scene: Scene, live: LiveSession | undefined): HTMLElement {
  const leave = () => {
    leaveLive(live);
    backToTitle(scene);
  };
  const back = button(t('table.toTitle'), leave, {
    className: 'tt-small tt-leave',
    name: t('table.toTitleName'),
  });
  return el('div', { className: 'tt-table-corner', children: [glossaryButton('tt-small'), back] });
}
