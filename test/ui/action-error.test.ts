import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/catalog.ts';
import { ACTION_ERROR_CODES } from '../../src/model/types.ts';
import { actionErrorText } from '../../src/ui/action-error.ts';

describe('a refused move in the player’s words', () => {
  it('has a catalog message for every error code of the model, each its own', () => {
    const texts = ACTION_ERROR_CODES.map((code) => actionErrorText({ code }));
    for (const [i, text] of texts.entries()) {
      expect(text, ACTION_ERROR_CODES[i]).toMatch(/^[A-Z].+\.$/);
      expect(text).not.toMatch(/error\./);
    }
    expect(new Set(texts).size).toBe(ACTION_ERROR_CODES.length);
    // No catalog message for a code the model does not have.
    const keys = Object.keys(EN).filter((k) => k.startsWith('error.'));
    expect(keys.sort()).toEqual(ACTION_ERROR_CODES.map((c) => `error.${c}`).sort());
  });
});
