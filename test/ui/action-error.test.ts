import { describe, expect, it } from 'vitest';
import { EN } from '../../src/i18n/page-catalog.ts';
import { LIVE_ERROR_CODES } from '../../src/net/protocol.ts';
import { actionErrorText } from '../../src/ui/action-error.ts';

/** Every code a refused move can carry: the model's, the live server's (the protocol's), and a move not sent. */
const CODES = [...LIVE_ERROR_CODES, 'NOT_CONNECTED'] as const;

describe('a refused move in the player’s words', () => {
  it('has a catalog message for every error code of the model and of the live server, each its own', () => {
    const texts = CODES.map((code) => actionErrorText({ code }));
    for (const [i, text] of texts.entries()) {
      expect(text, CODES[i]).toMatch(/^[A-Z].+\.$/);
      expect(text).not.toMatch(/error\./);
    }
    expect(new Set(texts).size).toBe(CODES.length);
    // No catalog message for a code nobody has.
    const keys = Object.keys(EN).filter((k) => k.startsWith('error.'));
    expect(keys.sort()).toEqual(CODES.map((c) => `error.${c}`).sort());
  });
});
