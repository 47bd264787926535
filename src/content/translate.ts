/**
 * Applying a translation file to a scenario: `translate` returns the scenario data with its texts replaced and
 * a warning, with the text's path, for every text it could not use (the base language's text stays).
 * `parseTranslatedScenario` parses a scenario and compiles it translated, with the base file's content hash: a
 * translation is not content, so a class playing in two languages is one session and its codes verify together.
 */
import type { Result } from '../model/result.ts';
import { type ParsedScenario, type ParseOptions, parseScenario } from './parse.ts';
import type { ScenarioProblem } from './problems.ts';
import { type ScenarioData, ScenarioSchema } from './schema.ts';
import { isTextPathShape, parsePointer, textPaths, toPointer, valueAt } from './text-paths.ts';
import {
  parseTranslation,
  type TranslationData,
  type TranslationProblem,
  type TranslationProblemCode,
} from './translation.ts';

const warning = (code: TranslationProblemCode, path: string, message: string): TranslationProblem => ({
  code,
  severity: 'warning',
  path,
  message,
});

/** The placeholders of a text, `{issue}`, `{level}`, …, sorted and each once. */
export const placeholders = (text: string): string[] =>
  [...new Set(text.match(/\{[A-Za-z0-9_]+\}/g) ?? [])].sort();

/** A copy of the data with the string at `parts` replaced (the path is known to lead to a string). */
function setAt(data: unknown, parts: readonly string[], text: string): void {
  let at = data as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[parts[parts.length - 1]] = text;
}

/**
 * The scenario data with the translation's texts in place of the base language's. Warnings (each with the
 * text's JSON Pointer): UNKNOWN_PATH (nothing there), NOT_TEXT (an id, a number, a date …), MISSING_TEXT (a text
 * with no translation), PLACEHOLDER_MISMATCH (`{issue}`, `{level}` … differ from the base text's), BAD_TEXT (the
 * text breaks the field's limits, e.g. an empty name or a label over 200 characters), WRONG_SCENARIO (the file
 * translates another scenario: nothing is applied). Every text not applied stays in the base language.
 */
export function translate(
  data: ScenarioData,
  translation: TranslationData,
): { readonly data: ScenarioData; readonly warnings: readonly TranslationProblem[] } {
  if (translation.scenario !== data.id)
    return {
      data,
      warnings: [
        warning(
          'WRONG_SCENARIO',
          '/scenario',
          `the file translates "${translation.scenario}", not "${data.id}": none of its texts are used`,
        ),
      ],
    };
  const warnings: TranslationProblem[] = [];
  const out = structuredClone(data);
  const applied: string[] = [];
  for (const [pointer, text] of Object.entries(translation.texts)) {
    const parts = parsePointer(pointer);
    const base = parts ? valueAt(data, parts) : undefined;
    if (!parts || base === undefined) {
      warnings.push(warning('UNKNOWN_PATH', pointer, 'the scenario has nothing at this path'));
      continue;
    }
    if (typeof base !== 'string' || !isTextPathShape(parts)) {
      warnings.push(
        warning('NOT_TEXT', pointer, 'not a text (an id, a number, a date …): it is never translated'),
      );
      continue;
    }
    const want = placeholders(base);
    const got = placeholders(text);
    if (want.join() !== got.join()) {
      const list = (l: string[]) => (l.length ? l.join(' ') : 'no placeholder');
      warnings.push(
        warning(
          'PLACEHOLDER_MISMATCH',
          pointer,
          `the translation has ${list(got)}, the base text ${list(want)}: the base text is shown`,
        ),
      );
      continue;
    }
    setAt(out, parts, text);
    applied.push(pointer);
  }
  // A text the field does not allow (empty, too long) would make the scenario invalid: the base text stays.
  const checked = ScenarioSchema.safeParse(out);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.map((p) => String(p));
      const pointer = toPointer(path);
      if (!applied.includes(pointer)) continue;
      setAt(out, path, valueAt(data, path) as string);
      warnings.push(warning('BAD_TEXT', pointer, `${issue.message}: the base text is shown`));
    }
  }
  const given = new Set(Object.keys(translation.texts));
  const paths = textPaths(data);
  for (const pointer of paths)
    if (!given.has(pointer))
      warnings.push(warning('MISSING_TEXT', pointer, 'no translation: the base text is shown'));
  // In the scenario's order; paths that are not texts last, in the file's order.
  const order = new Map(paths.map((p, i) => [p, i]));
  const rank = (w: TranslationProblem) => order.get(w.path) ?? paths.length;
  return {
    data: out,
    warnings: warnings
      .map((w, i) => ({ w, i }))
      .sort((a, b) => rank(a.w) - rank(b.w) || a.i - b.i)
      .map(({ w }) => w),
  };
}

export interface TranslatedScenario extends ParsedScenario {
  /** The translation's problems: a file that cannot be read is one or more errors, and nothing of it is used. */
  readonly translationProblems: readonly TranslationProblem[];
}

/**
 * Parses a scenario (text or parsed JSON) and, if `translation` is not null, applies it: the compiled scenario
 * has the translated texts and the base file's content hash. A translation that cannot be read or used leaves
 * the base language's texts; its problems come back beside the scenario's warnings. Never throws.
 */
export function parseTranslatedScenario(
  input: unknown,
  translation: unknown,
  options: ParseOptions = {},
): Result<TranslatedScenario, readonly ScenarioProblem[]> {
  const read = translation === null ? null : parseTranslation(translation);
  let translationProblems: readonly TranslationProblem[] = read && !read.ok ? read.error : [];
  const parsed = parseScenario(
    input,
    read?.ok
      ? (data) => {
          const result = translate(data, read.value);
          translationProblems = result.warnings;
          return result.data;
        }
      : undefined,
    options,
  );
  if (!parsed.ok) return parsed;
  return { ok: true, value: { ...parsed.value, translationProblems } };
}
