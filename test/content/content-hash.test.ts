/**
 * A scenario's content hash names its content, not its layout: `$schema`, key order and whitespace leave it as
 * it was. The shipped scenarios' hashes from before this rule stay accepted.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/parse.ts';
import { canonicalJson, currentHash, sameContent } from '../../src/model/hash.ts';
import { MINI, readText } from '../helpers.ts';

const hashOf = (input: unknown): string => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value.scenario.hash;
};

/** The same value with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

describe('the content hash', () => {
  const text = readText(MINI);
  const data = JSON.parse(text) as Record<string, unknown>;
  const base = hashOf(text);

  it.each([
    ['another $schema path', JSON.stringify({ ...data, $schema: 'https://example.org/other.json' }, null, 2)],
    ['no $schema', JSON.stringify({ ...data, $schema: undefined }, null, 2)],
    ['keys in reverse order', JSON.stringify(reversed(data), null, 2)],
    ['no whitespace', JSON.stringify(data)],
    ['tabs and CRLF', JSON.stringify(data, null, '\t').replaceAll('\n', '\r\n')],
    ['already parsed', data],
  ])('is unchanged by %s', (_name, variant) => {
    expect(hashOf(variant)).toBe(base);
  });

  it('changes with the content', () => {
    expect(hashOf({ ...data, version: '9.9.9' })).not.toBe(base);
    expect(hashOf(text.replace('"summary": "', '"summary": "A'))).not.toBe(base);
  });

  it('is this for the shipped scenarios; the hashes of their 1.0.0 content stay accepted for that content', () => {
    const usJapan = hashOf(readText('src/content/scenarios/us-japan-2025.json'));
    const tutorial = hashOf(readText('src/content/scenarios/tutorial.json'));
    // 1.1.0 (issue 12: personalities and new dialogue) is new content: its hashes are new, and the 1.0.0
    // hashes name the 1.0.0 content only.
    expect([usJapan, tutorial]).toEqual(['1bf8cc325ab7e8', '08d9b9e046e6db']);
    expect(currentHash('004e2a18e2a116')).toBe('1fe2ff6eb44b8c');
    expect(currentHash('1b8d954808018a')).toBe('0f25f95b442fe5');
    expect(sameContent('004e2a18e2a116', '0dbc62a0af594b')).toBe(true);
    expect(currentHash('0dbc62a0af594b')).toBe('1fe2ff6eb44b8c');
    expect(currentHash('1ca5b2348d3a00')).toBe('0f25f95b442fe5');
    expect(sameContent('0dbc62a0af594b', usJapan)).toBe(false);
    expect(sameContent(tutorial, '1ca5b2348d3a00')).toBe(false);
    expect(sameContent('0dbc62a0af594b', '0dbc62a0af594b')).toBe(true);
    expect(sameContent('0dbc62a0af594b', tutorial)).toBe(false);
    expect(sameContent('1ca5b2348d3a00', '0dbc62a0af594b')).toBe(false);
    expect(sameContent(base, base)).toBe(true);
    expect(sameContent(base, usJapan)).toBe(false);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [{ y: 1, x: 'a b' }], a: null, c: undefined })).toBe(
      '{"a":null,"b":[{"x":"a b","y":1}]}',
    );
  });
});
