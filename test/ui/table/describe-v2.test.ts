import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/model/types.ts';
import { initialParams } from '../../../src/model/utility.ts';
import { describeNews } from '../../../src/ui/table/describe.ts';
import { loadScenario } from '../../helpers.ts';

// The news of schema version 2 effects, on test/fixtures/scenarios/mini-v2.json.
const scenario = loadScenario('test/fixtures/scenarios/mini-v2.json');
const params = initialParams(scenario);
const news = (id: string): GameEvent => ({
  type: 'news',
  event: scenario.events.findIndex((e) => e.id === id),
  afterMeeting: 0,
});

describe('news of schema version 2 effects in words', () => {
  it('says what each effect changed', () => {
    const ids = ['detroit-rethinks', 'carmakers-line', 'defense-tabled', 'demand-shifts', 'us-deadline'];
    const items = describeNews(scenario, 1, params, ids.map(news));
    expect(items.map((i) => i.changes)).toEqual([
      [
        'United States: Detroit now weigh their concerns differently',
        'United States: Detroit drop their red line on Steel tariff',
      ],
      ['Japan: Carmakers now oppose any deal short of 15% on Car tariff'],
      ['Defense spending is now on the table'],
      ['The economy: the import demand elasticity is now 2.0'],
      ['United States’s deadline: the talks end after “Round 3” at the latest'],
    ]);
  });

  it('says an issue taken off the table stays at its no-deal level, and shares in percent', () => {
    const off = {
      ...scenario,
      events: [
        {
          ...scenario.events[0],
          effects: [
            { op: 'set-on-table', issue: 2, onTable: false },
            { op: 'set-economy', parameter: 'retailPassThrough', value: 0.25 },
          ] as const,
        },
      ],
    };
    const [item] = describeNews(off, 1, params, [{ type: 'news', event: 0, afterMeeting: 0 }]);
    expect(item.changes).toEqual([
      'Farm purchases is off the table: it stays at none',
      'The economy: the pass-through of tariffs to shop prices is now 25%',
    ]);
  });
});
