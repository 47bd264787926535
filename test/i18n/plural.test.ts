/** Messages that depend on a number: the plural form follows the language's rules (Intl.PluralRules). */
import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../src/i18n/ja/index.ts';
import { currentLanguage, EN, locale, t, useCatalog } from '../../src/i18n/page-catalog.ts';

afterEach(() => useCatalog(EN, 'en'));

describe('plural messages', () => {
  it('English: one and other', () => {
    expect(t('teacher.codes.added', { count: 1 })).toBe('1 entry added.');
    expect(t('teacher.codes.added', { count: 0 })).toBe('0 entries added.');
    expect(t('teacher.codes.added', { count: 2 })).toBe('2 entries added.');
    expect(t('teacherLive.chat.lines', { count: 1 })).toBe('1 line');
    expect(t('teacherLive.chat.lines', { count: 12 })).toBe('12 lines');
    expect(
      t('teacher.codes.counts', {
        count: 1,
        verified: 1,
        tampered: 0,
        other: 0,
        otherSession: 0,
        corrupt: 0,
        duplicate: 0,
      }),
    ).toMatch(/^1 code: 1 verified/);
  });

  it('without a count, or with one that is not a number, the other form', () => {
    expect(t('teacher.import.more')).toBe('…and {count} more problems.');
    expect(t('teacher.import.more', { count: 'many' })).toBe('…and many more problems.');
    expect(t('teacher.import.more', { count: Number.NaN })).toBe('…and NaN more problems.');
  });

  it('Japanese has one form, whatever the number, and its own locale', () => {
    useCatalog(JA, 'ja');
    expect(currentLanguage()).toBe('ja');
    expect(locale()).toBe('ja-JP');
    expect(t('teacherLive.chat.lines', { count: 1 })).toContain('1');
    expect(t('teacherLive.chat.lines', { count: 1 }).replace('1', '7')).toBe(
      t('teacherLive.chat.lines', { count: 7 }),
    );
  });

  it('every plural message has its other form in both catalogs', () => {
    for (const catalog of [EN, JA] as Record<string, string>[]) {
      const bases = Object.keys(catalog)
        .filter((k) => /_(zero|one|two|few|many)$/.test(k))
        .map((k) => k.replace(/_[a-z]+$/, ''));
      for (const base of bases) expect(catalog[`${base}_other`], base).toBeTypeOf('string');
    }
  });
});
