/**
 * Plays a balance run on worker threads: games are dealt to the workers in turn (game i to worker i mod T),
 * each worker gets the scenario (parsed once, here) and plays its share, and the summaries are put back in game order,
 * whatever order the workers finish in. Used by `npm run balance` and `npm run bench`.
 */
import { availableParallelism } from 'node:os';
import type { Scenario } from '../../src/model/scenario.ts';
import type { GameSummary } from './game-summary.ts';
import { startWorker, workerResult } from './ts-worker.ts';

export interface BalanceJob {
  /** The scenario, parsed once by the parent: compiled scenarios are plain data. */
  readonly scenario: Scenario;
  readonly seed: string;
  /** Games worker `worker` of `workers` plays: those with game % workers === worker, below `games`. */
  readonly games: number;
  readonly worker: number;
  readonly workers: number;
}

export type BalanceReply =
  | { readonly ok: true; readonly summaries: readonly GameSummary[] }
  | { readonly ok: false; readonly message: string };

export interface BalanceRun {
  readonly summaries: readonly GameSummary[];
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
  entry: URL = WORKER_ENTRY,
): Promise<BalanceRun> {
  const start = performance.now();
  const workers = Math.max(1, Math.min(threads, games));
  const replies = await Promise.all(
    Array.from({ length: workers }, (_, worker) => {
      const job: BalanceJob = { scenario, seed, games, worker, workers };
      return workerResult<BalanceReply>(startWorker(entry, job));
    }),
  );
  const summaries: GameSummary[] = new Array(games);
  for (const reply of replies) {
    if (!reply.ok) throw new Error(reply.message);
    for (const s of reply.summaries) summaries[s.game] = s;
  }
  for (let i = 0; i < games; i++) if (!summaries[i]) throw new Error(`game ${i} was not played`);
  return { summaries, threads: workers, ms: performance.now() - start };
}
