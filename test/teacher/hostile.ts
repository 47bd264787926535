/** Hostile inputs for the teacher-data tests (unit and browser): deep nesting, a "constructor" party, PNG bytes. */
import { readFileSync } from 'node:fs';

/** The shipped scenario's text (a valid scenario file). */
export const shippedText = (): string =>
  readFileSync(new URL('../../src/content/scenarios/us-japan-2025.json', import.meta.url), 'utf8');

/** `[[[…]]]`, `levels` deep. */
export const deepArray = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** `{"a":{"a":…1…}}`, `levels` deep. */
export const deepObject = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** The shipped scenario with its first party's id (only the id) changed to "constructor": compiling it throws. */
export const constructorScenario = (): string => {
  const data = JSON.parse(shippedText());
  data.parties[0].id = 'constructor';
  return JSON.stringify(data, null, 2);
};

/** The first bytes of a PNG picture (signature, IHDR and some zero bytes). */
export const pngBytes = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
    Buffer.alloc(64, 0xff),
  ]);
