import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codesFromText,
  MAX_ENTRIES,
  MAX_ENTRY_LENGTH,
  MAX_INPUT_LENGTH,
  readCodes,
  splitRow,
} from '../../src/classroom/input.ts';
import { verifyCodes } from '../../src/model/code/verify.ts';
import { readText } from '../helpers.ts';

describe('codesFromText: one code a line', () => {
  it('keeps every non-blank line, trimmed, in order', () => {
    expect(codesFromText('TT1aaa\n\n  TT1bbb  \n\t\nnot a code\n')).toEqual([
      'TT1aaa',
      'TT1bbb',
      'not a code',
    ]);
  });

  it('reads Windows, old Mac and mixed line ends, and a byte-order mark', () => {
    expect(codesFromText('\uFEFFTT1a\r\nTT1b\r\n\r\nTT1c\rTT1d\nTT1e')).toEqual([
      'TT1a',
      'TT1b',
      'TT1c',
      'TT1d',
      'TT1e',
    ]);
  });

  it('takes the code out of a numbered or labelled line', () => {
    expect(codesFromText('1. TT1abc\ncode: TT1def\nTT1ghi')).toEqual(['TT1abc', 'TT1def', 'TT1ghi']);
  });

  it('gives nothing for blank text', () => {
    expect(readCodes('')).toEqual({ codes: [], dropped: 0, truncated: false, header: false });
    expect(codesFromText(' \n\r\n\t \r')).toEqual([]);
  });
});

describe('codesFromText: a CSV', () => {
  it('reads a form export: a header naming the code column, quoted cells, an empty code', () => {
    const read = readCodes(readText('test/fixtures/codes/form-export.csv'));
    expect(read.header).toBe(true);
    // Bob left the code empty: his row is kept (its first cell) so that it gets a verdict.
    expect(read.codes).toEqual(['TT1AAAAfakeJane', '2025-09-01 10:05', 'TT1AAAAfakeChen', 'tt1 lower case']);
  });

  it('finds the code column from the rows when the header does not name it', () => {
    const text = 'student;answer;extra\r\nAda;TT1one;x\r\nBen;typo-here;y\r\nCy;TT1two;z\r\n';
    expect(readCodes(text)).toMatchObject({ codes: ['TT1one', 'typo-here', 'TT1two'], header: true });
  });

  it('takes the cell that starts with TT1 wherever it is, tab-separated too', () => {
    expect(codesFromText('TT1first\tAda\nBen\tTT1second\n')).toEqual(['TT1first', 'TT1second']);
  });

  it('keeps the first non-empty cell of a row without a code', () => {
    expect(codesFromText('Ada,TT1one\n,,garbage,\nCy,TT1two')).toEqual(['TT1one', 'garbage', 'TT1two']);
  });

  it('splits a row on its delimiter outside quotes, with "" for a quote', () => {
    expect(splitRow('a, "b, c" ,"say ""hi""",', ',')).toEqual(['a', 'b, c', 'say "hi"', '']);
  });

  it('reads back the codes of a results file it wrote (the code column)', () => {
    const text =
      '"number","verdict","verdict_reason","name","code"\r\n1,"verified","","Ada","TT1one"\r\n' +
      '2,"corrupt","a code starts with TT1","","garbage"';
    expect(codesFromText(text)).toEqual(['TT1one', 'garbage']);
  });
});

describe('codesFromText: bounded on any input', () => {
  it(`reads at most ${MAX_ENTRIES} entries and counts the lines left out`, () => {
    const text = Array.from({ length: MAX_ENTRIES + 123 }, (_, i) => `TT1code${i}`).join('\n');
    const read = readCodes(text);
    expect(read.codes).toHaveLength(MAX_ENTRIES);
    expect(read.codes[MAX_ENTRIES - 1]).toBe(`TT1code${MAX_ENTRIES - 1}`);
    expect(read.dropped).toBe(123);
  });

  it('cuts a long entry before anyone decodes it', () => {
    const [entry] = codesFromText(`TT1${'A'.repeat(100_000)}`);
    expect(entry).toHaveLength(MAX_ENTRY_LENGTH);
    const [verdict] = verifyCodes([entry], () => []);
    expect(verdict).toEqual({
      kind: 'corrupt',
      reason: 'the code is longer than 20000 characters',
      why: { code: 'tooLong', vars: { max: 20_000 } },
    });
  });

  // Bounded, not timed: the benchmark measures speed; a generous limit only stops a hang (a shared, loaded machine).
  it('reads 10 MB of random text, and every entry gets a verdict', { timeout: 60_000 }, () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    const alphabet = 'TT1abcXYZ019_-,;\t" \r\n=+@\u00e9\u2028';
    const chars = Array.from({ length: 10_000_000 }, () => alphabet[random() % alphabet.length]);
    const text = chars.join('');
    const read = readCodes(text);
    const verdicts = verifyCodes(read.codes, () => []);
    expect(read.codes.length).toBeLessThanOrEqual(MAX_ENTRIES);
    expect(read.codes.length + read.dropped).toBeGreaterThan(MAX_ENTRIES);
    expect(read.codes.every((c) => c.length > 0 && c.length <= MAX_ENTRY_LENGTH)).toBe(true);
    expect(verdicts.every((v) => v.kind === 'corrupt' && v.reason.length > 0)).toBe(true);
  });

  it('a single 10 MB line is one entry, cut short', () => {
    const read = readCodes('x'.repeat(10_000_000));
    expect(read.codes).toHaveLength(1);
    expect(read.codes[0]).toHaveLength(MAX_ENTRY_LENGTH);
  });

  it(`looks at no more than ${MAX_INPUT_LENGTH} characters`, () => {
    const read = readCodes(`TT1first\n${'y'.repeat(MAX_INPUT_LENGTH)}\nTT1never`);
    expect(read.truncated).toBe(true);
    expect(read.codes).toHaveLength(2);
    expect(read.codes.at(-1)).not.toBe('TT1never');
    expect(read.dropped).toBe(1);
  });

  it('never throws, and keeps each non-blank line at most once (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const read = readCodes(text);
        const lines = text
          .replace(/^\uFEFF/, '')
          .split(/\r\n|\n|\r/)
          .filter((line) => line.trim() !== '');
        expect(read.codes.length).toBe(lines.length - (read.header ? 1 : 0));
        for (const code of read.codes) expect(code.length).toBeLessThanOrEqual(MAX_ENTRY_LENGTH);
      }),
    );
    // 100 texts through the CSV reader take about 3 s on this machine; a loaded machine must not fail it.
  }, 30_000);
});

describe('codesFromText: the first line', () => {
  it('is a header when it only names the codes', () => {
    expect(readCodes('Result code\nTT1one\nTT1two')).toMatchObject({
      codes: ['TT1one', 'TT1two'],
      header: true,
    });
    expect(readCodes('code\r\nTT1one')).toMatchObject({ codes: ['TT1one'], header: true });
  });

  it('is an entry when it is a mistyped code, even in a CSV', () => {
    expect(readCodes('tt1mistyped\nAda,TT1one\n')).toMatchObject({
      codes: ['tt1mistyped', 'TT1one'],
      header: false,
    });
  });
});
