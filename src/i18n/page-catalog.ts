/**
 * The catalog for the pages that show more than the game's messages (the teacher's page, the designer's
 * workbench, tools/verify.ts): importing this module hands the catalog their whole English messages and how to
 * load their whole Japanese ones, so `t` finds the teacher's and the designer's keys. Their modules import `t`
 * (and the rest of the catalog) from here rather than from ./catalog.ts; the game's page never imports it, so
 * its download carries none of those messages.
 */
import { useWholeCatalogs } from './catalog.ts';
import { EN } from './en/index.ts';

useWholeCatalogs(EN, async () => (await import('./ja/index.ts')).JA);

export * from './catalog.ts';
export { EN } from './en/index.ts';
