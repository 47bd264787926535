/**
 * A live game's result in the teacher's data: the code goes into the dashboard's list like a pasted one (once:
 * a code already there, pasted or sent before, is not added again), and its server signature is kept beside it,
 * so its entry is marked "verified by the server" when its replay verifies too. The live session's ClassSession
 * is stored with the teacher's sessions, so the dashboard names it and its codes fit it. Pure.
 */
import { t } from '../i18n/page-catalog.ts';
import type { ClassSession } from '../model/code/session-link.ts';
import { markDuplicates, type Verdict } from '../model/code/verify.ts';
import type { LiveResult } from '../net/protocol.ts';
import { addCodes, addSession, type TeacherData } from './store.ts';
import { MAX_CODES } from './store-schema.ts';

const SIGNATURE = /^[0-9a-f]{64}$/;

/** A live session's ClassSession id is "live-" and its class code (the server makes it so). */
export const LIVE_SESSION_PREFIX = 'live-';

/** The class code of a live session's ClassSession, or null for a session set up for result codes. */
export const liveCodeOf = (session: ClassSession): string | null =>
  session.id.startsWith(LIVE_SESSION_PREFIX) ? session.id.slice(LIVE_SESSION_PREFIX.length) : null;

/** What adding a result did: the new data, whether the code is new to the list, and whether it was kept. */
export interface AddedResult {
  readonly data: TeacherData;
  /** The code was not in the list before (false: pasted or sent before; it counts once). */
  readonly added: boolean;
  /** False when the result was not usable (no code, a signature that is not hex) or the list is full. */
  readonly kept: boolean;
}

/** Adds a live result: its code (unless already listed) and its signature (once per code). */
export function addLiveResult(data: TeacherData, result: LiveResult): AddedResult {
  const code = typeof result.code === 'string' ? result.code.trim() : '';
  if (code === '' || typeof result.signature !== 'string' || !SIGNATURE.test(result.signature))
    return { data, added: false, kept: false };
  const codes = addCodes(data, [code]);
  const listed = codes.added > 0 || codes.skipped > 0;
  if (!listed) return { data, added: false, kept: false };
  const signed = data.signed ?? [];
  const already = signed.some((s) => s.code === code);
  // Nothing new (the same result again, after a rejoin): the very same data, so nothing is stored or counted.
  if (already && codes.added === 0) return { data, added: false, kept: true };
  const next: TeacherData = already
    ? codes.data
    : { ...codes.data, signed: [...signed, { code, signature: result.signature }].slice(-MAX_CODES) };
  return { data: next, added: codes.added > 0, kept: true };
}

/** The codes the live server signed. */
export function signedCodes(data: TeacherData): ReadonlySet<string> {
  return new Set((data.signed ?? []).map((s) => s.code));
}

/**
 * Stores a live session's ClassSession (from the board) unless the same one is stored already. `scenarioFile`
 * names the designer's file it plays, if it is one stored here.
 */
export function addLiveSession(
  data: TeacherData,
  session: ClassSession,
  created: string,
  scenarioFile: string | null = null,
): TeacherData {
  const stored = data.sessions.find((s) => s.session.id === session.id);
  if (stored && JSON.stringify(stored.session) === JSON.stringify(session)) return data;
  return addSession(data, {
    session,
    created: stored?.created ?? created,
    scenarioFile: stored?.scenarioFile ?? scenarioFile,
  });
}

/**
 * Marks the copies of a game handed in more than once, as the model's markDuplicates does, except that a game
 * the live server signed is that pair's own: two pairs can play the same moves (every pair plays the class seed,
 * and the computer makes the moves of sides out of time), so each signed code (the first time its text is
 * listed) stays verified and counts. Any other copy of such a game (a renamed code, the same text pasted again)
 * is a duplicate of the first signed one and does not count.
 */
export function markWithServer(
  verdicts: readonly Verdict[],
  codes: readonly string[],
  signed: ReadonlySet<string>,
): Verdict[] {
  const marked = markDuplicates(verdicts);
  const seen = new Set<string>();
  const vouched = codes.map((code, i) => {
    if (!signed.has(code) || seen.has(code) || verdicts[i]?.kind !== 'verified') return false;
    seen.add(code);
    return true;
  });
  return marked.map((verdict, index) => {
    if (verdict.kind !== 'duplicate') return verdict;
    const sure = verdict.copies.filter((i) => vouched[i]);
    if (sure.length === 0) return verdict;
    if (vouched[index]) return verdicts[index] as Verdict;
    const of = sure[0] as number;
    return {
      ...verdict,
      of,
      first: false,
      reason: t('teacherLive.duplicateOf', { n: of + 1 }),
    };
  });
}
