/**
 * The designers' scenario tool.
 *
 *   npm run scenario -- check <file> [<translation>] [--lang <lang>]
 *                                         every problem, one a line (code, JSON path, line and column), then
 *                                         those of each translation file beside it (`<name>.<lang>.json`), or
 *                                         of the one named (a file, or a language with --lang)
 *   npm run scenario -- check <file> --balance [--games N]
 *                                         also plays N (default 200) computer-vs-computer games through every
 *                                         personality pair and warns about a pair that deals in under 10% of them
 *   npm run scenario -- analyze <file>    outcome space, Pareto frontier, Nash point, the historical deal
 *
 * Exit codes: 0 fine (warnings alone are fine), 1 the scenario or a translation file has errors, 2 bad input (arguments, a file that
 * is missing or is not a scenario at all), 3 a bug in the tool. Anything that goes wrong is one line on stderr,
 * never a stack trace (TARIFF_TALKS_DEBUG=1 adds it, for debugging).
 */
import { formatProblem } from '../src/content/problems.ts';
import { LANG_PATTERN } from '../src/content/translation.ts';
import { analyzeScenario, formatAnalysis } from './lib/analysis.ts';
import { playBalanceWarnings } from './lib/balance-warnings.ts';
import { CliError, EXIT_OK, EXIT_PROBLEMS, parseCli, positiveInteger, runMain } from './lib/cli.ts';
import { problemSummary, readScenario } from './lib/scenario-input.ts';
import { checkTranslation, translationsBeside } from './lib/translation-input.ts';

/** How many games `check --balance` plays unless told: 20 for each of the ten pairs. */
const BALANCE_GAMES = 200;

const USAGE = `usage: npm run scenario -- <check|analyze> <file> [--json] [--no-timing]
  check <file>     list every problem in a scenario file (exit 1 if there is an error), then in each
                   translation file beside it (<name>.<lang>.json, e.g. us-japan-2025.ja.json)
  check <file> <translation>   the scenario, then that translation file only
  --lang <lang>    check: the scenario, then its translation into <lang> only (e.g. --lang ja)
  --balance        check: also play games through every personality pair (the balance library) and warn
                   about a pair that reaches a deal in under 10% of its games
  --games N        check --balance: how many games in all (default ${BALANCE_GAMES})
  analyze <file>   outcome space, Pareto frontier, Nash point and the historical deal
  --json           analyze: print the analysis as one JSON object
  --no-timing      analyze: leave out the line with the time the analysis took`;

const COMMANDS = ['check', 'analyze'] as const;
type Command = (typeof COMMANDS)[number];

async function check(
  path: string,
  translation: string | undefined,
  lang: string | undefined,
  balanceGames: number | null,
): Promise<number> {
  const files = translation !== undefined ? [translation] : translationsBeside(path, lang);
  const read = readScenario(path);
  const problems = read.ok
    ? balanceGames === null
      ? read.warnings
      : [...read.warnings, ...(await playBalanceWarnings(read.scenario, balanceGames))]
    : read.problems;
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.some((p) => p.severity === 'error');
  process.stdout.write(`${path}: ${problemSummary(problems)}${errors ? '' : ' — ok'}\n`);
  if (!read.ok) return EXIT_PROBLEMS;
  let translationErrors = false;
  for (const file of files) {
    const result = checkTranslation(read.text, file);
    for (const line of result.lines) process.stdout.write(`${line}\n`);
    translationErrors ||= result.errors;
  }
  return errors || translationErrors ? EXIT_PROBLEMS : EXIT_OK;
}

function analyze(path: string, json: boolean, timing: boolean): number {
  const read = readScenario(path);
  if (!read.ok) {
    for (const p of read.problems) process.stderr.write(`${formatProblem(p)}\n`);
    throw new CliError(
      `${path} has ${problemSummary(read.problems)}: fix them first (npm run scenario -- check ${path})`,
      EXIT_PROBLEMS,
    );
  }
  for (const p of read.warnings) process.stderr.write(`${formatProblem(p)}\n`);
  const analysis = analyzeScenario(read.scenario);
  if (json) {
    const { analyzeMs, ...rest } = analysis;
    const out = timing ? { ...rest, analyzeMs, parseMs: read.parseMs } : rest;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else process.stdout.write(formatAnalysis(analysis, { timing, parseMs: read.parseMs }));
  return EXIT_OK;
}

function main(): Promise<number> | number {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    help: { type: 'boolean' },
    json: { type: 'boolean' },
    'no-timing': { type: 'boolean' },
    lang: { type: 'string' },
    balance: { type: 'boolean' },
    games: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const [command, path, ...extra] = positionals;
  if (command === undefined) throw new CliError('missing command: check or analyze (see --help)');
  if (!COMMANDS.includes(command as Command))
    throw new CliError(`unknown command "${command}": use check or analyze (see --help)`);
  if (path === undefined)
    throw new CliError(`missing argument: the scenario file to ${command} (see --help)`);
  const [translation, ...more] = command === 'check' ? extra : [];
  const unexpected = command === 'check' ? more[0] : extra[0];
  if (unexpected !== undefined)
    throw new CliError(
      `unexpected argument "${unexpected}": ${command} takes ${command === 'check' ? 'a scenario file and at most one translation file' : 'one file'} (see --help)`,
    );
  const lang = values.lang;
  if (lang !== undefined && command !== 'check')
    throw new CliError('--lang is an option of check, not analyze (see --help)');
  if (lang !== undefined && translation !== undefined)
    throw new CliError('name a translation file or a language with --lang, not both (see --help)');
  if (lang !== undefined && !LANG_PATTERN.test(lang))
    throw new CliError(`--lang "${lang}" is not a language tag such as ja or pt-BR (see --help)`);
  if (command === 'check' && (values.json || values['no-timing'])) {
    throw new CliError(
      `${values.json ? '--json' : '--no-timing'} is an option of analyze, not check (see --help)`,
    );
  }
  if (command !== 'check' && (values.balance || values.games !== undefined))
    throw new CliError(
      `${values.balance ? '--balance' : '--games'} is an option of check, not analyze (see --help)`,
    );
  if (values.games !== undefined && !values.balance)
    throw new CliError('--games goes with --balance (see --help)');
  const balanceGames = values.balance ? positiveInteger(values.games, '--games', BALANCE_GAMES) : null;
  return command === 'check'
    ? check(path, translation, lang, balanceGames)
    : analyze(path, values.json === true, values['no-timing'] !== true);
}

runMain('scenario', main);
