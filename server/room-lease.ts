/**
 * What a live room (server/live-room.ts) does as one room of several processes: its lease in the journal's
 * database (claimed when the session is created, given up when the room closes, kept when another process took
 * it), what happens after a failed journal write (restored elsewhere, or here after a moment with one process),
 * and the session in numbers published through the presence so every process knows the event (`/healthz`).
 */

import type { Presence } from '@colyseus/core';
import { matchMaker } from '@colyseus/core';
import { LIVE_ROOM } from '../src/net/protocol.ts';
import type { Journal } from './journal.ts';
import type { LiveSession } from './live-session.ts';

/** One structured log line: an event name and its fields (no personal data beyond names students typed). */
export type LogEvent = (event: string, fields?: Record<string, unknown>) => void;

/** What a room needs of the leases: the journal, this process's id and the lease's length, the log. */
export interface LeaseContext {
  readonly journal: Journal;
  readonly restoreNonce: string;
  readonly log: LogEvent;
  /** With several processes: this process's id, for the lease of each room it holds (server/cluster.ts). */
  readonly lease?: { readonly processId: () => string; readonly ms: number };
}

/** The presence channel of session summaries (several processes). */
export const SESSIONS_CHANNEL = 'tt:sessions';
/** A session in numbers, as every process hears of it. */
export interface SessionSummary {
  readonly code: string;
  readonly students: number;
  readonly pairs: number;
  readonly finished: number;
  readonly ended: boolean;
  readonly at: number;
}

/** With one process, a room whose journal write failed is restored from the journal after this long. */
const RESTORE_AFTER_FAILURE_MS = 1000;
/** The summary goes out at most this often (it changes with every move of every pair). */
const SUMMARY_MS = 100;

export function summaryOf(session: LiveSession, at: number): SessionSummary {
  return {
    code: session.code,
    students: session.seats.size,
    pairs: session.pairs.length,
    finished: session.pairs.filter((p) => p.game?.outcome).length,
    ended: session.ended,
    at,
  };
}

/** One room's lease and summaries; without `ctx.lease` (one process) only the restore after a failure. */
export class RoomLease {
  private summaryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: LeaseContext) {}

  /** Several processes: the new session is this process's; false if another process took it first. */
  async claim(code: string): Promise<boolean> {
    const lease = this.ctx.lease;
    return lease ? this.ctx.journal.claim(code, lease.processId(), lease.ms) : true;
  }

  /** The room closes: its session is free for another process at once. */
  release(code: string): void {
    const lease = this.ctx.lease;
    if (lease) this.ctx.journal.release(code, lease.processId()).catch(() => {});
  }

  /**
   * The journal refused a write and the room was dropped. A conflict means another process holds the session
   * now; otherwise it is restored from the journal, by another process with several (the lease is given up),
   * or here after a moment with one; its clients rejoin by themselves.
   */
  failed(code: string, conflict: boolean): void {
    if (conflict) return;
    if (this.ctx.lease) {
      this.release(code);
      return;
    }
    setTimeout(() => {
      matchMaker
        .createRoom(LIVE_ROOM, { restore: code, nonce: this.ctx.restoreNonce })
        .catch((error: unknown) => this.ctx.log('restore.error', { code, error: String(error) }));
    }, RESTORE_AFTER_FAILURE_MS);
  }

  /**
   * Several processes: the session in numbers, published through the presence (SESSIONS_CHANNEL) once `written`
   * says everything it counts is in the journal, so every process knows every session of the event.
   */
  scheduleSummary(presence: Presence, session: () => LiveSession, written: (send: () => void) => void): void {
    if (!this.ctx.lease || this.summaryTimer) return;
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = null;
      try {
        const summary = summaryOf(session(), Date.now());
        written(() => void presence.publish(SESSIONS_CHANNEL, summary));
      } catch (error) {
        this.ctx.log('room.error', { error: String(error) });
      }
    }, SUMMARY_MS);
  }

  stop(): void {
    if (this.summaryTimer) clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
  }
}
