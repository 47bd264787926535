/**
 * The game store of a live game (src/net/protocol.ts): the same `GameStore` the scenes use, but the server is
 * the authority. `act` sends the move (`act` with a sequence number) and changes nothing here; the server's
 * `step` sets `game` and `events` (so the table's subscription animates it as for a local move), its `refused`
 * sets `error`, its `game` (sent again after a rejoin) puts the game where the server has it. Who plays each
 * side comes from the `lobby`: the classmate (`playedElsewhere`), the computer on the server (`isComputer`: the
 * table shows it thinking until its step arrives; `computerTurn` never moves here), or the student here.
 */
import { createStore } from 'zustand/vanilla';
import { err, ok } from '../model/result.ts';
import type { PartyIndex, Scenario } from '../model/scenario.ts';
import type { Action, GameState } from '../model/types.ts';
import type { ViewState } from '../model/view.ts';
import type { GameStart, Lobby, ServerMessages } from '../net/protocol.ts';
import type { GameStore, GameStoreActions, GameStoreState, StoreError } from './game-store.ts';

/** What the store needs of the connection (the app's `LiveClient` is one). */
export interface RemoteChannel {
  send(type: 'act', payload: { seq: number; action: Action }): boolean;
  on<K extends 'game' | 'step' | 'refused' | 'ack' | 'lobby'>(
    type: K,
    handler: (payload: ServerMessages[K]) => void,
  ): () => void;
}

/** The placeholder of the generator state: the server keeps the real one; nothing here draws from it. */
const NO_RNG = { c: 1, s0: 0, s1: 0, s2: 0 } as const;

/**
 * A `GameState` for the scenes from the server's view of one side. The view lacks three things, filled here:
 * - `rng`: a placeholder (`NO_RNG`); the event deck and the computer's choices are drawn on the server.
 * - `settings.seed`: '' (never sent); the pair's result code is made and signed by the server.
 * - `intel`: the side's own back-channel intel; the other side's is `null` (hidden).
 * And two settings are the student's rather than the server's game's:
 * - `settings.side`: the student's party (the server's game names the pair's first party for both sides).
 * - `settings.opponent`: 'computer', so the single-device paths (hand-over screen, the table following the side
 *   to move, news without private numbers) stay off; who really plays each side is `isComputer` and
 *   `playedElsewhere`.
 * `params` of the other side are already the view's public estimates (equal influence, a simple majority).
 */
export function gameFromView(scenario: Scenario, side: PartyIndex, view: ViewState): GameState {
  const { intel, settings, ...rest } = view;
  return {
    ...rest,
    rng: NO_RNG,
    settings: {
      seed: '',
      side: scenario.parties[side].id,
      opponent: 'computer',
      difficulty: settings.difficulty,
    },
    intel: side === 0 ? [intel, null] : [null, intel],
  };
}

/** Moves that end the side's turn: while one is on its way, another is not sent (a double click). */
const TURN_ENDING: ReadonlySet<Action['type']> = new Set(['propose', 'accept', 'reject', 'walk-away']);

export interface RemoteGameStore {
  readonly store: GameStore;
  /** Stops listening to the connection. */
  dispose(): void;
}

/**
 * The store of a live game, from the server's `game` message; `seatId` is the student's seat and `lobby` the
 * last lobby heard before the game started (later ones come through the channel).
 */
export function createRemoteGameStore(
  channel: RemoteChannel,
  start: GameStart,
  seatId: string,
  initialLobby: Lobby | null = null,
): RemoteGameStore {
  const scenario = start.scenario;
  const side = start.side;
  let lobby: Lobby | null = initialLobby;
  let seq = 0;
  /** Moves sent and not yet answered, by sequence number. */
  const pending = new Map<number, Action>();

  const store = createStore<GameStoreState & GameStoreActions>()((set, get) => ({
    scenario,
    game: gameFromView(scenario, side, start.state),
    events: [],
    error: null,
    dialogue: [],
    act(action) {
      if ([...pending.values()].some((a) => TURN_ENDING.has(a.type)))
        return err({ code: 'NOT_YOUR_TURN', message: 'a move is already on its way' });
      const next = seq++;
      if (!channel.send('act', { seq: next, action })) {
        const error: StoreError = { code: 'NOT_CONNECTED', message: 'not connected to the class server' };
        set({ error });
        return err(error);
      }
      pending.set(next, action);
      return ok([]);
    },
    computerTurn() {
      return false; // the server moves for a side the computer plays
    },
    isComputer(p) {
      return p !== side && lobby !== null && lobby.computer[p];
    },
    playedElsewhere(p) {
      if (get().isComputer(p)) return null;
      const people = lobby?.sides?.[p] ?? [];
      if (p === side) {
        // Only a team's lead moves; the other members watch the lead's levers.
        const me = people.find((person) => person.seat === seatId);
        if (!me || me.role === 'lead') return null;
        return people.find((person) => person.role === 'lead')?.name ?? '';
      }
      // The other side's lead makes its moves: "waiting for" names the lead (everyone, if no lead is known).
      const lead = people.find((person) => person.role === 'lead');
      return lead ? lead.name : people.map((person) => person.name).join(', ');
    },
  }));

  const stops = [
    channel.on('lobby', (next) => {
      const before = lobby;
      lobby = next;
      // A change of who plays (the computer took a side, a lead came) is seen by the table as a new state.
      if (JSON.stringify([before?.computer, before?.sides]) !== JSON.stringify([next.computer, next.sides]))
        store.setState({ game: { ...store.getState().game }, events: [] });
    }),
    channel.on('step', (step) => {
      pending.clear();
      store.setState({ game: gameFromView(scenario, side, step.state), events: step.events });
    }),
    channel.on('game', (again) => {
      if (again.side !== side) return; // another seat's game: the live session starts a new store
      pending.clear();
      const game = gameFromView(scenario, side, again.state);
      if (JSON.stringify(game) !== JSON.stringify(store.getState().game))
        store.setState({ game, events: [] });
    }),
    channel.on('ack', (ack) => {
      if (!pending.delete(ack.seq)) return;
      if (store.getState().error) store.setState({ error: null });
    }),
    channel.on('refused', (refused) => {
      if (refused.seq === undefined || !pending.delete(refused.seq)) return;
      store.setState({ error: { code: refused.code, message: refused.message } });
    }),
  ];

  return {
    store,
    dispose: () => {
      for (const stop of stops) stop();
    },
  };
}
