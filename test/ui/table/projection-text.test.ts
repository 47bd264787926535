import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/model/rules.ts';
import { project, viewFor } from '../../../src/model/view.ts';
import {
  economyText,
  homeText,
  sideSummary,
  supportTexts,
  verdictText,
} from '../../../src/ui/table/projection-text.ts';
import { loadScenario, MINI } from '../../helpers.ts';

const scenario = loadScenario(MINI);
const JAPAN = 1;

function projection() {
  const game = createGame(scenario, {
    seed: 'text',
    side: 'japan',
    opponent: 'computer',
    difficulty: 'normal',
  });
  if (!game.ok) throw new Error(game.error.message);
  const view = viewFor(scenario, game.value, JAPAN);
  if (!view) throw new Error('no view');
  return project(view, scenario.historicalDeal ?? scenario.noDeal);
}

describe('the projection in words', () => {
  it('sums up a side, marking the other side’s figures as estimates', () => {
    const p = projection();
    const own = sideSummary('Japan (you)', p.sides[JAPAN]);
    // The mini scenario's real deal leaves Japan's rice farmers short: it fails at home.
    expect(own).toBe(
      'Japan (you): ✗ Would fail, support 75% · needs 80%. Satisfaction 32 (no deal 26) · approval 32%.',
    );
    const theirs = sideSummary('United States', p.sides[0]);
    // Two of the three US groups back the real deal: with private weights and threshold, it could go either way.
    expect(theirs).toBe(
      'United States: ? Unknown, 2 of 3 groups back it. Their groups’ weights and the support they need are private. Satisfaction ~52 (no deal ~33) · approval ~49%.',
    );
    expect(theirs).not.toContain('needs');
  });

  it('says what the other side would do only as far as it can be known', () => {
    const theirs = projection().sides[0];
    expect(verdictText(theirs)).toBe('? Unknown');
    expect(supportTexts(theirs)).toEqual(['2 of 3 groups back it', '2 of 3 groups']);
    const every = { ...theirs, verdict: 'pass' as const, support: { min: 1, max: 1 }, backing: 3 };
    expect(verdictText(every)).toBe('✓ Would pass');
    expect(supportTexts(every)).toEqual(['support 100%', '100%']);
    const none = { ...theirs, verdict: 'fail' as const, support: { min: 0, max: 0 }, backing: 0 };
    expect(verdictText(none)).toBe('✗ Would fail');
    expect(supportTexts(none)).toEqual(['support 0%', '0%']);
    // Under public bounds: a range, rounded outwards, and the threshold's range.
    const bounded = { ...theirs, support: { min: 0.304, max: 0.796 }, threshold: { min: 0.5, max: 0.7 } };
    expect(supportTexts(bounded)).toEqual(['support 30–80% · needs 50–70%', '30–80% · needs 50–70%']);
    expect(supportTexts({ ...bounded, threshold: { min: 0, max: 1 } })).toEqual(['support 30–80%', '30–80%']);
  });

  it('gives one’s own side exactly', () => {
    const own = projection().sides[JAPAN];
    expect(verdictText(own)).toBe('✗ Would fail');
    expect(supportTexts(own)).toEqual(['support 75% · needs 80%', '75% · needs 80%']);
  });

  it('gives the economy, the viewer’s side first, and every sector', () => {
    const lines = economyText(scenario, projection(), JAPAN);
    expect(lines[0]).toMatch(/^Japan: Jobs, against 2024 [+−±][\d,]+; Tariff revenue \$[\d.]+B/);
    expect(lines[1]).toMatch(/^United States: /);
    expect(lines).toContain('Trade by sector, $B a year (change against 2024):');
    expect(lines.some((l) => l.startsWith('Cars at 15%: $'))).toBe(true);
    expect(lines).toHaveLength(3 + scenario.sectors.length);
  });

  it('gives each group’s stance', () => {
    const lines = homeText(scenario, projection(), JAPAN);
    expect(lines[0]).toBe('Japan:');
    expect(lines.some((l) => /^Rice farmers: (supports|worse off|red line)/.test(l))).toBe(true);
    expect(lines).toContain('United States:');
  });
});
