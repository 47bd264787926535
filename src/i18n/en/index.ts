/**
 * The whole English catalog: the game's messages (`GAME_EN`, src/i18n/catalog.ts) and those only the teacher's
 * page and the designer's workbench show. The game's page never imports this (src/i18n/page-catalog.ts does).
 */
import { type Catalog, GAME_EN } from '../catalog.ts';
import { DESIGNER } from './designer.ts';
import { TEACHER } from './teacher.ts';
import { TEACHER_LIVE } from './teacher-live.ts';

export const EN = {
  ...GAME_EN,
  ...TEACHER,
  ...TEACHER_LIVE,
  ...DESIGNER,
} as const satisfies Catalog;
