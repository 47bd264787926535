/**
 * Rejoining through another process: the address rotation (the server's list, moving on only from an address
 * that does not answer) and the live client using it when its connection drops.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type JoinFailure,
  LiveClient,
  type LiveConnection,
  type LiveTransport,
  SeatMemory,
  type Timers,
} from '../../src/app/live-client.ts';
import {
  endpointOf,
  MAX_SERVERS,
  rotatingTransport,
  ServerRotation,
  serverOrigin,
} from '../../src/app/live-servers.ts';
import { FakeStorage } from './fake-storage.ts';

const A = 'http://10.0.0.5:2567';
const B = 'http://10.0.0.5:2568';
const C = 'https://c.example.org';
const TOKEN = 'seat-token-0123456789';

class Connection implements LiveConnection {
  message: (type: string, payload: unknown) => void = () => undefined;
  drop: (code: number) => void = () => undefined;
  send(): void {}
  onMessage(handler: (type: string, payload: unknown) => void): void {
    this.message = handler;
  }
  onDrop(handler: (code: number) => void): void {
    this.drop = handler;
  }
  leave(): void {}
}

/** The event: which addresses answer, and what they answer; every dial is recorded. */
function event() {
  const dials: string[] = [];
  const answers = new Map<string, JoinFailure | 'ok'>();
  const connections: Connection[] = [];
  const dial = (origin: string): LiveTransport => ({
    async join() {
      dials.push(origin);
      const answer = answers.get(origin) ?? { kind: 'unreachable', message: 'connect ECONNREFUSED' };
      if (answer !== 'ok') throw answer;
      const connection = new Connection();
      connections.push(connection);
      return connection;
    },
  });
  return { dials, answers, connections, dial };
}

const JOIN = { role: 'student', name: 'Aiko' } as const;

describe('server rotation', () => {
  it('keeps the current address first, then the server list as origins, without repeats or non-addresses', () => {
    const r = new ServerRotation(A);
    r.update([B, `${A}/`, 'javascript:alert(1)', 'ws://x:1', `${C}/live`, 7, 'http://u:p@h:1', C, B]);
    expect(r.addresses).toEqual([A, B, C]);
    expect(r.current).toBe(A);
    r.failed();
    expect(r.current).toBe(B);
    r.failed();
    r.failed();
    expect(r.current).toBe(A);
  });

  it('reads page addresses only', () => {
    expect(serverOrigin('http://h:80/')).toBe('http://h');
    expect(serverOrigin('https://h:8443')).toBe('https://h:8443');
    for (const bad of ['h:1', 'ftp://h', 'http://h/x', 'http://h/?a=1', 'http://h/#x', ''])
      expect(serverOrigin(bad), bad).toBeNull();
    expect(endpointOf('https://h:8443')).toBe('wss://h:8443/live');
    expect(endpointOf('http://h:2568')).toBe('ws://h:2568/live');
  });

  it('for any list: the current address stays first, no repeats, at most MAX_SERVERS + 1, failing cycles', () => {
    const address = fc.oneof(
      fc.constantFrom(A, B, C, 'nonsense', ''),
      fc.integer({ min: 1, max: 65535 }).map((p) => `http://h:${p}`),
    );
    fc.assert(
      fc.property(fc.array(address, { maxLength: 80 }), (urls) => {
        const r = new ServerRotation(A);
        r.update(urls);
        expect(r.addresses[0]).toBe(A);
        expect(new Set(r.addresses).size).toBe(r.size);
        expect(r.size).toBeLessThanOrEqual(MAX_SERVERS + 1);
        for (let i = 0; i < r.size; i++) r.failed();
        expect(r.current).toBe(A);
      }),
    );
  });
});

describe('rotating transport', () => {
  it('moves past addresses that do not answer, keeps the one that does, and stays on a refusal', async () => {
    const e = event();
    const t = rotatingTransport(A, e.dial);
    t.servers([A, B, C]);
    e.answers.set(C, 'ok');
    await t.join('K7MQ3D', JOIN);
    expect(e.dials).toEqual([A, B, C]);
    await t.join('K7MQ3D', JOIN);
    expect(e.dials.slice(3)).toEqual([C]);
    // The room is being restored there: the class's answer, not the address's; the next join tries C again.
    e.answers.set(C, { kind: 'no-such-class' });
    await expect(t.join('K7MQ3D', JOIN)).rejects.toEqual({ kind: 'no-such-class' });
    expect(e.dials.slice(4)).toEqual([C]);
  });

  it('tries each address once per join, and says unreachable when none answers', async () => {
    const e = event();
    const t = rotatingTransport(A, e.dial);
    t.servers([B]);
    await expect(t.join('K7MQ3D', JOIN)).rejects.toMatchObject({ kind: 'unreachable' });
    expect(e.dials).toEqual([A, B]);
  });

  it('turns what the transport throws into a failure (a refusal in the error message stays a refusal)', async () => {
    const t = rotatingTransport(A, () => ({
      join: () => Promise.reject(new Error('SESSION_ENDED: this session has ended')),
    }));
    t.servers([B]);
    await expect(t.join('K7MQ3D', JOIN)).rejects.toMatchObject({ kind: 'refused', code: 'SESSION_ENDED' });
  });
});

describe('live client across processes', () => {
  it('rejoins its seat through the next address the server named when its process dies', async () => {
    const e = event();
    e.answers.set(A, 'ok');
    const waits: (() => void)[] = [];
    const timers: Timers = { set: (fn) => waits.push(fn), clear: () => undefined };
    const client = new LiveClient(
      rotatingTransport(A, e.dial),
      new SeatMemory(() => new FakeStorage()),
      timers,
    );
    expect(await client.join('K7MQ3D', 'Aiko')).toBeNull();
    const first = e.connections[0];
    first.message('welcome', { token: TOKEN, id: 's1', name: 'Aiko', pair: 0, side: 0, role: 'lead' });
    first.message('servers', { urls: [A, B] });
    // A dies; B restores the room.
    e.answers.delete(A);
    e.answers.set(B, 'ok');
    first.drop(1006);
    expect(client.status).toBe('reconnecting');
    waits.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(client.status).toBe('connected');
    expect(e.dials).toEqual([A, A, B]);
    expect(e.connections).toHaveLength(2);
  });

  it('without a servers message, rejoins where it was (one address: the page it came from)', async () => {
    const e = event();
    e.answers.set(A, 'ok');
    const waits: (() => void)[] = [];
    const timers: Timers = { set: (fn) => waits.push(fn), clear: () => undefined };
    const client = new LiveClient(
      rotatingTransport(A, e.dial),
      new SeatMemory(() => new FakeStorage()),
      timers,
    );
    await client.join('K7MQ3D', 'Aiko');
    e.connections[0].drop(1006);
    waits.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(e.dials).toEqual([A, A]);
    expect(client.status).toBe('connected');
  });
});
