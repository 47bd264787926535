/** server/cork.ts: a client's socket is held once per tick and let go at its end (one write for what was sent). */
import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { corkUntilTick } from '../../server/cork.ts';

function fakeClient(destroyed = false) {
  const socket = {
    corks: 0,
    uncorks: 0,
    destroyed,
    cork() {
      this.corks++;
    },
    uncork() {
      this.uncorks++;
    },
  };
  return { socket, client: { ref: { _socket: socket } } as unknown as Client };
}

describe('corkUntilTick', () => {
  it('corks each socket once per tick, however many messages, and uncorks it at the end of the tick', async () => {
    const a = fakeClient();
    const b = fakeClient();
    corkUntilTick(a.client);
    corkUntilTick(a.client);
    corkUntilTick(b.client);
    expect([a.socket.corks, a.socket.uncorks, b.socket.corks, b.socket.uncorks]).toEqual([1, 0, 1, 0]);
    await new Promise((r) => process.nextTick(r));
    expect([a.socket.uncorks, b.socket.uncorks]).toEqual([1, 1]);
    // The next tick starts again.
    corkUntilTick(a.client);
    await new Promise((r) => process.nextTick(r));
    expect([a.socket.corks, a.socket.uncorks]).toEqual([2, 2]);
  });

  it('leaves a closed socket, and a client without one, alone', async () => {
    const gone = fakeClient(true);
    corkUntilTick(gone.client);
    corkUntilTick({} as unknown as Client);
    await new Promise((r) => process.nextTick(r));
    expect([gone.socket.corks, gone.socket.uncorks]).toEqual([0, 0]);
  });
});
