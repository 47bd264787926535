import { describe, expect, it } from 'vitest';
import type { Board, LiveConfig } from '../../src/net/protocol.ts';
import {
  type ClientLike,
  colyseusConnection,
  type LiveProblem,
  type LiveStatus,
  problemOf,
  type RoomLike,
} from '../../src/teacher/live-connection.ts';

const TOKEN = 'secret-teacher-token-0123456789abcdef';
const CONFIG: LiveConfig = {
  title: '7B',
  scenario: { shipped: 'us-japan-2025' },
  pairing: 'auto',
  teamSize: 1,
  meetingSeconds: 0,
  difficulty: 'normal',
};

/** A colyseus.js Room as far as the connection uses it: the test delivers messages and drops the connection. */
class FakeRoom implements RoomLike {
  readonly handlers = new Map<string, (message: unknown) => void>();
  readonly sent: [string, unknown][] = [];
  leaveHandler: ((code: number) => void) | null = null;
  left: boolean | null = null;
  onMessage(type: string, callback: (message: unknown) => void) {
    this.handlers.set(type, callback);
  }
  onLeave(callback: (code: number) => void) {
    this.leaveHandler = callback;
  }
  onError() {}
  send(type: string, message: unknown) {
    this.sent.push([type, message]);
  }
  async leave(consented?: boolean) {
    this.left = consented ?? true;
    return 4000;
  }
  deliver(type: string, message: unknown) {
    const handler = this.handlers.get(type);
    if (!handler) throw new Error(`no handler for ${type}`);
    handler(message);
  }
  drop(code = 1006) {
    this.leaveHandler?.(code);
  }
}

class FakeClient implements ClientLike {
  readonly calls: [string, string, unknown][] = [];
  readonly rooms: FakeRoom[] = [];
  /** What the next create or join does: a room (default) or an error to throw. */
  next: unknown[] = [];
  private answer(): Promise<RoomLike> {
    const planned = this.next.shift();
    if (planned !== undefined) return Promise.reject(planned);
    const room = new FakeRoom();
    this.rooms.push(room);
    return Promise.resolve(room);
  }
  create(roomName: string, options: unknown) {
    this.calls.push(['create', roomName, options]);
    return this.answer();
  }
  joinById(roomId: string, options: unknown) {
    this.calls.push(['joinById', roomId, options]);
    return this.answer();
  }
}

/** Timers the test runs by hand. */
function manualTimers() {
  const pending = new Map<number, { run: () => void; ms: number }>();
  let id = 0;
  return {
    pending,
    setTimer: (run: () => void, ms: number) => {
      pending.set(++id, { run, ms });
      return id;
    },
    clearTimer: (timer: unknown) => pending.delete(timer as number),
    /** Runs every pending timer; returns their delays. */
    runAll() {
      const now = [...pending.entries()];
      pending.clear();
      for (const [, t] of now) t.run();
      return now.map(([, t]) => t.ms);
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const client = new FakeClient();
  const timers = manualTimers();
  const connection = colyseusConnection(
    'ws://127.0.0.1:2567',
    { setTimer: timers.setTimer, clearTimer: timers.clearTimer, backoffMs: [1000, 2000, 4000] },
    client,
  );
  const statuses: [LiveStatus, LiveProblem | null][] = [];
  connection.onStatus((status, problem) => statuses.push([status, problem]));
  return { client, timers, connection, statuses };
}

describe('the teacher’s live connection (colyseus.js, against a fake client)', () => {
  it('creates a live room with the config and resolves with the class code and token the server sends', async () => {
    const { client, connection, statuses } = setup();
    const boards: Board[] = [];
    connection.on('board', (board) => boards.push(board));
    const creating = connection.create(CONFIG);
    await flush();
    expect(client.calls).toEqual([['create', 'live', { config: CONFIG }]]);
    const room = client.rooms[0];
    room.deliver('created', { code: 'ACDEFG', teacherToken: TOKEN });
    expect(await creating).toEqual({ ok: true, value: { code: 'ACDEFG', teacherToken: TOKEN } });
    expect(statuses.map(([s]) => s)).toEqual(['connecting', 'open']);
    // Every server message type is listened to from the start; `on` hears its own.
    expect([...room.handlers.keys()].sort()).toContain('board');
    room.deliver('board', { code: 'ACDEFG' });
    expect(boards).toEqual([{ code: 'ACDEFG' }]);
    expect(connection.send('pause', {})).toBe(true);
    expect(room.sent).toEqual([['pause', {}]]);
  });

  it('gives up on a room that sends no class code in time, and leaves it', async () => {
    const { client, connection, timers } = setup();
    const creating = connection.create(CONFIG);
    await flush();
    expect(timers.runAll()).toEqual([10_000]);
    expect(await creating).toEqual({ ok: false, error: { code: 'TIMEOUT', message: '' } });
    expect(client.rooms[0].left).toBe(true);
    expect(connection.send('pause', {})).toBe(false);
  });

  it('several processes: a rejoin that finds its address gone tries the addresses the server named', async () => {
    const clients = new Map<string, FakeClient>();
    const clientAt = (endpoint: string) => {
      const c = clients.get(endpoint) ?? new FakeClient();
      clients.set(endpoint, c);
      return c;
    };
    const timers = manualTimers();
    const connection = colyseusConnection(
      'ws://10.0.0.5:2567/live',
      {
        origin: 'http://10.0.0.5:2567',
        setTimer: timers.setTimer,
        clearTimer: timers.clearTimer,
        backoffMs: [1000],
      },
      clientAt,
    );
    expect((await connection.rejoin('ACDEFG', TOKEN)).ok).toBe(true);
    const first = clientAt('ws://10.0.0.5:2567/live');
    // The server names the event's addresses; junk and repeats are left out.
    first.rooms[0].deliver('servers', {
      urls: ['http://10.0.0.5:2567', 'http://10.0.0.6:2568', 'javascript:1'],
    });
    // The process dies: its address does not answer; the next one does, with the same class and token.
    first.next = [new Error('fetch failed')];
    first.rooms[0].drop();
    timers.runAll();
    await flush();
    await flush();
    const second = clientAt('ws://10.0.0.6:2568/live');
    expect(second.calls).toEqual([['joinById', 'ACDEFG', { role: 'teacher', teacherToken: TOKEN }]]);
    expect(connection.send('pause', {})).toBe(true);
    expect(second.rooms[0].sent).toEqual([['pause', {}]]);
    // A refusal is the class's answer, not a dead address: it is not passed to the other address.
    const lone = colyseusConnection('ws://10.0.0.7:2567/live', { origin: 'http://10.0.0.7:2567' }, clientAt);
    const refused = Object.assign(new Error('NOT_TEACHER: no'), { code: 4216 });
    clientAt('ws://10.0.0.7:2567/live').next = [refused];
    expect(await lone.rejoin('ACDEFG', TOKEN)).toEqual({
      ok: false,
      error: { code: 'NO_SESSION', message: 'NOT_TEACHER: no' },
    });
  });

  it('tells no server (a failed request) from a refusal by the server and from a session it does not have', () => {
    expect(problemOf(new TypeError('Failed to fetch')).code).toBe('UNREACHABLE');
    expect(problemOf({ type: 'error' }).code).toBe('UNREACHABLE');
    // A static host answers the matchmaking request with 404: no live server there either.
    expect(problemOf(Object.assign(new Error('Not Found'), { code: 404 })).code).toBe('UNREACHABLE');
    const refusal = Object.assign(new Error('BAD_SCENARIO: the file has 3 problems'), { code: 4213 });
    expect(problemOf(refusal)).toEqual({ code: 'REFUSED', message: 'BAD_SCENARIO: the file has 3 problems' });
    expect(problemOf(Object.assign(new Error('room "ACDEFG" not found'), { code: 4212 })).code).toBe(
      'NO_SESSION',
    );
    expect(problemOf(Object.assign(new Error('SESSION_ENDED'), { code: 4213 })).code).toBe('NO_SESSION');
  });

  it('rejoins as the teacher with the token, and reconnects by itself after a dropped connection', async () => {
    const { client, connection, timers, statuses } = setup();
    const boards: unknown[] = [];
    connection.on('board', (board) => boards.push(board));
    expect(await connection.rejoin('ACDEFG', TOKEN)).toEqual({ ok: true, value: undefined });
    expect(client.calls).toEqual([['joinById', 'ACDEFG', { role: 'teacher', teacherToken: TOKEN }]]);
    client.rooms[0].drop(1006);
    expect(statuses.at(-1)?.[0]).toBe('reconnecting');
    // The server is down for a while: the pauses grow, then it is back.
    client.next = [new TypeError('Failed to fetch')];
    expect(timers.runAll()).toEqual([1000]);
    await flush();
    expect(timers.runAll()).toEqual([2000]);
    await flush();
    expect(client.calls).toHaveLength(3);
    expect(client.calls[2]).toEqual(['joinById', 'ACDEFG', { role: 'teacher', teacherToken: TOKEN }]);
    expect(statuses.at(-1)?.[0]).toBe('open');
    // Messages of the new room reach the same listeners; the old room is forgotten.
    client.rooms[1].deliver('board', { n: 2 });
    expect(boards).toEqual([{ n: 2 }]);
    client.rooms[0].drop(1006);
    expect(statuses.at(-1)?.[0]).toBe('open');
    // No status or problem ever carries the token.
    expect(JSON.stringify(statuses)).not.toContain(TOKEN);
  });

  it('stops when the server no longer has the session, and on a consented leave', async () => {
    const { client, connection, timers, statuses } = setup();
    await connection.rejoin('ACDEFG', TOKEN);
    client.rooms[0].drop(1006);
    client.next = [Object.assign(new Error('room not found'), { code: 4212 })];
    timers.runAll();
    await flush();
    expect(statuses.at(-1)).toEqual(['closed', { code: 'NO_SESSION', message: 'room not found' }]);
    expect(timers.pending.size).toBe(0);

    const second = setup();
    await second.connection.rejoin('ACDEFG', TOKEN);
    second.client.rooms[0].drop(4000);
    expect(second.statuses.at(-1)).toEqual(['closed', null]);
    expect(second.timers.pending.size).toBe(0);
  });

  it('keeps trying a rejoin that found no server, and close() stops everything and leaves the room', async () => {
    const { client, connection, timers, statuses } = setup();
    client.next = [new TypeError('Failed to fetch')];
    const first = await connection.rejoin('ACDEFG', TOKEN);
    expect(!first.ok && first.error.code).toBe('UNREACHABLE');
    expect(statuses.at(-1)?.[0]).toBe('reconnecting');
    expect(timers.runAll()).toEqual([1000]);
    await flush();
    expect(statuses.at(-1)?.[0]).toBe('open');
    connection.close();
    expect(client.rooms[0].left).toBe(true);
    expect(statuses.at(-1)).toEqual(['closed', null]);
    client.rooms[0].drop(4000);
    expect(timers.pending.size).toBe(0);
    expect(connection.send('end', {})).toBe(false);
  });
});
