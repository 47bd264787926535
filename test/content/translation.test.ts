/**
 * Translation files: the schema refuses hostile files with a message, `translate` warns about every text it
 * cannot use (with the text's path) and keeps the base text, and a translation never changes the content hash.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateTranslationJsonSchema,
  TRANSLATION_JSON_SCHEMA_PATH,
} from '../../src/content/json-schema.ts';
import { MAX_TEXT_LENGTH } from '../../src/content/limits.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { type ScenarioData, ScenarioSchema } from '../../src/content/schema.ts';
import { textPaths } from '../../src/content/text-paths.ts';
import { parseTranslatedScenario, placeholders, translate } from '../../src/content/translate.ts';
import {
  formatTranslationProblem,
  MAX_TRANSLATION_CHARS,
  MAX_TRANSLATION_TEXTS,
  parseTranslation,
  type TranslationData,
  translationFileName,
} from '../../src/content/translation.ts';
import { fromRoot, MINI, readText } from '../helpers.ts';

const miniText = readText(MINI);
const mini: ScenarioData = ScenarioSchema.parse(JSON.parse(miniText));

/** A translation of mini.json: every text, each "JA:" + the English (placeholders kept). */
function fullTranslation(): TranslationData {
  const texts: Record<string, string> = {};
  for (const pointer of textPaths(mini)) texts[pointer] = `JA:${pointerValue(mini, pointer)}`;
  return { scenario: 'mini', lang: 'ja', texts };
}

function pointerValue(data: unknown, pointer: string): string {
  let at = data as Record<string, unknown>;
  for (const part of pointer.slice(1).split('/')) at = at[part] as Record<string, unknown>;
  return at as unknown as string;
}

const messages = (input: unknown): string[] => {
  const parsed = parseTranslation(input);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.error.map(formatTranslationProblem);
};

describe('parseTranslation refuses a hostile or broken file with a message', () => {
  it('a file over the size limit, unread', () => {
    const huge = `{"scenario":"mini","lang":"ja","texts":{"/title":"${'あ'.repeat(MAX_TRANSLATION_CHARS)}"}}`;
    expect(messages(huge)).toEqual([
      'error TOO_LARGE $: the file is too large (2.0 MB): a translation file is at most 2 MB',
    ]);
  });

  it('more texts than a translation may hold, counted before zod reads them', () => {
    const texts = Object.fromEntries(
      Array.from({ length: MAX_TRANSLATION_TEXTS + 1 }, (_, i) => [`/x/${i}`, 'x']),
    );
    expect(messages({ scenario: 'mini', lang: 'ja', texts })).toEqual([
      'error TOO_LARGE $.texts: 10,001 texts: a translation has at most 10,000',
    ]);
  });

  it('nesting deeper than a translation needs, found in the text before it is parsed', () => {
    const deep = `{"scenario":"mini","lang":"ja","texts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(messages(deep)).toEqual([
      'error TOO_DEEP $ (line 1, col 43): nested too deep: a translation file is one object of texts',
    ]);
  });

  it('JSON syntax errors, with line and column', () => {
    expect(messages('{\n  "scenario": "mini",\n  "lang": "ja"\n  "texts": {}\n}')).toEqual([
      'error JSON_SYNTAX $ (line 4, col 3): not valid JSON: CommaExpected',
    ]);
  });

  it.each([
    ['an array', [1, 2]],
    ['a string of JSON that is a number', '42'],
    ['null', null],
  ])('a top level that is not an object: %s', (_name, input) => {
    expect(messages(input)).toEqual(['error SHAPE $: a translation file is a JSON object']);
  });

  it('bad types, bad keys and unknown properties, each with its path', () => {
    expect(
      messages({
        scenario: 'Mini Scenario',
        lang: 'Japanese',
        texts: { '/title': 3, summary: 'x', '/issues/0/name': 'x'.repeat(MAX_TEXT_LENGTH + 1) },
        extra: true,
      }),
    ).toEqual([
      'error SHAPE $.scenario: an id is lower-case letters, digits and dashes',
      'error SHAPE $.lang: a language is a tag such as "ja" or "pt-BR"',
      'error SHAPE $.texts["/title"]: Invalid input: expected string, received number',
      'error SHAPE $.texts.summary: a key is a JSON Pointer into the scenario, e.g. "/issues/0/name"',
      'error SHAPE $.texts["/issues/0/name"]: Too big: expected string to have <=5000 characters',
      'error SHAPE $.extra: unknown property "extra"',
    ]);
  });

  it('missing properties', () => {
    expect(messages({ texts: {} })).toEqual([
      'error SHAPE $.scenario: a required property is missing (expected string)',
      'error SHAPE $.lang: a required property is missing (expected string)',
    ]);
  });

  it('a "__proto__" key, which JSON.parse makes an own property and zod would drop without a word', () => {
    expect(messages('{"scenario":"mini","lang":"ja","texts":{"__proto__":{"polluted":1}}}')).toEqual([
      'error SHAPE $.texts.__proto__: "__proto__" cannot be a key',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a valid file, byte-order mark and all', () => {
    const parsed = parseTranslation(`\uFEFF${JSON.stringify(fullTranslation())}`);
    expect(parsed.ok && Object.keys(parsed.value.texts).length).toBe(textPaths(mini).length);
  });
});

describe('translate', () => {
  it('replaces every text and warns about nothing when the translation is complete', () => {
    const { data, warnings } = translate(mini, fullTranslation());
    expect(warnings).toEqual([]);
    expect(data.title).toBe('JA:Mini test scenario');
    expect(data.issues[0].name).toBe('JA:Car tariff');
    expect(data.dialogue.us.objections.cars).toEqual(['JA:We cannot go to {level} on {issue}.']);
    // Not texts: ids, numbers, units stay; the base data is not changed.
    expect(data.issues[0].id).toBe('cars');
    expect(data.issues[0].unit).toBe(mini.issues[0].unit);
    expect(mini.title).toBe('Mini test scenario');
  });

  it('warns about each kind of unusable text, with its path, in the scenario’s order, and keeps the base text', () => {
    const translation = fullTranslation();
    const texts = { ...translation.texts };
    delete texts['/summary'];
    texts['/dialogue/us/objections/cars/0'] = 'JA: {issue} だけ'; // {level} dropped
    texts['/issues/0/levels/0/label'] = 'ラベル'.repeat(100); // 300 characters: a label has at most 200
    texts['/parties/0/name'] = ''; // a name cannot be empty
    texts['/issues/0/id'] = 'kuruma';
    texts['/issues/99/name'] = 'x';
    texts['/economy/sectors/0/baseline'] = '1';
    texts['/a~2b'] = 'x';
    const { data, warnings } = translate(mini, { ...translation, texts });
    expect(warnings.map(formatTranslationProblem)).toEqual([
      'warning MISSING_TEXT /summary: no translation: the base text is shown',
      'warning BAD_TEXT /parties/0/name: Too small: expected string to have >=1 characters: the base text is shown',
      'warning BAD_TEXT /issues/0/levels/0/label: Too big: expected string to have <=200 characters: the base text is shown',
      'warning PLACEHOLDER_MISMATCH /dialogue/us/objections/cars/0: the translation has {issue}, the base text {issue} {level}: the base text is shown',
      'warning NOT_TEXT /issues/0/id: not a text (an id, a number, a date …): it is never translated',
      'warning UNKNOWN_PATH /issues/99/name: the scenario has nothing at this path',
      'warning NOT_TEXT /economy/sectors/0/baseline: not a text (an id, a number, a date …): it is never translated',
      'warning UNKNOWN_PATH /a~2b: the scenario has nothing at this path',
    ]);
    expect(data.summary).toBe(mini.summary);
    expect(data.parties[0].name).toBe(mini.parties[0].name);
    expect(data.issues[0].levels[0].label).toBe(mini.issues[0].levels[0].label);
    expect(data.dialogue.us.objections.cars[0]).toBe(mini.dialogue.us.objections.cars[0]);
    expect(data.issues[0].id).toBe('cars');
    // The texts that were fine are used.
    expect(data.title).toBe('JA:Mini test scenario');
    expect(ScenarioSchema.safeParse(data).success).toBe(true);
  });

  it('uses nothing of a file that translates another scenario', () => {
    const { data, warnings } = translate(mini, { ...fullTranslation(), scenario: 'us-japan-2025' });
    expect(warnings.map(formatTranslationProblem)).toEqual([
      'warning WRONG_SCENARIO /scenario: the file translates "us-japan-2025", not "mini": none of its texts are used',
    ]);
    expect(data).toEqual(mini);
  });

  it('finds placeholders as sets: order and repetition do not matter', () => {
    expect(placeholders('{level} then {issue} and {issue} again')).toEqual(['{issue}', '{level}']);
    expect(placeholders('no placeholder, {not one}, {}')).toEqual([]);
  });

  it('follows JSON Pointer escapes (~1 for "/", ~0 for "~") and never own-less properties', () => {
    const { warnings } = translate(mini, {
      scenario: 'mini',
      lang: 'ja',
      texts: { '/__proto__': 'x', '/constructor': 'x', '/title/length': 'x' },
    });
    expect(warnings.filter((w) => w.code !== 'MISSING_TEXT').map((w) => [w.code, w.path])).toEqual([
      ['UNKNOWN_PATH', '/__proto__'],
      ['UNKNOWN_PATH', '/constructor'],
      ['UNKNOWN_PATH', '/title/length'],
    ]);
  });
});

describe('a translated scenario', () => {
  const base = parseScenario(miniText);
  if (!base.ok) throw new Error('mini.json does not parse');

  it('has the base file’s content hash, and its texts in the other language', () => {
    const translated = parseTranslatedScenario(miniText, JSON.stringify(fullTranslation()));
    if (!translated.ok) throw new Error('does not parse');
    expect(translated.value.scenario.hash).toBe(base.value.scenario.hash);
    expect(translated.value.scenario.title).toBe('JA:Mini test scenario');
    expect(translated.value.scenario.issues[0].levels.map((l) => l.label)).toEqual(
      mini.issues[0].levels.map((l) => `JA:${l.label}`),
    );
    expect(translated.value.translationProblems).toEqual([]);
    // Only texts differ: the game is the same game.
    const { hash: _h, ...rest } = translated.value.scenario;
    expect(rest.sectors.map((s) => s.atLevel)).toEqual(base.value.scenario.sectors.map((s) => s.atLevel));
    expect(rest.parties[0].groups[0].table).toEqual(base.value.scenario.parties[0].groups[0].table);
  });

  it('falls back to the base texts, with the file’s problems, when the translation cannot be read', () => {
    const translated = parseTranslatedScenario(miniText, '{"scenario": "mini"');
    if (!translated.ok) throw new Error('does not parse');
    expect(translated.value.scenario).toEqual(base.value.scenario);
    expect(translated.value.translationProblems.map((p) => p.code)).toEqual(['JSON_SYNTAX']);
  });

  it('is the base scenario when there is no translation', () => {
    const plain = parseTranslatedScenario(miniText, null);
    expect(plain.ok && plain.value.scenario).toEqual(base.value.scenario);
  });
});

describe('translation files', () => {
  it('live beside their scenario as <name>.<lang>.json', () => {
    expect(translationFileName('us-japan-2025.json', 'ja')).toBe('us-japan-2025.ja.json');
  });

  it('have a committed JSON Schema that is the one the zod schema generates', () => {
    expect(readFileSync(fromRoot(TRANSLATION_JSON_SCHEMA_PATH), 'utf8')).toBe(
      generateTranslationJsonSchema(),
    );
  });
});
