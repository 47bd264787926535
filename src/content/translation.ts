/**
 * The translation file format: `<scenario>.<lang>.json` beside a scenario, e.g. `us-japan-2025.ja.json`, with the
 * scenario's id, its language and one text per JSON Pointer into the scenario's text fields (text-paths.ts).
 * `parseTranslation` reads one as warily as a scenario: size, nesting and the number of texts are checked
 * before zod or any recursive code sees it, and every problem comes back as a value with its path.
 * Applying a translation to a scenario is translate.ts's work.
 */
import { type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import * as z from 'zod/mini';
import { err, ok, type Result } from '../model/result.ts';
import { lineIndex, MAX_ID_LENGTH, MAX_TEXT_LENGTH, stripBom, tooDeepOffset } from './limits.ts';
import { formatPath } from './problems.ts';

/** The largest translation file read, in characters (the shipped Japanese ones are about 60 KB). */
export const MAX_TRANSLATION_CHARS = 2 * 1024 * 1024;
/** The most texts one translation holds (the shipped scenario has about 250 text paths). */
export const MAX_TRANSLATION_TEXTS = 10_000;
/** The longest JSON Pointer accepted as a key. */
export const MAX_POINTER_LENGTH = 300;
/** A translation file nests two levels (the file, its texts); anything deeper is refused unread. */
const MAX_TRANSLATION_DEPTH = 4;

export const TRANSLATION_PROBLEM_CODES = [
  'JSON_SYNTAX',
  'TOO_LARGE',
  'TOO_DEEP',
  'SHAPE',
  'WRONG_SCENARIO',
  'UNKNOWN_PATH',
  'NOT_TEXT',
  'MISSING_TEXT',
  'PLACEHOLDER_MISMATCH',
  'BAD_TEXT',
] as const;
export type TranslationProblemCode = (typeof TRANSLATION_PROBLEM_CODES)[number];

/**
 * A problem of a translation. `path` is, for a problem of the file itself (JSON_SYNTAX … SHAPE), where in the
 * translation file (`$.texts["/title"]`); for a problem of one text (UNKNOWN_PATH … BAD_TEXT), the text's JSON
 * Pointer into the scenario (`/issues/0/name`).
 */
export interface TranslationProblem {
  readonly code: TranslationProblemCode;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** `warning MISSING_TEXT /issues/0/name: ...` */
export function formatTranslationProblem(p: TranslationProblem): string {
  const where = p.line === undefined ? '' : ` (line ${p.line}, col ${p.column ?? 1})`;
  return `${p.severity} ${p.code} ${p.path}${where}: ${p.message}`;
}

/** A language tag: `ja`, `en`, `pt-BR`, `zh-Hant`. */
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

const pointer = z
  .string()
  .check(
    z.maxLength(MAX_POINTER_LENGTH),
    z.regex(/^(\/([^~/]|~[01])*)+$/, 'a key is a JSON Pointer into the scenario, e.g. "/issues/0/name"'),
  );

export const TranslationSchema = z.strictObject({
  $schema: z.optional(z.string().check(z.maxLength(MAX_POINTER_LENGTH))),
  scenario: z
    .string()
    .check(
      z.maxLength(MAX_ID_LENGTH),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and dashes'),
      z.meta({ description: 'The id of the scenario this file translates.' }),
    ),
  lang: z
    .string()
    .check(
      z.maxLength(35),
      z.regex(LANG_PATTERN, 'a language is a tag such as "ja" or "pt-BR"'),
      z.meta({ description: 'The language of the texts, e.g. "ja".' }),
    ),
  texts: z.record(pointer, z.string().check(z.maxLength(MAX_TEXT_LENGTH))).check(
    z.refine(
      (r) => Object.keys(r as object).length <= MAX_TRANSLATION_TEXTS,
      `at most ${MAX_TRANSLATION_TEXTS} texts`,
    ),
    z.meta({
      maxProperties: MAX_TRANSLATION_TEXTS,
      description:
        'One text per JSON Pointer into the scenario\'s texts, e.g. "/issues/0/levels/2/label". Placeholders such as {issue} and {level} are kept as they are.',
    }),
  ),
});

export type TranslationData = z.infer<typeof TranslationSchema>;

const problem = (
  code: TranslationProblemCode,
  path: readonly (string | number)[],
  message: string,
): TranslationProblem => ({ code, severity: 'error', path: formatPath(path), message });

/** What must be refused before zod reads a parsed value: too many texts, and "__proto__" keys. */
function preflight(value: unknown): TranslationProblem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const problems: TranslationProblem[] = [];
  const protoKey = (where: (string | number)[]) =>
    problem('SHAPE', [...where, '__proto__'], '"__proto__" cannot be a key');
  if (Object.hasOwn(value, '__proto__')) problems.push(protoKey([]));
  const texts = (value as Record<string, unknown>).texts;
  if (texts !== null && typeof texts === 'object' && !Array.isArray(texts)) {
    if (Object.hasOwn(texts, '__proto__')) problems.push(protoKey(['texts']));
    const count = Object.keys(texts).length;
    if (count > MAX_TRANSLATION_TEXTS)
      problems.push(
        problem(
          'TOO_LARGE',
          ['texts'],
          `${count.toLocaleString('en-US')} texts: a translation has at most ${MAX_TRANSLATION_TEXTS.toLocaleString('en-US')}`,
        ),
      );
  }
  return problems;
}

function shapeProblems(value: unknown): TranslationProblem[] {
  const parsed = TranslationSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  const out: TranslationProblem[] = [];
  for (const issue of parsed.error.issues.slice(0, 200)) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(problem('SHAPE', [...path, key], `unknown property "${key}"`));
    } else if (issue.code === 'invalid_key') {
      // A key of `texts` that is not a JSON Pointer: say why, (the issue's path ends with the key).
      out.push(problem('SHAPE', path, issue.issues[0]?.message ?? issue.message));
    } else {
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      out.push(
        problem(
          'SHAPE',
          path,
          missing ? `a required property is missing (expected ${issue.expected})` : issue.message,
        ),
      );
    }
  }
  return out;
}

/**
 * Reads a translation file: a string is JSON text (a byte-order mark is dropped; a syntax error gets line and
 * column), anything else is taken as parsed JSON. Never throws; nothing of the input is kept unless it is valid.
 */
export function parseTranslation(input: unknown): Result<TranslationData, readonly TranslationProblem[]> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_TRANSLATION_CHARS) {
      const size = `${(input.length / (1024 * 1024)).toFixed(1)} MB`;
      return err([
        problem(
          'TOO_LARGE',
          [],
          `the file is too large (${size}): a translation file is at most ${MAX_TRANSLATION_CHARS / (1024 * 1024)} MB`,
        ),
      ]);
    }
    const text = stripBom(input);
    const lineColumn = lineIndex(text);
    const deep = tooDeepOffset(text, MAX_TRANSLATION_DEPTH);
    if (deep >= 0)
      return err([
        {
          ...problem('TOO_DEEP', [], 'nested too deep: a translation file is one object of texts'),
          ...lineColumn(deep),
        },
      ]);
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    if (errors.length > 0)
      return err(
        errors.slice(0, 20).map((e) => ({
          ...problem('JSON_SYNTAX', [], `not valid JSON: ${printParseErrorCode(e.error)}`),
          ...lineColumn(e.offset),
        })),
      );
    try {
      value = JSON.parse(text);
    } catch {
      return err([problem('JSON_SYNTAX', [], 'not valid JSON')]);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return err([problem('SHAPE', [], 'a translation file is a JSON object')]);
  const refused = preflight(value);
  if (refused.length > 0) return err(refused);
  const shape = shapeProblems(value);
  if (shape.length > 0) return err(shape);
  return ok(TranslationSchema.parse(value));
}

/** Whether a file name is a translation's (`us-japan-2025.ja.json`) rather than a scenario's. */
export const isTranslationFileName = (name: string): boolean =>
  /\.[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}\.json$/.test(name);

/** `us-japan-2025.json` + `ja` → `us-japan-2025.ja.json`: where a scenario's translation lives. */
export const translationFileName = (scenarioFile: string, lang: string): string =>
  `${scenarioFile.replace(/\.json$/i, '')}.${lang}.json`;
