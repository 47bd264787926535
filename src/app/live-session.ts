/**
 * A student's live class on this device: the `LiveClient`, what the server said of the session (seat, lobby,
 * chat, the lead's levers, the team's suggestions, announcements, the pair's result) in a small zustand store
 * the live screens subscribe to, and once the game starts the game's `Session` with a remote game store. The
 * join link's class code (`?live=CODE`) is read here too. No DOM but the address and (through the client)
 * localStorage.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { t } from '../i18n/catalog.ts';
import { normalizeName } from '../model/code/index.ts';
import {
  type Announcement,
  type ChatLine,
  type GameStart,
  LIVE_PARAM,
  type LiveResult,
  type Lobby,
  liveEndpoint,
  MAX_CHAT_LENGTH,
  MAX_CHAT_LINES,
  normalizeClassCode,
  type Refused,
  type Seat,
  type Suggestion,
} from '../net/protocol.ts';
import { createRemoteGameStore, type RemoteGameStore } from '../store/remote-game-store.ts';
import {
  colyseusTransport,
  type JoinFailure,
  LiveClient,
  type StatusChange,
  type Timers,
} from './live-client.ts';
import { endpointOf, rotatingTransport } from './live-servers.ts';
import type { Session } from './session.ts';

export interface LiveState {
  readonly connection: StatusChange;
  readonly seat: Seat | null;
  readonly lobby: Lobby | null;
  readonly chat: readonly ChatLine[];
  /** The lead's levers as they move (what a team member sees), or null. */
  readonly draft: readonly number[] | null;
  /** The team's suggestions to the lead, newest last. */
  readonly suggestions: readonly Suggestion[];
  /** The teacher's announcements, newest last. */
  readonly announcements: readonly Announcement[];
  /** The pair's result code, signed by the server, once the game is over. */
  readonly result: LiveResult | null;
  /** The server's last refusal of something that is not a move (a chat line, a suggestion), or null. */
  readonly refusal: Refused | null;
  /** The game, once it has started. */
  readonly session: Session | null;
  /** How many steps the computer made for a side whose time ran out (the table says so). */
  readonly computerSteps: number;
}

/** The wait between two draft messages while the lead moves the levers (the server's rate limit allows 10/s). */
export const DRAFT_INTERVAL_MS = 250;

const MAX_KEPT = 20;

export type ChatProblem = 'EMPTY' | 'TOO_LONG' | 'NOT_CONNECTED';

export class LiveSession {
  readonly state: StoreApi<LiveState>;
  private remote: RemoteGameStore | null = null;
  private draftTimer: unknown = null;
  private draftPending: readonly number[] | null = null;
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly client: LiveClient,
    private readonly timers: Timers = {
      set: (fn, ms) => setTimeout(fn, ms),
      clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
    },
  ) {
    this.state = createStore<LiveState>()(() => ({
      connection: { status: 'idle', failure: null },
      seat: null,
      lobby: null,
      chat: [],
      draft: null,
      suggestions: [],
      announcements: [],
      result: null,
      refusal: null,
      session: null,
      computerSteps: 0,
    }));
    const set = (partial: Partial<LiveState>) => this.state.setState(partial);
    const get = () => this.state.getState();
    this.stops.push(
      client.onStatus((connection) => set({ connection })),
      client.on('welcome', (seat) => set({ seat })),
      client.on('lobby', (lobby) => set({ lobby, seat: lobby.seat })),
      client.on('game', (start) => this.gameStarted(start)),
      client.on('step', (step) => {
        if (step.byComputer) set({ computerSteps: get().computerSteps + 1 });
      }),
      client.on('chat', (line) => set({ chat: [...get().chat, line].slice(-MAX_CHAT_LINES) })),
      client.on('draft', (draft) => set({ draft: draft.package })),
      client.on('suggestion', (s) => set({ suggestions: [...get().suggestions, s].slice(-MAX_KEPT) })),
      client.on('announce', (a) => set({ announcements: [...get().announcements, a].slice(-MAX_KEPT) })),
      client.on('result', (result) => set({ result })),
      client.on('refused', (refused) => {
        if (refused.seq === undefined) set({ refusal: refused });
      }),
    );
  }

  join(code: string, name: string): Promise<JoinFailure | null> {
    return this.client.join(code, name);
  }

  get code(): string {
    return this.client.classCode;
  }

  /** Whether this student proposes for their side (a pair's student, or a team's lead). */
  isLead(): boolean {
    return (this.state.getState().seat?.role ?? 'lead') === 'lead';
  }

  /** Sends a chat line to the other side; the reason when it cannot go. */
  sendChat(typed: string): ChatProblem | null {
    const text = typed.trim();
    if (text === '') return 'EMPTY';
    if ([...text].length > MAX_CHAT_LENGTH) return 'TOO_LONG';
    this.state.setState({ refusal: null });
    return this.client.send('chat', { text }) ? null : 'NOT_CONNECTED';
  }

  /** The lead's levers moved: relayed to the team, at most one message per DRAFT_INTERVAL_MS (the last wins). */
  draft(pkg: readonly number[]): void {
    if (!this.isLead() || !this.hasTeam()) return;
    this.draftPending = [...pkg];
    if (this.draftTimer !== null) return;
    this.flushDraft();
    this.draftTimer = this.timers.set(() => this.afterDraft(), DRAFT_INTERVAL_MS);
  }

  /** A team member suggests a package to the lead. */
  suggest(pkg: readonly number[]): boolean {
    return this.client.send('suggest', { package: [...pkg] });
  }

  /** The names of the side's lead (for a member), or null. */
  leadName(): string | null {
    const { lobby, seat } = this.state.getState();
    if (!lobby?.sides || seat?.side === null || seat?.side === undefined) return null;
    return lobby.sides[seat.side].find((p) => p.role === 'lead')?.name ?? null;
  }

  /** Whether the student's side has more than one member (drafts and suggestions matter). */
  hasTeam(): boolean {
    const { lobby, seat } = this.state.getState();
    if (!lobby?.sides || seat?.side === null || seat?.side === undefined) return false;
    return lobby.sides[seat.side].length > 1;
  }

  /** Leaves the class on this device (the seat stays: joining again rejoins it). */
  leave(): void {
    if (this.draftTimer !== null) this.timers.clear(this.draftTimer);
    this.draftTimer = null;
    this.remote?.dispose();
    this.remote = null;
    this.client.close(); // heard as 'closed' before the listeners stop
    for (const stop of this.stops) stop();
    this.stops.length = 0;
  }

  private afterDraft(): void {
    this.draftTimer = null;
    if (this.draftPending === null) return;
    this.flushDraft();
    this.draftTimer = this.timers.set(() => this.afterDraft(), DRAFT_INTERVAL_MS);
  }

  private flushDraft(): void {
    const pkg = this.draftPending;
    this.draftPending = null;
    if (pkg) this.client.send('draft', { package: [...pkg] });
  }

  /** The game (or the game again, after a rejoin): a new session only for a new side or scenario. */
  private gameStarted(start: GameStart): void {
    const { session, seat } = this.state.getState();
    const chat = start.chat.slice(-MAX_CHAT_LINES);
    if (
      session &&
      this.remote &&
      session.scenario.hash === start.scenario.hash &&
      session.store.getState().game.settings.side === start.scenario.parties[start.side].id
    ) {
      this.state.setState({ chat }); // the remote store puts the game where the server has it
      return;
    }
    this.remote?.dispose();
    this.remote = createRemoteGameStore(this.client, start, seat?.id ?? '', this.state.getState().lobby);
    const next: Session = {
      source: { kind: 'file', name: t('live.sourceName', { code: this.code }), text: '' },
      scenario: start.scenario,
      store: this.remote.store,
      live: this,
    };
    this.state.setState({ session: next, chat, result: null, draft: null, suggestions: [] });
  }
}

/** A live session on the server this page came from. */
export function liveSessionHere(): LiveSession {
  const here = window.location.origin;
  const transport = rotatingTransport(here, (origin) =>
    colyseusTransport(origin === here ? liveEndpoint(window.location) : endpointOf(origin)),
  );
  return new LiveSession(new LiveClient(transport));
}

/**
 * Writes the class code into this page's address as a join link (`?live=CODE`), or with null takes it out, so a
 * reload after joining by a typed code goes back to the seat as the join link does (title scene). Nothing else
 * of the address changes, and no history entry is added.
 */
export function liveCodeInAddress(code: string | null): void {
  if (typeof window === 'undefined') return;
  try {
    const url = new URL(window.location.href);
    if (code === null) url.searchParams.delete(LIVE_PARAM);
    else url.searchParams.set(LIVE_PARAM, code);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  } catch {
    // An address that cannot be changed (a sandboxed frame): a reload shows the title, where the class code and
    // the remembered seat still lead back.
  }
}

/** What the student typed on the join screen, checked: the class code normalised and the name as kept. */
export function liveJoinChoice(
  typedCode: string,
  typedName: string,
):
  | { readonly ok: true; readonly code: string; readonly name: string }
  | { readonly ok: false; readonly problem: 'CODE_INVALID' | 'NAME_EMPTY' } {
  const code = normalizeClassCode(typedCode);
  if (!code) return { ok: false, problem: 'CODE_INVALID' };
  const name = normalizeName(typedName);
  if (name === '') return { ok: false, problem: 'NAME_EMPTY' };
  return { ok: true, code, name };
}
