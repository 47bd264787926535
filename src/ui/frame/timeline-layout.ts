/**
 * Where the briefing's timeline puts its meetings and their dates, as the table's timeline does
 * (src/ui/table/timeline.ts): the meetings evenly along the line, so a cluster of meetings a few days apart
 * gets as much room as any; each date under its dot, first in full ("16 Apr"), then the month only where it
 * changes ("16 Apr", "1 May", "23", "30"), then smaller type down to a least size; and only if they still run
 * into each other, every other date above the line.
 */

export interface TimelinePlan {
  /** The x of each meeting's dot. */
  readonly xs: readonly number[];
  /** The date under (or above) each dot. */
  readonly labels: readonly string[];
  /** The type size the dates are set in. */
  readonly px: number;
  /** Whether each date sits below the line (else above). */
  readonly below: readonly boolean[];
}

export interface TimelineOptions {
  readonly left: number;
  readonly right: number;
  /** The width of a label at a type size. */
  readonly measure: (label: string, px: number) => number;
  readonly px: number;
  readonly minPx: number;
  /** The least room between two dates. */
  readonly gap: number;
  /** Full labels ("16 Apr"), and labels naming the month only where it changes. */
  readonly full: readonly string[];
  readonly compact: readonly string[];
}

export function planTimeline(options: TimelineOptions): TimelinePlan {
  const { left, right, measure, gap, full, compact } = options;
  const count = full.length;
  const step = count > 1 ? (right - left) / (count - 1) : 0;
  const xs = full.map((_, i) => (count > 1 ? left + i * step : (left + right) / 2));
  /** Whether labels `apart` places apart leave the gap between them. */
  const fits = (labels: readonly string[], px: number, apart: number): boolean => {
    const widths = labels.map((l) => measure(l, px));
    return widths.every((w, i) => i < apart || (widths[i - apart] + w) / 2 + gap <= step * apart);
  };
  const oneRow = (labels: readonly string[], px: number): TimelinePlan => ({
    xs,
    labels,
    px,
    below: labels.map(() => true),
  });
  for (const labels of [full, compact]) if (fits(labels, options.px, 1)) return oneRow(labels, options.px);
  for (let px = options.px - 1; px >= options.minPx; px--)
    if (fits(compact, px, 1)) return oneRow(compact, px);
  // Still too close: every other date above the line, at the largest size that fits so.
  let px = options.px;
  while (px > options.minPx && !fits(compact, px, 2)) px--;
  return { xs, labels: compact, px, below: compact.map((_, i) => i % 2 === 0) };
}
