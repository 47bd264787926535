/**
 * The debrief and the class summary score a game as its scenario stood when the talks ended: a version 2 event
 * that set an economy parameter or a group's weights changes the figures they show (mini-v2.json: every event
 * fires after the first meeting; one sets the elasticity to 2, one sets a group's weights).
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../../src/classroom/summary.ts';
import { scorePackage } from '../../../src/model/analysis.ts';
import { economyOf } from '../../../src/model/economy.ts';
import { scenarioAt } from '../../../src/model/events.ts';
import { applyAction } from '../../../src/model/rules.ts';
import type { GameState } from '../../../src/model/types.ts';
import { sectorComparison } from '../../../src/ui/charts/sector-series.ts';
import { scoreComparison } from '../../../src/ui/debrief/score-rows.ts';
import { loadScenario, newTestGame, testSettings } from '../../helpers.ts';

const v2 = loadScenario('test/fixtures/scenarios/mini-v2.json');

function afterFirstMeeting(): GameState {
  let game = newTestGame(v2, testSettings('v2'));
  for (const side of ['japan', 'us']) {
    const step = applyAction(v2, game, { type: 'propose', side, package: [0, 1, 0, 0] });
    if (!step.ok) throw new Error(step.error.message);
    game = step.value.state;
  }
  return game;
}

describe('figures after version 2 events', () => {
  const game = afterFirstMeeting();
  const now = scenarioAt(v2, game);
  const pkg = [1, 1, 1, 1];

  it('the events changed the economy and the groups (else this test proves nothing)', () => {
    expect(now).not.toBe(v2);
    expect(economyOf(now, pkg).totals).not.toEqual(economyOf(v2, pkg).totals);
    expect(scorePackage(now, game.params, pkg, game.onTable).sides).not.toEqual(
      scorePackage(v2, game.params, pkg, game.onTable).sides,
    );
  });

  it('the sectors page uses the economy in force', () => {
    const comparison = sectorComparison(v2, game);
    expect(comparison.totals).toEqual(sectorComparison(now, game).totals);
    expect(comparison.totals.length).toBeGreaterThan(0);
    expect(JSON.stringify(comparison)).not.toBe(JSON.stringify(sectorComparison(v2, { ...game, fired: [] })));
  });

  it('the scores page and the class summary score the package as the scenario stood', () => {
    const ended = { ...game, outcome: null };
    expect(scoreComparison(v2, ended).result).toEqual(
      scorePackage(now, game.params, game.params.noDeal, game.onTable),
    );
    const figures = figuresOf(v2, pkg, game);
    expect(figures.jobs).toEqual([economyOf(now, pkg).totals[0].jobs, economyOf(now, pkg).totals[1].jobs]);
    expect(figures.utilities[0]).toBe(scorePackage(now, game.params, pkg, game.onTable).sides[0].utility);
    expect(figuresOf(v2, pkg, { ...game, fired: [] }).jobs).toEqual([
      economyOf(v2, pkg).totals[0].jobs,
      economyOf(v2, pkg).totals[1].jobs,
    ]);
  });
});
