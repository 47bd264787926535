import { describe, expect, it } from 'vitest';
import { moverOf, movesOf } from '../../src/classroom/moves.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { replay } from '../../src/model/rules.ts';
import { utility } from '../../src/model/utility.ts';
import { loadScenario, newTestGame, testSettings } from '../helpers.ts';

const US_JAPAN = loadScenario('src/content/scenarios/us-japan-2025.json');

describe('movesOf', () => {
  it('replays every move with its turn, meeting and the offer’s utilities under that moment’s parameters', () => {
    const game = playComputerGame(US_JAPAN, testSettings('moves-1', { side: 'us' }));
    const facts = movesOf(US_JAPAN, game);
    expect(facts.map((f) => f.action)).toEqual(game.log);
    expect(facts.map((f) => f.index)).toEqual(game.log.map((_, i) => i));
    expect(facts.every((f, i) => i === 0 || f.turn >= facts[i - 1].turn)).toBe(true);
    expect(facts.every((f) => f.meeting === Math.floor(f.turn / 2))).toBe(true);
    expect(new Set(facts.map((f) => `${f.side}:${f.who}`))).toEqual(new Set(['0:student', '1:computer']));
    // The offers of the game, in order, are the packages of the proposals.
    const proposals = facts.filter((f) => f.action.type === 'propose');
    expect(proposals.map((f) => f.package)).toEqual(game.offers.map((o) => o.package));
    expect(proposals.map((f) => f.turn)).toEqual(game.offers.map((o) => o.turn));
    // Events move the parameters during the game: the last offer's utilities are those of its own moment.
    const last = proposals[proposals.length - 1];
    const before = replay(US_JAPAN, game.settings, game.log.slice(0, last.index));
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.params).not.toEqual(newTestGame(US_JAPAN, game.settings).params);
    expect(last.utilities).toEqual([
      utility(US_JAPAN, before.value.params, 0, last.package ?? []),
      utility(US_JAPAN, before.value.params, 1, last.package ?? []),
    ]);
    const first = proposals[0];
    const start = newTestGame(US_JAPAN, game.settings).params;
    expect(first.utilities).toEqual([
      utility(US_JAPAN, start, 0, first.package ?? []),
      utility(US_JAPAN, start, 1, first.package ?? []),
    ]);
    const accepted = facts.find((f) => f.action.type === 'accept');
    expect(accepted?.package).toEqual(game.outcome?.package);
  });

  it('says who plays each side', () => {
    const settings = (opponent: 'computer' | 'human' | 'computer-vs-computer') =>
      newTestGame(US_JAPAN, testSettings('who', { opponent }));
    expect([0, 1].map((p) => moverOf(US_JAPAN, settings('computer'), p as 0 | 1))).toEqual([
      'computer',
      'student',
    ]);
    expect([0, 1].map((p) => moverOf(US_JAPAN, settings('human'), p as 0 | 1))).toEqual([
      'second player',
      'student',
    ]);
    expect([0, 1].map((p) => moverOf(US_JAPAN, settings('computer-vs-computer'), p as 0 | 1))).toEqual([
      'computer',
      'computer',
    ]);
  });

  it('stops before a move the rules refuse', () => {
    const game = playComputerGame(US_JAPAN, testSettings('moves-2'));
    const log = [...game.log.slice(0, 3), { type: 'accept' as const, side: 'nobody' }, ...game.log.slice(3)];
    expect(movesOf(US_JAPAN, { settings: game.settings, log })).toHaveLength(3);
  });
});
