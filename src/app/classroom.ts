/**
 * The game in a classroom session (the student's side of it): reading the session link in the page's address,
 * the settings the session locks (side by seat number or choice, the seed per class or per student, the
 * opponent and the difficulty), whether a scenario is the one the session was set up with, the classroom info
 * kept in the autosave, and the result code the student hands in. No DOM here except `pageSessionLink`, which
 * reads the address once.
 */
import {
  type ClassSession,
  type CodeSession,
  decodeSession,
  encodeSession,
  MAX_NAME_LENGTH,
  normalizeName,
  resultCode,
  sideFor,
  studentSeed,
} from '../model/code/index.ts';
import { sameContent } from '../model/hash.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import type { GameSettings, GameState } from '../model/types.ts';

/** A game played in a classroom session: the teacher's session and the student's name (or team) as entered. */
export interface Classroom {
  readonly session: ClassSession;
  readonly name: string;
}

/** The query parameter of a session link: `index.html?session=TS1…`. */
export const SESSION_PARAM = 'session';
/** Seat numbers go from 1 to this (a class, a lecture hall). */
export const MAX_SEAT = 999;

export type SessionLink =
  | { readonly kind: 'none' }
  | { readonly kind: 'damaged'; readonly reason: string }
  | { readonly kind: 'valid'; readonly session: ClassSession };

/** The session link in a page address's query (`?session=…`), checked; never throws. */
export function readSessionLink(search: string): SessionLink {
  let text: string | null;
  try {
    text = new URLSearchParams(search).get(SESSION_PARAM);
  } catch {
    return { kind: 'damaged', reason: 'the address cannot be read' };
  }
  if (text === null) return { kind: 'none' };
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'damaged', reason: 'the link has no session in it' };
  const decoded = decodeSession(trimmed);
  return decoded.ok
    ? { kind: 'valid', session: decoded.value }
    : { kind: 'damaged', reason: decoded.error.message };
}

let pageLink: SessionLink | null = null;

/** The session link of this page (read once; the address does not change while the game runs). */
export function pageSessionLink(): SessionLink {
  if (pageLink === null)
    pageLink = typeof window === 'undefined' ? { kind: 'none' } : readSessionLink(window.location.search);
  return pageLink;
}

/** The seed a student plays: the class's, or one of their own derived from the class seed and their name. */
export const seedFor = (session: ClassSession, name: string): string =>
  session.seeding === 'class' ? session.seed : studentSeed(session.seed, name);

/** A seat number as typed: a whole number from 1 to MAX_SEAT, or null. */
export function parseSeat(typed: string): number | null {
  const text = typed.trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  const seat = Number(text);
  return seat >= 1 && seat <= MAX_SEAT ? seat : null;
}

export const JOIN_PROBLEMS = ['NAME_EMPTY', 'SEAT_MISSING', 'SEAT_INVALID', 'SIDE_MISSING'] as const;
export type JoinProblem = (typeof JOIN_PROBLEMS)[number];

/** What the student entered on the join screen. `seat` is the text typed (alternate sides). */
export interface JoinChoice {
  readonly name: string;
  readonly seat?: string;
  readonly side?: string;
}

/**
 * The locked settings of a student's game in a session, and the name as kept (normalised), or the first thing
 * missing from what the student entered.
 */
export function joinSettings(
  session: ClassSession,
  choice: JoinChoice,
): Result<{ readonly settings: GameSettings; readonly classroom: Classroom }, JoinProblem> {
  const name = normalizeName(choice.name);
  if (name === '') return err('NAME_EMPTY');
  let side: string | null;
  switch (session.sides.kind) {
    case 'fixed':
      side = sideFor(session, {});
      break;
    case 'alternate': {
      if (choice.seat === undefined || choice.seat.trim() === '') return err('SEAT_MISSING');
      const seat = parseSeat(choice.seat);
      if (seat === null) return err('SEAT_INVALID');
      side = sideFor(session, { seat });
      break;
    }
    case 'choose':
      side = choice.side === undefined ? null : sideFor(session, { side: choice.side });
      if (side === null) return err('SIDE_MISSING');
      break;
  }
  if (side === null) return err('SIDE_MISSING');
  return ok({
    settings: {
      seed: seedFor(session, name),
      side,
      opponent: session.opponent,
      difficulty: session.difficulty,
    },
    classroom: { session, name },
  });
}

/** The side a seat number gives (alternate sides), or null while the seat is not a valid number. */
export function sideOfSeat(session: ClassSession, typed: string): string | null {
  const seat = parseSeat(typed);
  return seat === null ? null : sideFor(session, { seat });
}

export type ScenarioMismatch = 'OTHER_SCENARIO' | 'OTHER_VERSION';

/** Whether a scenario is the one the session was set up with (the same id and the same content hash). */
export function scenarioMismatch(session: ClassSession, scenario: Scenario): ScenarioMismatch | null {
  if (scenario.id !== session.scenario.id) return 'OTHER_SCENARIO';
  if (!sameContent(scenario.hash, session.scenario.hash)) return 'OTHER_VERSION';
  return null;
}

/** The first of the given scenarios (the shipped ones) that the session was set up with, or null. */
export function matchingScenario<T extends { readonly scenario: Scenario }>(
  session: ClassSession,
  candidates: readonly T[],
): T | null {
  return candidates.find((c) => scenarioMismatch(session, c.scenario) === null) ?? null;
}

/** What a result code says about the session: its id, and the class seed when each student has their own. */
export const codeSessionOf = (classroom: Classroom): CodeSession => ({
  id: classroom.session.id,
  classSeed: classroom.session.seeding === 'student' ? classroom.session.seed : null,
});

/**
 * The result code of a finished game: in a session with the student's name and the session; outside one with
 * the name the student typed at the end (no session). Null while the game goes on or without a name.
 */
export function classroomCode(
  scenario: Scenario,
  game: GameState,
  classroom: Classroom | undefined,
  typedName = '',
): string | null {
  if (classroom) return resultCode(scenario, game, classroom.name, codeSessionOf(classroom));
  const name = normalizeName(typedName);
  return name === '' ? null : resultCode(scenario, game, name, null);
}

/** The file a result code is downloaded as: `tariff-talks-<name>.txt`, the name made safe for any disk. */
export function codeFileName(name: string): string {
  const safe = normalizeName(name)
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_LENGTH);
  return `tariff-talks-${safe === '' ? 'result' : safe}.txt`;
}

/** The text of the downloaded file: the code on a line of its own, so a teacher's upload reads it. */
export const codeFileText = (code: string): string => `${code}\n`;

/** The classroom info as kept in a save: the session as its own link text (with its checksum), and the name. */
export interface SavedClassroom {
  readonly link: string;
  readonly name: string;
}

export const classroomToSave = (classroom: Classroom): SavedClassroom => ({
  link: encodeSession(classroom.session),
  name: classroom.name,
});

/**
 * The classroom info of a save, checked against the save's game: the link must decode, the name be one a
 * student could enter, and the game's settings be the ones the session locks for that name. A reason otherwise.
 */
export function classroomFromSave(
  value: unknown,
  scenario: Scenario,
  settings: GameSettings,
): Result<Classroom, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return err('the classroom session in the save is not an object');
  const { link, name } = value as Record<string, unknown>;
  if (typeof link !== 'string' || typeof name !== 'string')
    return err('the classroom session in the save has no link or no name');
  const decoded = decodeSession(link);
  if (!decoded.ok) return err(`the classroom session in the save is damaged: ${decoded.error.message}`);
  const session = decoded.value;
  if (name !== normalizeName(name) || name === '') return err('the student’s name in the save is not valid');
  const mismatch = scenarioMismatch(session, scenario);
  if (mismatch) return err(`the session was set up for another scenario (${mismatch})`);
  const locked = settingsFit(session, name, settings);
  if (locked) return err(`the game’s settings are not the session’s: ${locked}`);
  return ok({ session, name });
}

/** Which of a game's settings differ from those the session locks for this name, or null when none does. */
export function settingsFit(session: ClassSession, name: string, settings: GameSettings): string | null {
  if (settings.seed !== seedFor(session, name)) return 'seed';
  if (settings.opponent !== session.opponent) return 'opponent';
  if (settings.difficulty !== session.difficulty) return 'difficulty';
  if (!session.parties.includes(settings.side)) return 'side';
  if (session.sides.kind === 'fixed' && settings.side !== session.sides.side) return 'side';
  return null;
}

/** Whether a saved game belongs to this session (the same session id). */
export const isOfSession = (classroom: Classroom | undefined, session: ClassSession): boolean =>
  classroom !== undefined && classroom.session.id === session.id;
