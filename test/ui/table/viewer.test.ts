import { describe, expect, it } from 'vitest';
import { applyAction } from '../../../src/model/rules.ts';
import type { GameSettings, GameState } from '../../../src/model/types.ts';
import { legalActions, viewFor } from '../../../src/model/view.ts';
import { historyRows } from '../../../src/ui/table/history-panel.ts';
import {
  clampToLegal,
  differences,
  lastOfferBy,
  leverStart,
  standingOffer,
  theirLatestOffer,
  viewerSide,
} from '../../../src/ui/table/viewer.ts';
import { loadScenario, MINI, newTestGame, testSettings } from '../../helpers.ts';

// The widgets' logic on the small test scenario: car, steel and farm issues, defense off the table.
const scenario = loadScenario(MINI);
const US = 0;
const JAPAN = 1;

function game(settings: Partial<GameSettings> = {}): GameState {
  return newTestGame(scenario, testSettings('viewer', settings));
}

function act(state: GameState, action: unknown): GameState {
  const step = applyAction(scenario, state, action);
  if (!step.ok) throw new Error(step.error.message);
  return step.value.state;
}

function view(state: GameState, side: 0 | 1) {
  const v = viewFor(scenario, state, side);
  if (!v) throw new Error('no view');
  return v;
}

const JAPAN_OFFER = [2, 1, 0, 0];

describe('whose eyes the table sees through', () => {
  it('the player’s side against the computer, and the watched side of two computers', () => {
    expect(viewerSide(scenario, game({ side: 'us' }))).toBe(US);
    expect(viewerSide(scenario, game({ side: 'japan', opponent: 'computer-vs-computer' }))).toBe(JAPAN);
  });

  it('the side to move when two players share the device, the first player’s once it is over', () => {
    const start = game({ side: 'us', opponent: 'human' });
    // Japan opens the talks.
    expect(viewerSide(scenario, start)).toBe(JAPAN);
    const next = act(start, { type: 'propose', side: 'japan', package: JAPAN_OFFER });
    expect(viewerSide(scenario, next)).toBe(US);
    const over = act(next, { type: 'walk-away', side: 'us' });
    expect(viewerSide(scenario, over)).toBe(US);
  });
});

describe('where the levers start', () => {
  it('at no deal before any offer, then at the other side’s offer, then at your own last offer', () => {
    const start = game();
    const v0 = view(start, JAPAN);
    expect(leverStart(v0, legalActions(v0).levels)).toEqual(start.params.noDeal);

    const afterJapan = act(start, { type: 'propose', side: 'japan', package: JAPAN_OFFER });
    const usView = view(afterJapan, US);
    expect(standingOffer(usView)?.package).toEqual(JAPAN_OFFER);
    expect(leverStart(usView, legalActions(usView).levels)).toEqual(JAPAN_OFFER);

    const usOffer = [0, 0, 2, 0];
    const afterUs = act(afterJapan, { type: 'propose', side: 'us', package: usOffer });
    const japanView = view(afterUs, JAPAN);
    expect(theirLatestOffer(japanView)?.package).toEqual(usOffer);
    expect(lastOfferBy(afterUs.offers, JAPAN)?.package).toEqual(JAPAN_OFFER);
    expect(leverStart(japanView, legalActions(japanView).levels)).toEqual(JAPAN_OFFER);
  });

  it('inside your own public red line', () => {
    const farm = scenario.issues.findIndex((i) => i.id === 'farm');
    const defense = scenario.issues.findIndex((i) => i.id === 'defense');
    const lined = act(game(), { type: 'red-line', side: 'japan', issue: farm, level: 1 });
    const v = view(lined, JAPAN);
    const levels = legalActions(v).levels;
    expect(levels[farm]).toEqual([0, 1]);
    const clamped = clampToLegal([0, 0, 2, 1], levels);
    expect(clamped[farm]).toBe(1);
    // Defense spending is off the table: only its no-deal level may be proposed.
    expect(clamped[defense]).toBe(0);
  });

  it('marks the issues where two packages differ', () => {
    expect(differences([1, 2, 3], [1, 0, 3])).toEqual([false, true, false]);
    expect(differences([1, 2, 3], null)).toEqual([false, false, false]);
  });
});

describe('the offers so far', () => {
  it('lists them newest first with both sides’ satisfaction as the viewer sees it', () => {
    const afterJapan = act(game(), { type: 'propose', side: 'japan', package: JAPAN_OFFER });
    const rows = historyRows(view(afterJapan, JAPAN), scenario);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ number: 1, meeting: 0, date: '16 Apr', by: JAPAN, who: 'Japan' });
    expect(rows[0].yours).toMatch(/^\d+$/);
    expect(rows[0].theirs).toMatch(/^~\d+$/);
  });
});

describe('levers while watching two computers', () => {
  it('show the latest offer on the table, whoever made it', () => {
    const start = game({ opponent: 'computer-vs-computer', side: 'us' });
    const afterJapan = act(start, { type: 'propose', side: 'japan', package: JAPAN_OFFER });
    const v = view(afterJapan, US);
    expect(leverStart(v, legalActions(v).levels, true)).toEqual(JAPAN_OFFER);
    const usOffer = [0, 0, 2, 0];
    const afterUs = act(afterJapan, { type: 'propose', side: 'us', package: usOffer });
    const w = view(afterUs, US);
    expect(leverStart(w, legalActions(w).levels, true)).toEqual(usOffer);
  });
});
