/**
 * Reading a scenario file for the tools. Text that is not JSON at all, and JSON that is plainly not a
 * scenario, get one clear line (exit 2); a scenario with mistakes gets its coded problems (exit 1).
 */
import { statSync } from 'node:fs';
import { MAX_SCENARIO_CHARS } from '../../src/content/limits.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatProblem, type ScenarioProblem } from '../../src/content/problems.ts';
import type { Scenario } from '../../src/model/scenario.ts';
import { CliError, EXIT_PROBLEMS, readTextFile } from './cli.ts';

/** Top-level properties of which a scenario has at least one; an object with none of them is something else. */
const SCENARIO_KEYS = ['schemaVersion', 'parties', 'issues', 'meetings', 'noDeal'] as const;

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A CliError when the text is not a scenario file at all (empty, not JSON, JSON of another kind), else null.
 * Text that looks like a scenario but has mistakes is left to `parseScenario`, which reports all of them.
 */
export function notAScenario(path: string, text: string): CliError | null {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return new CliError(`${path} is empty: a scenario is a JSON object`);
  if (body.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return null; // JSON with syntax errors: parseScenario lists them with their lines.
    }
    const keys = Object.keys(value as object);
    if (SCENARIO_KEYS.some((k) => keys.includes(k))) return null;
    return new CliError(`${path} is JSON but not a scenario: it has none of ${SCENARIO_KEYS.join(', ')}`);
  }
  try {
    const value: unknown = JSON.parse(body);
    return new CliError(
      `${path} is JSON but not a scenario: the top level is ${describeJson(value)}, not an object`,
    );
  } catch {
    const first = parseScenario(text);
    const where =
      !first.ok && first.error[0]?.line !== undefined
        ? ` (line ${first.error[0].line}, col ${first.error[0].column})`
        : '';
    return new CliError(`${path} is not JSON${where}: a scenario is a JSON object`);
  }
}

/** Errors first, then warnings; the order within each as the parser found them. */
export function sortProblems(problems: readonly ScenarioProblem[]): ScenarioProblem[] {
  return [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity !== 'error'),
  ];
}

/** How many errors and warnings: a TOO_MANY_PROBLEMS problem counts those it stands for. */
export function problemSummary(problems: readonly ScenarioProblem[]): string {
  let errors = 0;
  let warnings = 0;
  for (const p of problems) {
    if (p.omitted) {
      errors += p.omitted.errors;
      warnings += p.omitted.warnings;
    } else if (p.severity === 'error') errors++;
    else warnings++;
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
}

export type ScenarioRead =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly warnings: readonly ScenarioProblem[];
      /** The file's text, as parsed. */
      readonly text: string;
      readonly parseMs: number;
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/** A CliError for a file too large to be a scenario (the game's limit, in bytes), found before it is read. */
function refuseLarge(path: string | undefined): void {
  let bytes = 0;
  try {
    if (path) bytes = statSync(path).size;
  } catch {
    return; // readTextFile says why the file cannot be read.
  }
  if (bytes <= MAX_SCENARIO_CHARS) return;
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
  throw new CliError(
    `${path} is too large (${mb(bytes)}): a scenario file is at most ${mb(MAX_SCENARIO_CHARS)}`,
  );
}

/** Reads and parses a scenario file: a CliError for a file that is not one, else its problems or the scenario. */
export function readScenario(path: string | undefined): ScenarioRead {
  refuseLarge(path);
  const text = readTextFile(path, 'scenario file');
  const refused = notAScenario(path ?? '', text);
  if (refused) throw refused;
  const start = performance.now();
  const parsed = parseScenario(text);
  const parseMs = performance.now() - start;
  if (!parsed.ok) return { ok: false, problems: sortProblems(parsed.error) };
  return {
    ok: true,
    scenario: parsed.value.scenario,
    warnings: sortProblems(parsed.value.warnings),
    text,
    parseMs,
  };
}

/**
 * For tools that need a valid scenario: its problems go to stderr, one a line, and a CliError (exit 1) ends
 * the tool.
 */
export function loadScenario(path: string | undefined): Extract<ScenarioRead, { ok: true }> {
  const read = readScenario(path);
  if (read.ok) return read;
  for (const p of read.problems) process.stderr.write(`${formatProblem(p)}\n`);
  throw new CliError(`${path} is not a valid scenario: ${problemSummary(read.problems)}`, EXIT_PROBLEMS);
}
