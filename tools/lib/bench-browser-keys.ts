/**
 * The browser figures of `npm run bench` (issues 3 and 16): a production build served on localhost, in headless
 * Chromium. The title's runs and the heap's runs are made once and give several figures each.
 */
import type { BenchFigure } from './bench-big.ts';
import { type TitleVsBare, titleVsBarePhaser } from './bench-title.ts';
import {
  bundleGzipKB,
  type HeapGrowth,
  heapGrowth,
  pageGzipKB,
  sliderToProjectionMs,
  titleInteractiveMs,
} from './browser-bench.ts';

/** One run of ten games gives both heap figures. */
let heapMeasured: Promise<HeapGrowth> | null = null;
let heapFirst = 0;
function heapRun(): Promise<HeapGrowth> {
  heapMeasured ??= heapGrowth().then((h) => {
    heapFirst = h.heapFirstMB;
    return h;
  });
  return heapMeasured;
}

/** One interleaved run of TITLE_PAIRS pairs gives the title's ratio to the bare Phaser page and the CPU figures. */
const TITLE_PAIRS = 9;
let titleMeasured: Promise<TitleVsBare> | null = null;
let titleLast: TitleVsBare | null = null;
function titleRun(): Promise<TitleVsBare> {
  titleMeasured ??= titleVsBarePhaser(TITLE_PAIRS).then((r) => {
    titleLast = r;
    return r;
  });
  return titleMeasured;
}
const titleNote = (): string =>
  titleLast
    ? `${titleLast.pairs} pairs, interleaved; title ${titleLast.titleMs.toFixed(0)} ms, bare ${titleLast.bareMs.toFixed(0)} ms`
    : '';

/** The browser figures, as tools/bench.ts lists its measurements (any fixture: they need none). */
export function browserMeasurements<F>(): readonly BenchFigure<F>[] {
  return BROWSER_MEASUREMENTS;
}

const BROWSER_MEASUREMENTS: readonly BenchFigure<unknown>[] = [
  {
    key: 'bundleGzipKB',
    label: "the game's production JavaScript (index.html), gzipped (Phaser ~357)",
    unit: 'KB',
    target: { op: '<=', value: 420 },
    cold: true,
    runs: () => 1,
    measure: () => bundleGzipKB(),
  },
  {
    key: 'teacherBundleGzipKB',
    label: "the teacher's page JavaScript, gzipped (no Phaser; shares the model's chunk)",
    unit: 'KB',
    target: null,
    cold: true,
    runs: () => 1,
    measure: () => pageGzipKB('teacher.html', false),
  },
  {
    key: 'titleInteractiveMs',
    label: 'navigation to the title accepting input, fresh context',
    unit: 'ms',
    target: { op: '<=', value: 2000 },
    measure: () => titleInteractiveMs(),
  },
  {
    key: 'titleVsBarePhaser',
    label:
      "navigation to the title accepting input, over a bare Phaser page's to its scene (bench/bare-phaser.html)",
    unit: '×',
    target: { op: '<=', value: 1.5 },
    cold: true,
    runs: () => 1,
    measure: async () => (await titleRun()).ratio,
    note: titleNote,
  },
  {
    key: 'titleCpuMs',
    label: "the title's main-thread CPU time to that moment (same loads)",
    unit: 'ms',
    target: null,
    cold: true,
    runs: () => 1,
    measure: async () => (await titleRun()).titleCpuMs,
  },
  {
    key: 'barePhaserCpuMs',
    label: "the bare Phaser page's main-thread CPU time to its scene (same loads)",
    unit: 'ms',
    target: null,
    cold: true,
    runs: () => 1,
    measure: async () => (await titleRun()).bareCpuMs,
  },
  {
    key: 'sliderToProjectionMs',
    label: 'lever input event to the redrawn projection (median of a sweep)',
    unit: 'ms',
    target: { op: '<=', value: 16 },
    runs: (n) => Math.min(n, 3),
    measure: () => sliderToProjectionMs(),
  },
  {
    key: 'heapGrowthPct',
    label: "the page's memory (JS heap, DOM heap, buffers) after ten watched games vs after the first",
    unit: '%',
    target: { op: '<=', value: 10 },
    cold: true,
    runs: () => 1,
    measure: async () => (await heapRun()).heapGrowthPct,
    note: () => `${heapFirst.toFixed(1)} MB after the first game`,
  },
  {
    key: 'heapJsGrowthPct',
    label: "V8's heap alone over the same games (mostly code the JIT compiles as it warms up)",
    unit: '%',
    target: null,
    cold: true,
    runs: () => 1,
    measure: async () => (await heapRun()).heapJsGrowthPct,
  },
];
