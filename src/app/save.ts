/**
 * Autosave and resume. After every move the game is written to localStorage; on the next visit `readSave`
 * rebuilds the session from it. A save is never trusted blindly: the scenario is loaded again from its source
 * (a shipped id, or the file's own text kept in the save), its id and hash must match, and the move log is
 * replayed through the model, which must give exactly the saved state. A save that fails any check is set aside
 * under another key (kept, never deleted) and the title screen says why. A game of a classroom session keeps
 * the session (as its link text) and the student's name in the save, checked again on reading; a save without
 * them (an ordinary game, or one written before classroom sessions) reads as an ordinary game.
 * Every game carries an id of its own (`gameId`), so that two tabs sharing one save can tell one game from
 * another (src/app/autosave.ts); a save from before game ids is given a new one.
 */
import type { ScenarioProblem } from '../content/problems.ts';
import { sameContent } from '../model/hash.ts';
import { err, ok, type Result } from '../model/result.ts';
import { replay } from '../model/rules.ts';
import type { Scenario } from '../model/scenario.ts';
import { type GameState, STATE_FORMAT } from '../model/types.ts';
import type { DialogueEntry } from '../store/game-store.ts';
import { type Classroom, classroomFromSave, classroomToSave, type SavedClassroom } from './classroom.ts';
import { resumedSession } from './new-session.ts';
import { loadScenario, type ScenarioSource, SHIPPED_IDS, type ShippedId } from './scenarios.ts';
import type { Session } from './session.ts';

/** The format of a save. Raise it when the save's shape changes; older saves are then set aside. */
export const SAVE_FORMAT = 1;
/** Where the one current save lives. The key stays the same across formats, so an old save is recognised. */
export const SAVE_KEY = 'tariff-talks/save';
/** Saves that could not be resumed are moved under this prefix, followed by the time they were set aside. */
export const SET_ASIDE_PREFIX = 'tariff-talks/save/set-aside/';

/** The part of the Web Storage API a save needs (a fake one in tests). */
export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly savedAt: string;
  readonly source: ScenarioSource;
  readonly scenario: { readonly id: string; readonly hash: string };
  readonly game: GameState;
  readonly dialogue: readonly DialogueEntry[];
  /** Only in a game of a classroom session. */
  readonly classroom?: SavedClassroom;
  /** The game's own id, the same in every save of one game (absent in saves from before game ids). */
  readonly gameId?: string;
}

const GAME_ID = /^[A-Za-z0-9-]{8,64}$/;
const gameIds = new WeakMap<Session, string>();
/** The save each session was read from, as text: what another tab may have replaced since. */
const storedTexts = new WeakMap<Session, string>();

function newGameId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Not a secret, only different from other games in this browser.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** The id of a session's game: the one its save carried, or a new one for a new game. */
export function gameIdOf(session: Session): string {
  let id = gameIds.get(session);
  if (id === undefined) {
    id = newGameId();
    gameIds.set(session, id);
  }
  return id;
}

/** The save text a session was read from by `readSave`, or null (a new game, or one loaded from a file). */
export const storedTextOf = (session: Session): string | null => storedTexts.get(session) ?? null;

/** The game id in a save's text, or null when it has none or cannot be read. Never throws. */
export function gameIdInText(raw: string): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    return isRecord(value) && typeof value.gameId === 'string' ? value.gameId : null;
  } catch {
    return null;
  }
}

export const SAVE_PROBLEM_CODES = [
  'DAMAGED',
  'OUTDATED',
  'SCENARIO_UNAVAILABLE',
  'SCENARIO_CHANGED',
  'REPLAY_FAILED',
  'STATE_MISMATCH',
] as const;
export type SaveProblemCode = (typeof SAVE_PROBLEM_CODES)[number];

export interface SaveProblem {
  readonly code: SaveProblemCode;
  /** Details for a designer or a teacher (not translated): what exactly did not match. */
  readonly detail: string;
  /** Where the save was moved to, or null when it could not be moved (storage full) and was left in place. */
  readonly setAsideKey: string | null;
}

export type SaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'resumable'; readonly session: Session; readonly savedAt: string }
  | { readonly kind: 'set-aside'; readonly problem: SaveProblem };

/** The browser's localStorage, or null where the browser blocks it. */
export function defaultStorage(): SaveStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage blocked by the browser's privacy settings.
    return null;
  }
}

/** The save of a session as it stands now. */
export function saveFileOf(session: Session, savedAt: string): SaveFile {
  const { game, dialogue } = session.store.getState();
  return {
    format: SAVE_FORMAT,
    savedAt,
    source: session.source,
    scenario: { id: session.scenario.id, hash: session.scenario.hash },
    game,
    dialogue,
    ...(session.classroom ? { classroom: classroomToSave(session.classroom) } : {}),
    gameId: gameIdOf(session),
  };
}

export type WriteError = { readonly code: 'NO_STORAGE' | 'STORAGE_FULL'; readonly message: string };

/** Writes the session as the current save, replacing the one before. */
export function writeSave(
  session: Session,
  storage: SaveStorage | null = defaultStorage(),
  now: Date = new Date(),
): Result<SaveFile, WriteError> {
  if (!storage) return err({ code: 'NO_STORAGE', message: 'this browser does not allow saving' });
  const file = saveFileOf(session, now.toISOString());
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(file));
    return ok(file);
  } catch (e) {
    return err({ code: 'STORAGE_FULL', message: e instanceof Error ? e.message : String(e) });
  }
}

/** Whether there is a save to read at all (without checking it). */
export function hasSave(storage: SaveStorage | null = defaultStorage()): boolean {
  try {
    return storage?.getItem(SAVE_KEY) != null;
  } catch {
    return false;
  }
}

/**
 * Reads the save and rebuilds its session, or sets a damaged or outdated save aside and says why.
 * Never throws.
 */
export function readSave(storage: SaveStorage | null = defaultStorage(), now: Date = new Date()): SaveRead {
  if (!storage) return { kind: 'none' };
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let checked: ReturnType<typeof checkSave>;
  try {
    checked = checkSave(raw);
  } catch (e) {
    // A bug, not the player's fault: still never a blank screen.
    checked = problem('DAMAGED', `could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (checked.ok) {
    storedTexts.set(checked.value.session, raw);
    return { kind: 'resumable', session: checked.value.session, savedAt: checked.value.savedAt };
  }
  return {
    kind: 'set-aside',
    problem: { ...checked.error, setAsideKey: setAside(storage, raw, now) },
  };
}

/**
 * The stored game, if it can be resumed, without moving anything (a save that cannot be resumed is left for
 * the title screen to set aside and explain). For asking before a new game replaces it.
 */
export function peekSave(storage: SaveStorage | null = defaultStorage()): Session | null {
  try {
    const raw = storage?.getItem(SAVE_KEY) ?? null;
    if (raw === null) return null;
    const checked = checkSave(raw);
    if (!checked.ok) return null;
    storedTexts.set(checked.value.session, raw);
    return checked.value.session;
  } catch {
    return null;
  }
}

/** Moves a save that cannot be resumed to a key of its own, unchanged. Returns that key, or null. */
function setAside(storage: SaveStorage, raw: string, now: Date): string | null {
  const key = `${SET_ASIDE_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
  } catch {
    // Storage full: keep the save where it is rather than lose it; a new game will replace it.
    return null;
  }
  try {
    storage.removeItem(SAVE_KEY);
  } catch {
    // The copy exists; a save left in place is read (and set aside) again next time.
  }
  return key;
}

type Check<T> = Result<T, Omit<SaveProblem, 'setAsideKey'>>;
const problem = (code: SaveProblemCode, detail: string) => err({ code, detail });

/** Checks a save's text and rebuilds its session: the pure part of readSave. */
export function checkSave(raw: string): Check<{ session: Session; savedAt: string }> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return problem('DAMAGED', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(value)) return problem('DAMAGED', 'the save is not an object');
  if (value.format !== SAVE_FORMAT) {
    return typeof value.format === 'number'
      ? problem(
          'OUTDATED',
          `save format ${value.format}; this version of the game reads format ${SAVE_FORMAT}`,
        )
      : problem('DAMAGED', 'the save has no format version');
  }
  const source = sourceOf(value.source);
  if (!source) return problem('DAMAGED', 'the save does not say which scenario it belongs to');
  const savedScenario = value.scenario;
  if (
    !isRecord(savedScenario) ||
    typeof savedScenario.id !== 'string' ||
    typeof savedScenario.hash !== 'string'
  )
    return problem('DAMAGED', 'the save has no scenario id and hash');
  const game = value.game;
  if (!isRecord(game) || !isRecord(game.settings) || !Array.isArray(game.log))
    return problem('DAMAGED', 'the save has no game');
  if (game.format !== STATE_FORMAT)
    return problem(
      'OUTDATED',
      `game format ${String(game.format)}; this version reads format ${STATE_FORMAT}`,
    );
  if (value.gameId !== undefined && (typeof value.gameId !== 'string' || !GAME_ID.test(value.gameId)))
    return problem('DAMAGED', 'the save’s game id is damaged');
  const dialogue = dialogueOf(value.dialogue);
  if (!dialogue) return problem('DAMAGED', 'the computer’s lines in the save are damaged');

  if (source.kind === 'shipped' && !SHIPPED_IDS.includes(source.id))
    return problem('SCENARIO_UNAVAILABLE', `no shipped scenario "${source.id}"`);
  const loaded = loadScenario(source);
  if (!loaded.ok) return problem('SCENARIO_UNAVAILABLE', describeProblems(loaded.error));
  const scenario: Scenario = loaded.value;
  if (scenario.id !== savedScenario.id || !sameContent(scenario.hash, savedScenario.hash))
    return problem(
      'SCENARIO_CHANGED',
      `saved with ${savedScenario.id} (${savedScenario.hash}); the scenario is now ${scenario.id} (${scenario.hash})`,
    );

  const settings = game.settings as unknown as GameState['settings'];
  const replayed = replay(scenario, settings, game.log);
  if (!replayed.ok) {
    const at = replayed.error.index === undefined ? '' : ` at move ${replayed.error.index + 1}`;
    return problem('REPLAY_FAILED', `${replayed.error.code}${at}: ${replayed.error.message}`);
  }
  const difference = firstDifference(replayed.value, game);
  if (difference !== null)
    return problem('STATE_MISMATCH', `replaying the moves does not give the saved game (at ${difference})`);
  if (dialogue.some((d) => d.turn > replayed.value.turn))
    return problem('STATE_MISMATCH', 'the save has lines of dialogue for turns not yet played');

  let classroom: Classroom | undefined;
  if (value.classroom !== undefined) {
    const read = classroomFromSave(value.classroom, scenario, replayed.value.settings);
    if (!read.ok) return problem('DAMAGED', read.error);
    classroom = read.value;
  }

  const savedAt = typeof value.savedAt === 'string' ? value.savedAt : '';
  // The replayed state, not the saved one, goes on: it is the one the model vouches for.
  const session = resumedSession(source, scenario, replayed.value, dialogue, classroom);
  if (typeof value.gameId === 'string') gameIds.set(session, value.gameId);
  return ok({ session, savedAt });
}

function describeProblems(problems: readonly ScenarioProblem[]): string {
  const first = problems[0];
  return first ? `${problems.length} problem(s), first: ${first.code} ${first.message}` : 'no scenario';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sourceOf(value: unknown): ScenarioSource | null {
  if (!isRecord(value)) return null;
  // An id that no longer ships is reported by loadScenario as unavailable.
  if (value.kind === 'shipped' && typeof value.id === 'string')
    return { kind: 'shipped', id: value.id as ShippedId };
  if (value.kind === 'file' && typeof value.name === 'string' && typeof value.text === 'string')
    return { kind: 'file', name: value.name, text: value.text };
  return null;
}

const MAX_LINE = 2000;

function dialogueOf(value: unknown): DialogueEntry[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return null;
  const entries: DialogueEntry[] = [];
  for (const d of value) {
    if (
      !isRecord(d) ||
      !Number.isInteger(d.turn) ||
      (d.turn as number) < 0 ||
      (d.side !== 0 && d.side !== 1) ||
      typeof d.text !== 'string' ||
      d.text.length > MAX_LINE ||
      !(d.objection === null || Number.isInteger(d.objection))
    )
      return null;
    entries.push({
      turn: d.turn as number,
      side: d.side,
      text: d.text,
      objection: d.objection as number | null,
    });
  }
  return entries;
}

/** The JSON path of the first place two JSON values differ, or null when they are equal as JSON. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  // Compare as JSON: the saved side went through JSON.stringify, so do the same to the replayed side.
  const x: unknown = a === undefined ? undefined : JSON.parse(JSON.stringify(a));
  return diff(x, b, path);
}

function diff(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = diff(a[i], b[i], `${path}[${i}]`);
      if (d !== null) return d;
    }
    return null;
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return path;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = diff(a[key], b[key], `${path}.${key}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : path;
}
