/**
 * Issue 12's targets for how the computer negotiates (set for us-japan-2025, 2,000 games, default settings with
 * seed-varied personalities), and the check behind `npm run balance -- --targets`. Pure.
 */
import type { NegotiationFigures } from './move-metrics.ts';

type FigureKey = Exclude<keyof NegotiationFigures, 'historicalOffer'>;

export interface Target {
  readonly key: FigureKey;
  readonly min?: number;
  readonly max?: number;
  /** Only meaningful with a historical deal. */
  readonly needsHistory?: boolean;
}

export const TARGETS: readonly Target[] = [
  { key: 'dealRate', min: 0.7, max: 0.95 },
  { key: 'repeatOfferRate', max: 0.1 },
  { key: 'retractionsUnexplained', max: 0 },
  { key: 'contradictions', max: 0 },
  { key: 'tacticsPerGame', min: 0.5 },
  { key: 'distinctDeals', min: 100 },
  { key: 'medianWithinOneLevel', min: 1, needsHistory: true },
  { key: 'meanAcceptTurnForHistoricalOffer', max: 4, needsHistory: true },
];

/** The target as text: "≤ 0.1", "≥ 100", "0.7–0.95", "0", "= 1"; with `percent`, shares as percentages
 * ("≤ 10%", "70%–95%", "= 100%"). */
export function targetText(t: Target, percent = false): string {
  const n = (x: number): string => (percent ? `${Math.round(x * 100)}%` : String(x));
  if (t.min !== undefined && t.max !== undefined) return `${n(t.min)}–${n(t.max)}`;
  if (t.max === 0) return '0';
  if (t.min === 1 && t.key === 'medianWithinOneLevel') return `= ${n(1)}`;
  return t.max !== undefined ? `≤ ${n(t.max)}` : `≥ ${n(t.min ?? 0)}`;
}

export const targetOf = (key: string): Target | undefined => TARGETS.find((t) => t.key === key);

export function meets(t: Target, value: number | null): boolean {
  if (value === null) return false;
  return (t.min === undefined || value >= t.min) && (t.max === undefined || value <= t.max);
}

export interface Miss {
  readonly key: FigureKey;
  readonly value: number | null;
  readonly target: string;
}

/** The targets the figures miss, in the order of TARGETS. Without a historical deal its two targets are left
 * out; any other figure without a value (no games, no proposals) misses. */
export function missedTargets(figures: NegotiationFigures, hasHistory: boolean): Miss[] {
  return TARGETS.filter((t) => hasHistory || !t.needsHistory)
    .filter((t) => !meets(t, figures[t.key]))
    .map((t) => ({ key: t.key, value: figures[t.key], target: targetText(t) }));
}
