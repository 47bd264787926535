/** Which language a page shows: the address, then the stored choice, then the browser; English otherwise. */
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, languageOfTag, useLanguage } from '../../src/app/language.ts';
import { currentLanguage, t } from '../../src/i18n/catalog.ts';

afterEach(() => useLanguage('en'));

describe('choosing the language', () => {
  it('reads BCP 47 tags by their primary language', () => {
    expect(languageOfTag('ja-JP')).toBe('ja');
    expect(languageOfTag('JA')).toBe('ja');
    expect(languageOfTag('en_GB')).toBe('en');
    expect(languageOfTag('fr-FR')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });

  it('the address first, then the stored choice, then the browser, then English', () => {
    const base = { search: '', stored: null, browser: [] as string[] };
    expect(chooseLanguage(base)).toBe('en');
    expect(chooseLanguage({ ...base, browser: ['fr-FR', 'ja-JP', 'en-US'] })).toBe('ja');
    expect(chooseLanguage({ ...base, stored: 'en', browser: ['ja-JP'] })).toBe('en');
    expect(chooseLanguage({ ...base, search: '?lang=ja', stored: 'en' })).toBe('ja');
    expect(chooseLanguage({ ...base, search: '?session=abc&lang=en', browser: ['ja'] })).toBe('en');
  });

  it('ignores what it cannot use: an unknown lang, a damaged stored value', () => {
    const base = { search: '', stored: null, browser: ['ja-JP'] };
    expect(chooseLanguage({ ...base, search: '?lang=klingon' })).toBe('ja');
    expect(chooseLanguage({ ...base, stored: { lang: 'en' } })).toBe('ja');
    expect(chooseLanguage({ ...base, stored: 'de' })).toBe('ja');
    expect(chooseLanguage({ search: '?lang=', stored: 42, browser: [] })).toBe('en');
  });

  it('switching loads the Japanese catalog, and back', async () => {
    await useLanguage('ja');
    expect(currentLanguage()).toBe('ja');
    expect(t('common.locale')).toBe('ja-JP');
    await useLanguage('en');
    expect(currentLanguage()).toBe('en');
    expect(t('common.locale')).toBe('en-GB');
  });
});
