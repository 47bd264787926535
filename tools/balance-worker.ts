/**
 * A balance worker: plays its share of the computer-vs-computer games and replies with one compact summary per
 * game (never the game states). See tools/lib/balance-run.ts.
 *
 * The worker gets the scenario the parent parsed once, compiled (plain data, copied by structured clone),
 * rather than the file's text: parsing here would load zod and the parser in every worker, a third of a
 * worker's start-up, which a run of a few thousand games notices.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { playComputerGame } from '../src/model/agent/index.ts';
import type { BalanceJob, BalanceReply } from './lib/balance-run.ts';
import { type GameSummary, gameSettings, pairSchedule, slotOf, summarizeGame } from './lib/game-summary.ts';

function play(job: BalanceJob): BalanceReply {
  const { scenario } = job;
  const pairs = pairSchedule(scenario);
  const summaries: GameSummary[] = [];
  for (let game = job.worker; game < job.games; game += job.workers) {
    const slot = slotOf(game, pairs.length);
    const settings = gameSettings(scenario, job.seed, game);
    try {
      const state = playComputerGame(scenario, settings, { personalities: pairs[slot] });
      summaries.push(summarizeGame(scenario, state, game, slot));
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      const pair = pairs[slot].join('/');
      throw new Error(`game ${game} (seed "${settings.seed}", ${pair}) failed: ${message}`, { cause: error });
    }
  }
  return { ok: true, summaries };
}

parentPort?.postMessage(play(workerData as BalanceJob));
