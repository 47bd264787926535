/**
 * Seeds for new games. A fresh seed comes from the browser's cryptographic random numbers (never the model's:
 * the model only ever receives a seed). It is short and easy to read aloud in class: no 0/O or 1/I/L.
 */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SEED_MAX_LENGTH = 64;

/** The seed field's attributes, on the game's setup screen and the teacher's session form alike. */
export const SEED_FIELD_ATTRS = {
  type: 'text',
  id: 'tt-seed',
  maxlength: String(SEED_MAX_LENGTH),
  autocomplete: 'off',
  spellcheck: 'false',
  'aria-describedby': 'tt-seed-help',
} as const;

type Fill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

export function randomSeed(random: Fill = (bytes) => crypto.getRandomValues(bytes)): string {
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 8) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < limit && chars.length < 8) chars.push(ALPHABET[byte % ALPHABET.length]);
    }
  }
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

export type SeedProblem = 'EMPTY' | 'TOO_LONG';

/** The seed as typed, trimmed; or why it cannot be used. */
export function checkSeed(typed: string): { seed: string } | { problem: SeedProblem } {
  const seed = typed.trim();
  if (seed.length === 0) return { problem: 'EMPTY' };
  if (seed.length > SEED_MAX_LENGTH) return { problem: 'TOO_LONG' };
  return { seed };
}
