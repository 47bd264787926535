/**
 * A session's id and the link its students open (the teacher's page; the id from the page's crypto, never the
 * model's generator).
 */
import type { Language } from '../i18n/page-catalog.ts';
import { type ClassSession, encodeSession } from '../model/code/session-link.ts';

const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A short random session id, e.g. "k7m2qx" (the page's crypto; never the model's). */
export function randomSessionId(
  fill: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b),
): string {
  const limit = 256 - (256 % ID_ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < 6) {
    for (const byte of fill(new Uint8Array(12))) {
      if (byte < limit && chars.length < 6) chars.push(ID_ALPHABET[byte % ID_ALPHABET.length]);
    }
  }
  return chars.join('');
}

/**
 * The link a session's students open: the game's page next to this one; with `lang`, the game opens in that
 * language (`?lang=`, which the game honours before the student's stored choice and the browser's language).
 */
export function sessionLink(session: ClassSession, base: string, lang?: Language): string {
  const language = lang ? `&lang=${lang}` : '';
  return new URL(`index.html?session=${encodeSession(session)}${language}`, base).href;
}
