/**
 * The student's connection to the live classroom server (src/net/protocol.ts): a `LiveTransport` dials one
 * connection (colyseus.js 0.16 in the game, a fake in the tests); `LiveClient` joins a class with a name (or a
 * remembered seat), keeps the seat token per class code in localStorage, rejoins the same seat with backoff when
 * the connection drops ("reconnecting…"), and hands the server's messages to whoever listens, whichever
 * connection they came on. No DOM here but localStorage, behind a try/catch.
 */
import type { Client } from 'colyseus.js';
import type * as z from 'zod/mini';
import {
  LIVE_ERROR_CODES,
  type LiveErrorCode,
  MAX_SECTIONS,
  parseRoomId,
  refusalCode,
  type ServerMessages,
  type ServerMessageType,
  type StudentJoin,
  type StudentMessages,
  type StudentMessageType,
  sectionOfRefusal,
} from '../net/protocol.ts';

/** A payload the client sends, as the protocol's schema for its type accepts it. */
export type StudentPayload<K extends StudentMessageType> = z.input<(typeof StudentMessages)[K]>;

/** One open connection to a room. */
export interface LiveConnection {
  send<K extends StudentMessageType>(type: K, payload: StudentPayload<K>): void;
  /** Every message the server sends, by type. */
  onMessage(handler: (type: string, payload: unknown) => void): void;
  /** The connection closed without our asking (`leave` does not call it). */
  onDrop(handler: (code: number) => void): void;
  leave(): void;
  /** The room the server seated this connection in: the class code, or a section's (src/net/sections.ts). */
  readonly roomId?: string;
}

/** Why a join failed: the server's refusal code, the class code unknown, or the server unreachable. */
export type JoinFailure =
  | { readonly kind: 'refused'; readonly code: LiveErrorCode; readonly message: string }
  | { readonly kind: 'no-such-class' }
  | { readonly kind: 'unreachable'; readonly message: string };

/** Dials the server; rejects with a `JoinFailure`. */
export interface LiveTransport {
  join(code: string, options: StudentJoin): Promise<LiveConnection>;
  /** The event's addresses, from the server's `servers` message (src/app/live-servers.ts rejoins through them). */
  servers?(urls: readonly unknown[]): void;
}

export const LIVE_STATUSES = ['idle', 'joining', 'connected', 'reconnecting', 'closed'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];

/** What listeners of the connection's status hear. */
export interface StatusChange {
  readonly status: LiveStatus;
  /** The failure of the last attempt, while reconnecting (null on the first tries). */
  readonly failure: JoinFailure | null;
}

/** Timers, given so tests run backoff without waiting. */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** The waits between rejoin attempts, in ms; the last repeats (the seat is held for at least 10 minutes). */
export const BACKOFF_MS = [500, 1000, 2000, 4000, 8000] as const;

/** Where a seat token is kept: per class code. */
export const SEAT_KEY_PREFIX = 'tariff-talks.live-seat.';

export interface SeatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The seat remembered for a class: its token, the name it was taken with, and its section's room id. */
export interface RememberedSeat {
  readonly token: string;
  readonly name: string;
  /** The room the seat is in: the class code, or one of its sections (src/net/sections.ts). */
  readonly room?: string;
}

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** Seat tokens by class code; storage that fails (private mode, disabled) just remembers nothing. */
export class SeatMemory {
  constructor(private readonly storage: () => SeatStorage | null = browserStorage) {}

  get(code: string): RememberedSeat | null {
    try {
      const text = this.storage()?.getItem(SEAT_KEY_PREFIX + code);
      if (!text) return null;
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null) return null;
      const { token, name, room } = value as Record<string, unknown>;
      if (typeof token !== 'string' || !TOKEN_PATTERN.test(token) || typeof name !== 'string') return null;
      // A room that is not one of this class's is not followed (the head sends the student on again).
      const section = typeof room === 'string' && parseRoomId(room)?.code === code ? room : null;
      return section === null ? { token, name } : { token, name, room: section };
    } catch {
      return null;
    }
  }

  set(code: string, seat: RememberedSeat): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.setItem(SEAT_KEY_PREFIX + code, JSON.stringify(seat));
      return true;
    } catch {
      return false;
    }
  }

  forget(code: string): void {
    try {
      this.storage()?.removeItem(SEAT_KEY_PREFIX + code);
    } catch {
      // Nothing to forget where nothing could be kept.
    }
  }
}

function browserStorage(): SeatStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

type Handler = (payload: never) => void;

/**
 * A student's place in one live class. `join` resolves once the first connection is open (or with why not);
 * afterwards a dropped connection is rejoined with the seat token, with backoff, until `close`.
 */
export class LiveClient {
  private connection: LiveConnection | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly statusHandlers = new Set<(change: StatusChange) => void>();
  private current: StatusChange = { status: 'idle', failure: null };
  private code = '';
  /** The room joined: the class code, or the section the class's head sent this student to. */
  private room = '';
  private name = '';
  private attempt = 0;
  private timer: unknown = null;
  private closed = false;

  constructor(
    private readonly transport: LiveTransport,
    readonly seats: SeatMemory = new SeatMemory(),
    private readonly timers: Timers = realTimers,
  ) {
    // The seat token arrives once per new seat: kept at once so a reload rejoins it.
    this.on('welcome', (seat) => {
      const section = this.room !== this.code ? { room: this.room } : {};
      this.seats.set(this.code, { token: seat.token, name: seat.name, ...section });
      this.name = seat.name;
    });
    this.on('servers', (servers) => {
      if (Array.isArray(servers?.urls)) this.transport.servers?.(servers.urls);
    });
  }

  get status(): LiveStatus {
    return this.current.status;
  }

  get classCode(): string {
    return this.code;
  }

  /** Joins `code` as `name`, rejoining the remembered seat of this class when there is one. */
  async join(code: string, name: string): Promise<JoinFailure | null> {
    this.code = code;
    this.name = name;
    this.closed = false;
    this.setStatus({ status: 'joining', failure: null });
    const failure = await this.dial();
    // A token the server does not know gives a new seat (the server's rule), so one try is enough here.
    if (failure) this.setStatus({ status: 'closed', failure });
    return failure;
  }

  /** Sends a message on the open connection; false when there is none (the message is not queued). */
  send<K extends StudentMessageType>(type: K, payload: StudentPayload<K>): boolean {
    if (!this.connection || this.current.status !== 'connected') return false;
    this.connection.send(type, payload);
    return true;
  }

  on<K extends ServerMessageType>(type: K, handler: (payload: ServerMessages[K]) => void): () => void {
    let set = this.handlers.get(type);
    if (!set) {
      set = new Set();
      this.handlers.set(type, set);
    }
    const h = handler as Handler;
    set.add(h);
    return () => set.delete(h);
  }

  onStatus(handler: (change: StatusChange) => void): () => void {
    this.statusHandlers.add(handler);
    return () => this.statusHandlers.delete(handler);
  }

  /** Leaves the class on this device (the seat stays the student's: joining again rejoins it). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    const connection = this.connection;
    this.connection = null;
    connection?.leave();
    this.setStatus({ status: 'closed', failure: null });
  }

  private async dial(): Promise<JoinFailure | null> {
    const seat = this.seats.get(this.code);
    const options: StudentJoin = {
      role: 'student',
      name: seat?.name ?? this.name,
      ...(seat ? { seatToken: seat.token } : {}),
    };
    let connection: LiveConnection | null = null;
    this.room = seat?.room ?? this.code;
    // A new student of a large class is sent on to a section by its head (at most once per section).
    for (let hop = 0; connection === null; hop++) {
      try {
        connection = await this.transport.join(this.room, options);
      } catch (error) {
        const failure = asFailure(error);
        const next =
          failure.kind === 'refused' && failure.code === 'IN_SECTION'
            ? sectionOfRefusal(this.code, failure.message)
            : null;
        if (next === null || hop > MAX_SECTIONS) return failure;
        this.room = next;
      }
    }
    if (this.closed) {
      connection.leave();
      return null;
    }
    const open: LiveConnection = connection;
    // The server may have seated a new student in a section of the class: the seat is there from now on.
    if (open.roomId !== undefined && parseRoomId(open.roomId)?.code === this.code) this.room = open.roomId;
    this.connection = open;
    this.attempt = 0;
    open.onMessage((type, payload) => this.dispatch(type, payload));
    open.onDrop(() => {
      if (this.connection !== open) return;
      this.connection = null;
      this.retry(null);
    });
    this.setStatus({ status: 'connected', failure: null });
    return null;
  }

  private retry(failure: JoinFailure | null): void {
    if (this.closed) return;
    if (failure?.kind === 'refused' && failure.code === 'SESSION_ENDED') {
      this.setStatus({ status: 'closed', failure });
      return;
    }
    this.setStatus({ status: 'reconnecting', failure });
    const wait = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt++;
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.dial().then((next) => {
        if (next) this.retry(next);
      });
    }, wait);
  }

  private dispatch(type: string, payload: unknown): void {
    for (const handler of this.handlers.get(type) ?? []) (handler as (p: unknown) => void)(payload);
  }

  private setStatus(change: StatusChange): void {
    this.current = change;
    for (const handler of this.statusHandlers) handler(change);
  }
}

/** A rejected join as a `JoinFailure`: the server's refusal code when its message names one. */
export function asFailure(error: unknown): JoinFailure {
  if (isFailure(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // The server refuses a join with "CODE: words" (`refusalCode`); a bare code, or a `code` field, counts too.
  const named = refusalCode(message) ?? LIVE_ERROR_CODES.find((c) => message === c || code === c);
  if (named) return { kind: 'refused', code: named, message };
  // Colyseus' matchmaker: 4212 is "no room with this id".
  if (code === 4212) return { kind: 'no-such-class' };
  return { kind: 'unreachable', message };
}

function isFailure(value: unknown): value is JoinFailure {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === 'refused' || kind === 'no-such-class' || kind === 'unreachable';
}

/** How long a join may take before the server counts as unreachable (a LAN address that never answers). */
export const JOIN_TIMEOUT_MS = 10_000;

/**
 * The colyseus.js 0.16 transport: one room per class, joined by its id (the class code). colyseus.js is loaded
 * on the first join only: games without a server never load it (its msgpackr probes `new Function` when it
 * loads, which the pages' CSP refuses and reports; it then works without).
 */
export function colyseusTransport(endpoint: string): LiveTransport {
  let loaded: Promise<Client> | null = null;
  return {
    async join(code, options) {
      loaded ??= import('colyseus.js').then(({ Client }) => new Client(endpoint));
      const client = await loaded.catch((error: unknown) => {
        loaded = null;
        throw error;
      });
      let timedOut = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject({ kind: 'unreachable', message: 'no answer' } satisfies JoinFailure);
        }, JOIN_TIMEOUT_MS);
      });
      const joining = client.joinById(code, options);
      // A join that answers after the timeout is left at once (the student was told it failed).
      joining.then(
        (late) => {
          if (timedOut) void late.leave(true).catch(() => undefined);
        },
        () => undefined,
      );
      const room = await Promise.race([joining, timeout]).finally(() => clearTimeout(timer));
      let consented = false;
      return {
        roomId: room.roomId,
        send: (type, payload) => room.send(type, payload),
        onMessage: (handler) => {
          room.onMessage('*', (type, payload) => handler(String(type), payload));
        },
        onDrop: (handler) => {
          room.onLeave((closeCode) => {
            if (!consented) handler(closeCode);
          });
        },
        leave: () => {
          consented = true;
          void room.leave(true).catch(() => undefined);
        },
      };
    },
  };
}
