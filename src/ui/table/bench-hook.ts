/**
 * For the benchmark (`npm run bench`, sliderToProjectionMs): when the projection last finished redrawing after a
 * lever's input event, kept on `window.__tariffTalksBench`.
 */
export interface TableBench {
  /** From the start of the input handler to the end of the redraw, ms. */
  lastProjectionMs: number;
  /** performance.now() when that redraw finished. */
  lastProjectionAt: number;
  /** How many redraws a lever's input caused. */
  projections: number;
}

declare global {
  interface Window {
    __tariffTalksBench?: TableBench;
  }
}

/** Records a redraw that began at `started` (performance.now()) and has just finished. */
export function recordProjection(started: number): void {
  const now = performance.now();
  const bench = window.__tariffTalksBench ?? { lastProjectionMs: 0, lastProjectionAt: 0, projections: 0 };
  bench.lastProjectionMs = now - started;
  bench.lastProjectionAt = now;
  bench.projections += 1;
  window.__tariffTalksBench = bench;
}
