/**
 * Plays a balance run on worker threads: each worker gets the scenario (parsed once, here) and takes the next
 * GAME_CHUNK games from a counter the workers share (Atomics on a SharedArrayBuffer) until none are left, so a
 * worker slowed by its compiler or the machine plays fewer games and they finish together (issue 16). Every game's
 * result depends on its number alone, so who plays it changes nothing: the summaries are put back in game
 * order. The scripted historical-offer games (historical-offer.ts) are dealt in turn (game i to worker i mod T).
 * Used by `npm run balance` and `npm run bench`.
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
  /** The games to play: 0 to games − 1, taken GAME_CHUNK at a time from `next`. */
  readonly games: number;
  /** The shared counter: element 0 is the first game nobody has taken yet (Atomics.add). */
  readonly next: Int32Array;
  /** The historical-offer games this worker plays: those with game % workers === worker. */
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

/** How many games a worker takes at a time: few enough that the workers end within a few games of each other. */
export const GAME_CHUNK = 64;

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
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const replies = await Promise.all(
    Array.from({ length: workers }, (_, worker) => {
      const job: BalanceJob = { scenario, seed, games, next, worker, workers, pairs, historicalGames };
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
