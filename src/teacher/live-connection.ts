/**
 * The teacher's connection to the live server, behind an interface (the board is tested against a fake): create
 * a live session (the server answers `created` with the class code and the secret teacher token), rejoin one
 * with that token (after a reload, a lost connection or a server restart), send the teacher's messages, hear the
 * server's, and follow the connection's status. The colyseus.js 0.16 implementation below reconnects by itself,
 * with growing pauses, until the server says the session is gone. The token is never logged or shown.
 *
 * colyseus.js is loaded only when a live session is started or rejoined (a dynamic import): the page served
 * without the live server never loads it, and its MessagePack reader probes `Function('')` when loaded, which the
 * pages' CSP reports as a blocked eval (harmless: it then reads without compiling).
 */
import type * as z from 'zod/mini';
import { endpointOf, ServerRotation } from '../app/live-servers.ts';
import { err, ok, type Result } from '../model/result.ts';
import {
  type Created,
  LIVE_ROOM,
  type LiveConfig,
  type ServerMessages,
  type ServerMessageType,
  type TeacherMessages,
  type TeacherMessageType,
} from '../net/protocol.ts';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

export interface LiveProblem {
  /**
   * UNREACHABLE: no answer (no server, offline); NO_SESSION: the server has no such session (ended, or the token
   * is not its teacher's); REFUSED: the server refused (its message says why); TIMEOUT: no `created` came.
   */
  readonly code: 'UNREACHABLE' | 'NO_SESSION' | 'REFUSED' | 'TIMEOUT';
  /** The server's own words, when it gave any (never the token). */
  readonly message: string;
}

export type TeacherPayload<K extends TeacherMessageType> = z.input<(typeof TeacherMessages)[K]>;

export interface LiveConnection {
  /** Creates a live session; resolves with its class code and teacher token once the server sends `created`. */
  create(config: LiveConfig): Promise<Result<Created, LiveProblem>>;
  /** Joins a live session as its teacher again. */
  rejoin(code: string, teacherToken: string): Promise<Result<void, LiveProblem>>;
  /** Sends a teacher's message; false when not connected (nothing is queued). */
  send<K extends TeacherMessageType>(type: K, payload: TeacherPayload<K>): boolean;
  /** Hears one kind of server message; returns the function that stops hearing it. */
  on<K extends ServerMessageType>(type: K, handler: (payload: ServerMessages[K]) => void): () => void;
  /** Hears the connection's status changes (with the problem when it closed or is reconnecting). */
  onStatus(handler: (status: LiveStatus, problem: LiveProblem | null) => void): () => void;
  /** Leaves the session (the server keeps it: the teacher can rejoin) and stops reconnecting. */
  close(): void;
}

/** Every server message type, so the connection listens to all from the moment it joins. */
const SERVER_TYPES: Readonly<Record<ServerMessageType, true>> = {
  refused: true,
  welcome: true,
  lobby: true,
  game: true,
  step: true,
  ack: true,
  chat: true,
  draft: true,
  suggestion: true,
  announce: true,
  result: true,
  created: true,
  board: true,
  servers: true,
};
export const SERVER_MESSAGE_TYPES = Object.keys(SERVER_TYPES) as ServerMessageType[];

/** The part of a colyseus.js Room this module uses (a fake in tests). */
export interface RoomLike {
  onMessage(type: string, callback: (message: unknown) => void): unknown;
  onLeave(callback: (code: number, reason?: string) => void): unknown;
  onError(callback: (code: number, message?: string) => void): unknown;
  send(type: string, message: unknown): void;
  leave(consented?: boolean): Promise<number>;
}

/** The part of a colyseus.js Client this module uses. */
export interface ClientLike {
  create(roomName: string, options: unknown): Promise<RoomLike>;
  joinById(roomId: string, options: unknown): Promise<RoomLike>;
}

export interface ConnectionOptions {
  /**
   * The page's address (`http(s)://host:port`), the first of the event's addresses: with several server
   * processes the server names the others (`servers`), and a rejoin that finds this one gone tries them in turn.
   */
  readonly origin?: string;
  /** Waits for `created` this long after the room is made (ms). */
  readonly createdTimeoutMs?: number;
  /** Pauses before each reconnection attempt (ms); the last repeats. */
  readonly backoffMs?: readonly number[];
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/** Colyseus' close code when the client left on purpose. */
const CONSENTED = 4000;
/** Colyseus' matchmaking code for a room id it does not have. */
const INVALID_ROOM_ID = 4212;

/** A failed create or join as a problem: no answer, no such session, or the server's refusal. */
export function problemOf(error: unknown): LiveProblem {
  const code =
    typeof (error as { code?: unknown })?.code === 'number' ? (error as { code: number }).code : null;
  const message = error instanceof Error ? error.message.slice(0, 300) : '';
  // No code: the request failed (no server, offline); an HTTP status: something else answered (a static host).
  if (code === null || code < 1000) return { code: 'UNREACHABLE', message };
  if (code === INVALID_ROOM_ID || /SESSION_ENDED|NOT_TEACHER/.test(message))
    return { code: 'NO_SESSION', message };
  return { code: 'REFUSED', message };
}

/** The colyseus.js client of the server at `endpoint`, loaded on first use. */
async function loadClient(endpoint: string): Promise<ClientLike> {
  const { Client } = await import('colyseus.js');
  return new Client(endpoint) as unknown as ClientLike;
}

/** The colyseus.js connection to the server at `endpoint` (see the protocol's `liveEndpoint`). */
export function colyseusConnection(
  endpoint: string,
  options: ConnectionOptions = {},
  /** A client to use instead of colyseus.js (tests): one for every address, or one per address's endpoint. */
  given: ClientLike | ((endpoint: string) => ClientLike) | null = null,
): LiveConnection {
  const first = options.origin ?? endpoint;
  const rotation = new ServerRotation(first);
  const clients = new Map<string, Promise<ClientLike>>();
  /** The client of the current address (of the page's own: `endpoint`), loaded once per address. */
  const clientOf = (): Promise<ClientLike> => {
    const origin = rotation.current;
    const at = origin === first ? endpoint : endpointOf(origin);
    if (given) return Promise.resolve(typeof given === 'function' ? given(at) : given);
    let loading = clients.get(origin);
    if (!loading) {
      loading = loadClient(at).catch((error) => {
        clients.delete(origin);
        throw error;
      });
      clients.set(origin, loading);
    }
    return loading;
  };
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const backoff = options.backoffMs ?? [1000, 2000, 4000, 8000, 15000];
  const handlers = new Map<ServerMessageType, Set<(payload: never) => void>>();
  const statusHandlers = new Set<(status: LiveStatus, problem: LiveProblem | null) => void>();
  let room: RoomLike | null = null;
  let seat: { code: string; teacherToken: string } | null = null;
  let closed = false;
  let attempt = 0;
  let timer: unknown = null;

  const status = (next: LiveStatus, problem: LiveProblem | null = null) => {
    for (const handler of statusHandlers) handler(next, problem);
  };
  const dispatch = (type: ServerMessageType, payload: unknown) => {
    const urls = type === 'servers' ? (payload as { urls?: unknown } | null)?.urls : null;
    if (Array.isArray(urls)) rotation.update(urls);
    for (const handler of handlers.get(type) ?? []) (handler as (p: unknown) => void)(payload);
  };

  const reconnect = () => {
    if (closed || !seat) return;
    const pause = backoff[Math.min(attempt, backoff.length - 1)] ?? 1000;
    attempt++;
    timer = setTimer(() => {
      timer = null;
      if (closed || !seat) return;
      void join(seat.code, seat.teacherToken).then((joined) => {
        if (joined.ok || closed) return;
        if (joined.error.code === 'NO_SESSION') status('closed', joined.error);
        else reconnect();
      });
    }, pause);
  };

  /** Listens to every server message of a new room, and to its leaving. */
  const attach = (next: RoomLike) => {
    room = next;
    for (const type of SERVER_MESSAGE_TYPES) next.onMessage(type, (payload) => dispatch(type, payload));
    next.onError((code, message) => {
      if (room === next) status('open', { code: 'REFUSED', message: `${code} ${message ?? ''}`.trim() });
    });
    next.onLeave((code) => {
      if (room !== next) return;
      room = null;
      if (closed || code === CONSENTED) {
        status('closed', null);
        return;
      }
      status('reconnecting', { code: 'UNREACHABLE', message: String(code) });
      reconnect();
    });
  };

  /** Joins through the current address; one that does not answer at all gives way to the next (each once). */
  const joinSomewhere = async (code: string, teacherToken: string): Promise<RoomLike> => {
    for (let tries = 1; ; tries++) {
      try {
        return await (await clientOf()).joinById(code, { role: 'teacher', teacherToken });
      } catch (error) {
        if (problemOf(error).code !== 'UNREACHABLE' || tries >= rotation.size) throw error;
        rotation.failed();
      }
    }
  };

  const join = async (code: string, teacherToken: string): Promise<Result<void, LiveProblem>> => {
    try {
      const next = await joinSomewhere(code, teacherToken);
      if (closed) {
        void next.leave(true).catch(() => {});
        return err({ code: 'NO_SESSION', message: '' });
      }
      attempt = 0;
      attach(next);
      status('open');
      return ok(undefined);
    } catch (error) {
      return err(problemOf(error));
    }
  };

  return {
    async create(config) {
      closed = false;
      status('connecting');
      let next: RoomLike;
      const created = new Promise<Created | null>((resolve) => {
        const stop = () => {
          handlers.get('created')?.delete(onCreated as (payload: never) => void);
        };
        const onCreated = (payload: Created) => {
          stop();
          clearTimer(wait);
          resolve(payload);
        };
        const set = handlers.get('created') ?? new Set();
        set.add(onCreated as (payload: never) => void);
        handlers.set('created', set);
        const wait = setTimer(() => {
          stop();
          resolve(null);
        }, options.createdTimeoutMs ?? 10_000);
      });
      try {
        next = await (await clientOf()).create(LIVE_ROOM, { config });
      } catch (error) {
        const problem = problemOf(error);
        status('closed', problem);
        return err(problem);
      }
      attach(next);
      const answer = await created;
      if (!answer) {
        const problem: LiveProblem = { code: 'TIMEOUT', message: '' };
        room = null;
        void next.leave(true).catch(() => {});
        status('closed', problem);
        return err(problem);
      }
      seat = { code: answer.code, teacherToken: answer.teacherToken };
      status('open');
      return ok(answer);
    },
    async rejoin(code, teacherToken) {
      closed = false;
      seat = { code, teacherToken };
      status('connecting');
      const joined = await join(code, teacherToken);
      if (!joined.ok && joined.error.code === 'NO_SESSION') status('closed', joined.error);
      else if (!joined.ok) {
        // No answer or a passing refusal: keep trying, as after a dropped connection.
        status('reconnecting', joined.error);
        reconnect();
      }
      return joined;
    },
    send(type, payload) {
      if (!room) return false;
      try {
        room.send(type, payload);
        return true;
      } catch {
        return false;
      }
    },
    on(type, handler) {
      const set = handlers.get(type) ?? new Set();
      set.add(handler as (payload: never) => void);
      handlers.set(type, set);
      return () => set.delete(handler as (payload: never) => void);
    },
    onStatus(handler) {
      statusHandlers.add(handler);
      return () => statusHandlers.delete(handler);
    },
    close() {
      closed = true;
      seat = null;
      if (timer !== null) clearTimer(timer);
      timer = null;
      const leaving = room;
      room = null;
      void leaving?.leave(true).catch(() => {});
      status('closed');
    },
  };
}
