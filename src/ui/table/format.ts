/**
 * Figures as a player reads them: money in billions, jobs rounded to the hundred, signed changes with a real
 * minus sign, shares as percentages, satisfaction on a 0–100 scale, dates. Pure functions, no Phaser, no DOM.
 */
import { t } from '../../i18n/catalog.ts';
import { dateFormat, fixed, moneyFigure } from '../../i18n/numbers.ts';
import { currency } from '../../i18n/presentation.ts';

const MINUS = '\u2212';

const oneDecimal = { format: (value: number): string => fixed(value, 1) };
const whole = { format: (value: number): string => fixed(value, 0) };

/** Drops the sign of a value that rounds to zero, so no "−0.0" appears. */
function rounded(value: number, digits: number): number {
  const factor = 10 ** digits;
  const r = Math.round(value * factor) / factor;
  return Object.is(r, -0) ? 0 : r;
}

function signOf(value: number): string {
  if (value > 0) return '+';
  if (value < 0) return MINUS;
  return '±';
}

/** A number with its sign: "+4.1", "−4.1", "±0.0". */
export function signed(value: number, digits = 1): string {
  const r = rounded(value, digits);
  const format = digits === 0 ? whole : oneDecimal;
  return `${signOf(r)}${format.format(Math.abs(r))}`;
}

/** $B with one decimal: "$55.8B"; below zero with a minus: "−$3.4B". */
export function billions(value: number): string {
  const r = rounded(value, 1);
  return r < 0 ? billionsSigned(r) : t('table.fmt.billions', { value: moneyFigure(r), currency: currency() });
}

/** A change in $B: "+$4.1B", "−$0.3B". */
export function billionsSigned(value: number): string {
  const r = rounded(value, 1);
  return t('table.fmt.billionsSigned', { sign: signOf(r), value: moneyFigure(r), currency: currency() });
}

/** Jobs, rounded to the nearest hundred, with a sign: "+12,300", "−3,400", "±0". */
export function jobs(value: number): string {
  const r = rounded(value / 100, 0) * 100;
  return `${signOf(r)}${whole.format(Math.abs(r))}`;
}

/** A range of shares 0..1 in whole percent, rounded outwards so it holds the range: "30–80%". */
export function percentRange(min: number, max: number): string {
  const lo = Math.floor(min * 100 + 1e-9);
  const hi = Math.ceil(max * 100 - 1e-9);
  return t('table.fmt.percentRange', { min: whole.format(lo), max: whole.format(hi) });
}

/** A share 0..1 as a whole percentage: "78%". */
export function percent(share: number): string {
  return t('table.fmt.percent', { value: whole.format(rounded(share * 100, 0)) });
}

/** A percentage point figure (a tariff, already in percent): "27.5%", "15%". */
export function percentValue(value: number): string {
  const r = rounded(value, 1);
  const text = Number.isInteger(r) ? whole.format(r) : oneDecimal.format(r);
  return t('table.fmt.percent', { value: text });
}

/** Satisfaction (utility 0..1) on a 0–100 scale; "~48" when it is an estimate. */
export function score(utility: number, estimated = false): string {
  const value = whole.format(Math.max(0, Math.min(100, rounded(utility * 100, 0))));
  return estimated ? t('table.fmt.scoreEstimated', { value }) : t('table.fmt.score', { value });
}

/** Approval points, signed, with no decimals when whole: "−2", "+0.5". */
export function points(value: number): string {
  return Number.isInteger(value) ? signed(value, 0) : signed(value, 1);
}

function parseIsoDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

const shortText = (d: Date): string => dateFormat({ day: 'numeric', month: 'short' }).format(d);
const longText = (d: Date): string =>
  dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }).format(d);

/** "2025-04-16" → "16 Apr"; anything else comes back as it was. */
export function shortDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? shortText(date) : iso;
}

/** Dates for a tight timeline: "16 Apr", "1 May", "23", "30", "5 Jun" (the month only when it changes). */
export function compactDates(isos: readonly string[]): string[] {
  let month = '';
  return isos.map((iso) => {
    const date = parseIsoDate(iso);
    if (!date) return iso;
    const m = `${date.getUTCFullYear()}-${date.getUTCMonth()}`;
    const same = m === month;
    month = m;
    return same ? String(date.getUTCDate()) : shortText(date);
  });
}

/** "2025-04-16" → "16 April 2025"; anything else comes back as it was. */
export function longDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? longText(date) : iso;
}

/** Joins names: "Japan", "Japan and the US". */
export function both(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return t('table.say.and', { a: names.slice(0, -1).join(', '), b: names[names.length - 1] });
}
