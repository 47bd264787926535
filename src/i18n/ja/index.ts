/**
 * The Japanese message catalog (日本語): one file per English file under ../en/, with the same export names and
 * exactly the same keys (each file `satisfies` its English object, so a missing or extra key is a compile error),
 * merged here as `JA` in the same order as `EN`. Switch to it with `useCatalog(JA)`.
 */
import type { Catalog, EN } from '../catalog.ts';
import { BRIEFING } from './briefing.ts';
import { CLASSROOM } from './classroom.ts';
import { COACH } from './coach.ts';
import { COMMON } from './common.ts';
import { DEBRIEF } from './debrief.ts';
import { DESIGNER } from './designer.ts';
import { ERRORS } from './errors.ts';
import { GLOSSARY } from './glossary.ts';
import { LIVE } from './live.ts';
import { SETUP } from './setup.ts';
import { TABLE } from './table.ts';
import { TEACHER } from './teacher.ts';
import { TEACHER_LIVE } from './teacher-live.ts';
import { TITLE } from './title.ts';

export const JA = {
  ...COMMON,
  ...TITLE,
  ...SETUP,
  ...BRIEFING,
  ...TABLE,
  ...DEBRIEF,
  ...CLASSROOM,
  ...TEACHER,
  ...TEACHER_LIVE,
  ...ERRORS,
  ...LIVE,
  ...GLOSSARY,
  ...COACH,
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
