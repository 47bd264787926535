/**
 * Several server processes (on one machine or several) as one live classroom, with REDIS_URL: Colyseus' Redis
 * presence and driver (any process creates or finds a room), plus what this project adds on top:
 *
 * - One entrance: a student or teacher may reach any process. A room's WebSocket is on the process that holds it;
 *   a process that gets the connection for another's room forwards it there as raw TCP (each process registers
 *   its address in Redis, `tt:process:<id>`), so every process's port serves every class code.
 * - Leases in the journal's database: the process holding a session's room renews its lease every second. A room
 *   is restored elsewhere only once its lease ran out (its process died, or closed it), so a Redis restart, which
 *   loses the room listings, never makes a second copy of a live room; a room whose lease another process took
 *   is dropped here (its clients rejoin the new one), and a stale write is a journal conflict anyway.
 * - Restore on demand: `joinById(code)` first makes sure the room exists somewhere: listed by a live process,
 *   or restored here from the journal (lease taken), or listed again by the process holding its lease.
 * - The event's addresses: each process also says in Redis which port (or TT_PUBLIC_URL) students reach it at,
 *   so a student is told where to rejoin when its process dies (`servers`, src/app/live-servers.ts).
 * - A watchdog: every WATCHDOG_MS it renews the leases, puts this process's address and its rooms' listings
 *   back (after a Redis restart) and restores the open sessions whose lease ran out (after a process died), so
 *   timers and the computer's moves go on even before anyone rejoins.
 *
 * No game state lives only in Redis: the journal (PostgreSQL) has every session; Redis has listings and routes.
 */
import type http from 'node:http';
import { connect, type Socket } from 'node:net';
import { matchMaker } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { LIVE_PATH, LIVE_ROOM, parseRoomId } from '../src/net/protocol.ts';
import type { Journal } from './journal.ts';
import type { RoomContext } from './live-room.ts';
import type { LogEvent } from './room-lease.ts';

/** How often the watchdog runs (and renews this process's leases). */
export const WATCHDOG_MS = 1000;
/** A lease not renewed for this long is a dead process's: another process may restore its rooms. */
export const LEASE_MS = 5000;
/** How long a process waits for the process that should hold a room to say so. */
const ANSWER_MS = 1000;
/** A forwarded connection carries this header, so it is never forwarded twice. */
const FORWARDED = 'x-tt-forwarded';

export interface ClusterParts {
  readonly presence: RedisPresence;
  readonly driver: RedisDriver;
}

/** The Redis presence and driver for a redis:// address (errors are logged, and ioredis reconnects by itself). */
export function clusterParts(redisUrl: string, log: LogEvent): ClusterParts {
  const presence = new RedisPresence(redisUrl);
  const driver = new RedisDriver(redisUrl);
  let down = false;
  const clients = [
    (presence as unknown as { pub: NodeJS.EventEmitter }).pub,
    (presence as unknown as { sub: NodeJS.EventEmitter }).sub,
    (driver as unknown as { _client: NodeJS.EventEmitter })._client,
  ];
  for (const client of clients) {
    client.on('error', (error: Error) => {
      if (!down) log('redis.error', { error: error.message });
      down = true;
    });
    client.on('ready', () => {
      if (down) log('redis.ready', {});
      down = false;
    });
  }
  return { presence, driver };
}

export interface Cluster {
  /** Makes sure the room of a class code exists on some live process (restoring it here if need be). */
  ensureRoom(code: string): Promise<void>;
  /** The page addresses of the live processes, for a student who reached this one with these headers. */
  servers(headers: Record<string, string | string[] | undefined>): Promise<string[]>;
  stop(): void;
}

const addressKey = (processId: string) => `tt:process:${processId}`;
/** Every process's public address: processId → `PublicEntry` as JSON, renewed by the watchdog. */
const PUBLIC_KEY = 'tt:public';
/** An entry not renewed for this long is a dead process's. */
const PUBLIC_FRESH_MS = 5 * WATCHDOG_MS;

interface PublicEntry {
  /** The host other processes reach it at, and its port. */
  readonly host: string;
  readonly port: number;
  /** TT_PUBLIC_URL, when set: the address students reach it at. */
  readonly url: string | null;
  readonly at: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The page addresses of the processes in `entries` still alive at `now`, sorted by port: each its public URL,
 * else, for processes on this machine (`host`), the host name the student used with their port, else their own
 * host and port.
 */
export function publicAddresses(
  entries: readonly PublicEntry[],
  host: string,
  headers: Record<string, string | string[] | undefined>,
  now: number,
): string[] {
  let hostname: string | null = null;
  try {
    hostname = new URL(`http://${first(headers.host) ?? ''}`).hostname || null;
  } catch {
    hostname = null;
  }
  const scheme = first(headers['x-forwarded-proto']) === 'https' ? 'https' : 'http';
  return entries
    .filter((e) => now - e.at <= PUBLIC_FRESH_MS)
    .sort((a, b) => a.port - b.port)
    .map((e) => e.url ?? `${scheme}://${e.host === host && hostname ? hostname : e.host}:${e.port}`);
}

/** Sends a WebSocket upgrade on to another process, as raw TCP both ways. */
function forward(req: http.IncomingMessage, socket: Socket, head: Buffer, host: string, port: number): void {
  const upstream = connect(port, host, () => {
    upstream.setNoDelay(true);
    let lines = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`;
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      lines += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
    upstream.write(`${lines}${FORWARDED}: 1\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  socket.setNoDelay(true);
  upstream.on('error', () => socket.destroy());
  socket.on('error', () => upstream.destroy());
  upstream.on('close', () => socket.destroy());
  socket.on('close', () => upstream.destroy());
}

export function startCluster(options: {
  httpServer: http.Server;
  presence: RedisPresence;
  journal: Journal;
  context: RoomContext;
  /** host:port other processes reach this one at. */
  advertise: string;
  /** The page address students reach this process at (TT_PUBLIC_URL), if not this machine's name and port. */
  publicUrl?: string;
  log: LogEvent;
}): Cluster {
  const { httpServer, presence, journal, context, log } = options;
  const processId = matchMaker.processId;
  const [advertiseHost, advertisePort] = options.advertise.split(/:(?=\d+$)/);
  const register = async () => {
    await presence.setex(addressKey(processId), options.advertise, 60);
    const entry: PublicEntry = {
      host: advertiseHost,
      port: Number(advertisePort),
      url: options.publicUrl ?? null,
      at: Date.now(),
    };
    await presence.hset(PUBLIC_KEY, processId, JSON.stringify(entry));
  };
  const servers = async (headers: Record<string, string | string[] | undefined>) => {
    const entries: PublicEntry[] = [];
    for (const [id, text] of Object.entries(await presence.hgetall(PUBLIC_KEY))) {
      let entry: PublicEntry | null = null;
      try {
        entry = JSON.parse(text) as PublicEntry;
      } catch {
        entry = null;
      }
      // A process gone for a minute is forgotten.
      if (entry && Date.now() - entry.at < 60_000) entries.push(entry);
      else await presence.hdel(PUBLIC_KEY, id);
    }
    return publicAddresses(entries, advertiseHost, headers, Date.now());
  };

  // Every upgrade: this process's rooms go to the WebSocket transport; another's are forwarded to it.
  const local = httpServer.listeners('upgrade') as ((...args: unknown[]) => void)[];
  httpServer.removeAllListeners('upgrade');
  httpServer.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const match = path.startsWith(`${LIVE_PATH}/`)
      ? /\/([a-zA-Z0-9_-]+)\/([a-zA-Z0-9_-]+)$/.exec(path)
      : null;
    const target = match?.[1];
    if (!match || target === processId || matchMaker.getLocalRoomById(match[2]) || req.headers[FORWARDED]) {
      for (const listener of local) listener.call(httpServer, req, socket, head);
      return;
    }
    presence.get(addressKey(target as string)).then(
      (address) => {
        const [host, port] = String(address ?? '').split(':');
        if (!host || !port) return socket.destroy();
        forward(req, socket, head, host, Number(port));
      },
      () => socket.destroy(),
    );
  });

  const inFlight = new Map<string, Promise<void>>();
  /** Restores a session's room here: only with its lease (no live process holds it). */
  const restoreHere = async (code: string, reason: string): Promise<boolean> => {
    if (!(await journal.claim(code, processId, LEASE_MS))) return false;
    try {
      await matchMaker.handleCreateRoom(LIVE_ROOM, { restore: code, nonce: context.restoreNonce });
      log('room.failover', { code, reason });
    } catch (error) {
      log('restore.error', { code, error: error instanceof Error ? error.message : String(error) });
      await journal.release(code, processId);
    }
    return true;
  };
  const ensure = async (code: string) => {
    const room = matchMaker.getLocalRoomById(code);
    if (room) {
      if (!(await matchMaker.driver.has(code))) await room.listing.save();
      return;
    }
    const listing = await matchMaker.driver.findOne({ roomId: code });
    // A listing of a live process: nothing to do. Of a dead one: the health check removes its listings.
    if (
      listing &&
      listing.processId !== processId &&
      (await matchMaker.healthCheckProcessId(listing.processId))
    )
      return;
    if (!(await journal.isOpen(code))) return;
    if (await restoreHere(code, listing ? 'process lost' : 'no listing')) return;
    // A live process holds the lease (Redis lost its listing): it lists it again; wait for that a moment.
    await matchMaker.remoteRoomCall(code, 'relist', [], ANSWER_MS).catch(() => false);
    for (let i = 0; i < 20 && !(await matchMaker.driver.has(code)); i++)
      await new Promise((r) => setTimeout(r, 100));
  };
  const ensureRoom = (code: string): Promise<void> => {
    // A class code or the room id of one of its sections (src/net/sections.ts).
    if (parseRoomId(code) === null) return Promise.resolve();
    const running = inFlight.get(code);
    if (running) return running;
    const work = ensure(code).finally(() => inFlight.delete(code));
    inFlight.set(code, work);
    return work;
  };

  // joinById through any process: the room exists before Colyseus looks for it.
  const controller = matchMaker.controller;
  const invoke = controller.invokeMethod;
  controller.invokeMethod = async function (method, roomId, ...rest) {
    if (method === 'joinById') await ensureRoom(roomId).catch(() => {});
    return invoke.call(this, method, roomId, ...rest);
  };

  let running = false;
  const watchdog = setInterval(() => {
    if (running) return;
    running = true;
    (async () => {
      await register();
      // The leases this process still holds; a room whose lease another process took is out of date here.
      const held = new Set(await journal.renew(processId));
      for (const room of [...context.rooms])
        if (!held.has(room.roomId)) {
          log('room.lease-lost', { code: room.roomId });
          room.drop();
        } else if (!(await matchMaker.driver.has(room.roomId))) {
          await room.listing.save();
          log('room.relisted', { code: room.roomId });
        }
      // Sessions no live process holds (their process died): restored here, or by another process first.
      for (const code of await journal.orphans(LEASE_MS)) await ensureRoom(code);
    })()
      .catch((error: unknown) => log('watchdog.error', { error: String(error) }))
      .finally(() => {
        running = false;
      });
  }, WATCHDOG_MS);
  register().catch(() => {});
  log('cluster.joined', { process: processId, address: options.advertise });

  return {
    ensureRoom,
    servers,
    stop: () => {
      clearInterval(watchdog);
      controller.invokeMethod = invoke;
      presence.del(addressKey(processId)).catch(() => {});
      presence.hdel(PUBLIC_KEY, processId).catch(() => {});
    },
  };
}
