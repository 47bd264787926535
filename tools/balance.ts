/**
 * The balance report: N seeded computer-vs-computer games of a scenario, played on worker threads, and how the
 * computer negotiated in them (issue 12's figures, tools/lib/move-metrics.ts).
 *
 *   npm run balance -- <file> --games N [--seed S] [--threads T] [--pairs] [--targets] [--json] [--no-timing]
 *
 * Game i has the seed `${S}-${i}`. By default the agent picks each game's personalities itself (they vary with
 * the seed); with --pairs, game i plays a personality pair chosen from i: the scenario's default pair, then the
 * nine pairs of boulware / linear / conceder, in turn. With a historical deal, min(N, 200) more scripted games
 * (seeds `${S}-${k}`, the scripted side alternating) measure how soon the computer accepts the historical deal.
 * The same seed gives the same report, byte for byte; the time it took is on the last line (left out with
 * --no-timing) or in the JSON.
 *
 * --html FILE also writes the report as one self-contained HTML page (tables, charts, the JSON; balance-html.ts).
 *
 * Exit codes: 0 done, 1 the scenario has errors, 2 bad input, 3 a game failed (a bug in the model or the agent:
 * the line names it; TARIFF_TALKS_DEBUG=1 adds the stack trace), 4 --targets and a figure missed its target
 * (stderr names each).
 */

import { writeFileSync } from 'node:fs';
import { balanceFigures, DEFAULT_SEED, HISTORICAL_GAMES } from './lib/balance-figures.ts';
import { balanceHtml } from './lib/balance-html.ts';
import { formatReport, reportJson } from './lib/balance-report.ts';
import { defaultThreads, runBalance } from './lib/balance-run.ts';
import { missedTargets } from './lib/balance-targets.ts';
import { CliError, EXIT_OK, parseCli, positiveInteger, runMain } from './lib/cli.ts';
import { loadScenario } from './lib/scenario-input.ts';

const USAGE = `usage: npm run balance -- <file> --games N [--seed S] [--threads T] [--pairs] [--targets] [--json] [--html FILE] [--no-timing]
  --games N      how many computer-vs-computer games to play (a positive whole number)
  --seed S       the seed of the run; game i plays with the seed "S-i" (default "balance")
  --threads T    worker threads (default: the cores available, at most N)
  --pairs        cycle through the personality pairs (the calibration rows) instead of the agent's own
  --targets      exit 4, naming each, when a figure misses issue 12's targets
  --json         print the report as one JSON object
  --html FILE    also write the report as a self-contained HTML page (tables, charts, the JSON)
  --no-timing    leave out the time it took (for output compared byte for byte)`;

export { DEFAULT_SEED, HISTORICAL_GAMES };

const EXIT_TARGETS = 4;

async function main(): Promise<number> {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    help: { type: 'boolean' },
    games: { type: 'string' },
    seed: { type: 'string' },
    threads: { type: 'string' },
    pairs: { type: 'boolean' },
    targets: { type: 'boolean' },
    json: { type: 'boolean' },
    html: { type: 'string' },
    'no-timing': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  const [path, ...extra] = positionals;
  if (path === undefined) throw new CliError('missing argument: the scenario file (see --help)');
  if (extra.length > 0) throw new CliError(`unexpected argument "${extra[0]}" (see --help)`);
  const games = positiveInteger(values.games, '--games');
  const threads = positiveInteger(values.threads, '--threads', defaultThreads(games));
  const seed = values.seed ?? DEFAULT_SEED;
  if (seed === '') throw new CliError('--seed must not be empty');
  if (values.html === '') throw new CliError('--html needs a file name');
  const timing = values['no-timing'] !== true;

  const { scenario } = loadScenario(path);
  const pairs = values.pairs === true;
  const run = await runBalance(scenario, seed, games, threads, {
    pairs,
    historicalGames: Math.min(games, HISTORICAL_GAMES),
  });
  const report = balanceFigures(scenario, seed, pairs, run.summaries, run.historical);
  const gamesPerSec = games / (run.ms / 1000);
  const timings: Record<string, number> = timing
    ? { gamesPerSec, elapsedMs: run.ms, threads: run.threads }
    : {};
  if (values.html !== undefined)
    writeHtml(values.html, balanceHtml(scenario, report, run.summaries, timings));
  if (values.json) {
    process.stdout.write(reportJson(report, timings));
  } else {
    process.stdout.write(formatReport(report));
    if (timing) {
      process.stdout.write(
        `\nTime: ${games} games in ${(run.ms / 1000).toFixed(2)} s on ${run.threads} threads (${gamesPerSec.toFixed(0)} games/s, worker start-up included)\n`,
      );
    }
  }
  if (values.targets) {
    const missed = missedTargets(report, scenario.historicalDeal !== null);
    for (const m of missed)
      process.stderr.write(`balance: ${m.key} is ${m.value ?? 'unknown'}, the target is ${m.target}\n`);
    if (missed.length > 0) return EXIT_TARGETS;
  }
  return EXIT_OK;
}

function writeHtml(path: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${String(error).split('\n')[0]}`);
  }
}

runMain('balance', main);
