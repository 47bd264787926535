/**
 * Classroom sessions: the settings a teacher chooses, carried in the link students open (`?session=TS1…`), with
 * the same checksum as result codes so a link cut short or mistyped is recognised.
 */

import { err, ok, type Result } from '../result.ts';
import { DIFFICULTY_LEVELS, OPPONENTS, type Opponent } from '../types.ts';
import type { Difficulty } from '../vocabulary.ts';
import { ByteReader, ByteWriter, CodeFormatError, seal, unseal } from './bytes.ts';
import type { CodeProblem } from './result-code.ts';

export const SESSION_PREFIX = 'TS1';
const FORMAT = 1;
const MAX_TEXT = 200;
export const MAX_SESSION_LENGTH = 2_000;

/** How sides are given out: every student plays one side, alternate by seat number, or each student chooses. */
export type SideRule =
  | { readonly kind: 'fixed'; readonly side: string }
  | { readonly kind: 'alternate' }
  | { readonly kind: 'choose' };

export interface ClassSession {
  /** Names the session in codes, so the dashboard can group a class's results. */
  readonly id: string;
  /** The teacher's label for it, e.g. "7B, Thursday". */
  readonly title: string;
  readonly scenario: { readonly id: string; readonly version: string; readonly hash: string };
  /** The scenario's two party ids; alternate gives the first to odd seat numbers, the second to even ones. */
  readonly parties: readonly [string, string];
  readonly sides: SideRule;
  readonly opponent: Opponent;
  readonly difficulty: Difficulty;
  readonly seed: string;
  /** 'class': every student plays `seed`; 'student': each plays studentSeed(seed, name). */
  readonly seeding: 'class' | 'student';
}

const SIDE_KINDS = ['fixed', 'alternate', 'choose'] as const;
const SEEDINGS = ['class', 'student'] as const;

export function encodeSession(session: ClassSession): string {
  const w = new ByteWriter().u8(FORMAT);
  w.str(session.id).str(session.title);
  w.str(session.scenario.id).str(session.scenario.version).str(session.scenario.hash);
  w.str(session.parties[0]).str(session.parties[1]);
  w.u8(SIDE_KINDS.indexOf(session.sides.kind));
  if (session.sides.kind === 'fixed') w.u8(session.parties.indexOf(session.sides.side) === 1 ? 1 : 0);
  w.u8(OPPONENTS.indexOf(session.opponent)).u8(DIFFICULTY_LEVELS.indexOf(session.difficulty));
  w.str(session.seed).u8(SEEDINGS.indexOf(session.seeding));
  return seal(SESSION_PREFIX, w.bytes());
}

function pick<T>(list: readonly T[], i: number, what: string): T {
  const value = list[i];
  if (value === undefined) throw new CodeFormatError('linkUnknownValue', { what });
  return value;
}

export function decodeSession(text: string): Result<ClassSession, CodeProblem> {
  try {
    const r = new ByteReader(unseal(SESSION_PREFIX, text, MAX_SESSION_LENGTH));
    const format = r.u8();
    if (format !== FORMAT) throw new CodeFormatError('linkFormat', { format, expected: FORMAT });
    const id = r.str(MAX_TEXT);
    const title = r.str(MAX_TEXT);
    const scenario = { id: r.str(MAX_TEXT), version: r.str(MAX_TEXT), hash: r.str(MAX_TEXT) };
    const parties = [r.str(MAX_TEXT), r.str(MAX_TEXT)] as const;
    const kind = pick(SIDE_KINDS, r.u8(), 'way of giving out sides');
    const sides: SideRule = kind === 'fixed' ? { kind, side: pick(parties, r.u8(), 'side') } : { kind };
    const opponent = pick(OPPONENTS, r.u8(), 'opponent');
    const difficulty = pick<Difficulty>(DIFFICULTY_LEVELS, r.u8(), 'difficulty');
    const seed = r.str(MAX_TEXT);
    const seeding = pick(SEEDINGS, r.u8(), 'seeding');
    r.end();
    if (id === '' || seed === '') throw new CodeFormatError('linkEmpty');
    return ok({ id, title, scenario, parties, sides, opponent, difficulty, seed, seeding });
  } catch (error) {
    return err({
      message:
        error instanceof CodeFormatError
          ? error.message.replace(/\bcode\b/g, 'link')
          : 'the link cannot be read',
    });
  }
}

/**
 * The side a student plays: fixed by the session; by seat number when alternating (odd: the first side, even:
 * the second); or the student's own choice. Null when the student still has to choose or give a seat number.
 */
export function sideFor(session: ClassSession, choice: { seat?: number; side?: string }): string | null {
  switch (session.sides.kind) {
    case 'fixed':
      return session.sides.side;
    case 'alternate':
      return choice.seat !== undefined && Number.isInteger(choice.seat) && choice.seat > 0
        ? session.parties[(choice.seat - 1) % 2 === 0 ? 0 : 1]
        : null;
    case 'choose':
      return choice.side !== undefined && session.parties.includes(choice.side) ? choice.side : null;
  }
}
