/** The live client against a fake transport and fake timers: joining, the seat token, rejoining with backoff. */
import { describe, expect, it } from 'vitest';
import {
  asFailure,
  BACKOFF_MS,
  type JoinFailure,
  LiveClient,
  type LiveConnection,
  type LiveStatus,
  type LiveTransport,
  SEAT_KEY_PREFIX,
  SeatMemory,
  type Timers,
} from '../../src/app/live-client.ts';
import type { Seat, StudentJoin } from '../../src/net/protocol.ts';
import { FakeStorage } from './fake-storage.ts';

const TOKEN = 'seat-token-0123456789';

class FakeConnection implements LiveConnection {
  readonly sent: { type: string; payload: unknown }[] = [];
  left = false;
  private message: (type: string, payload: unknown) => void = () => undefined;
  private drop: (code: number) => void = () => undefined;
  send(type: string, payload: unknown): void {
    this.sent.push({ type, payload });
  }
  onMessage(handler: (type: string, payload: unknown) => void): void {
    this.message = handler;
  }
  onDrop(handler: (code: number) => void): void {
    this.drop = handler;
  }
  leave(): void {
    this.left = true;
  }
  serverSends(type: string, payload: unknown): void {
    this.message(type, payload);
  }
  dropped(): void {
    this.drop(1006);
  }
}

/** Answers each join with the next outcome: a connection, or a failure. */
class FakeTransport implements LiveTransport {
  readonly joins: { code: string; options: StudentJoin }[] = [];
  readonly connections: FakeConnection[] = [];
  outcomes: (JoinFailure | 'ok')[] = [];
  async join(code: string, options: StudentJoin): Promise<LiveConnection> {
    this.joins.push({ code, options });
    const outcome = this.outcomes.shift() ?? 'ok';
    if (outcome !== 'ok') throw outcome;
    const connection = new FakeConnection();
    this.connections.push(connection);
    return connection;
  }
}

class FakeTimers implements Timers {
  readonly waits: number[] = [];
  private queue: { fn: () => void; handle: number }[] = [];
  private next = 0;
  set(fn: () => void, ms: number): unknown {
    this.waits.push(ms);
    const handle = this.next++;
    this.queue.push({ fn, handle });
    return handle;
  }
  clear(handle: unknown): void {
    this.queue = this.queue.filter((t) => t.handle !== handle);
  }
  /** Runs the waiting timer, then lets the join it starts settle. */
  async fire(): Promise<void> {
    const timer = this.queue.shift();
    timer?.fn();
    await flush();
  }
  get pending(): number {
    return this.queue.length;
  }
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const seat = (over: Partial<Seat> = {}): Seat => ({
  token: TOKEN,
  id: 's1',
  name: 'Aiko',
  pair: 0,
  side: 1,
  role: 'lead',
  ...over,
});

function setUp() {
  const transport = new FakeTransport();
  const storage = new FakeStorage();
  const timers = new FakeTimers();
  const client = new LiveClient(transport, new SeatMemory(() => storage), timers);
  const statuses: LiveStatus[] = [];
  client.onStatus((change) => statuses.push(change.status));
  return { transport, storage, timers, client, statuses };
}

describe('live client', () => {
  it('joins as a new student, keeps the seat token the server gives, and hands on messages', async () => {
    const { transport, storage, client, statuses } = setUp();
    const lobbies: unknown[] = [];
    client.on('lobby', (lobby) => lobbies.push(lobby));
    expect(await client.join('K7MQ3D', 'Aiko')).toBeNull();
    expect(transport.joins).toEqual([{ code: 'K7MQ3D', options: { role: 'student', name: 'Aiko' } }]);
    expect(statuses).toEqual(['joining', 'connected']);
    transport.connections[0].serverSends('welcome', seat({ name: 'Aiko T' }));
    expect(storage.items.get(`${SEAT_KEY_PREFIX}K7MQ3D`)).toBe(
      JSON.stringify({ token: TOKEN, name: 'Aiko T' }),
    );
    transport.connections[0].serverSends('lobby', { title: 'x' });
    transport.connections[0].serverSends('board', { title: 'not for students' });
    expect(lobbies).toEqual([{ title: 'x' }]);
    expect(client.send('chat', { text: 'hello' })).toBe(true);
    expect(transport.connections[0].sent).toEqual([{ type: 'chat', payload: { text: 'hello' } }]);
  });

  it('a large class: follows its head to the section it names (never another class), and rejoins there', async () => {
    const { transport, storage, client } = setUp();
    const refusal = (message: string): JoinFailure => ({ kind: 'refused', code: 'IN_SECTION', message });
    transport.outcomes = [refusal('IN_SECTION: K7MQ3D-3'), 'ok'];
    expect(await client.join('K7MQ3D', 'Aiko')).toBeNull();
    expect(transport.joins.map((j) => j.code)).toEqual(['K7MQ3D', 'K7MQ3D-3']);
    transport.connections[0].serverSends('welcome', seat());
    expect(JSON.parse(storage.items.get(`${SEAT_KEY_PREFIX}K7MQ3D`) ?? '')).toEqual({
      token: TOKEN,
      name: 'Aiko',
      room: 'K7MQ3D-3',
    });
    client.close();
    // A reload: straight to the section, with the seat token.
    expect(await client.join('K7MQ3D', 'Aiko')).toBeNull();
    expect(transport.joins[2]).toEqual({
      code: 'K7MQ3D-3',
      options: { role: 'student', name: 'Aiko', seatToken: TOKEN },
    });
    client.close();
    // A refusal naming another class's room is not followed; a remembered room of another class is ignored.
    const other = setUp();
    other.transport.outcomes = [refusal('IN_SECTION: HJKMNP-2')];
    expect(await other.client.join('K7MQ3D', 'Ben')).toEqual(refusal('IN_SECTION: HJKMNP-2'));
    expect(other.transport.joins).toHaveLength(1);
    other.storage.items.set(
      `${SEAT_KEY_PREFIX}K7MQ3D`,
      JSON.stringify({ token: TOKEN, name: 'Ben', room: 'HJKMNP-2' }),
    );
    expect(other.client.seats.get('K7MQ3D')).toEqual({ token: TOKEN, name: 'Ben' });
  });

  it('rejoins the remembered seat of a class (a reload), with the name it was taken with', async () => {
    const { transport, client } = setUp();
    client.seats.set('K7MQ3D', { token: TOKEN, name: 'Aiko T' });
    await client.join('K7MQ3D', 'someone else');
    expect(transport.joins[0].options).toEqual({ role: 'student', name: 'Aiko T', seatToken: TOKEN });
    await client.join('QQQQQQ', 'Ben'); // another class: no seat there
    expect(transport.joins[1].options).toEqual({ role: 'student', name: 'Ben' });
  });

  it('says why a join failed and stays closed', async () => {
    const { transport, client, statuses, timers } = setUp();
    transport.outcomes = [{ kind: 'refused', code: 'NAME_EMPTY', message: 'NAME_EMPTY' }];
    expect(await client.join('K7MQ3D', ' ')).toEqual({
      kind: 'refused',
      code: 'NAME_EMPTY',
      message: 'NAME_EMPTY',
    });
    expect(statuses).toEqual(['joining', 'closed']);
    expect(timers.pending).toBe(0);
    expect(client.send('chat', { text: 'x' })).toBe(false);
  });

  it('rejoins the same seat after a dropped connection, with backoff, saying it reconnects', async () => {
    const { transport, client, statuses, timers } = setUp();
    const steps: unknown[] = [];
    client.on('step', (step) => steps.push(step));
    await client.join('K7MQ3D', 'Aiko');
    transport.connections[0].serverSends('welcome', seat());
    transport.connections[0].dropped();
    expect(client.status).toBe('reconnecting');
    expect(client.send('chat', { text: 'lost' })).toBe(false);
    transport.outcomes = [
      { kind: 'unreachable', message: 'Failed to fetch' },
      { kind: 'unreachable', message: 'Failed to fetch' },
      'ok',
    ];
    await timers.fire();
    await timers.fire();
    expect(client.status).toBe('reconnecting');
    await timers.fire();
    expect(client.status).toBe('connected');
    expect(timers.waits).toEqual([BACKOFF_MS[0], BACKOFF_MS[1], BACKOFF_MS[2]]);
    expect(transport.joins.slice(1).map((j) => j.options)).toEqual([
      { role: 'student', name: 'Aiko', seatToken: TOKEN },
      { role: 'student', name: 'Aiko', seatToken: TOKEN },
      { role: 'student', name: 'Aiko', seatToken: TOKEN },
    ]);
    expect(statuses).toEqual([
      'joining',
      'connected',
      'reconnecting',
      'reconnecting',
      'reconnecting',
      'connected',
    ]);
    // Listeners stay: the new connection's messages reach them; the old one's drop no longer counts.
    transport.connections[1].serverSends('step', { n: 1 });
    transport.connections[0].dropped();
    expect(steps).toEqual([{ n: 1 }]);
    expect(client.status).toBe('connected');
    // A second drop starts the backoff again from the shortest wait.
    transport.connections[1].dropped();
    expect(timers.waits.at(-1)).toBe(BACKOFF_MS[0]);
  });

  it('waits at most the longest backoff between tries, and stops when the session has ended', async () => {
    const { transport, client, timers } = setUp();
    await client.join('K7MQ3D', 'Aiko');
    transport.outcomes = Array.from({ length: 7 }, () => ({ kind: 'unreachable', message: 'down' }) as const);
    transport.connections[0].dropped();
    for (let i = 0; i < 7; i++) await timers.fire();
    expect(timers.waits).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000, 8000]);
    transport.outcomes = [{ kind: 'refused', code: 'SESSION_ENDED', message: 'ended' }];
    await timers.fire();
    expect(client.status).toBe('closed');
    expect(timers.pending).toBe(0);
  });

  it('leaves on close and does not rejoin afterwards', async () => {
    const { transport, client, timers, statuses } = setUp();
    await client.join('K7MQ3D', 'Aiko');
    client.close();
    expect(transport.connections[0].left).toBe(true);
    transport.connections[0].dropped();
    expect(timers.pending).toBe(0);
    expect(statuses.at(-1)).toBe('closed');
  });

  it('closing while reconnecting cancels the next try', async () => {
    const { transport, client, timers } = setUp();
    await client.join('K7MQ3D', 'Aiko');
    transport.connections[0].dropped();
    expect(timers.pending).toBe(1);
    client.close();
    expect(timers.pending).toBe(0);
    expect(transport.joins).toHaveLength(1);
  });
});

describe('join failures', () => {
  it('reads the server’s refusal code, an unknown class, or an unreachable server', () => {
    expect(asFailure(new Error('SESSION_FULL'))).toEqual({
      kind: 'refused',
      code: 'SESSION_FULL',
      message: 'SESSION_FULL',
    });
    expect(asFailure(Object.assign(new Error('the name is empty'), { code: 'NAME_EMPTY' }))).toEqual({
      kind: 'refused',
      code: 'NAME_EMPTY',
      message: 'the name is empty',
    });
    expect(asFailure(Object.assign(new Error('room "QQQQQQ" not found'), { code: 4212 }))).toEqual({
      kind: 'no-such-class',
    });
    expect(asFailure(new TypeError('Failed to fetch'))).toEqual({
      kind: 'unreachable',
      message: 'Failed to fetch',
    });
    expect(asFailure('weird')).toEqual({ kind: 'unreachable', message: 'weird' });
  });
});

describe('seat memory', () => {
  it('remembers a seat per class code, and reads nothing from a damaged entry', () => {
    const storage = new FakeStorage();
    const seats = new SeatMemory(() => storage);
    expect(seats.set('K7MQ3D', { token: TOKEN, name: 'Aiko' })).toBe(true);
    expect(seats.get('K7MQ3D')).toEqual({ token: TOKEN, name: 'Aiko' });
    expect(seats.get('QQQQQQ')).toBeNull();
    storage.items.set(`${SEAT_KEY_PREFIX}AAAAAA`, '{not json');
    storage.items.set(`${SEAT_KEY_PREFIX}CCCCCC`, JSON.stringify({ token: '<script>', name: 'x' }));
    expect(seats.get('AAAAAA')).toBeNull();
    expect(seats.get('CCCCCC')).toBeNull();
    seats.forget('K7MQ3D');
    expect(seats.get('K7MQ3D')).toBeNull();
  });

  it('works without storage: nothing remembered, nothing thrown', () => {
    const full = new FakeStorage();
    full.full = true;
    expect(new SeatMemory(() => full).set('K7MQ3D', { token: TOKEN, name: 'A' })).toBe(false);
    const throwing = new SeatMemory(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(throwing.get('K7MQ3D')).toBeNull();
    expect(throwing.set('K7MQ3D', { token: TOKEN, name: 'A' })).toBe(false);
    expect(() => throwing.forget('K7MQ3D')).not.toThrow();
    expect(new SeatMemory(() => null).get('K7MQ3D')).toBeNull();
  });
});
