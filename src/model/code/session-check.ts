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
import { because, type Why, type WhyCode } from './why.ts';

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
  | { readonly kind: 'unknown'; readonly reason: string; readonly why: Why }
  /** The code names the teacher's session but was not played as that session locks it: it was edited or forged. */
  | { readonly kind: 'mismatch'; readonly reason: string; readonly why: Why };

/** How a code stands against the teacher's sessions. */
export function fitSession(record: ResultRecord, sessions: SessionLookup): SessionFit {
  if (record.session === null) return { kind: 'unknown', ...because('noSession') };
  const session = sessions(record.session.id);
  if (session === undefined)
    return { kind: 'unknown', ...because('unknownSession', { id: record.session.id }) };
  const why = mismatchWhy(record, session);
  return why === null ? { kind: 'fits', session } : { kind: 'mismatch', ...because(why.code, why.vars) };
}

/** Why a code that names `session` was not played as the session locks it, or null when it was. */
export function mismatchOf(record: ResultRecord, session: ClassSession): string | null {
  const why = mismatchWhy(record, session);
  return why === null ? null : because(why.code, why.vars).reason;
}

/** `mismatchOf` as a reason's code and facts (why.ts), or null when the code was played as the session locks it. */
export function mismatchWhy(record: ResultRecord, session: ClassSession): Why | null {
  const { settings } = record;
  const title = session.title || session.id;
  const why = (code: WhyCode, vars: Record<string, string | number> = {}): Why => ({
    code,
    vars: { title, ...vars },
  });
  if (record.scenario.id !== session.scenario.id || !sameContent(record.scenario.hash, session.scenario.hash))
    return why('sessionScenario', {
      scenario: session.scenario.id,
      version: session.scenario.version,
      codeScenario: record.scenario.id,
      codeVersion: record.scenario.version,
    });
  if (record.parties[0] !== session.parties[0] || record.parties[1] !== session.parties[1])
    return why('sessionSides');
  if (settings.opponent !== session.opponent)
    return why('sessionOpponent', { opponent: session.opponent, codeOpponent: settings.opponent });
  if (settings.difficulty !== session.difficulty)
    return why('sessionDifficulty', { difficulty: session.difficulty, codeDifficulty: settings.difficulty });
  if (session.sides.kind === 'fixed' && settings.side !== session.sides.side)
    return why('sessionSide', { side: session.sides.side, codeSide: settings.side });
  if (session.seeding === 'class') {
    if (record.session?.classSeed !== null) return why('sessionClassSeed');
    if (settings.seed !== session.seed) return why('sessionSeed');
    return null;
  }
  if (record.session?.classSeed !== session.seed) return why('sessionNoClassSeed');
  const expected = studentSeed(session.seed, record.name);
  if (settings.seed !== expected) return why('sessionStudentSeed', { name: record.name });
  return null;
}
