/**
 * Plays a balance run on worker threads: games are dealt to the workers in turn (game i to worker i mod T),
 * each worker gets the scenario (parsed once, here) and plays its share, and the summaries are put back in game order,
 * whatever order the workers finish in. The scripted historical-offer games (historical-offer.ts) are dealt the
 * same way. Used by `npm run balance` and `npm run bench`.
 */
import { availableParallelism } from 'node:os';
import type { Scenario } from '../../src/model/scenario.ts';
import type { GameSummary } from './game-summary.ts';
import type { HistoricalOfferGame } from './move-metrics.ts';
import { startWorker, workerResult } from './ts-worker.ts';

export interface BalanceJob {
  /** The scenario, parsed once by the parent: compiled scenarios are plain data. */
  readonly scenario: Scenario;
  readonly seed: string;
  /** Games worker `worker` of `workers` plays: those with game % workers === worker, below `games`. */
  readonly games: number;
  readonly worker: number;
  readonly workers: number;
  /** Cycle through the personality pairs (game-summary.ts), instead of leaving them to the agent. */
  readonly pairs: boolean;
  /** Scripted historical-offer games to play (the same seeds as the first games), below this number. */
  readonly historicalGames: number;
}

export interface BalanceOptions {
  /** See BalanceJob.pairs; default false (the agent's own, seed-varied personalities). */
  readonly pairs?: boolean;
  /** See BalanceJob.historicalGames; default 0 (none: a scenario without a historical deal plays none anyway). */
  readonly historicalGames?: number;
  readonly entry?: URL;
}

export type BalanceReply =
  | {
      readonly ok: true;
      readonly summaries: readonly GameSummary[];
      readonly historical: readonly HistoricalOfferGame[];
    }
  | { readonly ok: false; readonly message: string };

export interface BalanceRun {
  readonly summaries: readonly GameSummary[];
  /** The scripted historical-offer games, in game order. */
  readonly historical: readonly HistoricalOfferGame[];
  readonly threads: number;
  /** Wall time, worker start-up included, ms. */
  readonly ms: number;
}

export const WORKER_ENTRY = new URL('../balance-worker.ts', import.meta.url);

export const defaultThreads = (games: number): number => Math.max(1, Math.min(availableParallelism(), games));

export async function runBalance(
  scenario: Scenario,
  seed: string,
  games: number,
  threads = defaultThreads(games),
  options: BalanceOptions = {},
): Promise<BalanceRun> {
  const start = performance.now();
  const workers = Math.max(1, Math.min(threads, games));
  const pairs = options.pairs ?? false;
  const historicalGames = scenario.historicalDeal === null ? 0 : (options.historicalGames ?? 0);
  const replies = await Promise.all(
    Array.from({ length: workers }, (_, worker) => {
      const job: BalanceJob = { scenario, seed, games, worker, workers, pairs, historicalGames };
      return workerResult<BalanceReply>(startWorker(options.entry ?? WORKER_ENTRY, job));
    }),
  );
  const summaries: GameSummary[] = new Array(games);
  const historical: HistoricalOfferGame[] = new Array(historicalGames);
  for (const reply of replies) {
    if (!reply.ok) throw new Error(reply.message);
    for (const s of reply.summaries) summaries[s.game] = s;
    for (const h of reply.historical) historical[h.game] = h;
  }
  for (let i = 0; i < games; i++) if (!summaries[i]) throw new Error(`game ${i} was not played`);
  for (let i = 0; i < historicalGames; i++)
    if (!historical[i]) throw new Error(`historical-offer game ${i} was not played`);
  return { summaries, historical, threads: workers, ms: performance.now() - start };
}
