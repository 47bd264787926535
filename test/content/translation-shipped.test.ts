/**
 * Every string field of the scenario schema is classified as a text or not; the shipped translations are
 * complete (no warning), in Japanese, name their JSON Schema, and leave the content hash as it was.
 */
import { describe, expect, it } from 'vitest';
import { TRANSLATION_JSON_SCHEMA_PATH } from '../../src/content/json-schema.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { ScenarioSchema, scenarioSchemas } from '../../src/content/schema.ts';
import {
  NOT_TEXT_PATTERNS,
  parsePointer,
  TEXT_PATTERNS,
  textPaths,
  valueAt,
} from '../../src/content/text-paths.ts';
import { parseTranslatedScenario } from '../../src/content/translate.ts';
import { formatTranslationProblem } from '../../src/content/translation.ts';
import { readText } from '../helpers.ts';

interface ZodLike {
  readonly _zod: { readonly def: Record<string, unknown> & { readonly type: string } };
}

/** The pattern of every string field of a zod schema (`*` for an array index or a record key). */
function stringFields(schema: ZodLike, path = ''): string[] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string':
      return [path];
    case 'number':
    case 'boolean':
    case 'literal':
    case 'enum':
      return []; // numbers, flags and vocabularies: never texts
    case 'object':
      return Object.entries(def.shape as Record<string, ZodLike>).flatMap(([k, v]) =>
        stringFields(v, `${path}/${k}`),
      );
    case 'array':
      return stringFields(def.element as ZodLike, `${path}/*`);
    case 'record':
      return stringFields(def.valueType as ZodLike, `${path}/*`);
    case 'optional':
      return stringFields(def.innerType as ZodLike, path);
    case 'union':
      return [...new Set((def.options as ZodLike[]).flatMap((o) => stringFields(o, path)))];
    default:
      throw new Error(`${path || '/'}: a zod type this test does not know (${def.type}): teach it`);
  }
}

const SCHEMA_FIELDS = stringFields(scenarioSchemas().ScenarioSchema as unknown as ZodLike);
const NOT_TEXT = Object.keys(NOT_TEXT_PATTERNS);

describe('text paths', () => {
  it('every string field of the scenario schema is either a text or deliberately not one', () => {
    const unclassified = SCHEMA_FIELDS.filter(
      (f) => !(TEXT_PATTERNS as readonly string[]).includes(f) && !NOT_TEXT.includes(f),
    );
    expect(unclassified).toEqual([]);
  });

  it('no field is both, and every listed field exists in the schema', () => {
    expect(NOT_TEXT.filter((f) => (TEXT_PATTERNS as readonly string[]).includes(f))).toEqual([]);
    expect([...TEXT_PATTERNS, ...NOT_TEXT].filter((f) => !SCHEMA_FIELDS.includes(f))).toEqual([]);
  });

  it('names, descriptions, labels and dialogue are texts; ids, dates, units and sources are not', () => {
    expect(TEXT_PATTERNS).toEqual(
      expect.arrayContaining([
        '/issues/*/levels/*/label',
        '/dialogue/*/objections/*/*',
        '/debrief/questions/*',
      ]),
    );
    expect(NOT_TEXT).toEqual(
      expect.arrayContaining(['/issues/*/id', '/meetings/*/date', '/issues/*/unit', '/sources/*/title']),
    );
  });
});

const SHIPPED = ['us-japan-2025', 'tutorial'] as const;
/** Hiragana, katakana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe.each(SHIPPED)('the Japanese translation of %s', (id) => {
  const scenarioText = readText(`src/content/scenarios/${id}.json`);
  const translationText = readText(`src/content/scenarios/${id}.ja.json`);
  const data = ScenarioSchema.parse(JSON.parse(scenarioText));
  const translation = JSON.parse(translationText) as { texts: Record<string, string> } & Record<
    string,
    unknown
  >;

  it('is complete: a text for every text path, and not one warning', () => {
    const translated = parseTranslatedScenario(scenarioText, translationText);
    if (!translated.ok) throw new Error('the scenario does not parse');
    expect(translated.value.translationProblems.map(formatTranslationProblem)).toEqual([]);
    expect(Object.keys(translation.texts)).toEqual(textPaths(data));
  });

  it('names its scenario, its language and the committed JSON Schema', () => {
    expect(translation.scenario).toBe(id);
    expect(translation.lang).toBe('ja');
    expect(translation.$schema).toBe(`../../../${TRANSLATION_JSON_SCHEMA_PATH}`);
  });

  it('is in Japanese: a text the same as the English has no words (e.g. "20%")', () => {
    const english = Object.entries(translation.texts).filter(([pointer, text]) => {
      const base = valueAt(data, parsePointer(pointer) ?? []) as string;
      return text === base ? /[A-Za-z]{2}/.test(text) : !JAPANESE.test(text);
    });
    expect(english).toEqual([]);
  });

  it('leaves the content hash as it was, so both languages are one session', () => {
    const base = parseScenario(scenarioText);
    const translated = parseTranslatedScenario(scenarioText, translationText);
    if (!base.ok || !translated.ok) throw new Error('does not parse');
    expect(translated.value.scenario.hash).toBe(base.value.scenario.hash);
    expect(translated.value.scenario.title).toBe(translation.texts['/title']);
  });
});
