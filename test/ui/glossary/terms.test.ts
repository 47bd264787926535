/** The glossary's entries from the catalog, its search, and the underline search over a text. */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { JA } from '../../../src/i18n/ja/index.ts';
import { EN, useCatalog } from '../../../src/i18n/page-catalog.ts';
import {
  GLOSSARY_IDS,
  glossaryEntries,
  matchesQuery,
  splitTerms,
  termForms,
} from '../../../src/ui/glossary/terms.ts';

describe('the glossary entries', () => {
  it('have a term, a text and forms in the catalog for every id', () => {
    for (const id of GLOSSARY_IDS) {
      for (const part of ['term', 'text', 'forms'])
        expect(EN[`glossary.${id}.${part}` as keyof typeof EN], `${id}.${part}`).toBeTruthy();
    }
  });

  it('are listed alphabetically', () => {
    const terms = glossaryEntries().map((e) => e.term);
    expect(terms[0]).toBe('Approval');
    expect(terms).toContain('Nash point');
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
  });

  it('cover the words the issue asks for', () => {
    const terms = glossaryEntries().map((e) => e.term.toLowerCase());
    for (const word of ['ratification', 'weighted support', 'threshold', 'quota', 'pareto frontier', 'batna'])
      expect(
        terms.some((term) => term.includes(word)),
        word,
      ).toBe(true);
  });

  it('are found by any words of their term or text', () => {
    const nash = glossaryEntries().find((e) => e.id === 'nash');
    if (!nash) throw new Error('no Nash entry');
    expect(matchesQuery(nash, 'nash')).toBe(true);
    expect(matchesQuery(nash, 'GAIN times')).toBe(true);
    expect(matchesQuery(nash, 'quota')).toBe(false);
    expect(matchesQuery(nash, '  ')).toBe(true);
  });
});

describe('splitTerms', () => {
  const forms = termForms();

  it('underlines the first place of each term, whole words only, any case', () => {
    const segments = splitTerms(
      'A deal is Ratified when support clears the threshold; the threshold moves.',
      forms,
    );
    expect(segments.filter((s) => s.term !== null).map((s) => [s.text, s.term])).toEqual([
      ['Ratified', 'ratification'],
      ['support', 'weighted-support'],
      ['threshold', 'threshold'],
    ]);
  });

  it('prefers the longest form (reciprocal tariff over tariff, non-tariff barrier over tariff)', () => {
    const segments = splitTerms('The reciprocal tariff and a non-tariff barrier.', forms);
    expect(segments.filter((s) => s.term !== null).map((s) => s.term)).toEqual([
      'reciprocal-tariff',
      'non-tariff-barrier',
    ]);
  });

  it('does not match inside a word', () => {
    expect(splitTerms('Tariffsupport unratified quotas2', forms).every((s) => s.term === null)).toBe(true);
  });

  it('gives back exactly the text when joined', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('red line', 'Nash point', ' ', 'tariffs', 'x', ',', 'é', 'quota')),
        (parts) => {
          const text = parts.join('');
          expect(
            splitTerms(text, forms)
              .map((s) => s.text)
              .join(''),
          ).toBe(text);
        },
      ),
    );
  });
});

describe('the glossary in Japanese', () => {
  afterEach(() => useCatalog(EN, 'en'));

  it('underlines Japanese terms inside a sentence (no spaces around them) and Latin ones as whole words', () => {
    useCatalog(JA, 'ja');
    const segments = splitTerms(
      '合意が批准されるには、重みづけした支持が必要な割合に届くこと。BATNAも考える。',
      termForms(),
    );
    expect(segments.filter((s) => s.term !== null).map((s) => [s.text, s.term])).toEqual([
      ['批准', 'ratification'],
      ['重みづけした支持', 'weighted-support'],
      ['必要な割合', 'threshold'],
      ['BATNA', 'batna'],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(
      '合意が批准されるには、重みづけした支持が必要な割合に届くこと。BATNAも考える。',
    );
    expect(splitTerms('XBATNAY', termForms()).every((s) => s.term === null)).toBe(true);
  });
});
