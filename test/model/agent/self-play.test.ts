import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseAction } from '../../../src/model/agent/choose-action.ts';
import { playComputerGame } from '../../../src/model/agent/self-play.ts';
import { applyAction, linesOf, replay, toMove, turnCount } from '../../../src/model/rules.ts';
import type { PartyIndex } from '../../../src/model/scenario.ts';
import type { Action, GameSettings } from '../../../src/model/types.ts';
import { crosses, ratify, utility } from '../../../src/model/utility.ts';
import { legalActions, viewFor } from '../../../src/model/view.ts';
import type { ConcessionStyle } from '../../../src/model/vocabulary.ts';
import { loadScenario, MINI } from '../../helpers.ts';
import { play, settingsOf, start, wideScenario } from './helpers.ts';

const mini = loadScenario(MINI);
const wide = wideScenario();

describe('a computer-vs-computer game', () => {
  it('ends exactly like this in mini.json with seed s1', () => {
    const state = playComputerGame(mini, settingsOf('s1'));
    expect(state.outcome).toEqual({
      kind: 'deal',
      package: [1, 0, 1, 1],
      reason: 'accepted',
      by: 0,
      turn: 7,
    });
    // Japan opens with the back channel; the US answers with its steel group's red line (Japan's offer cuts
    // steel), links defense and opens the back channel too; Japan draws its farmers' line (the US asks $8B).
    expect(state.log.map((a) => a.type)).toEqual([
      'back-channel',
      'propose',
      'red-line',
      'link',
      'back-channel',
      'propose',
      'red-line',
      'propose',
      'propose',
      'propose',
      'propose',
      'propose',
      'accept',
    ]);
    // Each side gives something every turn or holds its offer: never an issue taken back.
    expect(state.offers.map((o) => o.package)).toEqual([
      [2, 1, 0, 0],
      [0, 0, 2, 1],
      [1, 0, 0, 1],
      [0, 0, 1, 1],
      [1, 0, 0, 1],
      [0, 0, 1, 1],
      [1, 0, 1, 1],
    ]);
  });

  it('is the same game for the same seed; other seeds can differ', () => {
    expect(playComputerGame(mini, settingsOf('again'))).toEqual(playComputerGame(mini, settingsOf('again')));
    const outcomes = new Set(
      ['s1', 's2', 'game', 'x'].map((seed) =>
        JSON.stringify(playComputerGame(mini, settingsOf(seed)).outcome),
      ),
    );
    expect(outcomes.size).toBeGreaterThan(1);
  });

  it('plays the personalities it is given', () => {
    const conceders = playComputerGame(mini, settingsOf('game'), { personalities: ['conceder', 'conceder'] });
    expect(conceders.outcome).toEqual({
      kind: 'deal',
      package: [1, 0, 0, 1],
      reason: 'accepted',
      by: 0,
      turn: 3,
    });
    const boulwares = playComputerGame(mini, settingsOf('game'), { personalities: ['boulware', 'boulware'] });
    expect(boulwares.outcome?.turn).toBe(6);
  });

  it('throws on bad settings, with the reason', () => {
    expect(() => playComputerGame(mini, settingsOf(''))).toThrow(/BAD_SETTINGS/);
  });
});

const style = fc.constantFrom<ConcessionStyle>('boulware', 'linear', 'conceder');
const game = fc.record({
  wide: fc.boolean(),
  seed: fc.string({ minLength: 1, maxLength: 10 }),
  side: fc.constantFrom('us', 'japan'),
  difficulty: fc.constantFrom('easy', 'normal', 'hard'),
  personalities: fc.option(fc.tuple(style, style), { nil: undefined }),
});

describe('properties of computer-vs-computer games', () => {
  it('never throw, end within 2·meetings turns and replay from their log to the same state', () => {
    fc.assert(
      fc.property(game, ({ wide: isWide, seed, side, difficulty, personalities }) => {
        const scenario = isWide ? wide : mini;
        const settings: GameSettings = { seed, side, opponent: 'computer-vs-computer', difficulty };
        const final = playComputerGame(scenario, settings, personalities ? { personalities } : {});
        expect(final.outcome).not.toBeNull();
        expect(final.outcome?.turn).toBeLessThanOrEqual(2 * scenario.meetingCount);
        expect(final.turn).toBeLessThanOrEqual(turnCount(scenario));
        const replayed = replay(scenario, settings, final.log);
        expect(replayed.ok && replayed.value).toEqual(final);
      }),
      { numRuns: 200 },
    );
  });

  it('only propose what home ratifies and the other side’s lines allow, and only accept above no-deal', () => {
    fc.assert(
      fc.property(game, ({ wide: isWide, seed, side, difficulty, personalities }) => {
        const scenario = isWide ? wide : mini;
        const settings: GameSettings = { seed, side, opponent: 'computer-vs-computer', difficulty };
        const final = playComputerGame(scenario, settings, personalities ? { personalities } : {});
        let state = start(scenario, settings);
        for (const action of final.log) {
          const mover: PartyIndex = toMove(scenario, state);
          if (action.type === 'propose') {
            expect(ratify(scenario, state.params, mover, action.package, linesOf(state, mover)).passed).toBe(
              true,
            );
            expect(state.redLines.some((line) => crosses(line, action.package))).toBe(false);
          }
          if (action.type === 'accept' && state.standing !== null) {
            const offer = state.offers[state.standing].package;
            expect(utility(scenario, state.params, mover, offer)).toBeGreaterThanOrEqual(
              utility(scenario, state.params, mover, state.params.noDeal) - 1e-9,
            );
          }
          const step = applyAction(scenario, state, action);
          if (!step.ok) throw new Error(step.error.message);
          state = step.value.state;
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('against a random player', () => {
  it('only makes moves the rules accept, whatever the other side does', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        (isWide, seed, draws) => {
          const scenario = isWide ? wide : mini;
          const human: PartyIndex = 1;
          const id = scenario.parties[human].id;
          let state = start(scenario, settingsOf(seed, { opponent: 'computer' }));
          let k = 0;
          const pick = (n: number) => draws[k++ % draws.length] % n;
          const legal = () => {
            const view = viewFor(scenario, state, human);
            if (view === null) throw new Error('no view');
            return legalActions(view);
          };
          while (state.outcome === null) {
            if (toMove(scenario, state) !== human) {
              const view = viewFor(scenario, state, toMove(scenario, state));
              if (view === null) throw new Error('no view');
              const actions = chooseAction(view).actions;
              expect(actions.length).toBeGreaterThan(0);
              state = play(scenario, state, ...actions);
              continue;
            }
            // The random player: a tactic now and then (a link, the back channel, a red line), then a move,
            // most often a proposal from the levels it may offer.
            const tactics = legal().actions.filter((a) => a.type === 'link' || a.type === 'back-channel');
            if (pick(4) === 0 && tactics.length > 0)
              state = play(scenario, state, tactics[pick(tactics.length)]);
            const lines = legal().redLineOptions;
            if (pick(4) === 0 && lines.length > 0) {
              const { issue, levels } = lines[pick(lines.length)];
              state = play(scenario, state, {
                type: 'red-line',
                side: id,
                issue,
                level: levels[pick(levels.length)],
              });
            }
            const now = legal();
            const moves = now.actions.filter((a) => ['accept', 'reject', 'walk-away'].includes(a.type));
            const proposal: Action = {
              type: 'propose',
              side: id,
              package: now.levels.map((ls) => ls[pick(ls.length)]),
            };
            state = play(scenario, state, pick(10) < 8 ? proposal : moves[pick(moves.length)]);
          }
          expect(state.outcome.turn).toBeLessThanOrEqual(2 * scenario.meetingCount);
        },
      ),
      { numRuns: 200 },
    );
  });
});
