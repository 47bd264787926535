/** The Coach setting: on the tutorial only by default, or in every game, or never. */
import { describe, expect, it } from 'vitest';
import { COACH_MODES, coachFor, DEFAULT_SETTINGS } from '../../src/app/settings.ts';

describe('coachFor', () => {
  it('guides the tutorial only, by default', () => {
    expect(DEFAULT_SETTINGS.coach).toBe('auto');
    expect(coachFor('tutorial', 'auto')).toBe(true);
    expect(coachFor('us-japan-2025', 'auto')).toBe(false);
  });

  it('guides every game when on, none when off', () => {
    expect(COACH_MODES.map((mode) => [coachFor('tutorial', mode), coachFor('us-japan-2025', mode)])).toEqual([
      [true, false],
      [true, true],
      [false, false],
    ]);
  });
});
