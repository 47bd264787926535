/** How `npm run bench` writes its figures as a table: median, range, target and whether it is met. */
import { availableParallelism, loadavg } from 'node:os';
import type { BenchFigure } from './bench-big.ts';
import { formatTable } from './cli.ts';

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export interface Figure<F> {
  readonly measurement: BenchFigure<F>;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

const meets = (t: NonNullable<BenchFigure<unknown>['target']>, x: number): boolean =>
  t.op === '<=' ? x <= t.value : x >= t.value;

function digits(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function formatFigures<F>(
  figures: readonly Figure<F>[],
  fixture: F,
  about: { readonly path: string; readonly packages: number },
): string {
  const rows: string[][] = [['figure', 'median', 'range', 'target', 'meets', 'what']];
  for (const f of figures) {
    const m = f.measurement;
    const t = m.target;
    const note = m.note ? `; ${m.note(fixture)}` : '';
    rows.push([
      m.key,
      `${digits(f.median)} ${m.unit}`,
      `${digits(f.min)}–${digits(f.max)}`,
      t ? `${t.op === '<=' ? '≤' : '≥'} ${t.value} ${m.unit}` : '',
      t ? (meets(t, f.median) ? 'yes' : 'NO') : '',
      `${m.label} (${f.runs} runs${note})`,
    ]);
  }
  const load = loadavg()[0].toFixed(2);
  const head = `Benchmarks of ${about.path} (${about.packages} packages); medians, Node ${process.version}, load average ${load} on ${availableParallelism()} cores`;
  return `${head}\n${formatTable(rows, [1, 2]).join('\n')}\n`;
}
