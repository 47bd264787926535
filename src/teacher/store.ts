/**
 * The teacher's data, kept in the browser (localStorage, one key) and exported or imported as one JSON file:
 * the sessions created, the custom scenario files those sessions use (their text, so their codes can be
 * verified later) and the result codes imported on the dashboard (their text: they are verified again on every
 * load, never trusted as stored). Pure apart from the Storage handed in; every failure is a value. Each stored
 * item is loaded on its own: one that cannot be is set aside unchanged and never blocks the rest (issue 9).
 */
import type * as z from 'zod/mini';
import type { Language } from '../i18n/page-catalog.ts';
import type { ClassSession } from '../model/code/session-link.ts';
import { err, ok, type Result } from '../model/result.ts';
import {
  freeKey,
  isEntryList,
  type SetAsideEntry,
  type SetAsideItem,
  schemaCheck,
  sortItems,
} from './store-items.ts';
import {
  CodeSchema,
  DATA_FORMAT,
  DATA_VERSION,
  DataSchema,
  FrameSchema,
  MAX_CODES,
  MAX_SCENARIOS,
  MAX_SESSIONS,
  pathOf,
  SignedSchema,
  StoredScenarioSchema,
  StoredSessionSchema,
} from './store-schema.ts';

export type { ItemKind, SetAsideEntry, SetAsideItem } from './store-items.ts';
export { DATA_FORMAT, DATA_VERSION, MAX_CODES, MAX_SCENARIOS, MAX_SESSIONS } from './store-schema.ts';

export const STORAGE_KEY = 'tariff-talks/teacher/v1';
/** Where stored data that cannot be read is moved, unchanged, so nothing is lost (then `…/2`, `…/3`, …). */
export const SET_ASIDE_KEY = 'tariff-talks/teacher/v1/damaged';
/** Where single stored items that cannot be loaded are moved (a JSON list of SetAsideEntry; then `…/2`, …). */
export const SET_ASIDE_ITEMS_KEY = 'tariff-talks/teacher/v1/set-aside-items';

/** A session the teacher created, with when and, for a custom scenario, the file's name. */
export interface StoredSession {
  readonly session: ClassSession;
  /** ISO date-time. */
  readonly created: string;
  /** The uploaded scenario file the session uses (its text is in `scenarios`), or null for a shipped one. */
  readonly scenarioFile: string | null;
  /** The language the session's link opens the game in (`?lang=`); absent: each student's own. */
  readonly studentLanguage?: Language;
}

/** An uploaded scenario file, kept as text. */
export interface StoredScenario {
  readonly name: string;
  readonly text: string;
}

export interface TeacherData {
  readonly sessions: readonly StoredSession[];
  readonly scenarios: readonly StoredScenario[];
  /** Imported result codes (and whatever else was pasted, so it keeps its verdict), in the order added. */
  readonly codes: readonly string[];
  /**
   * The codes a live server sent with its signature (live-results.ts), each code also in `codes`; absent in data
   * stored before the live classroom.
   */
  readonly signed?: readonly SignedResult[];
}

/** A live game's result code with the server's signature. */
export interface SignedResult {
  readonly code: string;
  readonly signature: string;
}

/** The minimal Storage this module needs (localStorage, or a fake in tests). */
export interface TeacherStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const emptyData = (): TeacherData => ({ sessions: [], scenarios: [], codes: [] });

/** The JSON text of the teacher's data: the stored form and the exported file are the same. */
export function serializeData(data: TeacherData): string {
  return JSON.stringify({ format: DATA_FORMAT, version: DATA_VERSION, ...data });
}

/** Why a file or a stored text is not teacher data: the first few problems, each with where it is. */
export interface DataProblem {
  readonly code: 'NOT_JSON' | 'NOT_TEACHER_DATA' | 'INVALID';
  /** For INVALID: `$.codes[3]: Too big…` lines (at most 10). */
  readonly details: readonly string[];
}

/** Checks a text (a stored value or an imported file) and returns the data in it, or what is wrong. */
export function parseData(raw: string): Result<TeacherData, DataProblem> {
  const parsed = parseWith(DataSchema, raw);
  if (!parsed.ok) return parsed;
  const { sessions, scenarios, codes, signed } = parsed.value;
  return ok({ sessions, scenarios, codes, ...(signed ? { signed } : {}) });
}

/** A text of teacher data read with `schema`: JSON, of this format, of this shape (the first 10 problems). */
function parseWith<S extends typeof DataSchema | typeof FrameSchema>(
  schema: S,
  raw: string,
): Result<z.infer<S>, DataProblem> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return err({ code: 'NOT_JSON', details: [] });
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== DATA_FORMAT)
    return err({ code: 'NOT_TEACHER_DATA', details: [] });
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    return err({
      code: 'INVALID',
      details: parsed.error.issues.slice(0, 10).map((i) => `${pathOf(i.path)}: ${i.message}`),
    });
  return ok(parsed.data as z.infer<S>);
}

export type LoadResult =
  | {
      readonly kind: 'loaded';
      readonly data: TeacherData;
      /** The items that could not be loaded (usually none). */
      readonly setAside: readonly SetAsideItem[];
      /**
       * Whether those items were copied aside and the stored data rewritten without them. When false (no room),
       * the stored text was left as it was and the page must not overwrite it.
       */
      readonly copied: boolean;
    }
  | { readonly kind: 'empty'; readonly data: TeacherData }
  | { readonly kind: 'unavailable'; readonly data: TeacherData }
  | {
      readonly kind: 'set-aside';
      readonly data: TeacherData;
      readonly problem: DataProblem;
      /** Whether the damaged text could be copied to `key` (it stays in place when it could not). */
      readonly copied: boolean;
      /** SET_ASIDE_KEY, or `SET_ASIDE_KEY/n` when earlier damaged data is kept there. */
      readonly key: string;
    };

/** Checks a stored scenario file: null when it loads, else why not. May throw: a throw is a failure too. */
export type ScenarioCheck = (scenario: StoredScenario) => string | null;

/** Moves `entries` to the set-aside list, then stores `data` without them. False (nothing changed) if no room. */
function setItemsAside(
  storage: TeacherStorage,
  entries: readonly SetAsideEntry[],
  data: TeacherData,
): boolean {
  try {
    const key = freeKey(storage, SET_ASIDE_ITEMS_KEY, isEntryList);
    if (key === null) return false;
    const held = storage.getItem(key);
    const before: unknown[] = held === null ? [] : JSON.parse(held);
    storage.setItem(key, JSON.stringify([...before, ...entries]));
  } catch {
    return false;
  }
  try {
    storage.setItem(STORAGE_KEY, serializeData(data));
  } catch {
    // The items are copied but the stored text still holds them: loading again sets them aside again (kept).
    return false;
  }
  return true;
}

/**
 * Reads the stored data. Text that is not teacher data at all is moved to SET_ASIDE_KEY (never deleted) and the
 * page starts empty. Otherwise each session, scenario file (with `checkScenario`) and code is loaded on its own:
 * one that fails is moved to SET_ASIDE_ITEMS_KEY unchanged, named in `setAside`, and everything else loads.
 * Never throws.
 */
export function loadData(
  storage: TeacherStorage | null,
  checkScenario: ScenarioCheck = () => null,
): LoadResult {
  if (!storage) return { kind: 'unavailable', data: emptyData() };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable', data: emptyData() };
  }
  if (raw === null) return { kind: 'empty', data: emptyData() };
  const frame = parseFrame(raw);
  if (!frame.ok) return setWholeAside(storage, raw, frame.error);
  const sessions = sortItems('session', frame.value.sessions, schemaCheck(StoredSessionSchema));
  const scenarios = sortItems('scenario', frame.value.scenarios, (item) => {
    const checked = schemaCheck(StoredScenarioSchema)(item);
    if (typeof checked === 'string') return checked;
    return checkScenario(checked.value) ?? checked;
  });
  const codes = sortItems('code', frame.value.codes, schemaCheck(CodeSchema));
  const signed = frame.value.signed && sortItems('signed', frame.value.signed, schemaCheck(SignedSchema));
  const data: TeacherData = {
    sessions: sessions.good.map((g) => g.value),
    scenarios: scenarios.good.map((g) => g.value),
    codes: codes.good.map((g) => g.value),
    ...(signed ? { signed: signed.good.map((g) => g.value) } : {}),
  };
  const bad = [...sessions.bad, ...scenarios.bad, ...codes.bad, ...(signed?.bad ?? [])];
  if (bad.length === 0) return { kind: 'loaded', data, setAside: [], copied: true };
  const copied = setItemsAside(storage, bad, data);
  return {
    kind: 'loaded',
    data,
    setAside: bad.map(({ kind, label, reason }) => ({ kind, label, reason })),
    copied,
  };
}

function parseFrame(raw: string): Result<z.infer<typeof FrameSchema>, DataProblem> {
  return parseWith(FrameSchema, raw);
}

function setWholeAside(storage: TeacherStorage, raw: string, problem: DataProblem): LoadResult {
  let copied = false;
  let key = SET_ASIDE_KEY;
  try {
    const free = freeKey(storage, SET_ASIDE_KEY, (held) => held === raw);
    if (free !== null) {
      key = free;
      storage.setItem(key, raw);
      storage.removeItem(STORAGE_KEY);
      copied = true;
    }
  } catch {
    // Storage full: the damaged text stays where it is rather than being lost.
  }
  return { kind: 'set-aside', data: emptyData(), problem, copied, key };
}

export type SaveProblem = 'full' | 'unavailable';

/** Writes the data. A full or blocked storage is reported, never thrown; what was stored before stays. */
export function saveData(storage: TeacherStorage | null, data: TeacherData): Result<void, SaveProblem> {
  if (!storage) return err('unavailable');
  try {
    storage.setItem(STORAGE_KEY, serializeData(data));
    return ok(undefined);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return err(name === 'SecurityError' ? 'unavailable' : 'full');
  }
}

export interface MergeCounts {
  readonly sessions: number;
  readonly scenarios: number;
  readonly codes: number;
}

/**
 * Adds an imported file's data to what is stored: sessions by id, scenario files by their text and codes by
 * their text that are not there yet (a code the file holds twice stays twice: it was handed in twice).
 * Nothing already stored is changed or dropped.
 */
export function mergeData(into: TeacherData, from: TeacherData): { data: TeacherData; added: MergeCounts } {
  const sessionIds = new Set(into.sessions.map((s) => s.session.id));
  const sessions = from.sessions.filter((s) => {
    if (sessionIds.has(s.session.id)) return false;
    sessionIds.add(s.session.id);
    return true;
  });
  const scenarioTexts = new Set(into.scenarios.map((s) => s.text));
  const scenarios = from.scenarios.filter((s) => {
    if (scenarioTexts.has(s.text)) return false;
    scenarioTexts.add(s.text);
    return true;
  });
  const added = addCodes(into, from.codes);
  const signedCodes = new Set((into.signed ?? []).map((s) => s.code));
  const signed = (from.signed ?? []).filter((s) => {
    if (signedCodes.has(s.code)) return false;
    signedCodes.add(s.code);
    return true;
  });
  const allSigned = [...(into.signed ?? []), ...signed];
  return {
    data: {
      sessions: [...into.sessions, ...sessions].slice(0, MAX_SESSIONS),
      scenarios: [...into.scenarios, ...scenarios].slice(0, MAX_SCENARIOS),
      codes: added.data.codes,
      ...(allSigned.length > 0 ? { signed: allSigned.slice(0, MAX_CODES) } : {}),
    },
    added: { sessions: sessions.length, scenarios: scenarios.length, codes: added.added },
  };
}

/**
 * Adds pasted entries to the stored codes. An entry whose text is already stored (the same paste again) is
 * skipped; within one paste every entry is kept, so a code handed in twice shows as a duplicate.
 */
export function addCodes(
  data: TeacherData,
  entries: readonly string[],
): { data: TeacherData; added: number; skipped: number; dropped: number } {
  const stored = new Set(data.codes);
  const fresh: string[] = [];
  let skipped = 0;
  for (const entry of entries) {
    if (stored.has(entry)) skipped++;
    else fresh.push(entry);
  }
  const room = Math.max(0, MAX_CODES - data.codes.length);
  const kept = fresh.slice(0, room);
  return {
    data: { ...data, codes: [...data.codes, ...kept] },
    added: kept.length,
    skipped,
    dropped: fresh.length - kept.length,
  };
}

/** Adds a created session (newest first). */
export function addSession(data: TeacherData, session: StoredSession): TeacherData {
  return {
    ...data,
    sessions: [session, ...data.sessions.filter((s) => s.session.id !== session.session.id)].slice(
      0,
      MAX_SESSIONS,
    ),
  };
}

/** Keeps an uploaded scenario file (once per text). */
export function addScenario(data: TeacherData, scenario: StoredScenario): TeacherData {
  if (data.scenarios.some((s) => s.text === scenario.text)) return data;
  return { ...data, scenarios: [...data.scenarios, scenario].slice(-MAX_SCENARIOS) };
}
