/**
 * The shipped scenarios in another language: once the translation file has been handed over (or fetched),
 * `shippedScenario(id, 'ja')` has the Japanese texts and the same hash; without it, the English texts.
 */
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  loadShippedTranslation,
  provideShipped,
  provideShippedTranslation,
  SHIPPED_IDS,
  SHIPPED_TRANSLATION_URLS,
  shippedScenario,
} from '../../src/app/scenarios.ts';
import { readText } from '../helpers.ts';

const json = (path: string): unknown => JSON.parse(readText(path));
for (const id of SHIPPED_IDS) provideShipped(id, json(`src/content/scenarios/${id}.json`));
const japanese = (id: string) =>
  json(`src/content/scenarios/${id}.ja.json`) as { texts: Record<string, string> };

describe('shipped scenarios in Japanese', () => {
  it('every shipped scenario has a Japanese translation to load', () => {
    for (const id of SHIPPED_IDS) expect(SHIPPED_TRANSLATION_URLS[id].ja).toMatch(/\.ja\.json$/);
  });

  it('are in English until the translation is there, then in Japanese with the same hash', () => {
    const english = shippedScenario('tutorial');
    expect(shippedScenario('tutorial', 'ja').title).toBe(english.title);
    provideShippedTranslation('tutorial', 'ja', japanese('tutorial'));
    const ja = shippedScenario('tutorial', 'ja');
    expect(ja.title).toBe(japanese('tutorial').texts['/title']);
    expect(ja.hash).toBe(english.hash);
    expect(shippedScenario('tutorial').title).toBe(english.title);
    expect(loadScenario({ kind: 'shipped', id: 'tutorial' }, 'ja')).toEqual({ ok: true, value: ja });
  });

  it('fetches a translation file, and says false (English stays) when it cannot', async () => {
    const asked: string[] = [];
    const fetcher = async (url: string) => {
      asked.push(url);
      return { ok: true, json: async () => japanese('us-japan-2025') };
    };
    const failing = async () => ({ ok: false, json: async () => null });
    expect(await loadShippedTranslation('us-japan-2025', 'ja', failing)).toBe(false);
    expect(shippedScenario('us-japan-2025', 'ja').title).toBe(shippedScenario('us-japan-2025').title);
    expect(await loadShippedTranslation('us-japan-2025', 'en', fetcher)).toBe(false);
    expect(await loadShippedTranslation('us-japan-2025', 'ja', fetcher)).toBe(true);
    expect(asked).toEqual([SHIPPED_TRANSLATION_URLS['us-japan-2025'].ja]);
    const ja = shippedScenario('us-japan-2025', 'ja');
    expect(ja.parties[1].negotiator).toBe('赤沢亮正経済再生担当相（交渉役）');
    expect(ja.hash).toBe(shippedScenario('us-japan-2025').hash);
  });

  it('a broken translation leaves the English texts and never throws', () => {
    provideShippedTranslation('tutorial', 'ja', {
      scenario: 'tutorial',
      lang: 'ja',
      texts: { '/title': 42 },
    });
    expect(shippedScenario('tutorial', 'ja').title).toBe(shippedScenario('tutorial').title);
  });
});
