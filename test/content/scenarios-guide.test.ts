/**
 * The designer's guide (docs/scenarios.md) builds a scenario step by step: its JSON blocks, put together, must
 * be a valid scenario with no problem and no warning, and its historical deal must be one both homes ratify
 * (the guide says the computer could never agree to it otherwise).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/parse.ts';
import { initialParams, ratify } from '../../src/model/index.ts';
import { readText } from '../helpers.ts';

const GUIDE = readText('docs/scenarios.md');
const blocks = [...GUIDE.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]) as object);

describe('the scenario built in docs/scenarios.md', () => {
  it('has its six steps', () => {
    expect(blocks).toHaveLength(6);
  });

  it('is a valid scenario with no warning, whose historical deal both homes ratify', () => {
    const parsed = parseScenario(JSON.stringify(Object.assign({}, ...blocks)));
    if (!parsed.ok) throw new Error(parsed.error.map((p) => `${p.path.join('.')}: ${p.message}`).join('\n'));
    expect(parsed.value.warnings).toEqual([]);
    const scenario = parsed.value.scenario;
    const deal = scenario.historicalDeal;
    expect(deal).not.toBeNull();
    for (const side of [0, 1] as const)
      expect(ratify(scenario, initialParams(scenario), side, deal ?? []).passed).toBe(true);
  });
});
