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
import { DESIGNER } from './en/designer.ts';
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
  ...DESIGNER,
} as const;

export type MessageKey = keyof typeof EN;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** The languages the game is written in, by their BCP 47 primary tag. */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A message that depends on a number is written once per plural category of the language (`Intl.PluralRules`),
 * as `key_one`, `key_other` (and `key_few` … where a language has them): `t('teacher.codes.added', { count })`
 * picks the form for `count`, falling back to `key_other`.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

let current: Catalog = EN;
let language: Language = 'en';
let rules = new Intl.PluralRules('en');

/** Switches the catalog (a translation) and the language its numbers, dates and plurals follow. */
export function useCatalog(catalog: Catalog, lang: Language = 'en'): void {
  current = catalog;
  language = lang;
  rules = new Intl.PluralRules(catalog['common.locale']);
}

/** The language of the catalog in use. */
export const currentLanguage = (): Language => language;

/** The locale numbers and dates are written in (the catalog's `common.locale`, e.g. "en-GB", "ja-JP"). */
export const locale = (): string => current['common.locale'] ?? EN['common.locale'];

const lookup = (key: string): string | undefined =>
  (current as Record<string, string>)[key] ?? (EN as Record<string, string>)[key];

function messageFor(key: MessageKey | PluralKey, vars: Readonly<Record<string, string | number>>): string {
  const direct = lookup(key);
  if (direct !== undefined) return direct;
  const count = typeof vars.count === 'number' ? vars.count : Number.NaN;
  const form = Number.isFinite(count) ? rules.select(count) : 'other';
  return lookup(`${key}_${form}`) ?? lookup(`${key}_other`) ?? key;
}

export function t(key: MessageKey | PluralKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return messageFor(key, vars).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
