import { describe, expect, it } from 'vitest';
import { economyOf, sectorAt } from '../../src/model/economy.ts';
import { loadScenario, MINI } from '../helpers.ts';

const params = { elasticity: 1.4, importPassThrough: 1, retailPassThrough: 0.5, complianceLoss: 0.1 };
const cars = { exporter: 1 as const, baseline: 50, baseTariff: 2.5, jobsPerBillion: [-500, 2000] as const };

describe('sectorAt', () => {
  it('leaves a tariff sector unchanged at its base tariff', () => {
    const at = sectorAt(params, cars, 'tariff', 2.5);
    expect(at.flow).toBe(50);
    expect(at.jobs).toEqual([-0, 0]);
    expect(at.consumerCost).toBe(0);
    expect(at.revenue).toBeCloseTo(0.025 * 50 * 0.9, 12);
  });

  it('follows the partial-equilibrium formula for a tariff rise', () => {
    const at = sectorAt(params, cars, 'tariff', 27.5);
    const priceChange = 25 / 102.5;
    const flow = 50 * (1 + priceChange) ** -1.4;
    expect(at.flow).toBeCloseTo(flow, 12);
    expect(at.flow).toBeCloseTo(36.8357195, 6);
    expect(at.tariff).toBe(27.5);
    expect(at.revenue).toBeCloseTo(0.275 * flow * 0.9, 12);
    expect(at.consumerCost).toBeCloseTo((0.5 * 25 * flow) / 100, 12);
    // Japan loses 2,000 jobs per $1B of lost exports; US import-competing jobs gain 500 per $1B.
    expect(at.jobs[1]).toBeCloseTo(2000 * (flow - 50), 9);
    expect(at.jobs[0]).toBeCloseTo(-500 * (flow - 50), 9);
  });

  it('falls as the tariff rises (monotone)', () => {
    const flows = [2.5, 10, 15, 25, 27.5, 50].map((t) => sectorAt(params, cars, 'tariff', t).flow);
    for (let i = 1; i < flows.length; i++) expect(flows[i]).toBeLessThan(flows[i - 1]);
  });

  it('adds a purchase to a volume sector', () => {
    const farm = { exporter: 0 as const, baseline: 12, baseTariff: 0, jobsPerBillion: [4100, 0] as const };
    const at = sectorAt(params, farm, 'volume', 8);
    expect(at).toEqual({ flow: 20, tariff: null, revenue: 0, consumerCost: 0, jobs: [32800, 0] });
  });
});

describe('economyOf', () => {
  const scenario = loadScenario(MINI);

  it('sums sectors into each party’s totals', () => {
    const economy = economyOf(scenario, [1, 0, 2, 0]);
    const [us, japan] = economy.totals;
    const carFlow = economy.sectors[0].flow;
    const steelFlow = economy.sectors[1].flow;
    expect(us.exports).toBe(20);
    expect(us.imports).toBeCloseTo(carFlow + steelFlow, 12);
    expect(us.balance).toBeCloseTo(20 - carFlow - steelFlow, 12);
    expect(japan.balance).toBeCloseTo(-us.balance, 12);
    expect(us.revenue).toBeCloseTo(economy.sectors[0].revenue + economy.sectors[1].revenue, 12);
    expect(japan.revenue).toBe(0);
    expect(us.jobs).toBeCloseTo(
      economy.sectors.reduce((s, x) => s + x.jobs[0], 0),
      9,
    );
  });
});
