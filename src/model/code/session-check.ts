/**
 * A result code checked against the teacher's own record of the session it claims. A code is written by the
 * student's browser, so everything in it (its session, its settings, its seal) can be written by a student too;
 * only the teacher's stored session is out of the student's reach. So the session id must be one the teacher
 * created, and the game's scenario, sides, opponent, difficulty and seed must be the ones that session locks
 * for the name in the code, with the seed recomputed from the teacher's class seed, never the code's.
 */
import { sameContent } from '../hash.ts';
import type { ResultRecord } from './result-code.ts';
import { studentSeed } from './result-code.ts';
import type { ClassSession } from './session-link.ts';

/** The teacher's sessions, by id: the one with that id, or undefined when the teacher has none by that id. */
export type SessionLookup = (id: string) => ClassSession | undefined;

/** The lookup of a list of sessions (a Map: an id such as "constructor" finds nothing it should not). */
export function sessionLookupOf(sessions: readonly ClassSession[]): SessionLookup {
  const byId = new Map<string, ClassSession>();
  for (const session of sessions) if (!byId.has(session.id)) byId.set(session.id, session);
  return (id) => byId.get(id);
}

export type SessionFit =
  | { readonly kind: 'fits'; readonly session: ClassSession }
  /** The code names no session, or one the teacher does not have. */
  | { readonly kind: 'unknown'; readonly reason: string }
  /** The code names the teacher's session but was not played as that session locks it: it was edited or forged. */
  | { readonly kind: 'mismatch'; readonly reason: string };

const quote = (text: string): string => `“${text}”`;

/** How a code stands against the teacher's sessions. */
export function fitSession(record: ResultRecord, sessions: SessionLookup): SessionFit {
  if (record.session === null)
    return {
      kind: 'unknown',
      reason:
        'the game was played outside a classroom session: its settings and seed cannot be checked against one of yours',
    };
  const session = sessions(record.session.id);
  if (session === undefined)
    return {
      kind: 'unknown',
      reason: `the code names the session ${quote(record.session.id)}, which is not one of the sessions stored here`,
    };
  const reason = mismatchOf(record, session);
  return reason === null ? { kind: 'fits', session } : { kind: 'mismatch', reason };
}

/** Why a code that names `session` was not played as the session locks it, or null when it was. */
export function mismatchOf(record: ResultRecord, session: ClassSession): string | null {
  const { settings } = record;
  const title = quote(session.title || session.id);
  if (record.scenario.id !== session.scenario.id || !sameContent(record.scenario.hash, session.scenario.hash))
    return `the session ${title} plays ${quote(session.scenario.id)} version ${session.scenario.version}; the code was played with ${quote(record.scenario.id)} version ${record.scenario.version}`;
  if (record.parties[0] !== session.parties[0] || record.parties[1] !== session.parties[1])
    return `the sides are not those of the session ${title}`;
  if (settings.opponent !== session.opponent)
    return `the session ${title} plays with the opponent “${session.opponent}”; the code was played with “${settings.opponent}”`;
  if (settings.difficulty !== session.difficulty)
    return `the session ${title} plays at difficulty “${session.difficulty}”; the code at “${settings.difficulty}”`;
  if (session.sides.kind === 'fixed' && settings.side !== session.sides.side)
    return `in the session ${title} everyone plays ${quote(session.sides.side)}; the code plays ${quote(settings.side)}`;
  if (session.seeding === 'class') {
    if (record.session?.classSeed !== null)
      return `the session ${title} gives the class one seed, but the code says each student has their own`;
    if (settings.seed !== session.seed) return `the seed is not the one of the session ${title}`;
    return null;
  }
  if (record.session?.classSeed !== session.seed)
    return `the session ${title} gives each student a seed of their own, but the code does not carry the session’s class seed`;
  const expected = studentSeed(session.seed, record.name);
  if (settings.seed !== expected)
    return `the seed is not the one the session ${title} gives ${quote(record.name)}: the name or the seed was changed`;
  return null;
}
