/**
 * The teacher's live session kept in the browser: its class code and the secret teacher token, so that a reload
 * of teacher.html returns to the live board. Read back only after checking both (a damaged value is removed and
 * said, never used); every storage call is guarded. The token is a secret: it is kept here and sent to the
 * server only, never put in an address, a log or the page's text.
 */
import { normalizeClassCode } from '../net/protocol.ts';
import type { TeacherStorage } from './store.ts';

export const LIVE_STORAGE_KEY = 'tariff-talks/teacher/v1/live';

/** The same shape the protocol's join schema accepts for a teacher token. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export interface LiveSeat {
  readonly code: string;
  readonly teacherToken: string;
}

export type LiveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly seat: LiveSeat }
  /** Something was stored but it is not a live session: it was removed; `reason` says what was wrong. */
  | { readonly kind: 'damaged'; readonly reason: 'NOT_JSON' | 'BAD_CODE' | 'BAD_TOKEN' }
  | { readonly kind: 'unavailable' };

/** Checks a stored text: the seat in it, or what is wrong with it. */
export function parseLiveSeat(raw: string): LiveRead {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'damaged', reason: 'NOT_JSON' };
  }
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const code = typeof record.code === 'string' ? normalizeClassCode(record.code) : null;
  if (code === null || code !== record.code) return { kind: 'damaged', reason: 'BAD_CODE' };
  const token = record.teacherToken;
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token))
    return { kind: 'damaged', reason: 'BAD_TOKEN' };
  return { kind: 'found', seat: { code, teacherToken: token } };
}

/** Reads the stored live session. A damaged value is removed (it cannot rejoin anything) and reported. */
export function readLiveSeat(storage: TeacherStorage | null): LiveRead {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(LIVE_STORAGE_KEY);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'none' };
  const read = parseLiveSeat(raw);
  if (read.kind === 'damaged') clearLiveSeat(storage);
  return read;
}

/** Keeps the live session; false when the browser would not store it (a reload then cannot return to it). */
export function saveLiveSeat(storage: TeacherStorage | null, seat: LiveSeat): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LIVE_STORAGE_KEY, JSON.stringify({ code: seat.code, teacherToken: seat.teacherToken }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the live session (it ended, or the teacher left it). */
export function clearLiveSeat(storage: TeacherStorage | null): void {
  try {
    storage?.removeItem(LIVE_STORAGE_KEY);
  } catch {
    // Nothing to do: a value that cannot be removed is checked again when read.
  }
}
