/** Every shipped scenario is valid, names the committed JSON Schema, and that schema is up to date. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateScenarioJsonSchema, SCENARIO_JSON_SCHEMA_PATH } from '../../src/content/json-schema.ts';
import { parseScenario } from '../../src/content/parse.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { isTranslationFileName } from '../../src/content/translation.ts';
import { findRatifiablePackage } from '../../src/model/analysis.ts';
import { initialParams, ratify } from '../../src/model/utility.ts';
import { fromRoot, readText } from '../helpers.ts';

const DIR = 'src/content/scenarios';
// Scenario files; their translations (`<name>.<lang>.json`) are checked by translation-shipped.test.ts.
const files = readdirSync(fromRoot(DIR)).filter((f) => f.endsWith('.json') && !isTranslationFileName(f));

describe('shipped scenarios', () => {
  it('include the real 2025 scenario and the tutorial', () => {
    expect(files).toEqual(expect.arrayContaining(['us-japan-2025.json', 'tutorial.json']));
  });

  it.each(files)('%s parses without errors or warnings', (file) => {
    const parsed = parseScenario(readText(`${DIR}/${file}`));
    const problems = parsed.ok ? parsed.value.warnings : parsed.error;
    expect(problems.map(formatProblem)).toEqual([]);
    expect(parsed.ok && parsed.value.scenario.id).toBe(file.replace(/\.json$/, ''));
  });

  it.each(files)('%s names the committed JSON Schema', (file) => {
    const data = JSON.parse(readText(`${DIR}/${file}`));
    expect(data.$schema).toBe(`../../../${SCENARIO_JSON_SCHEMA_PATH}`);
  });

  it.each(files)('%s has a zone of agreement: some package both sides ratify', (file) => {
    const parsed = parseScenario(readText(`${DIR}/${file}`));
    if (!parsed.ok) throw new Error('does not parse');
    expect(findRatifiablePackage(parsed.value.scenario)).not.toBeNull();
  });

  it('us-japan-2025: the historical deal would be ratified by both sides', () => {
    const parsed = parseScenario(readText(`${DIR}/us-japan-2025.json`));
    if (!parsed.ok) throw new Error('does not parse');
    const { scenario } = parsed.value;
    const deal = scenario.historicalDeal;
    if (!deal) throw new Error('no historical deal');
    const params = initialParams(scenario);
    expect([ratify(scenario, params, 0, deal).passed, ratify(scenario, params, 1, deal).passed]).toEqual([
      true,
      true,
    ]);
  });

  it('the committed JSON Schema is the one the zod schema generates', () => {
    expect(readFileSync(fromRoot(SCENARIO_JSON_SCHEMA_PATH), 'utf8')).toBe(generateScenarioJsonSchema());
  });
});
