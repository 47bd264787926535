import { describe, expect, it } from 'vitest';
import { createGame } from '../../../src/model/rules.ts';
import { project, viewFor } from '../../../src/model/view.ts';
import { economyText, homeText, sideSummary } from '../../../src/ui/table/projection-text.ts';
import { loadScenario } from '../../helpers.ts';

const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
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
    expect(own).toMatch(
      /^Japan \(you\): ✓ Would pass, support \d+% · needs 60%\. Satisfaction \d+ \(no deal \d+\)/,
    );
    const theirs = sideSummary('United States', p.sides[0]);
    expect(theirs).toMatch(/support ~\d+% · needs ~50%/);
  });

  it('gives the economy, the viewer’s side first, and every sector', () => {
    const lines = economyText(scenario, projection(), JAPAN);
    expect(lines[0]).toMatch(/^Japan: Jobs, against 2024 [+−±][\d,]+; Tariff revenue \$[\d.]+B/);
    expect(lines[1]).toMatch(/^United States: /);
    expect(lines).toContain('Trade by sector, $B a year (change against 2024):');
    expect(lines.some((l) => l.startsWith('Japanese cars and parts at 15%: $'))).toBe(true);
    expect(lines).toHaveLength(3 + scenario.sectors.length);
  });

  it('gives each group’s stance', () => {
    const lines = homeText(scenario, projection(), JAPAN);
    expect(lines[0]).toBe('Japan:');
    expect(lines.some((l) => /^Rice farmers: (supports|worse off|red line)/.test(l))).toBe(true);
    expect(lines).toContain('United States:');
  });
});
