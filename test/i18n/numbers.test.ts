/** Figures in the language in use: the table's formats follow the catalog's locale, money in 億 for Japanese. */
import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../src/i18n/ja/index.ts';
import { moneyFigure } from '../../src/i18n/numbers.ts';
import { EN, useCatalog } from '../../src/i18n/page-catalog.ts';
import { billions, billionsSigned, jobs, longDate, shortDate } from '../../src/ui/table/format.ts';

afterEach(() => useCatalog(EN, 'en'));

describe('figures by language', () => {
  it('English: billions with one decimal, day-month dates', () => {
    expect(billions(55.84)).toBe('$55.8B');
    expect(billions(-3.44)).toBe('−$3.4B');
    expect(billionsSigned(4.06)).toBe('+$4.1B');
    expect(jobs(-12_345)).toBe('−12,300');
    expect(shortDate('2025-04-16')).toBe('16 Apr');
    expect(longDate('2025-07-22')).toBe('22 July 2025');
  });

  it('Japanese: money in 億ドル, dates as 4月16日', () => {
    useCatalog(JA, 'ja');
    expect(moneyFigure(550)).toBe('5,500億');
    expect(moneyFigure(55.84)).toBe('558億');
    expect(moneyFigure(0.01)).toBe('0');
    expect(billions(550)).toBe('5,500億ドル');
    expect(billionsSigned(-0.34)).toBe('−3億ドル');
    expect(shortDate('2025-04-16')).toBe('4月16日');
    expect(longDate('2025-07-22')).toBe('2025年7月22日');
    expect(jobs(12_345)).toBe('+12,300');
  });

  it('switching back restores the English formats (no format kept from the other locale)', () => {
    useCatalog(JA, 'ja');
    expect(shortDate('2025-04-16')).toBe('4月16日');
    useCatalog(EN, 'en');
    expect(shortDate('2025-04-16')).toBe('16 Apr');
    expect(billions(1)).toBe('$1.0B');
  });
});
