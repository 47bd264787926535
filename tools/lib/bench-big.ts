/**
 * Issue 16's bench figures beside the others in tools/bench.ts:
 * - bigMoveColdMs, bigMoveWarmMs, bigGameMs, bigRssMB: a 20-issue × 4-level scenario made from the shipped one
 *   (big-scenario.ts), measured in a child process of their own (bench-big-run.ts) so its peak memory is theirs;
 *   CPU time, medians. One child run gives all four; each bench run of them starts one child.
 * - balance2000Ms: a whole 2,000-game balance run on worker threads, wall time, worker start-up included.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBalance } from './balance-run.ts';

/** What tools/bench.ts needs of a measurement (its Measurement, structurally). */
export interface BenchFigure<F> {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly target: { readonly op: '<=' | '>='; readonly value: number } | null;
  readonly runs?: (defaultRuns: number) => number;
  readonly measure: (fixture: F) => Promise<number> | number;
  readonly cold?: boolean;
  readonly note?: (fixture: F) => string;
}

interface BigFigures {
  readonly bigMoveColdMs: number;
  readonly bigMoveWarmMs: number;
  readonly bigGameMs: number;
  readonly bigRssMB: number;
  readonly packages: number;
}

const RUNNER = fileURLToPath(new URL('./bench-big-run.ts', import.meta.url));
/** Cold moves and games a child measures (the medians of these). */
const CHILD_RUNS = 5;

/** The child runs so far: run k of each of the four figures reads child run k. */
const children: BigFigures[] = [];
const reads = new Map<string, number>();

function bigFigures(path: string, key: keyof BigFigures): number {
  const k = reads.get(key) ?? 0;
  reads.set(key, k + 1);
  if (children[k] === undefined) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, RUNNER, '--scenario', path, '--runs', String(CHILD_RUNS)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`the big-scenario run failed: ${child.stderr.split('\n')[0]}`);
    children[k] = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as BigFigures;
  }
  return children[k][key];
}

const BALANCE_GAMES = 2000;

export function bigMeasurements<
  F extends { readonly path: string; readonly scenario: { readonly hash: string } },
>(balanceScenario: (fixture: F) => Parameters<typeof runBalance>[0]): readonly BenchFigure<F>[] {
  const big = (key: keyof BigFigures, label: string, unit: string, target: number): BenchFigure<F> => ({
    key,
    label,
    unit,
    target: { op: '<=', value: target },
    cold: true,
    runs: (n) => Math.min(n, 3),
    measure: (f) => bigFigures(f.path, key),
    note: () =>
      `20 issues × 4 levels (2^40 packages) made from the scenario; own process, CPU time, medians of ${CHILD_RUNS}`,
  });
  return [
    big('bigMoveColdMs', 'first computer move on a fresh big scenario', 'ms', 100),
    big('bigMoveWarmMs', 'computer move on the big scenario, memos warm', 'ms', 5),
    big('bigGameMs', 'whole computer-vs-computer game on a fresh big scenario', 'ms', 500),
    big('bigRssMB', 'peak resident memory of the big-scenario process', 'MB', 300),
    {
      key: 'balance2000Ms',
      label: 'balance run of 2,000 games on worker threads, wall time',
      unit: 'ms',
      target: { op: '<=', value: 1500 },
      cold: true,
      runs: (n) => Math.min(n, 3),
      measure: async (f) => (await runBalance(balanceScenario(f), 'bench-2000', BALANCE_GAMES)).ms,
      note: () =>
        'all cores, worker start-up counted (the worker is bundled once per process, in the first run)',
    },
  ];
}
