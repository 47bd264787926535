import { describe, expect, it } from 'vitest';
import { replay } from '../../src/model/rules.ts';
import type { GameSettings, GameState } from '../../src/model/types.ts';
import { computerSides, createGameStore } from '../../src/store/game-store.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../helpers.ts';

const scenario = loadScenario(MINI);

function newGame(settings: Partial<GameSettings> = {}): GameState {
  return newTestGame(scenario, testSettings('store', settings));
}

describe('game store', () => {
  it('applies a player’s action, publishes its events and notifies subscribers', () => {
    const store = createGameStore(scenario, newGame());
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s.game.turn));
    const result = store.getState().act({ type: 'propose', side: 'japan', package: [1, 0, 1, 0] });
    expect(result.ok).toBe(true);
    expect(store.getState().game.turn).toBe(1);
    expect(store.getState().events.map((e) => e.type)).toEqual(['proposed']);
    expect(seen).toEqual([1]);
    unsubscribe();
  });

  it('refuses an invalid action with its reason and keeps the game as it was', () => {
    const store = createGameStore(scenario, newGame());
    const before = store.getState().game;
    const result = store.getState().act({ type: 'accept', side: 'japan' });
    expect(result.ok ? null : result.error.code).toBe('NO_STANDING_OFFER');
    expect(store.getState().error?.code).toBe('NO_STANDING_OFFER');
    expect(store.getState().game).toBe(before);
  });

  it('plays the computer’s turn only when the computer is to move, with a line of dialogue', () => {
    const store = createGameStore(scenario, newGame());
    expect(store.getState().computerTurn()).toBe(false);
    store.getState().act({ type: 'propose', side: 'japan', package: [0, 0, 2, 0] });
    expect(store.getState().computerTurn()).toBe(true);
    const { dialogue, game } = store.getState();
    expect(dialogue).toHaveLength(1);
    expect(dialogue[0]).toMatchObject({ turn: 1, side: 0 });
    expect(dialogue[0].text.length).toBeGreaterThan(0);
    expect(game.turn === 2 || game.outcome !== null).toBe(true);
  });

  it('knows which sides the computer plays', () => {
    expect(computerSides(scenario, newGame())).toEqual([0]);
    expect(computerSides(scenario, newGame({ side: 'us' }))).toEqual([1]);
    expect(computerSides(scenario, newGame({ opponent: 'human' }))).toEqual([]);
    expect(computerSides(scenario, newGame({ opponent: 'computer-vs-computer' }))).toEqual([0, 1]);
  });

  it('plays a computer-vs-computer game to the end, and its log replays to the same state', () => {
    const store = createGameStore(scenario, newGame({ opponent: 'computer-vs-computer' }));
    let turns = 0;
    while (store.getState().computerTurn()) turns++;
    const { game } = store.getState();
    expect(game.outcome).not.toBeNull();
    expect(turns).toBeLessThanOrEqual(scenario.meetingCount * 2);
    const replayed = replay(scenario, game.settings, game.log);
    expect(replayed.ok && replayed.value).toEqual(game);
  });
});
