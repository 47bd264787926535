import { describe, expect, test } from 'vitest';
import { danceAxes, danceExtent, danceSeries, staircase } from '../../../src/ui/charts/dance-series.ts';
import { loadScenario } from '../../helpers.ts';
import { computerGame, deadlineGame, mini } from './finished-games.ts';

describe('danceSeries of the seeded mini game (seed "abc")', () => {
  const series = danceSeries(mini, computerGame());

  test('puts the United States across and Japan up', () => {
    expect(series.axes).toEqual({ x: 0, y: 1 });
  });

  test("draws each side's offers in order, at both sides' utilities under the final parameters", () => {
    expect(series.paths[0]).toEqual([
      { x: 0.75, y: 0, offer: 1, turn: 1, meeting: 0 },
      { x: 0.7481553521713301, y: 0.0074198221466965, offer: 3, turn: 3, meeting: 1 },
      { x: 0.75, y: 0, offer: 5, turn: 5, meeting: 2 },
    ]);
    expect(series.paths[1]).toEqual([
      { x: 0, y: 1, offer: 0, turn: 0, meeting: 0 },
      { x: 0.001844647828669902, y: 0.9925801778533035, offer: 2, turn: 2, meeting: 1 },
      { x: 0.2518446478286699, y: 0.7925801778533035, offer: 4, turn: 4, meeting: 2 },
      { x: 0.2518446478286699, y: 0.7925801778533035, offer: 6, turn: 6, meeting: 3 },
    ]);
  });

  test('marks the Nash point, no-deal, the deal and the real deal', () => {
    expect(series.nash).toEqual({ x: 0.5, y: 0.6 });
    expect(series.noDeal).toEqual({ x: 0.25, y: 0.4 });
    expect(series.outcome).toEqual({ x: 0.2518446478286699, y: 0.7925801778533035, kind: 'deal' });
    expect(series.historical).toEqual({ x: 0.6431474837975666, y: 0.2576954410654077 });
  });

  test('lists the Pareto frontier from the best for the United States to the best for Japan', () => {
    expect(series.frontier).toEqual([
      { x: 0.75, y: 0 },
      { x: 0.7481553521713301, y: 0.0074198221466965 },
      { x: 0.6431474837975666, y: 0.2576954410654077 },
      { x: 0.6413028359688967, y: 0.2651152632121042 },
      { x: 0.5018446478286699, y: 0.5925801778533035 },
      { x: 0.5, y: 0.6 },
      { x: 0.2518446478286699, y: 0.7925801778533035 },
      { x: 0.25, y: 0.8 },
      { x: 0.001844647828669902, y: 0.9925801778533035 },
      { x: 0, y: 1 },
    ]);
    expect(series.frontierSteps).toHaveLength(2 * series.frontier.length - 1);
    expect(series.frontierSteps.slice(0, 4)).toEqual([
      { x: 0.75, y: 0 },
      { x: 0.7481553521713301, y: 0 },
      { x: 0.7481553521713301, y: 0.0074198221466965 },
      { x: 0.6431474837975666, y: 0.0074198221466965 },
    ]);
  });

  test('the deal lies on the frontier and the real deal too', () => {
    expect(series.frontier).toContainEqual({ x: series.outcome?.x, y: series.outcome?.y });
    expect(series.frontier).toContainEqual(series.historical);
  });

  test('axes cover every point within 0–1', () => {
    expect(danceExtent(series)).toEqual({
      x: { domain: [0, 0.8], step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8] },
      y: { domain: [0, 1], step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    });
  });
});

test('a game without a deal ends at the no-deal point', () => {
  const series = danceSeries(mini, deadlineGame());
  expect(series.outcome).toEqual({ ...series.noDeal, kind: 'no-deal' });
  expect(series.paths[0]).toHaveLength(4);
  expect(series.paths[1]).toHaveLength(4);
});

test('staircase steps left at each height, then up to the next point', () => {
  expect(
    staircase([
      { x: 3, y: 0 },
      { x: 2, y: 1 },
      { x: 0, y: 3 },
    ]),
  ).toEqual([
    { x: 3, y: 0 },
    { x: 2, y: 0 },
    { x: 2, y: 1 },
    { x: 0, y: 1 },
    { x: 0, y: 3 },
  ]);
  expect(staircase([])).toEqual([]);
});

test('the shipped scenario also puts the United States across', () => {
  const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
  expect(scenario.parties[danceAxes(scenario).x].id).toBe('us');
  expect(scenario.parties[danceAxes(scenario).y].id).toBe('japan');
});

test('another scenario puts its first party across, or the party it names', () => {
  const scenario = loadScenario('src/content/scenarios/us-japan-2025.json');
  // Japan first: before, the chart still put the United States across.
  const swapped = { ...scenario, parties: [scenario.parties[1], scenario.parties[0]] as const };
  expect(danceAxes({ ...swapped, look: { ...swapped.look, xAxisParty: 0 } })).toEqual({ x: 0, y: 1 });
  expect(danceAxes({ ...scenario, look: { ...scenario.look, xAxisParty: 1 } })).toEqual({ x: 1, y: 0 });
});
