/**
 * The message catalog: every user-facing string goes through `t(key, vars)`. The English catalog is split by
 * screen (one file each under en/), merged here; a translation is another set of files with the same keys.
 * `{name}` in a message is replaced by `vars.name`. Messages are plain text: never insert them as HTML.
 */
import { BRIEFING } from './en/briefing.ts';
import { CLASSROOM } from './en/classroom.ts';
import { COACH } from './en/coach.ts';
import { COMMON } from './en/common.ts';
import { DEBRIEF } from './en/debrief.ts';
import { ERRORS } from './en/errors.ts';
import { GLOSSARY } from './en/glossary.ts';
import { LIVE } from './en/live.ts';
import { SETUP } from './en/setup.ts';
import { TABLE } from './en/table.ts';
import { TEACHER } from './en/teacher.ts';
import { TEACHER_LIVE } from './en/teacher-live.ts';
import { TITLE } from './en/title.ts';

export const EN = {
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
} as const;

export type MessageKey = keyof typeof EN;
export type Catalog = Readonly<Record<MessageKey, string>>;

let current: Catalog = EN;

/** Switches the catalog (a translation). */
export function useCatalog(catalog: Catalog): void {
  current = catalog;
}

export function t(key: MessageKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const message = current[key] ?? EN[key];
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
