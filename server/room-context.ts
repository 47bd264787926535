/**
 * What every live room of one server process shares (server/live-room.ts), and what a room knows of each client.
 */
import type { AuthContext } from '@colyseus/core';
import type { JoinOptions } from '../src/net/protocol.ts';
import type { Journal } from './journal.ts';
import type { LiveRoom } from './live-room.ts';
import type { LeaseContext, LogEvent } from './room-lease.ts';

/** What every room of one server shares: the journal, the key, the rooms, and the secret that marks a restore. */
export interface RoomContext extends LeaseContext {
  readonly journal: Journal;
  readonly key: Buffer;
  /** Only the server itself knows it: a client cannot ask for a "restore" of a session. */
  readonly restoreNonce: string;
  /** The rooms open on this process (for `/healthz` and the cluster's watchdog). */
  readonly rooms: Set<LiveRoom>;
  readonly log: LogEvent;
  /**
   * The event's page addresses a student may rejoin through (the protocol's `servers`), for a join that came with
   * these HTTP headers; absent with one process and no PUBLIC_URLS.
   */
  readonly servers?: (headers: AuthContext['headers']) => Promise<readonly string[]>;
  /** Students in the head of a class before new ones go to sections (src/net/sections.ts); MAX_STUDENTS. */
  readonly sectionSize?: number;
  /** `host:port/live` that clients reach this process's rooms at directly (TT_PUBLIC_URL); else forwarded. */
  readonly publicAddress?: string;
}

export type UserData = { role: 'teacher' } | { role: 'student'; seat: string };
export type AuthData =
  | { role: 'teacher'; creator: boolean; headers: AuthContext['headers'] }
  | { role: 'student'; join: Extract<JoinOptions, { role: 'student' }>; headers: AuthContext['headers'] };
