/**
 * Schema version 2 in the model (test/fixtures/scenarios/mini-v2.json): a red line announced at the start, events
 * that change a group's weights and red lines, the table, the economy and a party's deadline, applied by the
 * rules, seen by both views and the computer, and verified by replay.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/content/parse.ts';
import type { ScenarioData } from '../../src/content/schema.ts';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { resultCode, verifyCode } from '../../src/model/code/index.ts';
import { economyOf } from '../../src/model/economy.ts';
import { applyAction, replay, scenarioAt, turnCount } from '../../src/model/rules.ts';
import type { Package, Scenario } from '../../src/model/scenario.ts';
import type { GameState } from '../../src/model/types.ts';
import { ratify, utility } from '../../src/model/utility.ts';
import { legalActions, project, viewFor } from '../../src/model/view.ts';
import { loadScenario, newTestGame, readText, testSettings } from '../helpers.ts';

const V2 = 'test/fixtures/scenarios/mini-v2.json';
const v2 = loadScenario(V2);
const mini = loadScenario('test/fixtures/scenarios/mini.json');

/** A side's view, or the test fails. */
function viewOf(scenario: Scenario, game: GameState, side: string) {
  const view = viewFor(scenario, game, side);
  if (!view) throw new Error(`no view for ${side}`);
  return view;
}

function propose(scenario: Scenario, game: GameState, side: string, pkg: Package) {
  const step = applyAction(scenario, game, { type: 'propose', side, package: pkg });
  if (!step.ok) throw new Error(step.error.message);
  return step.value;
}

/** The game after the first meeting: Japan and the US each propose no-deal; every v2 event fires (chance 1). */
function afterFirstMeeting() {
  const start = newTestGame(v2, testSettings('v2'));
  const first = propose(v2, start, 'japan', [0, 1, 0, 0]);
  const second = propose(v2, first.state, 'us', [0, 1, 0, 0]);
  return { start, game: second.state, events: second.events };
}

/** A scenario compiled from mini-v2.json edited by `edit` (version 1 effects only), for comparison. */
function compiledWith(edit: (data: ScenarioData) => void): Scenario {
  const data: ScenarioData = JSON.parse(readText(V2));
  data.events = [];
  edit(data);
  const parsed = parseScenario(data);
  if (!parsed.ok) throw new Error(parsed.error.map((p) => p.message).join('\n'));
  return parsed.value.scenario;
}

describe('a red line announced at the start', () => {
  it('is public from the first move, in both views, and binds its party', () => {
    const game = newTestGame(v2, testSettings('v2'));
    const line = { by: 1, issue: 2, level: 1, bound: 'at-most', announced: true } as const;
    expect(game.redLines).toEqual([line]);
    expect(viewFor(v2, game, 'us')?.state.redLines).toEqual([line]);
    const refused = applyAction(v2, game, { type: 'propose', side: 'japan', package: [0, 1, 2, 0] });
    expect(refused.ok || refused.error.code).toBe('CROSSES_RED_LINE');
    // Japan's levers stop at $4B of farm purchases; the US may still ask for $8B.
    expect(legalActions(viewOf(v2, game, 'japan')).levels[2]).toEqual([0, 1]);
    expect(ratify(v2, game.params, 1, [1, 1, 2, 0], [line]).passed).toBe(false);
  });

  it('leaves the red-line tactic free and costs no approval at a no-deal', () => {
    const game = newTestGame(v2, testSettings('v2'));
    const drawn = applyAction(v2, game, { type: 'red-line', side: 'japan', issue: 0, level: 1 });
    expect(drawn.ok).toBe(true);
    expect(legalActions(viewOf(v2, game, 'japan')).redLineOptions.length).toBe(3);
    const walked = applyAction(v2, game, { type: 'walk-away', side: 'japan' });
    if (!walked.ok) throw new Error(walked.error.message);
    expect(walked.value.state.params.approvalShift).toEqual([0, 0]);
  });

  it('a version 1 file starts with no public line', () => {
    expect(newTestGame(mini, testSettings('v2')).redLines).toEqual([]);
    expect(mini.announcedLines).toEqual([]);
  });
});

describe('events of schema version 2', () => {
  it('fire in order after the first meeting and change the scenario in force', () => {
    const { game, events } = afterFirstMeeting();
    expect(events.filter((e) => e.type === 'news').map((e) => (e.type === 'news' ? e.event : -1))).toEqual([
      0, 2, 3, 4, 5, 6,
    ]);
    const now = scenarioAt(v2, game);
    expect(now).not.toBe(v2);
    expect(scenarioAt(v2, game)).toBe(now);
    // set-deadline: the US ends the talks after m3.
    expect(now.meetingCount).toBe(3);
    expect(turnCount(now)).toBe(6);
    // set-economy: elasticity 2.
    expect(now.economy.elasticity).toBe(2);
    // remove-red-line and add-red-line.
    expect(now.parties[0].groups[1].redLines).toEqual([]);
    expect(now.parties[1].groups[0].redLines).toEqual([
      { issue: 0, level: 1, bound: 'at-least', quote: null, quoteBy: null },
    ]);
    // set-on-table: defense is on the table, so it may move.
    expect(game.onTable).toEqual([true, true, true, true]);
    expect(propose(v2, game, 'japan', [1, 1, 1, 1]).state.offers.length).toBe(3);
  });

  it('work out the groups and the economy again exactly as the compiler does', () => {
    const { game } = afterFirstMeeting();
    const now = scenarioAt(v2, game);
    const direct = compiledWith((data) => {
      data.parties[0].groups[1].concerns[0].weight = 1;
      data.parties[0].groups[1].concerns[1].weight = 3;
      data.economy.elasticity.value = 2;
    });
    expect(now.sectors.map((s) => s.atLevel)).toEqual(direct.sectors.map((s) => s.atLevel));
    for (const p of [0, 1] as const)
      now.parties[p].groups.forEach((g, gi) => {
        expect(g.table).toEqual(direct.parties[p].groups[gi].table);
        expect(g.constant).toBe(direct.parties[p].groups[gi].constant);
      });
    expect(utility(v2, game.params, 0, [1, 1, 1, 1])).toBe(0.6413028359688967);
    expect(utility(now, game.params, 0, [1, 1, 1, 1])).toBe(0.6500720959320135);
    expect(economyOf(v2, [1, 1, 1, 1]).totals[0].jobs).toBe(20549.062885503343);
    expect(economyOf(now, [1, 1, 1, 1]).totals[0].jobs).toBe(22115.41398865785);
  });

  it('reach the views, their projections and so the computer', () => {
    const { game } = afterFirstMeeting();
    const view = viewFor(v2, game, 'us');
    if (!view) throw new Error('no view');
    expect(view.scenario.meetingCount).toBe(3);
    expect(view.time).toBe(2 / 5);
    // Defense is on the table: the levers (and the computer's bids) may move it now, not before.
    expect(legalActions(view).levels[3]).toEqual([0, 1]);
    expect(legalActions(viewOf(v2, afterFirstMeeting().start, 'us')).levels[3]).toEqual([0]);
    expect(project(view, [1, 1, 1, 1]).economy.totals[0].jobs).toBe(22115.41398865785);
    // Japan's carmakers' new line: the US sees Japan's carmakers against a car tariff of 27.5%.
    const japan = project(view, [0, 1, 1, 1]).sides[1];
    expect(japan.groups[0].crossedIssue).toBe(0);
  });

  it('end the talks at the moved deadline', () => {
    let { game } = afterFirstMeeting();
    for (let turn = 2; turn < 6; turn++) {
      const side = turn % 2 === 0 ? 'japan' : 'us';
      game = propose(v2, game, side, game.params.noDeal).state;
    }
    expect(game.outcome).toEqual({
      kind: 'no-deal',
      package: [0, 0, 0, 0],
      reason: 'deadline',
      by: null,
      turn: 6,
    });
  });

  it('take a standing offer off the table with the issue it moves', () => {
    const off = compiledWith((data) => {
      data.issues[3].onTable = true;
      data.events = [
        {
          id: 'defense-off',
          title: 'Defense off',
          text: 'Defense leaves the table.',
          afterMeeting: { from: 'm1', to: 'm1' },
          chance: 1,
          effects: [{ op: 'set-on-table', issue: 'defense', onTable: false }],
          source: 'test',
        },
      ];
    });
    let game = newTestGame(off, testSettings('off'));
    game = propose(off, game, 'japan', [0, 1, 0, 0]).state;
    game = propose(off, game, 'us', [0, 1, 0, 1]).state;
    expect(game.onTable[3]).toBe(false);
    expect(game.standing).toBeNull();
    expect(applyAction(off, game, { type: 'accept', side: 'japan' }).ok).toBe(false);
  });

  it.each(['v2-a', 'v2-b', 'v2-c'])('computer-vs-computer game %s replays and its code verifies', (seed) => {
    const game = playComputerGame(v2, testSettings(seed, { opponent: 'computer-vs-computer' }));
    expect(game.outcome).not.toBeNull();
    expect(game.turn).toBeLessThanOrEqual(6);
    expect(replay(v2, game.settings, game.log)).toEqual({ ok: true, value: game });
    const code = resultCode(v2, game, 'Aiko', { id: 'class', classSeed: null });
    if (!code) throw new Error('no code');
    const verdict = verifyCode(code, (id) => [v2].filter((s) => s.id === id));
    expect(verdict.kind).toBe('verified');
  });
});
