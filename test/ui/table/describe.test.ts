import { describe, expect, it } from 'vitest';
import type { GameEvent } from '../../../src/model/types.ts';
import { initialParams } from '../../../src/model/utility.ts';
import {
  describeEvent,
  describeNews,
  describePackage,
  describeStep,
  shortLabel,
  stanceMark,
  stanceReason,
} from '../../../src/ui/table/describe.ts';
import { loadScenario } from '../../helpers.ts';

// The widgets' words, on the mini scenario (test/fixtures/scenarios/mini.json): its labels are the expectations.
const scenario = loadScenario('test/fixtures/scenarios/mini.json');
const params = initialParams(scenario);
const onTable = scenario.issues.map((i) => i.onTable);
const issue = (id: string) => scenario.issues.findIndex((i) => i.id === id);
const event = (id: string) => scenario.events.findIndex((e) => e.id === id);
const news = (id: string, afterMeeting = 1): GameEvent => ({ type: 'news', event: event(id), afterMeeting });
const JAPAN = 1;
const US = 0;

describe('events in words', () => {
  it('names the parties as the scenario does', () => {
    expect(scenario.parties.map((p) => p.id)).toEqual(['us', 'japan']);
  });

  it('describes a package by the issues on the table, with their level labels', () => {
    const text = describePackage(scenario, scenario.noDeal, onTable);
    expect(text).toBe('Car tariff: 27.5%; Steel tariff: 25%; Farm purchases: none');
    // Defense spending starts off the table.
    expect(text).not.toContain('Defense spending');
    expect(describePackage(scenario, scenario.noDeal, [true, false, false, true])).toBe(
      'Car tariff: 27.5%; Defense spending: no change',
    );
  });

  it('says an offer with the line that came with it', () => {
    const sentence = describeEvent(
      scenario,
      { type: 'proposed', by: US, offer: 0, package: scenario.noDeal },
      onTable,
      { [US]: 'Here is what a deal looks like for us.' },
    );
    expect(sentence).toBe(
      'United States proposes: Car tariff: 27.5%; Steel tariff: 25%; Farm purchases: none. United States says: “Here is what a deal looks like for us.”',
    );
  });

  it('joins a step into one announcement and leaves the ratification verdicts to their overlay', () => {
    const text = describeStep(
      scenario,
      [
        { type: 'rejected', by: JAPAN, offer: 0 },
        { type: 'meeting-ended', meeting: 2, approval: [40, 45] },
        {
          type: 'ratification',
          party: JAPAN,
          result: { passed: false, support: 0, threshold: 0.6, verdicts: [] },
        },
        { type: 'ratification-failed', failed: [JAPAN, US] },
      ],
      onTable,
    );
    expect(text).toBe(
      'Japan rejects the offer. Meeting 3 is over. Ratification failed in Japan and United States. The talks go on.',
    );
  });

  it('says what a red line binds', () => {
    const text = describeEvent(
      scenario,
      { type: 'red-line', line: { by: JAPAN, issue: issue('farm'), level: 1, bound: 'at-most' } },
      onTable,
    );
    expect(text).toBe('Japan draws a public red line: Farm purchases, at most $4B.');
  });
});

describe('news in words', () => {
  it('gives a no-deal change as from → to', () => {
    const [item] = describeNews(scenario, JAPAN, params, [news('steel-doubled')]);
    expect(item.title).toBe('Steel doubled');
    expect(item.changes).toEqual(['No-deal Steel tariff: 25% → 50%']);
  });

  it('follows the changes through several news of one step', () => {
    const items = describeNews(scenario, JAPAN, params, [news('steel-doubled'), news('election')]);
    expect(items.map((i) => i.changes)).toEqual([
      ['No-deal Steel tariff: 25% → 50%'],
      [
        'Japan: Rice farmers gain influence',
        'Japan now needs 85% support at home to ratify (was 80%)',
        'Japan’s approval −4',
      ],
    ]);
  });

  it('shows a threshold in numbers only to its own side', () => {
    const own = describeNews(scenario, JAPAN, params, [news('election')])[0].changes;
    expect(own).toContain('Japan now needs 85% support at home to ratify (was 80%)');
    const theirs = describeNews(scenario, US, params, [news('election')])[0].changes;
    expect(theirs).toContain('Japan needs wider support at home to ratify a deal');
    expect(theirs.join(' ')).not.toMatch(/85%|80%/);
    const shared = describeNews(scenario, null, params, [news('election')])[0].changes;
    expect(shared).toEqual(theirs);
  });

  it('says which group gains or loses influence, and the approval change', () => {
    expect(describeNews(scenario, US, params, [news('election')])[0].changes).toEqual([
      'Japan: Rice farmers gain influence',
      'Japan needs wider support at home to ratify a deal',
      'Japan’s approval −4',
    ]);
  });

  it('skips what is not news', () => {
    expect(describeNews(scenario, US, params, [{ type: 'rejected', by: US, offer: 0 }])).toEqual([]);
  });
});

describe('why a group backs a package or not', () => {
  const base = { supports: true, crossedIssue: null, utility: 0.6, noDealUtility: 0.4 };
  it.each([
    [base, '✓', 'supports', 'supports the deal'],
    [
      { ...base, utility: 0.38 },
      '✓',
      'supports (slightly worse)',
      'supports the deal, though slightly worse off than with no deal',
    ],
    [
      { ...base, supports: false, utility: 0.2 },
      '✗',
      'worse off than no deal',
      'opposes: worse off than with no deal',
    ],
    [
      { ...base, supports: false, crossedIssue: issue('farm') },
      '⊘',
      'red line: Farm purchases',
      'opposes: the deal crosses its red line on Farm purchases',
    ],
  ])('%o: %s %s', (stance, mark, short, long) => {
    expect(stanceMark(stance)).toBe(mark);
    expect(stanceReason(scenario, stance)).toBe(short);
    expect(stanceReason(scenario, stance, true)).toBe(long);
  });

  it('shortens a level label by its closing remark in brackets', () => {
    expect(shortLabel('24% (the April rate)')).toBe('24%');
    expect(shortLabel('27.5% (2.5% normal duty + 25% extra)')).toBe('27.5%');
    expect(shortLabel('No pledge')).toBe('No pledge');
    expect(shortLabel('(only brackets)')).toBe('(only brackets)');
  });
});
