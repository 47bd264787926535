/**
 * Long dates in English are written without Intl (src/i18n/numbers.ts `longDateText`, so the title pays for no
 * Intl date format): the text is Intl's en-GB long date, for every day of 1900–2100 and for any day of years
 * 1–9999; Japanese still goes through Intl in the catalog's locale.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../src/i18n/ja/index.ts';
import { longDateText } from '../../src/i18n/numbers.ts';
import { EN, useCatalog } from '../../src/i18n/page-catalog.ts';

afterEach(() => useCatalog(EN, 'en'));

const intl = (locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const day = (n: number): Date => new Date(Date.UTC(1900, 0, 1) + n * 86_400_000);

describe('long dates', () => {
  it('English: Intl en-GB’s text for every day from 1900 to 2100', () => {
    const en = intl('en-GB');
    const days = (Date.UTC(2101, 0, 1) - Date.UTC(1900, 0, 1)) / 86_400_000;
    const differ: string[] = [];
    for (let n = 0; n < days; n++) {
      const date = day(n);
      if (longDateText(date) !== en.format(date)) differ.push(`${longDateText(date)} ≠ ${en.format(date)}`);
    }
    expect(differ).toEqual([]);
    expect(longDateText(new Date(Date.UTC(2025, 6, 22)))).toBe('22 July 2025');
  });

  it('English: Intl en-GB’s text for any day of years 1 to 9999', () => {
    const en = intl('en-GB');
    const first = new Date(0);
    first.setUTCFullYear(1, 0, 1);
    const last = Date.UTC(9999, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: first.getTime(), max: last }), (ms) => {
        const date = new Date(ms - (((ms % 86_400_000) + 86_400_000) % 86_400_000));
        expect(longDateText(date)).toBe(en.format(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('Japanese: through Intl in the catalog’s locale', () => {
    useCatalog(JA, 'ja');
    const date = new Date(Date.UTC(2025, 3, 16));
    expect(longDateText(date)).toBe('2025年4月16日');
    expect(longDateText(date)).toBe(intl('ja-JP').format(date));
  });
});
