/**
 * Benchmarks: measured, not asserted. Each figure is the median of several runs; `baselineUs`, a fixed tiny
 * loop timed in the same run, lets figures from this shared, noisy machine be compared with one another.
 *
 *   npm run bench [-- --json] [--scenario <file>] [--runs N] [--balance-games N] [--only key,key]
 *
 * Measurements are a list: a later figure (bundle size, time to interactive) is one more entry in MEASUREMENTS.
 * The output also gives the machine's 1-minute load average (`loadAverage`): other work slows the figures that
 * use every core (balanceGamesPerSec) far more than the single-thread ones.
 */
import { loadavg } from 'node:os';
import { chooseAction, playComputerGame } from '../src/model/agent/index.ts';
import { resultCode, verifyCodes } from '../src/model/code/index.ts';
import {
  type Action,
  applyAction,
  DIFFICULTY_LEVELS,
  type GameSettings,
  type GameState,
  legalActions,
  type Package,
  project,
  replay,
  type Scenario,
  toMove,
  type View,
  viewFor,
} from '../src/model/index.ts';
import type { AnalyzeJob, AnalyzeReply } from './lib/analyze-worker.ts';
import { runBalance } from './lib/balance-run.ts';
import { bigMeasurements } from './lib/bench-big.ts';
import { browserMeasurements } from './lib/bench-browser-keys.ts';
import { type Figure, formatFigures, median } from './lib/bench-format.ts';
import { closeBrowserRig } from './lib/browser-bench.ts';
import { CliError, EXIT_OK, oneLine, parseCli, positiveInteger, runMain } from './lib/cli.ts';
import { loadScenario } from './lib/scenario-input.ts';
import { startWorker, workerResult } from './lib/ts-worker.ts';

const USAGE = `usage: npm run bench -- [--json] [--scenario <file>] [--runs N] [--balance-games N] [--only key,key]
  --json               print the figures as one JSON object
  --scenario <file>    the scenario to measure (default ${'src/content/scenarios/us-japan-2025.json'})
  --runs N             runs per figure; the median is reported (default 7)
  --balance-games N    games per balance run (default 10000)
  --only key,key       measure only these figures (baselineUs is always measured)`;

const DEFAULT_SCENARIO = 'src/content/scenarios/us-japan-2025.json';
const DEFAULT_RUNS = 7;
/** A designer runs thousands of games before shipping a scenario (DESIGN.md: "10,000 games takes seconds"). */
const DEFAULT_BALANCE_GAMES = 10_000;
/** How long one run of a micro-benchmark lasts at least, ms: long enough to swamp the clock's resolution. */
const MIN_RUN_MS = 100;

/** Everything the measurements share: built once, before any timing. */
interface Fixture {
  readonly path: string;
  readonly text: string;
  readonly scenario: Scenario;
  readonly settings: GameSettings;
  /** Games still going, from a spread of seeded computer games at a quarter, half and three quarters. */
  readonly midStates: readonly GameState[];
  readonly midViews: readonly View[];
  readonly balanceGames: number;
}

interface Target {
  readonly op: '<=' | '>=';
  readonly value: number;
}

interface Measurement {
  /** The key in the JSON output, camelCase. */
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly target: Target | null;
  /** Runs of this figure: the default, unless the measurement says otherwise. */
  readonly runs?: (defaultRuns: number) => number;
  /** Measures once: a warm-up run is made first unless `cold` says the figure must be measured cold. */
  readonly measure: (fixture: Fixture) => Promise<number> | number;
  readonly cold?: boolean;
  readonly note?: (fixture: Fixture) => string;
}

/** Something the benchmarks compute, kept so the engine cannot drop the work. */
let sink = 0;

/** Calls `fn(i)` for i = 0, 1, ... until at least `minMs` has passed; returns µs per call. */
function microsPerCall(fn: (i: number) => void, minMs = MIN_RUN_MS): number {
  const start = performance.now();
  let calls = 0;
  let elapsed = 0;
  do {
    for (let k = 0; k < 16; k++) fn(calls++);
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return (elapsed * 1000) / calls;
}

/** The reference loop: 1,000,000 steps of xorshift32, a fixed amount of plain integer work. */
function baselineLoop(): number {
  let x = 2463534242;
  for (let i = 0; i < 1_000_000; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x >>> 0;
}

function proposal(view: View): Action {
  const legal = legalActions(view);
  const pkg = legal.levels.map((levels) => levels[levels.length >> 1]);
  return { type: 'propose', side: view.scenario.parties[view.side].id, package: pkg };
}

/** Packages a student would pass through dragging sliders: each on-table issue through each level. */
function sliderPackages(view: View, base: Package): Package[] {
  const out: Package[] = [];
  const legal = legalActions(view);
  legal.levels.forEach((levels, j) => {
    for (const l of levels) out.push(base.map((b, k) => (k === j ? l : b)));
  });
  return out;
}

const MEASUREMENTS: readonly Measurement[] = [
  {
    key: 'baselineUs',
    label: 'reference loop (1M xorshift steps)',
    unit: 'µs',
    target: null,
    measure: () => {
      const start = performance.now();
      sink ^= baselineLoop();
      return (performance.now() - start) * 1000;
    },
  },
  {
    key: 'applyActionUs',
    label: 'applyAction: propose, mid-game',
    unit: 'µs',
    target: null,
    measure: (f) => {
      const state = f.midStates[0];
      const view = viewFor(f.scenario, state, toMove(f.scenario, state));
      if (!view) throw new Error('no view of the mid-game state');
      const action = proposal(view);
      const check = applyAction(f.scenario, state, action);
      if (!check.ok) throw new Error(`the benchmark's proposal is refused: ${check.error.message}`);
      return microsPerCall(() => {
        const step = applyAction(f.scenario, state, action);
        if (step.ok) sink ^= step.value.state.turn;
      });
    },
  },
  {
    key: 'projectUs',
    label: 'project(view, package), slider moves',
    unit: 'µs',
    target: { op: '<=', value: 50 },
    measure: (f) => {
      const view = f.midViews[0];
      const base = (proposal(view) as Extract<Action, { type: 'propose' }>).package;
      const packages = sliderPackages(view, base);
      return microsPerCall((i) => {
        sink += project(view, packages[i % packages.length]).sides[0].utility;
      });
    },
  },
  {
    key: 'computerMoveUs',
    label: 'chooseAction, mid-game views',
    unit: 'µs',
    target: { op: '<=', value: 1000 },
    measure: (f) =>
      microsPerCall((i) => {
        sink += chooseAction(f.midViews[i % f.midViews.length]).actions.length;
      }),
    note: (f) => `${f.midViews.length} views`,
  },
  {
    key: 'fullGameMs',
    label: 'playComputerGame, whole game',
    unit: 'ms',
    target: { op: '<=', value: 10 },
    measure: (f) =>
      microsPerCall((i) => {
        sink += playComputerGame(f.scenario, { ...f.settings, seed: `bench-game-${i}` }).turn;
      }, 300) / 1000,
  },
  {
    key: 'balanceGamesPerSec',
    label: 'balance run on worker threads',
    unit: 'games/s',
    target: { op: '>=', value: 5000 },
    cold: true,
    runs: (n) => Math.min(n, 3),
    measure: async (f) => {
      const run = await runBalance(f.scenario, 'bench', f.balanceGames);
      return f.balanceGames / (run.ms / 1000);
    },
    note: (f) => `${f.balanceGames} games a run, all cores, worker start-up included`,
  },
  {
    key: 'analyzeMs',
    label: 'scenario analyze, cold (fresh worker)',
    unit: 'ms',
    target: { op: '<=', value: 2000 },
    cold: true,
    measure: async (f) => {
      const job: AnalyzeJob = { text: f.text };
      const reply = await workerResult<AnalyzeReply>(
        startWorker(new URL('./lib/analyze-worker.ts', import.meta.url), job),
      );
      if (!reply.ok) throw new Error(reply.message);
      return reply.analyzeMs;
    },
    note: (f) => `${f.scenario.spaceSize} packages`,
  },
  {
    key: 'verify200Ms',
    label: 'verifyCodes: 200 result codes of full games, each replayed',
    unit: 'ms',
    target: { op: '<=', value: 2000 },
    measure: (f) => {
      const codes = classCodes(f);
      const lookup = () => [f.scenario];
      const start = performance.now();
      const verdicts = verifyCodes(codes, lookup);
      const ms = performance.now() - start;
      sink += verdicts.length;
      return ms;
    },
    note: (f) => {
      const codes = classCodes(f);
      const mean = codes.reduce((n, c) => n + c.length, 0) / codes.length;
      return `games against the computer, both sides, every difficulty; codes of ${Math.round(mean)} characters on average`;
    },
  },
];

/** Codes a class hands in for verify200Ms. */
const VERIFY_CODES = 200;
const codeCache = new WeakMap<Fixture, readonly string[]>();

/**
 * Result codes of full games against the computer (a spread of seeds, both sides, every difficulty), made once
 * per fixture and outside any timing; each is checked to verify, so the figure times real replays.
 */
function classCodes(f: Fixture): readonly string[] {
  const hit = codeCache.get(f);
  if (hit) return hit;
  const codes = Array.from({ length: VERIFY_CODES }, (_, i) => {
    const settings: GameSettings = {
      seed: `bench-class-${i}`,
      side: f.scenario.parties[i % 2].id,
      opponent: 'computer',
      difficulty: DIFFICULTY_LEVELS[Math.floor(i / 2) % DIFFICULTY_LEVELS.length],
    };
    const code = resultCode(f.scenario, playComputerGame(f.scenario, settings), `Student ${i + 1}`);
    if (code === null) throw new Error(`the game of seed "${settings.seed}" did not end`);
    return code;
  });
  const refused = verifyCodes(codes, () => [f.scenario]).findIndex((v) => v.kind !== 'verified');
  if (refused >= 0) throw new Error(`the benchmark's code ${refused + 1} does not verify`);
  codeCache.set(f, codes);
  return codes;
}

/** Issue 16: the big scenario and the 2,000-game balance run (tools/lib/bench-big.ts). */
const BIG_MEASUREMENTS: readonly Measurement[] = bigMeasurements<Fixture>((f) => f.scenario);

const ALL_MEASUREMENTS: readonly Measurement[] = [
  ...MEASUREMENTS,
  ...BIG_MEASUREMENTS,
  ...browserMeasurements<Fixture>(),
];

function buildFixture(path: string, text: string, scenario: Scenario, balanceGames: number): Fixture {
  const settings: GameSettings = {
    seed: 'bench',
    side: scenario.parties[0].id,
    opponent: 'computer-vs-computer',
    difficulty: 'normal',
  };
  const midStates: GameState[] = [];
  for (let k = 0; k < 12; k++) {
    const game = { ...settings, seed: `bench-${k}` };
    let log: readonly unknown[];
    try {
      log = playComputerGame(scenario, game).log;
    } catch (error) {
      throw new Error(`playComputerGame (seed "${game.seed}") failed: ${oneLine(error)}`, { cause: error });
    }
    for (const share of [0.5, 0.25, 0.75]) {
      const replayed = replay(scenario, game, log.slice(0, Math.floor(log.length * share)));
      if (replayed.ok && replayed.value.outcome === null) midStates.push(replayed.value);
    }
  }
  if (midStates.length === 0)
    throw new CliError('no computer game lasts long enough to give a mid-game state');
  const midViews = midStates.flatMap((s) => {
    const view = viewFor(scenario, s, toMove(scenario, s));
    return view ? [view] : [];
  });
  return { path, text, scenario, settings, midStates, midViews, balanceGames };
}

async function measureAll(
  chosen: readonly Measurement[],
  fixture: Fixture,
  runs: number,
  figures: Figure<Fixture>[],
  quiet: boolean,
): Promise<void> {
  for (const m of chosen) {
    const n = m.runs ? m.runs(runs) : runs;
    if (!m.cold) await m.measure(fixture);
    const samples: number[] = [];
    for (let i = 0; i < n; i++) samples.push(await m.measure(fixture));
    figures.push({
      measurement: m,
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      runs: n,
    });
    if (!quiet) process.stderr.write(`  measured ${m.key}\n`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    help: { type: 'boolean' },
    json: { type: 'boolean' },
    scenario: { type: 'string' },
    runs: { type: 'string' },
    'balance-games': { type: 'string' },
    only: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}" (see --help)`);
  const runs = positiveInteger(values.runs, '--runs', DEFAULT_RUNS);
  const balanceGames = positiveInteger(values['balance-games'], '--balance-games', DEFAULT_BALANCE_GAMES);
  const only = values.only?.split(',').map((k) => k.trim()) ?? null;
  const unknown = only?.find((k) => !ALL_MEASUREMENTS.some((m) => m.key === k));
  if (unknown !== undefined)
    throw new CliError(
      `unknown figure "${unknown}": one of ${ALL_MEASUREMENTS.map((m) => m.key).join(', ')}`,
    );
  const path = values.scenario ?? DEFAULT_SCENARIO;
  const { scenario, text } = loadScenario(path);
  const fixture = buildFixture(path, text, scenario, balanceGames);

  const chosen = ALL_MEASUREMENTS.filter(
    (m) => m.key === 'baselineUs' || only === null || only.includes(m.key),
  );
  const figures: Figure<Fixture>[] = [];
  try {
    await measureAll(chosen, fixture, runs, figures, values.json === true);
  } finally {
    await closeBrowserRig();
  }
  if (values.json) {
    const out: Record<string, number | string> = {};
    for (const f of figures) out[f.measurement.key] = Number(f.median.toPrecision(4));
    out.loadAverage = Number(loadavg()[0].toFixed(2));
    out.runs = runs;
    out.balanceGames = balanceGames;
    out.scenario = path;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } else
    process.stdout.write(
      formatFigures(figures, fixture, { path: fixture.path, packages: fixture.scenario.spaceSize }),
    );
  if (sink === Number.MIN_VALUE) process.stderr.write('\n');
  return EXIT_OK;
}

runMain('bench', main);
