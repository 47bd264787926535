/**
 * A balance run in the browser: the games dealt to Web Workers in turn (game i to worker i mod W, as the CLI
 * deals them to threads), their progress summed for a progress bar, and the summaries put back in game order for
 * the one figure function (tools/lib/balance-figures.ts). The same scenario, seed, games and pairs give the same
 * figures as `npm run balance`, whatever the number of workers.
 */

import { historicalGamesFor } from '../../tools/lib/balance-figures.ts';
import type { GameSummary } from '../../tools/lib/game-summary.ts';
import type { HistoricalOfferGame } from '../../tools/lib/move-metrics.ts';
import type { Scenario } from '../model/scenario.ts';
import type { WorkerJob, WorkerReply } from './balance-worker.ts';

export interface BrowserRun {
  readonly summaries: readonly GameSummary[];
  readonly historical: readonly HistoricalOfferGame[];
  readonly workers: number;
  readonly ms: number;
}

export interface RunRequest {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly games: number;
  readonly pairs: boolean;
}

/** At most this many workers: the page shares the machine with the designer's editor. */
const MAX_WORKERS = 4;

export const workerCount = (games: number): number =>
  Math.max(1, Math.min(games, MAX_WORKERS, globalThis.navigator?.hardwareConcurrency ?? 2));

/** Plays the run; `progress` gets the share done (0..1). Rejects with the first worker's failure. */
export function runInWorkers(
  request: RunRequest,
  progress: (share: number) => void,
  signal?: AbortSignal,
): Promise<BrowserRun> {
  const start = performance.now();
  const historicalGames = historicalGamesFor(request.scenario, request.games);
  const total = request.games + historicalGames;
  const workers = workerCount(request.games);
  const done = new Array<number>(workers).fill(0);
  const summaries: GameSummary[] = new Array(request.games);
  const historical: HistoricalOfferGame[] = new Array(historicalGames);
  const started: Worker[] = [];
  const stopAll = () => {
    for (const w of started) w.terminate();
  };
  return new Promise<BrowserRun>((resolve, reject) => {
    let finished = 0;
    signal?.addEventListener('abort', () => {
      stopAll();
      reject(new DOMException('stopped', 'AbortError'));
    });
    for (let worker = 0; worker < workers; worker++) {
      const w = new Worker(new URL('./balance-worker.ts', import.meta.url), { type: 'module' });
      started.push(w);
      w.onerror = (event) => {
        stopAll();
        reject(new Error(event.message || 'a balance worker failed to start'));
      };
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.kind === 'progress') {
          done[worker] = reply.done;
          progress(done.reduce((a, b) => a + b, 0) / total);
        } else if (reply.kind === 'failed') {
          stopAll();
          reject(new Error(reply.message));
        } else {
          for (const s of reply.summaries) summaries[s.game] = s;
          for (const h of reply.historical) historical[h.game] = h;
          w.terminate();
          if (++finished === workers) {
            progress(1);
            resolve({ summaries, historical, workers, ms: performance.now() - start });
          }
        }
      };
      const job: WorkerJob = { ...request, worker, workers, historicalGames };
      w.postMessage(job);
    }
  });
}
