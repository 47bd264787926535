import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/model/rules.ts';
import { project, viewFor } from '../../../src/model/view.ts';
import { economyText, homeText, sideSummary } from '../../../src/ui/table/projection-text.ts';
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
    expect(theirs).toMatch(/support ~\d+% · needs ~\d+%/);
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
