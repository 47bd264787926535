import { describe, expect, it } from 'vitest';
import { economyOf, inForceAtSigning, laterTerms } from '../../../src/model/economy.ts';
import type { GameState } from '../../../src/model/types.ts';
import { laterTermsNote, termLabel } from '../../../src/ui/debrief/package-table.ts';
import { loadScenario, newTestGame, testSettings } from '../../helpers.ts';

// Terms that start later, on test/fixtures/scenarios/mini-v2.json: cars at 2.5% once the investment law passes,
// farm purchases of $8B from 1 January 2026.
const v2 = loadScenario('test/fixtures/scenarios/mini-v2.json');
const mini = loadScenario('test/fixtures/scenarios/mini.json');
const deal = [2, 1, 2, 1];

describe('terms that start later', () => {
  it('lists the terms of a package that start later, and the package in force at signing', () => {
    expect(laterTerms(v2, deal)).toEqual([
      { issue: 0, level: 2, date: null, condition: 'once the investment law passes' },
      { issue: 2, level: 2, date: '2026-01-01', condition: null },
    ]);
    expect(inForceAtSigning(v2, deal, v2.noDeal)).toEqual([0, 1, 0, 1]);
    expect(laterTerms(v2, [1, 1, 1, 1])).toEqual([]);
    const pkg = [1, 1, 1, 1];
    expect(inForceAtSigning(v2, pkg, v2.noDeal)).toBe(pkg);
    expect(laterTerms(mini, deal)).toEqual([]);
  });

  it('labels a term with when it starts', () => {
    expect(termLabel(v2, 0, 2)).toBe('2.5% (once the investment law passes)');
    expect(termLabel(v2, 2, 2)).toBe('$8B (from 1 January 2026)');
    expect(termLabel(v2, 0, 1)).toBe('15%');
    expect(termLabel(mini, 0, 2)).toBe('2.5%');
  });

  it('gives the jobs at signing and once every term applies, for a deal with later terms only', () => {
    const game = newTestGame(v2, testSettings('later'));
    const ended = (pkg: number[]): GameState => ({
      ...game,
      outcome: { kind: 'deal', package: pkg, reason: 'accepted', by: 0, turn: 3 },
    });
    const signing = economyOf(v2, [0, 1, 0, 1]).totals;
    const all = economyOf(v2, deal).totals;
    expect([signing[0].jobs, signing[1].jobs, all[0].jobs, all[1].jobs].map(Math.round)).toEqual([
      7011, -26865, 33229, -537,
    ]);
    expect(laterTermsNote(v2, ended(deal))).toBe(
      'Some terms start later. At signing, jobs against the base year: United States +7,000, Japan −26,900; once every term applies: United States +33,200, Japan −500.',
    );
    expect(laterTermsNote(v2, ended([1, 1, 1, 1]))).toBeNull();
    expect(laterTermsNote(v2, game)).toBeNull();
  });
});
