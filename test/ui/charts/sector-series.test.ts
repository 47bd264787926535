import { expect, test } from 'vitest';
import { sectorComparison } from '../../../src/ui/charts/sector-series.ts';
import { computerGame, deadlineGame, mini } from './finished-games.ts';

test("the seeded mini game's trade by sector: the deal, the real deal and no-deal", () => {
  const comparison = sectorComparison(mini, computerGame());
  expect(comparison.resultIsNoDeal).toBe(false);
  expect(comparison.sectors).toEqual([
    {
      id: 'cars',
      name: 'Cars',
      exporter: 1,
      importer: 0,
      baseline: 50,
      flow: { result: 50, historical: 42.5604723631254, noDeal: 36.83571950012187 },
    },
    {
      id: 'steel',
      name: 'Steel',
      exporter: 1,
      importer: 0,
      baseline: 2,
      flow: { result: 1.1337106672229251, historical: 1.1337106672229251, noDeal: 1.1337106672229251 },
    },
    {
      id: 'farm',
      name: 'Farm goods',
      exporter: 0,
      importer: 1,
      baseline: 12,
      flow: { result: 16, historical: 20, noDeal: 12 },
    },
  ]);
  expect(comparison.maxFlow).toBe(50);
});

test("the seeded mini game's totals for each party", () => {
  const { totals } = sectorComparison(mini, computerGame());
  expect(totals).toEqual([
    {
      metric: 'jobs',
      party: 0,
      value: { result: 17093.03146622166, historical: 37212.79528465896, noDeal: 7275.171716160726 },
    },
    {
      metric: 'jobs',
      party: 1,
      value: { result: -866.2893327770748, historical: -15745.344606526276, noDeal: -27194.85033253334 },
    },
    {
      metric: 'revenue',
      party: 0,
      value: { result: 1.6351698002503163, historical: 6.255833569272245, noDeal: 9.62701037653048 },
    },
    { metric: 'revenue', party: 1, value: { result: 0, historical: 0, noDeal: 0 } },
    {
      metric: 'consumerCost',
      party: 0,
      value: { result: 0.2834276668057313, historical: 2.9434571895010686, noDeal: 4.887892604320965 },
    },
    { metric: 'consumerCost', party: 1, value: { result: 0, historical: 0, noDeal: 0 } },
    {
      metric: 'balance',
      party: 0,
      value: { result: -35.13371066722293, historical: -23.694183030348327, noDeal: -25.969430167344797 },
    },
    {
      metric: 'balance',
      party: 1,
      value: { result: 35.13371066722293, historical: 23.694183030348327, noDeal: 25.969430167344797 },
    },
  ]);
});

test('without a deal the result is no-deal itself', () => {
  const comparison = sectorComparison(mini, deadlineGame());
  expect(comparison.resultIsNoDeal).toBe(true);
  for (const s of comparison.sectors) expect(s.flow.result).toBe(s.flow.noDeal);
});
