/**
 * Chart scales: a linear map from data to screen, and "nice" ticks (1, 2 or 5 times a power of ten) that cover a
 * data range. Pure, so charts and tests share them.
 */

export interface LinearScale {
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  /** The screen coordinate of a data value (values outside the domain map outside the range). */
  map(value: number): number;
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return {
    domain,
    range,
    map: (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)),
  };
}

/** The step of about `maxTicks` intervals over `span`: 1, 2 or 5 times a power of ten. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || maxTicks < 1) return 1;
  const raw = span / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Decimal places that print a multiple of `step` exactly. */
export function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

export interface NiceAxis {
  readonly domain: readonly [number, number];
  readonly step: number;
  readonly ticks: readonly number[];
}

/**
 * An axis that covers [min, max] with nice ticks at whole steps; `bounds` clamps it (utilities stay in 0–1).
 * Tick values are rounded to the step's decimals, so 0.1 × 3 is 0.3, not 0.30000000000000004.
 */
export function niceAxis(
  min: number,
  max: number,
  maxTicks: number,
  bounds: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): NiceAxis {
  let lo = min;
  let hi = max;
  if (!(hi > lo)) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 10;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep(hi - lo, maxTicks);
  const decimals = stepDecimals(step);
  const round = (v: number) => Number(v.toFixed(decimals));
  const start = Math.max(bounds[0], round(Math.floor(lo / step + 1e-9) * step));
  const end = Math.min(bounds[1], round(Math.ceil(hi / step - 1e-9) * step));
  const ticks: number[] = [];
  for (let k = Math.round(start / step); k * step <= end + step * 1e-9; k++) ticks.push(round(k * step));
  return { domain: [start, end], step, ticks };
}
