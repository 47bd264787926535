/** A student's live class over a fake connection: the lobby, the game's session, chat, drafts, refusals. */
import { describe, expect, it } from 'vitest';
import {
  LiveClient,
  type LiveConnection,
  type LiveTransport,
  SeatMemory,
  type Timers,
} from '../../src/app/live-client.ts';
import { readLiveCode } from '../../src/app/live-code.ts';
import { DRAFT_INTERVAL_MS, LiveSession, liveJoinChoice } from '../../src/app/live-session.ts';
import { viewFor } from '../../src/model/view.ts';
import type { GameStart, Lobby, Person } from '../../src/net/protocol.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';
import { FakeStorage } from './fake-storage.ts';

const scenario = loadScenario(MINI);

class FakeConnection implements LiveConnection {
  readonly sent: { type: string; payload: unknown }[] = [];
  left = false;
  message: (type: string, payload: unknown) => void = () => undefined;
  send(type: string, payload: unknown): void {
    this.sent.push({ type, payload });
  }
  onMessage(handler: (type: string, payload: unknown) => void): void {
    this.message = handler;
  }
  onDrop(): void {}
  leave(): void {
    this.left = true;
  }
}

class FakeTimers implements Timers {
  queue: (() => void)[] = [];
  set(fn: () => void): unknown {
    this.queue.push(fn);
    return this.queue.length;
  }
  clear(): void {
    this.queue = [];
  }
  fire(): void {
    this.queue.shift()?.();
  }
}

async function joined() {
  const connection = new FakeConnection();
  const transport: LiveTransport = { join: async () => connection };
  const timers = new FakeTimers();
  const live = new LiveSession(new LiveClient(transport, new SeatMemory(() => new FakeStorage())), timers);
  await live.join('K7MQ3D', 'Aiko');
  const server = (type: string, payload: unknown) => connection.message(type, payload);
  return { live, connection, timers, server };
}

const person = (seat: string, name: string, role: Person['role'] = 'lead'): Person => ({
  seat,
  name,
  connected: true,
  role,
});

function lobby(sides: Lobby['sides'], role: Person['role'] = 'lead'): Lobby {
  return {
    title: '7B',
    seat: { token: 't'.repeat(20), id: 's1', name: 'Aiko', pair: 0, side: 1, role },
    sides,
    computer: [false, false],
    started: true,
    paused: false,
    ended: false,
    waitingFor: null,
    deadline: null,
  };
}

function gameStart(): GameStart {
  const game = newTestGame(scenario, testSettings('live', { side: 'us', opponent: 'human' }));
  const view = viewFor(scenario, game, 1);
  if (!view) throw new Error('no view');
  return { scenario: view.scenario, side: 1, state: view.state, chat: [] };
}

describe('live session', () => {
  it('makes the game’s session from the server’s game, with who plays from the lobby before it', async () => {
    const { live, server } = await joined();
    server('lobby', lobby([[person('s2', 'Ben')], [person('s1', 'Aiko')]]));
    expect(live.state.getState().session).toBeNull();
    server('game', {
      ...gameStart(),
      chat: [{ side: 0, name: 'Ben', text: 'hi', at: 1 }],
    });
    const session = live.state.getState().session;
    expect(session?.live).toBe(live);
    expect(session?.source).toEqual({ kind: 'file', name: 'Live class K7MQ3D', text: '' });
    expect(session?.store.getState().game.settings.side).toBe('japan');
    expect(session?.store.getState().playedElsewhere(0)).toBe('Ben');
    expect(live.state.getState().chat).toEqual([{ side: 0, name: 'Ben', text: 'hi', at: 1 }]);
    // The game again (a rejoin) keeps the session and its store.
    server('game', gameStart());
    expect(live.state.getState().session).toBe(session);
  });

  it('checks a chat line before sending it', async () => {
    const { live, connection } = await joined();
    expect(live.sendChat('   ')).toBe('EMPTY');
    expect(live.sendChat('x'.repeat(281))).toBe('TOO_LONG');
    expect(live.sendChat(`  ${'é'.repeat(280)}  `)).toBeNull();
    expect(connection.sent).toEqual([{ type: 'chat', payload: { text: 'é'.repeat(280) } }]);
    live.client.close();
    expect(live.sendChat('hello')).toBe('NOT_CONNECTED');
  });

  it('relays the lead’s levers to the team, at most one message per interval, the last one winning', async () => {
    const { live, connection, timers, server } = await joined();
    live.draft([1, 1, 1, 1]);
    expect(connection.sent).toEqual([]); // a pair: nobody to relay to
    server('lobby', lobby([[person('s2', 'Ben')], [person('s1', 'Aiko'), person('s3', 'Chen', 'member')]]));
    live.draft([1, 0, 0, 0]);
    live.draft([2, 0, 0, 0]);
    live.draft([3, 0, 0, 0]);
    expect(connection.sent).toEqual([{ type: 'draft', payload: { package: [1, 0, 0, 0] } }]);
    timers.fire();
    expect(connection.sent.map((m) => m.payload)).toEqual([
      { package: [1, 0, 0, 0] },
      { package: [3, 0, 0, 0] },
    ]);
    timers.fire(); // nothing new: the timer stops
    expect(connection.sent).toHaveLength(2);
    expect(timers.queue).toHaveLength(0);
    expect(DRAFT_INTERVAL_MS).toBe(250);
  });

  it('a member follows the lead’s levers and suggests; the lead collects suggestions', async () => {
    const { live, connection, server } = await joined();
    server(
      'lobby',
      lobby([[person('s2', 'Ben')], [person('s3', 'Chen'), person('s1', 'Aiko', 'member')]], 'member'),
    );
    expect(live.isLead()).toBe(false);
    expect(live.leadName()).toBe('Chen');
    live.draft([1, 1, 1, 1]);
    expect(connection.sent).toEqual([]);
    server('draft', { package: [2, 1, 0, 1] });
    expect(live.state.getState().draft).toEqual([2, 1, 0, 1]);
    expect(live.suggest([0, 1, 2, 0])).toBe(true);
    expect(connection.sent).toEqual([{ type: 'suggest', payload: { package: [0, 1, 2, 0] } }]);
    server('suggestion', { from: 'Dev', package: [1, 1, 1, 1] });
    expect(live.state.getState().suggestions).toEqual([{ from: 'Dev', package: [1, 1, 1, 1] }]);
  });

  it('keeps refusals of messages (not of moves), announcements, the result and computer moves', async () => {
    const { live, server } = await joined();
    server('refused', { code: 'NOT_YOUR_TURN', message: 'x', seq: 3 });
    expect(live.state.getState().refusal).toBeNull();
    server('refused', { code: 'RATE_LIMITED', message: 'slow' });
    expect(live.state.getState().refusal).toEqual({ code: 'RATE_LIMITED', message: 'slow' });
    server('announce', { title: 'Break', text: 'Five minutes', at: 5 });
    server('result', { pair: 0, code: 'TT1-abc', signature: 'ff' });
    server('step', { state: gameStart().state, events: [], byComputer: true });
    server('step', { state: gameStart().state, events: [] });
    const state = live.state.getState();
    expect(state.announcements).toEqual([{ title: 'Break', text: 'Five minutes', at: 5 }]);
    expect(state.result).toEqual({ pair: 0, code: 'TT1-abc', signature: 'ff' });
    expect(state.computerSteps).toBe(1);
  });

  it('leaves: the connection closes and the server is no longer heard', async () => {
    const { live, connection, server } = await joined();
    live.leave();
    expect(connection.left).toBe(true);
    expect(live.state.getState().connection.status).toBe('closed');
    server('lobby', lobby(null));
    expect(live.state.getState().lobby).toBeNull();
  });
});

describe('join link and join form', () => {
  it('reads the class code of a join link', () => {
    expect(readLiveCode('?live=k7mq-3d')).toEqual({ kind: 'code', code: 'K7MQ3D' });
    expect(readLiveCode('?session=x')).toEqual({ kind: 'none' });
    expect(readLiveCode('?live=OOOOOO')).toEqual({ kind: 'invalid', typed: 'OOOOOO' });
  });

  it('checks the code first, then the name', () => {
    expect(liveJoinChoice(' k7m q3d ', '  Aiko  ')).toEqual({ ok: true, code: 'K7MQ3D', name: 'Aiko' });
    expect(liveJoinChoice('K7MQ3', 'Aiko')).toEqual({ ok: false, problem: 'CODE_INVALID' });
    expect(liveJoinChoice('K7MQ3D', '   ')).toEqual({ ok: false, problem: 'NAME_EMPTY' });
  });
});
