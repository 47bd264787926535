/**
 * A shipped scenario handed over as text (src/boot-files.ts): the text the tests validated is compiled without the
 * schema pass; an edited copy of a shipped file (a designer's, on a school's server) is parsed in full and refused
 * with every problem, its path and its line.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, provideShipped, shippedScenario } from '../../src/app/scenarios.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { ScenarioSchema, schemasBuilt } from '../../src/content/schema.ts';
import { readText } from '../helpers.ts';

const TEXT = readText('src/content/scenarios/us-japan-2025.json');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a shipped scenario handed over as text', () => {
  it('is compiled without the schema pass when it is the text the tests validated', () => {
    const schema = vi.spyOn(ScenarioSchema, 'safeParse');
    provideShipped('us-japan-2025', TEXT);
    const scenario = shippedScenario('us-japan-2025', 'en');
    expect(schema).not.toHaveBeenCalled();
    // Nor is the schema built: the zod schemas are built on first use, and the title uses none.
    expect(schemasBuilt()).toBe(false);
    const parsed = parseScenario(TEXT, undefined, { designerWarnings: false });
    expect(parsed.ok && parsed.value.scenario).toEqual(scenario);
  });

  it('is parsed in full when edited, and refused with every problem and its path', () => {
    const data = JSON.parse(TEXT);
    data.parties[1].name = '';
    data.issues[0].surprise = true;
    const edited = JSON.stringify(data, null, 2);
    const schema = vi.spyOn(ScenarioSchema, 'safeParse');
    provideShipped('us-japan-2025', edited);
    const loaded = loadScenario({ kind: 'shipped', id: 'us-japan-2025' }, 'en');
    expect(schema).toHaveBeenCalled();
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.map((p) => [p.code, p.path])).toEqual([
      ['SHAPE', ['parties', 1, 'name']],
      ['SHAPE', ['issues', 0, 'surprise']],
    ]);
    expect(loaded.error.every((p) => typeof p.line === 'number' && p.line > 1)).toBe(true);
    expect(() => shippedScenario('us-japan-2025', 'en')).toThrow(/\$\.parties\[1\]\.name \(line \d+/);
  });

  it('is parsed in full when edited to another valid scenario, which is played with its own hash', () => {
    const data = JSON.parse(TEXT);
    data.title = `${data.title} (our school's copy)`;
    provideShipped('us-japan-2025', JSON.stringify(data, null, 2));
    const scenario = shippedScenario('us-japan-2025', 'en');
    expect(scenario.title).toBe(data.title);
    const original = parseScenario(TEXT);
    expect(original.ok && scenario.hash).not.toBe(original.ok && original.value.scenario.hash);
  });
});
