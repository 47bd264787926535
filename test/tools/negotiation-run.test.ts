import { describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { gameSettings, summarizeGame } from '../../tools/lib/game-summary.ts';
import { closestLegal, playHistoricalOfferGame } from '../../tools/lib/historical-offer.ts';
import { moveTracker } from '../../tools/lib/move-metrics.ts';
import { loadScenario, MINI } from '../helpers.ts';

const scenario = loadScenario(MINI);

describe('the balance tool’s negotiation counts on seeded mini games', () => {
  const play = (game: number) => {
    const tracker = moveTracker(scenario);
    const state = playComputerGame(scenario, gameSettings(scenario, 'metrics', game), {
      onDecision: tracker.record,
    });
    return summarizeGame(scenario, state, game, 0, tracker.tally());
  };

  it('counts proposals, repeats, retractions and tactics game by game', () => {
    // Game 0: the US opens [2,1,0,0] after the back channel; Japan draws a red line, links an issue, opens the
    // back channel and offers [0,0,2,1]; the US draws its own line and concedes to [1,0,0,1], then [1,0,1,1],
    // which Japan takes: five proposals, no repeat, five tactics.
    expect(play(0)).toMatchObject({
      end: 'deal',
      package: [1, 0, 1, 1],
      moves: { proposals: 5, repeats: 0, retractionsUnexplained: 0, contradictions: 0, tactics: 5 },
    });
    // Game 4: each side holds its offer once ("final offer", a repeat that says why) before the US concedes.
    expect(play(4)).toMatchObject({
      end: 'deal',
      package: [1, 0, 1, 1],
      moves: { proposals: 7, repeats: 2, retractionsUnexplained: 0, contradictions: 0, tactics: 5 },
    });
  });
});

describe('historical-offer games', () => {
  it('proposes the closest legal package when the historical one is not legal', () => {
    const allowed = [[0, 1, 2], [0], [1, 2], [0, 1]];
    expect(closestLegal(allowed, [1, 1, 0, 1])).toEqual([1, 0, 1, 1]);
    expect(closestLegal([[0, 2]], [1])).toEqual([0]);
  });

  it('gives the 1-based turn on which the computer accepts, or null', () => {
    const results = [0, 1, 2, 3].map((game) =>
      playHistoricalOfferGame(
        scenario,
        gameSettings(scenario, 'metrics', game),
        game % 2 === 0 ? 0 : 1,
        game,
      ),
    );
    // Scripted US: the computer's Japan never takes [1,0,2,0]; scripted Japan: the US takes it on the last turn.
    expect(results).toEqual([
      { game: 0, scripted: 0, acceptTurn: null },
      { game: 1, scripted: 1, acceptTurn: 8 },
      { game: 2, scripted: 0, acceptTurn: null },
      { game: 3, scripted: 1, acceptTurn: 8 },
    ]);
  });

  it('plays on when the historical deal holds an off-table level, and refuses a scenario without one', () => {
    const offTable = { ...scenario, historicalDeal: [1, 0, 2, 1] };
    expect(playHistoricalOfferGame(offTable, gameSettings(scenario, 'metrics', 1), 1, 1).acceptTurn).toBe(6);
    const none = { ...scenario, historicalDeal: null };
    expect(() => playHistoricalOfferGame(none, gameSettings(scenario, 'metrics', 0), 0, 0)).toThrow(
      'the scenario has no historical deal',
    );
  });
});
