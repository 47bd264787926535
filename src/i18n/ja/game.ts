/**
 * The game's Japanese messages (日本語): the same files as `GAME_EN` (src/i18n/catalog.ts), with exactly its keys.
 * The game's page loads this when it is shown in Japanese; the teacher's page and the workbench load the whole
 * `JA` (./index.ts) instead.
 */
import type { GAME_EN, PartCatalog } from '../catalog.ts';
import { BRIEFING } from './briefing.ts';
import { CLASSROOM } from './classroom.ts';
import { COACH } from './coach.ts';
import { COMMON } from './common.ts';
import { DEBRIEF } from './debrief.ts';
import { ERRORS } from './errors.ts';
import { GLOSSARY } from './glossary.ts';
import { LIVE } from './live.ts';
import { SETUP } from './setup.ts';
import { TABLE } from './table.ts';
import { TITLE } from './title.ts';

export const GAME_JA = {
  ...COMMON,
  ...TITLE,
  ...SETUP,
  ...BRIEFING,
  ...TABLE,
  ...DEBRIEF,
  ...CLASSROOM,
  ...ERRORS,
  ...LIVE,
  ...GLOSSARY,
  ...COACH,
} as const satisfies PartCatalog;

/** `true` only when GAME_JA and GAME_EN have the same keys (see ./index.ts). */
type KeyDiff<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : { extraInJa: Exclude<keyof A, keyof B>; missingInJa: Exclude<keyof B, keyof A> };
const sameKeys: KeyDiff<typeof GAME_JA, typeof GAME_EN> = true;
void sameKeys;
