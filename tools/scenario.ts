/**
 * The designers' scenario tool.
 *
 *   npm run scenario -- check <file>      every problem, one a line (code, JSON path, line and column)
 *   npm run scenario -- analyze <file>    outcome space, Pareto frontier, Nash point, the historical deal
 *
 * Exit codes: 0 fine (warnings alone are fine), 1 the scenario has errors, 2 bad input (arguments, a file that
 * is missing or is not a scenario at all), 3 a bug in the tool. Anything that goes wrong is one line on stderr,
 * never a stack trace (TARIFF_TALKS_DEBUG=1 adds it, for debugging).
 */
import { formatProblem } from '../src/content/problems.ts';
import { analyzeScenario, formatAnalysis } from './lib/analysis.ts';
import { CliError, EXIT_OK, EXIT_PROBLEMS, parseCli, runMain } from './lib/cli.ts';
import { problemSummary, readScenario } from './lib/scenario-input.ts';

const USAGE = `usage: npm run scenario -- <check|analyze> <file> [--json] [--no-timing]
  check <file>     list every problem in a scenario file (exit 1 if there is an error)
  analyze <file>   outcome space, Pareto frontier, Nash point and the historical deal
  --json           analyze: print the analysis as one JSON object
  --no-timing      analyze: leave out the line with the time the analysis took`;

const COMMANDS = ['check', 'analyze'] as const;
type Command = (typeof COMMANDS)[number];

function check(path: string): number {
  const read = readScenario(path);
  const problems = read.ok ? read.warnings : read.problems;
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.some((p) => p.severity === 'error');
  process.stdout.write(`${path}: ${problemSummary(problems)}${errors ? '' : ' — ok'}\n`);
  return errors ? EXIT_PROBLEMS : EXIT_OK;
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

function main(): number {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    help: { type: 'boolean' },
    json: { type: 'boolean' },
    'no-timing': { type: 'boolean' },
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
  if (extra.length > 0)
    throw new CliError(`unexpected argument "${extra[0]}": ${command} takes one file (see --help)`);
  if (command === 'check' && (values.json || values['no-timing'])) {
    throw new CliError(
      `${values.json ? '--json' : '--no-timing'} is an option of analyze, not check (see --help)`,
    );
  }
  return command === 'check'
    ? check(path)
    : analyze(path, values.json === true, values['no-timing'] !== true);
}

runMain('scenario', main);
