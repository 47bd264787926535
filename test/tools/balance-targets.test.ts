import { describe, expect, it } from 'vitest';
import { missedTargets, TARGETS, targetText } from '../../tools/lib/balance-targets.ts';
import type { NegotiationFigures } from '../../tools/lib/move-metrics.ts';

const MET: NegotiationFigures = {
  dealRate: 0.8,
  walkAwayRate: 0.05,
  repeatOfferRate: 0.1,
  retractionsUnexplained: 0,
  contradictions: 0,
  tacticsPerGame: 0.5,
  distinctDeals: 100,
  medianWithinOneLevel: 1,
  meanAcceptTurnForHistoricalOffer: 4,
  historicalOffer: { games: 200, neverAccepted: 0, turns: 16 },
};

describe('issue 12 targets', () => {
  it('are met at their bounds', () => {
    expect(missedTargets(MET, true)).toEqual([]);
  });

  it('names each figure that misses, with its value and target', () => {
    const missed = missedTargets(
      {
        ...MET,
        dealRate: 0.96,
        repeatOfferRate: 0.11,
        retractionsUnexplained: 1,
        contradictions: 2,
        tacticsPerGame: 0.49,
        distinctDeals: 99,
        medianWithinOneLevel: 0.75,
        meanAcceptTurnForHistoricalOffer: 4.5,
      },
      true,
    );
    expect(missed).toEqual([
      { key: 'dealRate', value: 0.96, target: '0.7–0.95' },
      { key: 'repeatOfferRate', value: 0.11, target: '≤ 0.1' },
      { key: 'retractionsUnexplained', value: 1, target: '0' },
      { key: 'contradictions', value: 2, target: '0' },
      { key: 'tacticsPerGame', value: 0.49, target: '≥ 0.5' },
      { key: 'distinctDeals', value: 99, target: '≥ 100' },
      { key: 'medianWithinOneLevel', value: 0.75, target: '= 1' },
      { key: 'meanAcceptTurnForHistoricalOffer', value: 4.5, target: '≤ 4' },
    ]);
    expect(missedTargets({ ...MET, dealRate: 0.69 }, true).map((m) => m.key)).toEqual(['dealRate']);
  });

  it('counts a figure without a value as missed, and leaves out the history targets without a historical deal', () => {
    const none = {
      ...MET,
      repeatOfferRate: null,
      medianWithinOneLevel: null,
      meanAcceptTurnForHistoricalOffer: null,
    };
    expect(missedTargets(none, false)).toEqual([{ key: 'repeatOfferRate', value: null, target: '≤ 0.1' }]);
    expect(missedTargets(none, true).map((m) => m.key)).toEqual([
      'repeatOfferRate',
      'medianWithinOneLevel',
      'meanAcceptTurnForHistoricalOffer',
    ]);
  });

  it('writes shares as percentages for the text report', () => {
    const text = (key: string): string[] => {
      const t = TARGETS.find((x) => x.key === key);
      if (!t) throw new Error(key);
      return [targetText(t), targetText(t, true)];
    };
    expect(text('dealRate')).toEqual(['0.7–0.95', '70%–95%']);
    expect(text('repeatOfferRate')).toEqual(['≤ 0.1', '≤ 10%']);
    expect(text('medianWithinOneLevel')).toEqual(['= 1', '= 100%']);
  });
});
