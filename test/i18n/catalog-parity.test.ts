/**
 * The Japanese catalog keeps step with the English one: every English key has a Japanese message and no other
 * key exists, per file (src/i18n/ja/<file> for every src/i18n/en/<file>, same export names) and merged (`JA` and
 * `EN`); each message has the same `{placeholders}`; no Japanese message is empty, left in English (bar a short
 * explicit allow-list) or written with half-width katakana. Failures name the keys, so an English key added
 * without a translation reads as a to-do list.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { JA } from '../../src/i18n/ja/index.ts';
import { EN } from '../../src/i18n/page-catalog.ts';

type Messages = Readonly<Record<string, string>>;

/** Keys whose Japanese message may be the same text as the English one (symbols, figures, the brand name). */
const SAME_IN_BOTH: readonly string[] = [
  'app.title',
  'save.dismiss',
  'settings.textSize.1',
  'settings.textSize.1.25',
  'settings.textSize.1.5',
  'briefing.meetingDate',
  'table.fmt.percent',
  'table.fmt.score',
  'table.levers.valueTextNoOffer',
  'table.home.supports',
  'table.home.opposes',
  'table.home.redLine',
  'debrief.unit.percent',
  'debrief.announce',
  'debrief.sectors.flow',
  'debrief.approval.line',
  'teacher.handout.heading',
  'teacher.dist.tariff',
  'teacherLive.pair.meeting',
  'issueInfo.button',
  'classroom.csv.column.of',
];

/** Half-width katakana and half-width Japanese punctuation (U+FF61–U+FF9F): never in a Japanese message. */
const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/;
/** Full-width braces: a placeholder typed with an IME, which `t` would not fill. */
const FULL_WIDTH_BRACES = /[｛｝]/;

interface CatalogProblems {
  readonly missing: string[];
  readonly extra: string[];
  readonly placeholders: string[];
  readonly empty: string[];
  readonly untranslated: string[];
  readonly halfWidthKana: string[];
}

/** The `{name}` placeholders of a message, as `t` fills them, sorted and without repeats. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** Everything wrong with a translation against the English messages, each list naming its keys. */
function catalogProblems(en: Messages, ja: Messages, sameAllowed: readonly string[]): CatalogProblems {
  const enKeys = Object.keys(en);
  const jaKeys = Object.keys(ja);
  const shared = enKeys.filter((key) => Object.hasOwn(ja, key));
  return {
    missing: enKeys.filter((key) => !Object.hasOwn(ja, key)),
    extra: jaKeys.filter((key) => !Object.hasOwn(en, key)),
    placeholders: shared.flatMap((key) => {
      const want = placeholders(en[key] ?? '').join(', ');
      const have = placeholders(ja[key] ?? '').join(', ');
      const braces = FULL_WIDTH_BRACES.test(ja[key] ?? '');
      return want === have && !braces
        ? []
        : [`${key}: English {${want}}, Japanese {${have}}${braces ? ' and full-width braces' : ''}`];
    }),
    empty: jaKeys.filter((key) => (ja[key] ?? '').trim() === ''),
    untranslated: shared.filter(
      (key) => ja[key] === en[key] && (ja[key] ?? '').trim() !== '' && !sameAllowed.includes(key),
    ),
    halfWidthKana: jaKeys.filter((key) => HALF_WIDTH_KANA.test(ja[key] ?? '')),
  };
}

/** An assertion's message that lists the keys in full (a diff of long arrays is cut short). */
const named = (what: string, keys: readonly string[]): string => `${what}: ${keys.join('; ')}`;

const NO_PROBLEMS: CatalogProblems = {
  missing: [],
  extra: [],
  placeholders: [],
  empty: [],
  untranslated: [],
  halfWidthKana: [],
};

describe('the parity check itself', () => {
  it('names every kind of problem by key', () => {
    const en = { a: 'Hello {name}', b: 'Bye', c: 'Seat {seat} of {max}', d: 'OK', e: 'Text', f: '{n} left' };
    const ja = { a: 'こんにちは、{name}さん', c: '座席{seat}', d: 'OK', e: ' ', f: 'ﾉｺﾘ{n}', g: '余分' };
    expect(catalogProblems(en, ja, [])).toEqual({
      missing: ['b'],
      extra: ['g'],
      placeholders: ['c: English {max, seat}, Japanese {seat}'],
      empty: ['e'],
      untranslated: ['d'],
      halfWidthKana: ['f'],
    });
    expect(catalogProblems(en, ja, ['d']).untranslated).toEqual([]);
  });

  it('lets placeholders move within the sentence, but not be typed with full-width braces', () => {
    expect(placeholders('{b} then {a}, {a} again')).toEqual(['a', 'b']);
    const en = { k: '{x} of {y}', l: 'Hi {name}' };
    expect(catalogProblems(en, { k: '{y}のうち{x}', l: 'こんにちは、{name}さん' }, [])).toEqual(NO_PROBLEMS);
    expect(catalogProblems(en, { k: '{y}のうち{x}', l: '｛name｝さん' }, []).placeholders).toEqual([
      'l: English {name}, Japanese {} and full-width braces',
    ]);
  });
});

describe('the Japanese catalog (src/i18n/ja) against the English one (src/i18n/en)', () => {
  const problems = catalogProblems(EN, JA, SAME_IN_BOTH);

  it('has a Japanese message for every English key (the list names the keys still to translate)', () => {
    expect(
      problems.missing,
      named('English keys with no Japanese message (translate them in src/i18n/ja/)', problems.missing),
    ).toEqual([]);
  });

  it('has no key that the English catalog lacks', () => {
    expect(problems.extra, named('Japanese keys the English catalog does not have', problems.extra)).toEqual(
      [],
    );
  });

  it('keeps the placeholders of every message', () => {
    expect(
      problems.placeholders,
      named('messages whose {placeholders} differ', problems.placeholders),
    ).toEqual([]);
  });

  it('has no empty message and none left in English outside the allow-list', () => {
    expect(problems.empty, named('empty Japanese messages', problems.empty)).toEqual([]);
    expect(
      problems.untranslated,
      named('Japanese messages identical to the English ones', problems.untranslated),
    ).toEqual([]);
  });

  it('has no half-width katakana', () => {
    expect(
      problems.halfWidthKana,
      named('messages with half-width katakana', problems.halfWidthKana),
    ).toEqual([]);
  });

  it('writes numbers and dates for Japan', () => {
    expect(JA['common.locale']).toBe('ja-JP');
  });

  it('keeps the allow-list short: only keys that exist and whose text really is the same', () => {
    const stale = SAME_IN_BOTH.filter(
      (key) => !Object.hasOwn(EN, key) || (EN as Messages)[key] !== (JA as Messages)[key],
    );
    expect(stale, 'allow-listed keys to drop from SAME_IN_BOTH').toEqual([]);
  });
});

describe('one Japanese file per English file, with the same exports and keys', () => {
  const dir = (language: string): string =>
    fileURLToPath(new URL(`../../src/i18n/${language}/`, import.meta.url));
  const files = (language: string): string[] =>
    readdirSync(dir(language))
      // index.ts (and ja/game.ts, the game's part) merge the files.
      .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'game.ts')
      .map((name) => name.slice(0, -'.ts'.length))
      .sort();

  it('has a file in ja/ for every file in en/, and none besides', () => {
    expect(files('ja')).toEqual(files('en'));
  });

  it.each(files('en'))(
    'ja/%s.ts exports the same objects with the same keys as its English file',
    async (name) => {
      const en = (await import(`../../src/i18n/en/${name}.ts`)) as Record<string, Messages>;
      const ja = (await import(`../../src/i18n/ja/${name}.ts`)) as Record<string, Messages>;
      expect(Object.keys(ja).sort(), `exports of ja/${name}.ts`).toEqual(Object.keys(en).sort());
      for (const exported of Object.keys(en)) {
        const diff = catalogProblems(en[exported] ?? {}, ja[exported] ?? {}, SAME_IN_BOTH);
        const where = `${exported} in ja/${name}.ts: missing ${diff.missing.join(', ') || 'none'}; extra ${diff.extra.join(', ') || 'none'}`;
        expect({ missing: diff.missing, extra: diff.extra }, where).toEqual({
          missing: [],
          extra: [],
        });
      }
    },
  );
});
