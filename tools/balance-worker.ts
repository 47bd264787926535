/**
 * A balance worker: plays its share of the computer-vs-computer games and replies with one compact summary per
 * game (never the game states, never the decisions: the computer's moves are counted here, as they are made,
 * by move-metrics.ts), then its share of the scripted historical-offer games. See tools/lib/balance-run.ts.
 *
 * The worker gets the scenario the parent parsed once, compiled (plain data, copied by structured clone),
 * rather than the file's text: parsing here would load zod and the parser in every worker, a third of a
 * worker's start-up, which a run of a few thousand games notices.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playComputerGame } from '../src/model/agent/index.ts';
import type { Pair } from '../src/model/scenario.ts';
import type { ConcessionStyle } from '../src/model/vocabulary.ts';
import { type BalanceJob, type BalanceReply, GAME_CHUNK } from './lib/balance-run.ts';
import { type GameSummary, gameSettings, pairSchedule, slotOf, summarizeGame } from './lib/game-summary.ts';
import { playHistoricalOfferGame } from './lib/historical-offer.ts';
import { type HistoricalOfferGame, moveTracker } from './lib/move-metrics.ts';

const firstLine = (error: unknown): string =>
  error instanceof Error ? error.message.split('\n')[0] : String(error);

/** Plays game `game` of the run and summarises it. */
function playOne(job: BalanceJob, pairs: readonly Pair<ConcessionStyle>[], game: number): GameSummary {
  const { scenario } = job;
  const slot = job.pairs ? slotOf(game, pairs.length) : 0;
  const personalities = job.pairs ? pairs[slot] : undefined;
  const settings = gameSettings(scenario, job.seed, game);
  const tracker = moveTracker(scenario);
  try {
    const state = playComputerGame(scenario, settings, { personalities, onDecision: tracker.record });
    return summarizeGame(scenario, state, game, slot, tracker.tally());
  } catch (error) {
    const pair = personalities ? personalities.join('/') : 'seed-varied personalities';
    throw new Error(`game ${game} (seed "${settings.seed}", ${pair}) failed: ${firstLine(error)}`, {
      cause: error,
    });
  }
}

function play(job: BalanceJob): BalanceReply {
  const { scenario } = job;
  const pairs = pairSchedule(scenario);
  const summaries: GameSummary[] = [];
  for (;;) {
    const first = Atomics.add(job.next, 0, GAME_CHUNK);
    if (first >= job.games || first < 0) break;
    const end = Math.min(job.games, first + GAME_CHUNK);
    for (let game = first; game < end; game++) summaries.push(playOne(job, pairs, game));
  }
  const historical: HistoricalOfferGame[] = [];
  for (let game = job.worker; game < job.historicalGames; game += job.workers) {
    const settings = gameSettings(scenario, job.seed, game);
    const scripted = game % 2 === 0 ? 0 : 1;
    try {
      historical.push(playHistoricalOfferGame(scenario, settings, scripted, game));
    } catch (error) {
      throw new Error(`historical-offer game ${game} (seed "${settings.seed}") failed: ${firstLine(error)}`, {
        cause: error,
      });
    }
  }
  return { ok: true, summaries, historical };
}

parentPort?.postMessage(play(workerData as BalanceJob));
