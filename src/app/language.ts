/**
 * The language of the pages: English or 日本語. Chosen, in this order, by `?lang=ja|en` in the address (a
 * teacher's session link can fix it), by the player's earlier choice (kept in localStorage), and by the browser's
 * languages; English otherwise. The Japanese catalog is loaded only when it is used, so an English page loads
 * nothing more. `<html lang>` follows the language.
 */
import { GAME_EN, LANGUAGES, type Language, useCatalog, wholeJapaneseLoader } from '../i18n/catalog.ts';

const KEY = 'tariff-talks/language/v1';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The language a BCP 47 tag asks for, if the game has it: "ja-JP" → ja, "en-GB" → en, "fr" → null. */
export function languageOfTag(tag: string): Language | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : null;
}

export interface LanguageSources {
  /** The page address's query string, e.g. "?lang=ja". */
  readonly search: string;
  /** What was stored, raw (anything: it is checked). */
  readonly stored: unknown;
  /** navigator.languages, best first. */
  readonly browser: readonly string[];
}

/** Which language to show. A `lang` in the address that the game does not have is ignored. */
export function chooseLanguage(sources: LanguageSources): Language {
  const asked = new URLSearchParams(sources.search).get('lang');
  if (asked !== null) {
    const fromAddress = languageOfTag(asked);
    if (fromAddress) return fromAddress;
  }
  if (isLanguage(sources.stored)) return sources.stored;
  for (const tag of sources.browser) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

function readStored(): unknown {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The language this page should show, from the address, the stored choice and the browser. */
export function pageLanguage(): Language {
  return chooseLanguage({
    search: typeof location === 'undefined' ? '' : location.search,
    stored: readStored(),
    browser: typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  });
}

/**
 * Switches the catalog to `lang` (loading the Japanese one on first use: the game's messages on the game's page,
 * the whole catalog on a page that set one, src/i18n/page-catalog.ts) and the page's `lang` with it.
 */
export async function useLanguage(lang: Language): Promise<void> {
  if (lang === 'ja') {
    const whole = wholeJapaneseLoader();
    useCatalog(whole ? await whole() : (await import('../i18n/ja/game.ts')).GAME_JA, 'ja');
  } else {
    useCatalog(GAME_EN, 'en');
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

/** Keeps a choice the player made (a menu, not the address), for the next visit. */
export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Storage blocked: the choice still holds for this visit.
  }
}

/** Starts a page in its language: a catalog that fails to load leaves the page in English, never blank. */
export async function startLanguage(): Promise<Language> {
  const lang = pageLanguage();
  try {
    await useLanguage(lang);
    return lang;
  } catch {
    await useLanguage('en');
    return 'en';
  }
}

/** The name of each language in itself, as a language menu shows it (never translated). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', ja: '日本語' };

/**
 * The player chose a language (the title's switch or Settings): kept for the next visit, written into the
 * address when it names one (so a reload keeps the choice), and applied. The caller redraws its screen; a game in
 * progress is in its autosave and is not touched.
 */
export async function switchLanguage(lang: Language): Promise<void> {
  rememberLanguage(lang);
  if (typeof location !== 'undefined' && typeof history !== 'undefined') {
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', lang);
      history.replaceState(history.state, '', url);
    }
  }
  await useLanguage(lang);
}
