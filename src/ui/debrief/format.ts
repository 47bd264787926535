/**
 * How the debrief writes numbers and dates. Utilities (0–1) are shown as points out of 100, money in billions
 * of dollars, jobs rounded to the hundred. The locale and the units come from the message catalog.
 */
import { t } from '../../i18n/catalog.ts';
import { dateFormat, fixed, moneyFigure } from '../../i18n/numbers.ts';
import { currency } from '../../i18n/presentation.ts';

const MINUS = '−';

const number = (value: number, decimals: number): string => fixed(Math.abs(value), decimals);

/** A sign in front (a true minus, or + when `plus`), and no "−0". */
function signed(value: number, decimals: number, plus: boolean): string {
  const body = number(value, decimals);
  const rounded = Number(Math.abs(value).toFixed(decimals));
  if (rounded === 0) return body;
  if (value < 0) return `${MINUS}${body}`;
  return plus ? `+${body}` : body;
}

/** A utility 0–1 as points out of 100: 0.7669 → "77". */
export const formatPoints = (u: number, decimals = 0): string => signed(u * 100, decimals, false);

/** A gain in utility as signed points: 0.3315 → "+33.2". */
export const formatGain = (gain: number): string => signed(gain * 100, 1, true);

/** A distance in utility space, in points: 0.0479 → "4.8". */
export const formatDistance = (d: number): string => number(d * 100, 1);

/** A share 0–1 as a percentage: 0.4931 → "49%". */
export const formatShare = (share: number): string =>
  t('debrief.unit.percent', { value: number(share * 100, 0) });

/** An approval rating 0–100: 54.95 → "55". */
export const formatApproval = (value: number): string => number(value, 0);

/** Billions of dollars: 41.23 → "$41.2B", −3.4 → "−$3.4B". */
export function formatBillions(value: number, plus = false): string {
  const text = t('debrief.unit.billions', { value: moneyFigure(value), currency: currency() });
  if (Number(Math.abs(value).toFixed(1)) === 0) return text;
  if (value < 0) return `${MINUS}${text}`;
  return plus ? `+${text}` : text;
}

/** Jobs to the nearest hundred, signed: 130604 → "+130,600". */
export function formatJobs(value: number): string {
  return signed(Math.round(value / 100) * 100, 0, true);
}

/** An ISO date (YYYY-MM-DD) as "22 July 2025", read in UTC so no time zone moves it. */
export function formatDate(iso: string, withYear = true): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat({
    day: 'numeric',
    month: withYear ? 'long' : 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(date);
}

/** "Japan", "Japan and the United States", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return t('debrief.list.and', { first: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}
