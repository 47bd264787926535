/**
 * The table's live-class parts, beside the table scene: the "Talk" tab (chat with the other side, the team's
 * suggestions), the lead's levers relayed to the team as they move and a member's levers following them, the
 * status line's "waiting for NAME", and a word when the computer moved for a side whose time ran out. The table
 * scene creates one when its session is live and calls it at a few points; the rest is subscriptions here.
 */
import type { LiveSession, LiveState } from '../app/live-session.ts';
import { t } from '../i18n/catalog.ts';
import type { Package, PartyIndex } from '../model/scenario.ts';
import { MAX_CHAT_LENGTH } from '../net/protocol.ts';
import { actionErrorText } from '../ui/action-error.ts';
import { announce, el } from '../ui/dom.ts';
import { clockLine } from '../ui/live/live-bar.ts';
import { TalkPanel, type TeamView } from '../ui/live/talk-panel.ts';

export const TALK_PANEL_ID = 'tt-panel-talk';

export interface LiveTableHost {
  /** The levers' package now. */
  levers(): readonly number[];
  /** Puts a package on the levers (the lead's draft for a member, a suggestion for the lead). */
  loadPackage(pkg: Package): void;
  /** Whether the Talk tab is the one shown. */
  talkShown(): boolean;
  setTalkLabel(label: string): void;
}

export class LiveTable {
  readonly talk: TalkPanel;
  /** The meeting's time left (the table places it in its moves row); empty without a limit. */
  readonly clock = el('p', { className: 'tt-live-clock', attrs: { role: 'timer' } });
  private unread = 0;
  private computerSteps: number;
  private readonly stop: () => void;
  private readonly tick: number;

  constructor(
    private readonly live: LiveSession,
    private readonly host: LiveTableHost,
  ) {
    this.talk = new TalkPanel(TALK_PANEL_ID, {
      send: (text) => {
        const problem = live.sendChat(text);
        if (problem === null) return null;
        if (problem === 'EMPTY') return '';
        if (problem === 'TOO_LONG') return t('live.chat.tooLong', { max: MAX_CHAT_LENGTH });
        return t('live.chat.notSent', { reason: actionErrorText({ code: 'NOT_CONNECTED' }) });
      },
      suggest: () => {
        const lead = live.leadName() ?? '';
        this.talk.setStatus(
          live.suggest(host.levers())
            ? t('live.team.suggested', { lead })
            : actionErrorText({ code: 'NOT_CONNECTED' }),
        );
      },
      load: (pkg) => host.loadPackage(pkg),
    });
    const state = live.state.getState();
    this.computerSteps = state.computerSteps;
    this.talk.setChat(state.chat, state.seat?.side ?? null);
    this.update(state, null);
    this.stop = live.state.subscribe((next, prev) => this.update(next, prev));
    this.tick = window.setInterval(() => this.showClock(), 1000);
  }

  private showClock(): void {
    const { lobby, session } = this.live.state.getState();
    const going = session?.store.getState().game.outcome === null && !lobby?.paused;
    this.clock.textContent = going ? clockLine(lobby?.deadline ?? null, Date.now()) : '';
  }

  /** The lead moved a lever: the team sees it. */
  leversMoved(pkg: readonly number[]): void {
    this.live.draft(pkg);
  }

  /** A member may move the levers to make a suggestion (but never moves for the side). */
  sketching(): boolean {
    return !this.live.isLead();
  }

  /** The status line for a side played on another device; `names` as the store gives them. */
  waitingText(side: PartyIndex, viewer: PartyIndex, names: string): string {
    if (side === viewer) return t('live.turn.lead', { name: names });
    return names === '' ? t('live.turn.waitingOther') : t('live.turn.waitingFor', { name: names });
  }

  /** The Talk tab was opened: its lines are read. */
  talkOpened(): void {
    this.unread = 0;
    this.host.setTalkLabel(t('live.tab.talk'));
  }

  destroy(): void {
    this.stop();
    window.clearInterval(this.tick);
  }

  private update(state: LiveState, prev: LiveState | null): void {
    const side = state.seat?.side ?? null;
    if (prev && state.chat !== prev.chat) {
      const fresh = this.talk.setChat(state.chat, side);
      if (fresh > 0 && !this.host.talkShown()) {
        this.unread += fresh;
        this.host.setTalkLabel(t('live.tab.talkUnread', { count: this.unread }));
      }
    }
    if (state.refusal && state.refusal !== prev?.refusal)
      this.talk.setStatus(t('live.chat.notSent', { reason: actionErrorText(state.refusal) }));
    if (!this.live.isLead() && state.draft && state.draft !== prev?.draft)
      this.host.loadPackage([...state.draft]);
    if (state.computerSteps > this.computerSteps) {
      this.computerSteps = state.computerSteps;
      announce(t('live.byComputer'));
      this.talk.setStatus(t('live.byComputer'));
    }
    this.talk.setTeam(this.teamView(state));
    this.showClock();
  }

  private teamView(state: LiveState): TeamView {
    if (!this.live.hasTeam()) return { kind: 'none' };
    if (!this.live.isLead()) return { kind: 'member', lead: this.live.leadName() ?? '' };
    return { kind: 'lead', suggestions: state.suggestions };
  }
}
