/**
 * The shapes of the teacher's stored data and of its export file (zod/mini, jitless for the page's CSP): the frame,
 * and each session, scenario file and code, so that each item can be checked on its own (store.ts).
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/page-catalog.ts';
import { DIFFICULTY_LEVELS, OPPONENTS } from '../model/types.ts';

// The page's CSP forbids eval: zod must not compile validators (src/content/schema.ts says the same).
z.config({ jitless: true });

export const DATA_FORMAT = 'tariff-talks/teacher';
export const DATA_VERSION = 1;

export const MAX_SESSIONS = 2_000;
export const MAX_SCENARIOS = 50;
export const MAX_CODES = 20_000;
export const MAX_CODE_TEXT = 20_000;
export const MAX_SCENARIO_TEXT = 2 * 1024 * 1024;
export const MAX_TEXT = 200;

const text = (max: number) => z.string().check(z.maxLength(max));

export const SessionSchema = z.object({
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

export const StoredSessionSchema = z.object({
  session: SessionSchema,
  created: text(MAX_TEXT),
  scenarioFile: z.nullable(text(MAX_TEXT)),
  /** The language the session's link opens the game in; absent: each student's own (browser or choice). */
  studentLanguage: z.optional(z.enum(LANGUAGES)),
});
export const StoredScenarioSchema = z.object({ name: text(MAX_TEXT), text: text(MAX_SCENARIO_TEXT) });
export const CodeSchema = text(MAX_CODE_TEXT);
/** A result code the live server sent with its signature (HMAC-SHA256, hex): "verified by the server". */
export const SignedSchema = z.object({
  code: CodeSchema,
  signature: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export const DataSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  sessions: z.array(StoredSessionSchema).check(z.maxLength(MAX_SESSIONS)),
  scenarios: z.array(StoredScenarioSchema).check(z.maxLength(MAX_SCENARIOS)),
  codes: z.array(CodeSchema).check(z.maxLength(MAX_CODES)),
  signed: z.optional(z.array(SignedSchema).check(z.maxLength(MAX_CODES))),
});

/** The stored form's frame, each item left to be checked on its own (one bad item never blocks the rest). */
export const FrameSchema = z.object({
  format: z.literal(DATA_FORMAT),
  version: z.literal(DATA_VERSION),
  sessions: z.array(z.unknown()),
  scenarios: z.array(z.unknown()),
  codes: z.array(z.unknown()),
  signed: z.optional(z.array(z.unknown())),
});

/** `$.codes[3]`-style path of an issue. */
export const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : `${out}.${String(part)}`),
    '$',
  );
