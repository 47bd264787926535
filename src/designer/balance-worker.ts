/**
 * The workbench's balance worker (a Web Worker): plays its share of a balance run's games exactly as
 * `npm run balance` does (tools/balance-worker.ts: the same seeds, pairs, summaries and scripted
 * historical-offer games), reporting progress as it goes, then replies with the summaries.
 */

import {
  type GameSummary,
  gameSettings,
  pairSchedule,
  slotOf,
  summarizeGame,
} from '../../tools/lib/game-summary.ts';
import { playHistoricalOfferGame } from '../../tools/lib/historical-offer.ts';
import { type HistoricalOfferGame, moveTracker } from '../../tools/lib/move-metrics.ts';
import { playComputerGame } from '../model/agent/index.ts';
import type { Scenario } from '../model/scenario.ts';

export interface WorkerJob {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly games: number;
  readonly worker: number;
  readonly workers: number;
  readonly pairs: boolean;
  readonly historicalGames: number;
}

export type WorkerReply =
  | { readonly kind: 'progress'; readonly done: number }
  | {
      readonly kind: 'done';
      readonly summaries: readonly GameSummary[];
      readonly historical: readonly HistoricalOfferGame[];
    }
  | { readonly kind: 'failed'; readonly message: string };

/** How often (in games played) a worker reports progress. */
const PROGRESS_EVERY = 5;

function play(job: WorkerJob, progress: (done: number) => void): WorkerReply {
  const { scenario } = job;
  const pairs = pairSchedule(scenario);
  const summaries: GameSummary[] = [];
  let done = 0;
  for (let game = job.worker; game < job.games; game += job.workers) {
    const slot = job.pairs ? slotOf(game, pairs.length) : 0;
    const personalities = job.pairs ? pairs[slot] : undefined;
    const settings = gameSettings(scenario, job.seed, game);
    const tracker = moveTracker(scenario);
    const state = playComputerGame(scenario, settings, { personalities, onDecision: tracker.record });
    summaries.push(summarizeGame(scenario, state, game, slot, tracker.tally()));
    if (++done % PROGRESS_EVERY === 0) progress(done);
  }
  const historical: HistoricalOfferGame[] = [];
  for (let game = job.worker; game < job.historicalGames; game += job.workers) {
    const settings = gameSettings(scenario, job.seed, game);
    historical.push(playHistoricalOfferGame(scenario, settings, game % 2 === 0 ? 0 : 1, game));
    if (++done % PROGRESS_EVERY === 0) progress(done);
  }
  progress(done);
  return { kind: 'done', summaries, historical };
}

self.onmessage = (event: MessageEvent<WorkerJob>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    post(play(event.data, (done) => post({ kind: 'progress', done })));
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
