/**
 * Translation files for the scenario tool: finding those beside a scenario (`<name>.<lang>.json`) and checking
 * one against its scenario (its file problems, then one warning per text it cannot use, each with its path).
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ScenarioSchema } from '../../src/content/schema.ts';
import { textPaths } from '../../src/content/text-paths.ts';
import { parseTranslatedScenario } from '../../src/content/translate.ts';
import {
  formatTranslationProblem,
  MAX_TRANSLATION_CHARS,
  type TranslationProblem,
  translationFileName,
} from '../../src/content/translation.ts';
import { CliError, readTextFile } from './cli.ts';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The translation files beside a scenario file, sorted by name; with `lang`, that language's file only (a
 * CliError if there is none).
 */
export function translationsBeside(scenarioPath: string, lang?: string): string[] {
  const dir = dirname(scenarioPath);
  if (lang !== undefined) {
    const file = join(dir, translationFileName(basename(scenarioPath), lang));
    let exists = false;
    try {
      exists = statSync(file).isFile();
    } catch {
      exists = false;
    }
    if (!exists) throw new CliError(`no translation into "${lang}" beside ${scenarioPath}: expected ${file}`);
    return [file];
  }
  const name = basename(scenarioPath).replace(/\.json$/i, '');
  const pattern = new RegExp(`^${escapeRegExp(name)}\\.[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}\\.json$`);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries
    .filter((e) => pattern.test(e))
    .sort()
    .map((e) => join(dir, e));
}

/** How many problems of each severity, as the scenario check says it. */
function summary(problems: readonly TranslationProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

/**
 * Checks one translation file against a valid scenario's text: the lines to print (each problem, errors
 * first, then a summary with how many of the scenario's texts it translates) and whether it has errors.
 */
export function checkTranslation(
  scenarioText: string,
  file: string,
): { readonly lines: string[]; readonly errors: boolean } {
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    bytes = 0; // readTextFile says why the file cannot be read.
  }
  // UTF-8 takes at most 4 bytes a character: a file this large cannot be within the limit in characters.
  if (bytes > MAX_TRANSLATION_CHARS * 4)
    throw new CliError(
      `${file} is too large (${(bytes / (1024 * 1024)).toFixed(1)} MB): a translation file is at most ${MAX_TRANSLATION_CHARS / (1024 * 1024)} MB of text`,
    );
  const text = readTextFile(file, 'translation file');
  const parsed = parseTranslatedScenario(scenarioText, text);
  if (!parsed.ok) throw new CliError('the scenario does not parse: check it first');
  const problems = [...parsed.value.translationProblems].sort(
    (a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1),
  );
  const errors = problems.some((p) => p.severity === 'error');
  const lines = problems.map(formatTranslationProblem);
  if (errors) lines.push(`${file}: ${summary(problems)} — not used`);
  else {
    const total = textPaths(ScenarioSchema.parse(JSON.parse(scenarioText.replace(/^\uFEFF/, '')))).length;
    const not = (codes: readonly string[]) => problems.filter((p) => codes.includes(p.code)).length;
    const used =
      not(['WRONG_SCENARIO']) > 0 ? 0 : total - not(['MISSING_TEXT', 'PLACEHOLDER_MISMATCH', 'BAD_TEXT']);
    lines.push(`${file}: ${used} of ${total} texts translated, ${summary(problems)} — ok`);
  }
  return { lines, errors };
}
