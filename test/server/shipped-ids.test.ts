/** The live server offers the shipped scenarios by id; the translation files beside them are not scenarios. */
import { describe, expect, it } from 'vitest';
import { shippedIds, shippedText } from '../../server/scenarios.ts';

describe('the live server’s shipped scenarios', () => {
  it('are the scenario files, not their translations', () => {
    expect(shippedIds()).toEqual(['ardonia-belmark', 'tutorial', 'us-japan-2025']);
    expect(shippedText('tutorial.ja')).toBeNull();
  });
});
