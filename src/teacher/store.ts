/**
 * The teacher's data, kept in the browser (localStorage, one key) and exported or imported as one JSON file:
 * the sessions created, the custom scenario files those sessions use (their text, so their codes can be
 * verified later) and the result codes imported on the dashboard (their text: they are verified again on every
 * load, never trusted as stored). Pure apart from the Storage handed in; every failure is a value.
 */
import * as z from 'zod/mini';
import type { ClassSession } from '../model/code/session-link.ts';
import { err, ok, type Result } from '../model/result.ts';
import { DIFFICULTY_LEVELS, OPPONENTS } from '../model/types.ts';

// The page's CSP forbids eval: zod must not compile validators (src/content/schema.ts says the same).
z.config({ jitless: true });

export const STORAGE_KEY = 'tariff-talks/teacher/v1';
/** Where stored data that cannot be read is moved, unchanged, so nothing is lost. */
export const SET_ASIDE_KEY = 'tariff-talks/teacher/v1/damaged';
export const DATA_FORMAT = 'tariff-talks/teacher';
export const DATA_VERSION = 1;

export const MAX_SESSIONS = 2_000;
export const MAX_SCENARIOS = 50;
export const MAX_CODES = 20_000;
const MAX_CODE_TEXT = 20_000;
const MAX_SCENARIO_TEXT = 2 * 1024 * 1024;
const MAX_TEXT = 200;

/** A session the teacher created, with when and, for a custom scenario, the file's name. */
export interface StoredSession {
  readonly session: ClassSession;
  /** ISO date-time. */
  readonly created: string;
  /** The uploaded scenario file the session uses (its text is in `scenarios`), or null for a shipped one. */
  readonly scenarioFile: string | null;
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
}

/** The minimal Storage this module needs (localStorage, or a fake in tests). */
export interface TeacherStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const emptyData = (): TeacherData => ({ sessions: [], scenarios: [], codes: [] });

const text = (max: number) => z.string().check(z.maxLength(max));

const SessionSchema = z.object({
  id: text(MAX_TEXT).check(z.minLength(1)),
  title: text(MAX_TEXT),
  scenario: z.object({ id: text(MAX_TEXT), version: text(MAX_TEXT), hash: text(MAX_TEXT) }),
  parties: z.tuple([text(MAX_TEXT), text(MAX_TEXT)]),
  sides: z.union([
    z.object({ kind: z.literal('fixed'), side: text(MAX_TEXT) }),
    z.object({ kind: z.literal('alternate') }),
    z.object({ kind: z.literal('choose') }),
  ]),
  opponent: z.enum(OPPONENTS),
  difficulty: z.enum(DIFFICULTY_LEVELS),
  seed: text(MAX_TEXT).check(z.minLength(1)),
  seeding: z.enum(['class', 'student']),
});

const DataSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  sessions: z
    .array(
      z.object({
        session: SessionSchema,
        created: text(MAX_TEXT),
        scenarioFile: z.nullable(text(MAX_TEXT)),
      }),
    )
    .check(z.maxLength(MAX_SESSIONS)),
  scenarios: z
    .array(z.object({ name: text(MAX_TEXT), text: text(MAX_SCENARIO_TEXT) }))
    .check(z.maxLength(MAX_SCENARIOS)),
  codes: z.array(text(MAX_CODE_TEXT)).check(z.maxLength(MAX_CODES)),
});

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

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    '$',
  );

/** Checks a text (a stored value or an imported file) and returns the data in it, or what is wrong. */
export function parseData(raw: string): Result<TeacherData, DataProblem> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return err({ code: 'NOT_JSON', details: [] });
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== DATA_FORMAT)
    return err({ code: 'NOT_TEACHER_DATA', details: [] });
  const parsed = DataSchema.safeParse(value);
  if (!parsed.success)
    return err({
      code: 'INVALID',
      details: parsed.error.issues.slice(0, 10).map((i) => `${pathOf(i.path)}: ${i.message}`),
    });
  const { sessions, scenarios, codes } = parsed.data;
  return ok({ sessions, scenarios, codes });
}

export type LoadResult =
  | { readonly kind: 'loaded'; readonly data: TeacherData }
  | { readonly kind: 'empty'; readonly data: TeacherData }
  | { readonly kind: 'unavailable'; readonly data: TeacherData }
  | {
      readonly kind: 'set-aside';
      readonly data: TeacherData;
      readonly problem: DataProblem;
      /** Whether the damaged text could be copied to SET_ASIDE_KEY (it stays in place when it could not). */
      readonly copied: boolean;
    };

/** Reads the stored data. Damaged data is moved to SET_ASIDE_KEY (never deleted) and the page starts empty. */
export function loadData(storage: TeacherStorage | null): LoadResult {
  if (!storage) return { kind: 'unavailable', data: emptyData() };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'unavailable', data: emptyData() };
  }
  if (raw === null) return { kind: 'empty', data: emptyData() };
  const parsed = parseData(raw);
  if (parsed.ok) return { kind: 'loaded', data: parsed.value };
  let copied = false;
  try {
    storage.setItem(SET_ASIDE_KEY, raw);
    storage.removeItem(STORAGE_KEY);
    copied = true;
  } catch {
    // Storage full: the damaged text stays where it is rather than being lost.
  }
  return { kind: 'set-aside', data: emptyData(), problem: parsed.error, copied };
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
  return {
    data: {
      sessions: [...into.sessions, ...sessions].slice(0, MAX_SESSIONS),
      scenarios: [...into.scenarios, ...scenarios].slice(0, MAX_SCENARIOS),
      codes: added.data.codes,
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
