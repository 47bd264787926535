/**
 * Fewer writes to the network: every message a room sends to a client is one WebSocket frame, and without this
 * one system call (a move sends its mover an ack, a step and a lobby, each its own write). `corkUntilTick` holds a
 * client's socket until the end of the current tick, so what the room says to it in one go leaves in one write.
 * Nothing is delayed beyond the tick; a socket that is gone is left alone.
 */
import type { Socket } from 'node:net';
import type { Client } from '@colyseus/core';

const corked = new Set<Socket>();

function release(): void {
  for (const socket of corked) if (!socket.destroyed) socket.uncork();
  corked.clear();
}

/** The client's TCP socket (colyseus ws-transport: `client.ref` is the `ws` WebSocket), if it has one. */
function socketOf(client: Client): Socket | null {
  const socket = (client as unknown as { ref?: { _socket?: unknown } }).ref?._socket;
  return socket && typeof (socket as Socket).cork === 'function' ? (socket as Socket) : null;
}

/** Holds the client's writes until the end of this tick (once per tick, however often it is called). */
export function corkUntilTick(client: Client): void {
  const socket = socketOf(client);
  if (socket === null || socket.destroyed || corked.has(socket)) return;
  socket.cork();
  if (corked.size === 0) process.nextTick(release);
  corked.add(socket);
}
