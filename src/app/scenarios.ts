/**
 * The scenarios that ship with the game, and loading a designer's file. Both go through parseScenario, so a
 * broken file lists every problem with its path and line and is never played; the one exception is a shipped
 * file whose text is exactly the one the tests validated (src/content/vouched.ts), compiled without the schema.
 *
 * The shipped scenario files are data, not code: the build copies them as assets (`?url`), the boot scene loads
 * them with the progress bar and hands them over with `provideShipped`, so they stay out of the JavaScript.
 *
 * Languages: each shipped scenario may have a translation file beside it (`us-japan-2025.ja.json`); the boot
 * scene loads those too (`provideShippedTranslation`), and `shippedScenario(id, 'ja')` applies it. A translated
 * scenario has the same content hash as the English one: saves, session links and result codes do not depend
 * on the language. A missing or broken translation leaves the English texts.
 */

import { parseScenario } from '../content/parse.ts';
import { formatProblem, type ScenarioProblem } from '../content/problems.ts';
import ardoniaBelmarkJaUrl from '../content/scenarios/ardonia-belmark.ja.json?url';
import ardoniaBelmarkUrl from '../content/scenarios/ardonia-belmark.json?url';
import tutorialJaUrl from '../content/scenarios/tutorial.ja.json?url';
import tutorialUrl from '../content/scenarios/tutorial.json?url';
import usJapan2025JaUrl from '../content/scenarios/us-japan-2025.ja.json?url';
import usJapan2025Url from '../content/scenarios/us-japan-2025.json?url';
import { parseTranslatedScenario } from '../content/translate.ts';
import { compileVouched, vouchedData } from '../content/vouched.ts';
import { currentLanguage } from '../i18n/catalog.ts';
import { err, ok, type Result } from '../model/result.ts';
import type { Scenario } from '../model/scenario.ts';
import { SHIPPED_FILE_HASHES } from './shipped-hashes.ts';

/** Where a scenario came from: a shipped one by id, or a file's text (kept so a save can reload it). */
export type ScenarioSource =
  | { readonly kind: 'shipped'; readonly id: ShippedId }
  | { readonly kind: 'file'; readonly name: string; readonly text: string };

/** Where each shipped scenario file is served from. */
export const SHIPPED_URLS = {
  'us-japan-2025': usJapan2025Url,
  tutorial: tutorialUrl,
  'ardonia-belmark': ardoniaBelmarkUrl,
} as const;
export type ShippedId = keyof typeof SHIPPED_URLS;
export const SHIPPED_IDS = Object.keys(SHIPPED_URLS) as ShippedId[];
export const DEFAULT_SCENARIO: ShippedId = 'us-japan-2025';

/** The languages of scenario texts: English, the files' own, and those of the shipped translations. */
export const SCENARIO_LANGS = ['en', 'ja'] as const;
export type ScenarioLang = (typeof SCENARIO_LANGS)[number];
/** The language the scenario files are written in. */
export const BASE_LANG = 'en' satisfies ScenarioLang;

/** Where each shipped scenario's translation files are served from, by language. */
export const SHIPPED_TRANSLATION_URLS: Readonly<
  Record<ShippedId, Readonly<Partial<Record<Exclude<ScenarioLang, 'en'>, string>>>>
> = {
  'us-japan-2025': { ja: usJapan2025JaUrl },
  tutorial: { ja: tutorialJaUrl },
  'ardonia-belmark': { ja: ardoniaBelmarkJaUrl },
};

/** The translations each shipped scenario has, as [language, URL] pairs. */
export const shippedTranslations = (id: ShippedId): [Exclude<ScenarioLang, 'en'>, string][] =>
  Object.entries(SHIPPED_TRANSLATION_URLS[id]) as [Exclude<ScenarioLang, 'en'>, string][];

const files = new Map<ShippedId, unknown>();
const translations = new Map<string, unknown>();
const cache = new Map<string, Scenario>();
const keyOf = (id: ShippedId, lang: ScenarioLang): string => `${id}:${lang}`;

/**
 * Hands over a shipped scenario file once it has loaded: its text (src/boot-files.ts; the text the tests validated
 * is then compiled without the schema pass) or its parsed JSON (the boot scene's loader, the teacher's page).
 */
export function provideShipped(id: ShippedId, file: unknown): void {
  files.set(id, file);
  for (const lang of SCENARIO_LANGS) cache.delete(keyOf(id, lang));
}

/** Whether a shipped scenario file has been handed over (src/boot-files.ts may have, before the boot scene). */
export const hasShipped = (id: ShippedId): boolean => files.has(id);

/** Whether a shipped scenario's translation into `lang` has been handed over. */
export const hasShippedTranslation = (id: ShippedId, lang: ScenarioLang): boolean =>
  translations.has(keyOf(id, lang));

/** Hands over a shipped scenario's translation file (parsed JSON) once it has loaded (the boot scene does this). */
export function provideShippedTranslation(id: ShippedId, lang: ScenarioLang, json: unknown): void {
  translations.set(keyOf(id, lang), json);
  cache.delete(keyOf(id, lang));
}

/** Fetches every shipped scenario's translation into `lang` (nothing for English): the title does this when the
 * player switches language, the teacher's page at its start. Never rejects. */
export async function loadShippedTranslations(lang: ScenarioLang): Promise<void> {
  if (lang === BASE_LANG) return;
  await Promise.all(SHIPPED_IDS.map((id) => loadShippedTranslation(id, lang)));
}

/**
 * Fetches a shipped scenario's translation file and hands it over (for a page without the boot scene, such as
 * the teacher's). Resolves true when it is there, false when there is none or it failed to load (the English
 * texts are then used). Never rejects.
 */
export async function loadShippedTranslation(
  id: ShippedId,
  lang: ScenarioLang,
  fetcher: (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }> = (url) => fetch(url),
): Promise<boolean> {
  if (translations.has(keyOf(id, lang))) return true;
  const url = lang === BASE_LANG ? undefined : SHIPPED_TRANSLATION_URLS[id]?.[lang];
  if (!url) return false;
  try {
    const response = await fetcher(url);
    if (!response.ok) return false;
    provideShippedTranslation(id, lang, await response.json());
    return true;
  } catch {
    return false;
  }
}

/**
 * A shipped scenario, its texts in `lang` (by default the page's language) when its translation has been handed
 * over (else in English, and that is not cached, so the translation is used once it arrives). Same hash in every
 * language. Throws, listing every problem with its path, if the file handed over does not parse.
 */
export function shippedScenario(id: ShippedId, lang: ScenarioLang = currentLanguage()): Scenario {
  const compiled = compileShipped(id, lang);
  if (!compiled.ok)
    throw new Error(`shipped scenario ${id} is broken:\n${compiled.error.map(formatProblem).join('\n')}`);
  return compiled.value;
}

function compileShipped(id: ShippedId, lang: ScenarioLang): Result<Scenario, readonly ScenarioProblem[]> {
  const key = keyOf(id, lang);
  const hit = cache.get(key);
  if (hit) return ok(hit);
  if (!files.has(id)) throw new Error(`shipped scenario ${id} has not been loaded`);
  const translation = lang === BASE_LANG ? undefined : translations.get(key);
  if (lang !== BASE_LANG && translation === undefined) return compileShipped(id, BASE_LANG);
  const file = files.get(id);
  // The text the tests validated (src/content/vouched.ts) is compiled without checking it again; any other text
  // or parsed JSON is parsed in full.
  const vouched = typeof file === 'string' ? vouchedData(file, SHIPPED_FILE_HASHES[id]) : null;
  let scenario: Scenario;
  if (vouched && translation === undefined) scenario = compileVouched(vouched, SHIPPED_FILE_HASHES[id]);
  else {
    // Its warnings are for its designer (the content tests check the shipped files): the game skips them.
    const options = { designerWarnings: false } as const;
    const parsed =
      translation === undefined
        ? parseScenario(file, undefined, options)
        : parseTranslatedScenario(vouched ?? file, translation, options);
    if (!parsed.ok) return parsed;
    scenario = parsed.value.scenario;
  }
  cache.set(key, scenario);
  return ok(scenario);
}

/** A scenario to play: a shipped one in `lang` (by default the page's; see shippedScenario), or a file's, in its own language. */
export function loadScenario(
  source: ScenarioSource,
  lang: ScenarioLang = currentLanguage(),
): Result<Scenario, readonly ScenarioProblem[]> {
  if (source.kind === 'shipped') {
    if (!SHIPPED_IDS.includes(source.id)) {
      return err([
        { code: 'SHAPE', severity: 'error', path: [], message: `no shipped scenario "${source.id}"` },
      ]);
    }
    return compileShipped(source.id, lang);
  }
  const parsed = parseScenario(source.text);
  return parsed.ok ? ok(parsed.value.scenario) : parsed;
}
