import { describe, expect, it } from 'vitest';
import {
  aspiration,
  concessionAt,
  concessionExponent,
  targetUtility,
} from '../../../src/model/agent/concession.ts';
import { powTime, quantize } from '../../../src/model/agent/numbers.ts';
import { loadScenario, MINI } from '../../helpers.ts';

const scenario = loadScenario(MINI);

describe('the concession curve f(t) = t^(1/e)', () => {
  // mini.json: boulware 0.2, linear 1, conceder 2; normal difficulty multiplies by 1.
  it.each([
    ['boulware', 0, 0],
    ['boulware', 0.25, 0.0009765625],
    ['boulware', 0.5, 0.03125],
    ['boulware', 0.75, 0.2373046875],
    ['boulware', 1, 1],
    ['linear', 0, 0],
    ['linear', 0.25, 0.25],
    ['linear', 0.5, 0.5],
    ['linear', 0.75, 0.75],
    ['linear', 1, 1],
    ['conceder', 0, 0],
    ['conceder', 0.25, 0.5],
    ['conceder', 0.5, Math.SQRT1_2],
    ['conceder', 0.75, Math.sqrt(0.75)],
    ['conceder', 1, 1],
  ] as const)('%s at t = %f is %f', (style, t, f) => {
    const e = concessionExponent(scenario.agent, style, 'normal');
    expect(concessionAt(t, e)).toBe(f);
  });

  it('scales e by the difficulty: hard holds out longer, easy gives in sooner', () => {
    expect(concessionExponent(scenario.agent, 'boulware', 'hard')).toBeCloseTo(0.1, 15);
    expect(concessionExponent(scenario.agent, 'boulware', 'easy')).toBeCloseTo(0.4, 15);
    expect(concessionAt(0.5, concessionExponent(scenario.agent, 'boulware', 'hard'))).toBe(0.5 ** 10);
    // 1/0.4 = 2.5: (√t)^5, by a square root and multiplications (square and multiply).
    const r = Math.sqrt(0.5);
    expect(concessionAt(0.5, concessionExponent(scenario.agent, 'boulware', 'easy'))).toBe(
      r * (r * r * (r * r)),
    );
  });

  it('clamps t to [0, 1]', () => {
    expect(concessionAt(-0.5, 1)).toBe(0);
    expect(concessionAt(1.5, 1)).toBe(1);
  });

  it('uses exact products for dyadic exponents and Math.pow for the others', () => {
    expect(powTime(0.81, 0.25)).toBe(Math.sqrt(Math.sqrt(0.81)));
    expect(powTime(0.3, 3)).toBe(0.3 * 0.3 * 0.3);
    expect(powTime(0.3, 1 / 3)).toBe(0.3 ** (1 / 3));
  });
});

describe('the target p(t) = Pmin + (Pmax − Pmin)·(1 − f(t))', () => {
  it('starts at Pmax and ends at Pmin', () => {
    const range = { max: 1, min: 0.25 };
    expect(targetUtility(range, 0, 1)).toBe(1);
    expect(targetUtility(range, 0.5, 1)).toBe(0.625);
    expect(targetUtility(range, 1, 1)).toBe(0.25);
    expect(targetUtility(range, 0.5, 0.2)).toBe(0.25 + 0.75 * (1 - 0.03125));
  });

  it('sets Pmin at the reservation plus minTarget of the room above it', () => {
    expect(aspiration(0.9, 0.3, 0)).toEqual({ max: 0.9, min: 0.3 });
    const hard = aspiration(0.9, 0.3, 0.1);
    expect(quantize(hard.min)).toBe(quantize(0.36));
    // Nothing above no-deal: the target stays at the best bid.
    expect(aspiration(0.2, 0.3, 0.1)).toEqual({ max: 0.2, min: 0.2 });
  });
});
