/**
 * The Japanese message catalog (日本語): one file per English file under ../en/, with the same export names and
 * exactly the same keys (each file `satisfies` its English object, so a missing or extra key is a compile error),
 * merged here as `JA`: the game's messages (`GAME_JA`, ./game.ts, all the game's page loads) and those of the
 * teacher's page and the workbench. Switch to it with `useCatalog(JA)`.
 */
import type { Catalog } from '../catalog.ts';
import type { EN } from '../en/index.ts';
import { DESIGNER } from './designer.ts';
import { GAME_JA } from './game.ts';
import { TEACHER } from './teacher.ts';
import { TEACHER_LIVE } from './teacher-live.ts';

export const JA = {
  ...GAME_JA,
  ...TEACHER,
  ...TEACHER_LIVE,
  ...DESIGNER,
} as const satisfies Catalog;

/**
 * `true` only when JA and EN have the same keys: spreads escape `satisfies`' check for extra keys, this does not.
 * Otherwise the compiler's message names the keys (`true` is not assignable to `{ extraInJa: …; missingInJa: … }`).
 */
type KeyDiff<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : { extraInJa: Exclude<keyof A, keyof B>; missingInJa: Exclude<keyof B, keyof A> };
const sameKeys: KeyDiff<typeof JA, typeof EN> = true;
void sameKeys;
