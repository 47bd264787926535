/**
 * Branch decisions on rounded values. `+ − × ÷ sqrt` are exact IEEE on every engine, `Math.pow` may differ in
 * the last ulp; comparing utilities as whole numbers of quanta (1e-9) keeps the agent's choices the same
 * everywhere.
 */
import type { UtilityTable } from '../utility.ts';

/** Quanta per unit of utility. */
export const SCALE = 1e9;
/** The size of one quantum, for float bounds that must stay on the safe side of a quantized comparison. */
export const QUANTUM = 1 / SCALE;

/** A utility (or a time) as a whole number of quanta. */
export const quantize = (x: number): number => Math.round(x * SCALE);

/** t^x for t in [0, 1], exact (multiplications and square roots only) when 8·x is a whole number. */
export function powTime(t: number, x: number): number {
  for (let roots = 0, k = 1; roots <= 3; roots++, k *= 2) {
    const whole = Math.round(x * k);
    if (whole < 1 || Math.abs(x * k - whole) > 1e-9) continue;
    let base = t;
    for (let i = 0; i < roots; i++) base = Math.sqrt(base);
    let result = 1;
    for (let n = whole; n > 0; n >>= 1) {
      if (n & 1) result *= base;
      base *= base;
    }
    return result;
  }
  return t ** x;
}

/** A package's own utility under `table`, summed issue by issue from the table, in quanta. */
export const exactQ = (table: UtilityTable, pkg: readonly number[]): number => {
  let u = table.constant;
  for (let j = 0; j < pkg.length; j++) u += table.values[table.offsets[j] + pkg[j]];
  return quantize(u);
};
