/**
 * The result code of the last finished classroom game, kept under a key of its own. The save holds one game;
 * a new game replaces it, and with it the debrief that shows the code. The code a student must hand in is kept
 * here as well, so that it stays on the title screen ("Your last result code") after a new game. Read back
 * checked: a damaged record reads as none.
 */
import { classroomCode } from './classroom.ts';
import { defaultStorage, type SaveStorage } from './save.ts';
import type { Session } from './session.ts';

export const LAST_RESULT_KEY = 'tariff-talks/last-result';

export interface LastResult {
  readonly code: string;
  /** The student's name (or team) as in the code. */
  readonly name: string;
  /** The class session's title ('' for an untitled one). */
  readonly session: string;
  readonly scenario: string;
  readonly finishedAt: string;
  /** The game the code comes from (the save's game id). */
  readonly gameId: string;
}

const MAX_CODE = 20_000;
const MAX_TEXT = 400;

/** The record of a finished classroom game, or null (not finished, or not in a classroom session). */
export function lastResultOf(session: Session, gameId: string, now: Date): LastResult | null {
  const { classroom, scenario } = session;
  const { game } = session.store.getState();
  if (!classroom || !game.outcome) return null;
  const code = classroomCode(scenario, game, classroom);
  if (code === null) return null;
  return {
    code,
    name: classroom.name,
    session: classroom.session.title,
    scenario: scenario.title,
    finishedAt: now.toISOString(),
    gameId,
  };
}

/** Keeps the record; false when storage refused it (full or blocked). */
export function writeLastResult(storage: SaveStorage | null, record: LastResult): boolean {
  if (!storage) return false;
  try {
    storage.setItem(LAST_RESULT_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

const text = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** The record kept, checked field by field, or null. Never throws. */
export function readLastResult(storage: SaveStorage | null = defaultStorage()): LastResult | null {
  let value: unknown;
  try {
    const raw = storage?.getItem(LAST_RESULT_KEY) ?? null;
    if (raw === null) return null;
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  if (
    !text(r.code, MAX_CODE) ||
    !r.code.startsWith('TT') ||
    !text(r.name, MAX_TEXT) ||
    r.name === '' ||
    !text(r.session, MAX_TEXT) ||
    !text(r.scenario, MAX_TEXT) ||
    !text(r.finishedAt, 40) ||
    !text(r.gameId, 64)
  )
    return null;
  return {
    code: r.code,
    name: r.name,
    session: r.session,
    scenario: r.scenario,
    finishedAt: r.finishedAt,
    gameId: r.gameId,
  };
}
