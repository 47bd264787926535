import { describe, expect, it } from 'vitest';
import { playComputerGame } from '../../src/model/agent/index.ts';
import { nashPoint, paretoFrontier, reservations } from '../../src/model/analysis.ts';
import { initialParams, utility } from '../../src/model/utility.ts';
import { classDance, dotPlot, plotFrame } from '../../src/teacher/chart-data.ts';
import { niceAxis } from '../../src/ui/charts/scale.ts';
import { loadScenario, testSettings } from '../helpers.ts';

const usJapan = loadScenario('src/content/scenarios/us-japan-2025.json');

describe('the class dance chart data', () => {
  const games = ['a', 'b', 'c'].map((seed) =>
    playComputerGame(usJapan, testSettings(seed, { side: seed === 'b' ? 'us' : 'japan' })),
  );
  const dance = classDance(
    usJapan,
    games.map((g, i) => ({
      index: i + 1,
      name: `S${i}`,
      kind: g.outcome?.kind ?? 'no-deal',
      package: g.outcome?.package ?? usJapan.noDeal,
      side: g.settings.side === 'us' ? 0 : 1,
    })),
  );
  const params = initialParams(usJapan);

  it('puts the United States across and Japan up', () => {
    expect(usJapan.parties.map((p) => p.id)).toEqual(['us', 'japan']);
    expect(dance.axes).toEqual({ x: 0, y: 1 });
  });

  it('places each student deal at both sides’ utility under the initial parameters', () => {
    dance.deals.forEach((deal, i) => {
      const pkg = games[i].outcome?.package ?? usJapan.noDeal;
      expect(deal.x).toBe(utility(usJapan, params, 0, pkg));
      expect(deal.y).toBe(utility(usJapan, params, 1, pkg));
      expect(deal.index).toBe(i + 1);
    });
  });

  it('marks no-deal, the Nash point and the real deal from the model', () => {
    const r = reservations(usJapan, params);
    expect(dance.noDeal).toEqual({ x: r[0], y: r[1] });
    const nash = nashPoint(paretoFrontier(usJapan, params), r);
    expect(dance.nash).toEqual(nash && { x: nash.u[0], y: nash.u[1] });
    const real = usJapan.historicalDeal ?? [];
    expect(dance.historical).toEqual({
      x: utility(usJapan, params, 0, real),
      y: utility(usJapan, params, 1, real),
    });
  });

  it('draws the frontier as a staircase, x falling and y rising, inside the axes', () => {
    for (let i = 1; i < dance.frontier.length; i++) {
      expect(dance.frontier[i].x).toBeLessThanOrEqual(dance.frontier[i - 1].x);
      expect(dance.frontier[i].y).toBeGreaterThanOrEqual(dance.frontier[i - 1].y);
    }
    expect(dance.frontierSteps).toHaveLength(2 * dance.frontier.length - 1);
    const { x, y } = dance.extent;
    for (const p of [...dance.frontier, ...dance.deals, dance.noDeal]) {
      expect(p.x).toBeGreaterThanOrEqual(x.domain[0]);
      expect(p.x).toBeLessThanOrEqual(x.domain[1]);
      expect(p.y).toBeGreaterThanOrEqual(y.domain[0]);
      expect(p.y).toBeLessThanOrEqual(y.domain[1]);
    }
  });
});

describe('dot plots', () => {
  it('stacks values of the same bin and covers the real deal', () => {
    const plot = dotPlot([15, 15, 15, 20, 25], 10, 10);
    expect(plot.axis.domain).toEqual([10, 25]);
    expect(plot.dots.map((d) => d.stack)).toEqual([0, 1, 2, 0, 0]);
    expect(plot.height).toBe(3);
    expect(plot.mean).toBe(18);
    expect(plot.historical).toBe(10);
    // The highest value falls in the last bin, not past it.
    expect(plot.dots[4].centre).toBeLessThan(25);
  });

  it('leaves out values that are not numbers, and copes with none', () => {
    expect(dotPlot([Number.NaN, 3], null).dots).toHaveLength(1);
    const empty = dotPlot([], null);
    expect(empty).toMatchObject({ dots: [], mean: null, height: 1 });
  });

  it('maps data to the plot area, y upwards', () => {
    const frame = plotFrame(
      200,
      100,
      { left: 10, right: 10, top: 10, bottom: 10 },
      niceAxis(0, 1, 5),
      niceAxis(0, 1, 5),
    );
    expect([frame.x(0), frame.x(1), frame.y(0), frame.y(1)]).toEqual([10, 190, 90, 10]);
  });
});
