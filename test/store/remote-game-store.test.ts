/** The live game's store against a fake connection: the server's messages drive it, moves only go out. */
import { describe, expect, it } from 'vitest';
import { applyAction, toMove } from '../../src/model/rules.ts';
import type { PartyIndex } from '../../src/model/scenario.ts';
import type { Action, GameState } from '../../src/model/types.ts';
import { viewFor } from '../../src/model/view.ts';
import type { GameStart, Lobby, Person, ServerMessages } from '../../src/net/protocol.ts';
import {
  createRemoteGameStore,
  gameFromView,
  type RemoteChannel,
} from '../../src/store/remote-game-store.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

const scenario = loadScenario(MINI); // parties: us (0), japan (1); Japan opens

class FakeChannel implements RemoteChannel {
  readonly sent: { type: string; payload: unknown }[] = [];
  connected = true;
  private readonly handlers = new Map<string, Set<(payload: never) => void>>();
  send(type: 'act', payload: { seq: number; action: Action }): boolean {
    if (!this.connected) return false;
    this.sent.push({ type, payload });
    return true;
  }
  on<K extends 'game' | 'step' | 'refused' | 'ack' | 'lobby'>(
    type: K,
    handler: (payload: ServerMessages[K]) => void,
  ): () => void {
    const set = this.handlers.get(type) ?? new Set();
    this.handlers.set(type, set);
    set.add(handler as (payload: never) => void);
    return () => set.delete(handler as (payload: never) => void);
  }
  emit<K extends keyof ServerMessages>(type: K, payload: ServerMessages[K]): void {
    for (const h of this.handlers.get(type) ?? []) (h as (p: ServerMessages[K]) => void)(payload);
  }
  listeners(): number {
    return [...this.handlers.values()].reduce((n, s) => n + s.size, 0);
  }
}

/** The server's side of one pair: the real game, as the server makes it (every pair: the first party's side). */
class FakeServer {
  game: GameState = newTestGame(scenario, testSettings('live', { side: 'us', opponent: 'human' }));
  view(side: PartyIndex) {
    const view = viewFor(scenario, this.game, side);
    if (!view) throw new Error('no view');
    return view;
  }
  start(side: PartyIndex): GameStart {
    const view = this.view(side);
    return { scenario: view.scenario, side, state: view.state, chat: [] };
  }
  apply(action: Action, side: PartyIndex): ServerMessages['step'] {
    const step = applyAction(scenario, this.game, action);
    if (!step.ok) throw new Error(step.error.message);
    this.game = step.value.state;
    return { state: this.view(side).state, events: step.value.events };
  }
}

const person = (seat: string, name: string, role: Person['role'] = 'lead'): Person => ({
  seat,
  name,
  connected: true,
  role,
});

const lobby = (sides: Lobby['sides'], computer: [boolean, boolean] = [false, false]): Lobby => ({
  title: 'Class 7B',
  seat: { token: 'x'.repeat(20), id: 's1', name: 'Aiko', pair: 0, side: 1, role: 'lead' },
  sides,
  computer,
  started: true,
  paused: false,
  ended: false,
  waitingFor: null,
  deadline: null,
});

function setUp(side: PartyIndex = 1, seat = 's1') {
  const server = new FakeServer();
  const channel = new FakeChannel();
  const remote = createRemoteGameStore(channel, server.start(side), seat);
  return { server, channel, remote, store: remote.store };
}

describe('gameFromView', () => {
  it('fills what a view does not carry with documented placeholders', () => {
    const server = new FakeServer();
    const view = server.view(1);
    const game = gameFromView(view.scenario, 1, view.state);
    expect(game.rng).toEqual({ c: 1, s0: 0, s1: 0, s2: 0 });
    expect(game.settings).toEqual({ seed: '', side: 'japan', opponent: 'computer', difficulty: 'normal' });
    expect(game.intel).toEqual([null, null]);
    expect(game.offers).toBe(view.state.offers);
  });

  it('gives the scenes the same view of the game as the server gave the side', () => {
    const server = new FakeServer();
    server.apply({ type: 'propose', side: 'japan', package: [1, 0, 1, 0] }, 1);
    server.apply({ type: 'back-channel', side: 'us' }, 1);
    for (const side of [0, 1] as const) {
      const sent = server.view(side);
      const game = gameFromView(sent.scenario, side, sent.state);
      const seen = viewFor(sent.scenario, game, side);
      const { settings: _s, ...rest } = seen?.state ?? sent.state;
      const { settings: _t, ...expected } = sent.state;
      expect(rest).toEqual(expected);
      expect(seen?.toMove).toBe(sent.toMove);
      expect(seen?.meeting).toBe(sent.meeting);
    }
    // The United States' back channel revealed something to the United States only.
    const us = server.view(0).state.intel;
    expect(us).not.toBeNull();
    expect(server.view(1).state.intel).toBeNull();
    expect(gameFromView(scenario, 0, server.view(0).state).intel).toEqual([us, null]);
  });
});

describe('remote game store', () => {
  it('sends a move and changes nothing until the server’s step; the step updates game and events', () => {
    const { server, channel, store } = setUp(1, 's1');
    const before = store.getState().game;
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.game.turn));
    const action: Action = { type: 'propose', side: 'japan', package: [1, 0, 1, 0] };
    expect(store.getState().act(action)).toEqual({ ok: true, value: [] });
    expect(channel.sent).toEqual([{ type: 'act', payload: { seq: 0, action } }]);
    expect(store.getState().game).toBe(before);
    expect(seen).toEqual([]);
    channel.emit('ack', { seq: 0 });
    channel.emit('step', server.apply(action, 1));
    expect(seen).toEqual([1]);
    expect(store.getState().game.turn).toBe(1);
    expect(store.getState().game.offers).toEqual([{ by: 1, package: [1, 0, 1, 0], turn: 0 }]);
    expect(store.getState().events.map((e) => e.type)).toEqual(['proposed']);
    expect(store.getState().error).toBeNull();
  });

  it('plays the other side’s moves as they arrive', () => {
    const { server, channel, store } = setUp(0);
    expect(toMove(scenario, store.getState().game)).toBe(1);
    channel.emit('step', server.apply({ type: 'propose', side: 'japan', package: [2, 1, 0, 0] }, 0));
    expect(store.getState().events).toEqual([{ type: 'proposed', by: 1, offer: 0, package: [2, 1, 0, 0] }]);
    expect(store.getState().game.standing).toBe(0);
    expect(toMove(scenario, store.getState().game)).toBe(0);
  });

  it('shows the server’s refusal of its own move, and ignores refusals of other messages', () => {
    const { channel, store } = setUp(1);
    store.getState().act({ type: 'accept', side: 'japan' });
    channel.emit('refused', { code: 'RATE_LIMITED', message: 'slow down' }); // a chat line, say
    expect(store.getState().error).toBeNull();
    channel.emit('refused', { code: 'NOT_YOUR_TURN', message: 'not your turn', seq: 0 });
    expect(store.getState().error).toEqual({ code: 'NOT_YOUR_TURN', message: 'not your turn' });
    channel.emit('refused', { code: 'PAUSED', message: 'paused', seq: 7 }); // not ours
    expect(store.getState().error?.code).toBe('NOT_YOUR_TURN');
  });

  it('says a move could not be sent when the connection is down, and sends nothing', () => {
    const { channel, store } = setUp(1);
    channel.connected = false;
    const result = store.getState().act({ type: 'reject', side: 'japan' });
    expect(result.ok).toBe(false);
    expect(store.getState().error?.code).toBe('NOT_CONNECTED');
    expect(channel.sent).toEqual([]);
  });

  it('sends one turn-ending move at a time (a double click sends one), but tactics go before it', () => {
    const { channel, store } = setUp(1);
    const propose: Action = { type: 'propose', side: 'japan', package: [1, 0, 1, 0] };
    store.getState().act({ type: 'back-channel', side: 'japan' });
    store.getState().act(propose);
    const again = store.getState().act(propose);
    expect(again.ok).toBe(false);
    expect(store.getState().error).toBeNull();
    expect(channel.sent.map((m) => (m.payload as { seq: number }).seq)).toEqual([0, 1]);
    channel.emit('refused', { code: 'NOT_YOUR_TURN', message: 'no', seq: 1 });
    expect(store.getState().act(propose).ok).toBe(true);
    expect(channel.sent).toHaveLength(3);
  });

  it('knows who plays each side from the lobby: the classmate, the computer, the lead of a team', () => {
    const { channel, store } = setUp(1, 's2');
    const s = store.getState();
    expect(s.playedElsewhere(0)).toBe('');
    channel.emit('lobby', lobby([[person('s1', 'Ben')], [person('s2', 'Aiko')]]));
    expect(s.playedElsewhere(0)).toBe('Ben');
    expect(s.playedElsewhere(1)).toBeNull();
    expect(s.isComputer(0)).toBe(false);
    channel.emit(
      'lobby',
      lobby([[person('s1', 'Ben')], [person('s3', 'Chen'), person('s2', 'Aiko', 'member')]]),
    );
    expect(s.playedElsewhere(1)).toBe('Chen');
    channel.emit(
      'lobby',
      lobby([[person('s5', 'Eve', 'member'), person('s1', 'Ben')], [person('s2', 'Aiko')]]),
    );
    expect(s.playedElsewhere(0)).toBe('Ben'); // the other side's lead, who moves for it
    const turns: number[] = [];
    store.subscribe((state) => turns.push(state.game.turn));
    channel.emit('lobby', lobby([[person('s1', 'Ben')], [person('s3', 'Chen')]], [true, false]));
    expect(s.isComputer(0)).toBe(true);
    expect(s.isComputer(1)).toBe(false);
    expect(s.playedElsewhere(0)).toBeNull();
    expect(s.computerTurn()).toBe(false);
    expect(turns).toEqual([0]); // the table hears that who plays changed
  });

  it('knows who plays from the lobby heard before the game started', () => {
    const server = new FakeServer();
    const before = lobby([[person('s1', 'Ben')], [person('s2', 'Aiko')]], [false, false]);
    const { store } = createRemoteGameStore(new FakeChannel(), server.start(1), 's2', before);
    expect(store.getState().playedElsewhere(0)).toBe('Ben');
    expect(store.getState().playedElsewhere(1)).toBeNull();
  });

  it('puts the game where the server has it when the game is sent again (after a rejoin)', () => {
    const { server, channel, store } = setUp(1);
    server.apply({ type: 'propose', side: 'japan', package: [2, 1, 0, 0] }, 1);
    server.apply({ type: 'reject', side: 'us' }, 1);
    const calls: number[] = [];
    store.subscribe((s) => calls.push(s.game.turn));
    channel.emit('game', server.start(1));
    expect(store.getState().game.turn).toBe(server.game.turn);
    expect(store.getState().game.log).toEqual(server.game.log);
    expect(store.getState().events).toEqual([]);
    channel.emit('game', server.start(1)); // the same again: no change
    expect(calls).toEqual([server.game.turn]);
  });

  it('stops listening when disposed', () => {
    const { channel, remote } = setUp(1);
    expect(channel.listeners()).toBe(5);
    remote.dispose();
    expect(channel.listeners()).toBe(0);
  });
});
