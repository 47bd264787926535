/**
 * The message catalog: every user-facing string goes through `t(key, vars)`. The English catalog is split by
 * screen (one file each under en/), merged here; a translation is another set of files with the same keys.
 * `{name}` in a message is replaced by `vars.name`. Messages are plain text: never insert them as HTML.
 *
 * The game's page carries only the game's messages (`GAME_EN`); the teacher's page and the designer's workbench
 * add their own (teacher, teacher-live, designer) through src/i18n/page-catalog.ts, which their modules import
 * `t` from, so the game's download holds none of them (`bundleGzipKB`). The full catalogs are `EN`
 * (src/i18n/en/index.ts) and `JA` (src/i18n/ja/index.ts).
 */
import { BRIEFING } from './en/briefing.ts';
import { CLASSROOM } from './en/classroom.ts';
import { COACH } from './en/coach.ts';
import { COMMON } from './en/common.ts';
import { DEBRIEF } from './en/debrief.ts';
import type { DESIGNER } from './en/designer.ts';
import { ERRORS } from './en/errors.ts';
import { GLOSSARY } from './en/glossary.ts';
import { LIVE } from './en/live.ts';
import { SETUP } from './en/setup.ts';
import { TABLE } from './en/table.ts';
import type { TEACHER } from './en/teacher.ts';
import type { TEACHER_LIVE } from './en/teacher-live.ts';
import { TITLE } from './en/title.ts';

/** The game's English messages: every screen of the game's page (index.html). */
export const GAME_EN = {
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
} as const;

/** The messages only the teacher's page and the workbench show (src/i18n/page-catalog.ts adds them there). */
export type PageMessages = typeof TEACHER & typeof TEACHER_LIVE & typeof DESIGNER;

export type MessageKey = keyof typeof GAME_EN | keyof PageMessages;
export type Catalog = Readonly<Record<MessageKey, string>>;
/** A catalog with only some of the messages: the game's page's (the rest fall back to English, then the key). */
export type PartCatalog = Readonly<Partial<Record<MessageKey, string>>>;

/** The languages the game is written in, by their BCP 47 primary tag. */
export const LANGUAGES = ['en', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A message that depends on a number is written once per plural category of the language (`Intl.PluralRules`),
 * as `key_one`, `key_other` (and `key_few` … where a language has them): `t('teacher.codes.added', { count })`
 * picks the form for `count`, falling back to `key_other`.
 */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

let english: PartCatalog = GAME_EN;
let current: PartCatalog = GAME_EN;
/** How a page with more messages than the game's loads its whole Japanese catalog (page-catalog.ts sets it). */
let wholeJapanese: (() => Promise<Catalog>) | null = null;
let language: Language = 'en';
let rules = new Intl.PluralRules('en');

/** Switches the catalog (a translation) and the language its numbers, dates and plurals follow. */
export function useCatalog(catalog: PartCatalog, lang: Language = 'en'): void {
  current = catalog;
  language = lang;
  rules = new Intl.PluralRules(catalog['common.locale'] ?? GAME_EN['common.locale']);
}

/**
 * A page that shows more than the game's messages (the teacher's page, the workbench) gives its whole English
 * catalog, the one every message falls back to, and how to load its whole Japanese one (src/app/language.ts
 * loads that instead of the game's). Set once, before anything is drawn (page-catalog.ts, on import).
 */
export function useWholeCatalogs(en: Catalog, ja: () => Promise<Catalog>): void {
  if (current === english) current = en;
  english = en;
  wholeJapanese = ja;
}

/** The loader of a page's whole Japanese catalog, or null on the game's page (it loads the game's messages). */
export const wholeJapaneseLoader = (): (() => Promise<Catalog>) | null => wholeJapanese;

/** The English catalog this page falls back to (the game's messages, or the whole catalog on the other pages). */
export const englishCatalog = (): PartCatalog => english;

/** The language of the catalog in use. */
export const currentLanguage = (): Language => language;

/** The locale numbers and dates are written in (the catalog's `common.locale`, e.g. "en-GB", "ja-JP"). */
export const locale = (): string => current['common.locale'] ?? GAME_EN['common.locale'];

const lookup = (key: string): string | undefined =>
  (current as Record<string, string>)[key] ?? (english as Record<string, string>)[key];

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
