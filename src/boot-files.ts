/**
 * The files the title needs, made ready before Phaser starts (main.ts waits for this and for the language before
 * it creates the game): the shipped scenarios (and their translations into the page's language) are fetched (the
 * page's HTML preloads them, vite.config.ts: these requests take those responses), handed over as text
 * (`provideShipped`), and the default one is compiled and its title texts formatted, so the title's first frame
 * does not wait for either; the flags' textures (PNGs of the size the game draws them at) are fetched and
 * decoded. The boot scene then has nothing left to load, and the title draws
 * on Phaser's first frames instead of after the loader's requests, decodes and progress bar, frame by frame.
 *
 * Nothing here fails the page: a file that does not arrive or does not parse is left to the boot scene's loader,
 * which loads it again and says which file failed. A shipped scenario that does not compile is reported there too.
 */
import {
  DEFAULT_SCENARIO,
  provideShipped,
  provideShippedTranslation,
  SHIPPED_IDS,
  SHIPPED_URLS,
  type ShippedId,
  shippedScenario,
  shippedTranslations,
} from './app/scenarios.ts';
import { currentLanguage } from './i18n/catalog.ts';
import { SVG_ASSETS } from './ui/assets.ts';
import { titleCard } from './ui/frame/title-texts.ts';

/** The flags' images, decoded, by texture key: the boot scene adds them to Phaser's textures. */
const images = new Map<string, HTMLImageElement>();

/** The decoded image of an SVG asset, if it arrived early. */
export const earlyImage = (key: string): HTMLImageElement | undefined => images.get(key);

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

const fetchJson = async (url: string): Promise<unknown> => JSON.parse(await fetchText(url));

/** A flag's texture (the PNG drawn at the texture's size), fetched and decoded (off the main thread). */
async function fetchImage(asset: (typeof SVG_ASSETS)[keyof typeof SVG_ASSETS]): Promise<void> {
  const response = await fetch(asset.texture);
  if (!response.ok) throw new Error(`${asset.texture}: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    images.set(asset.key, image);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function fetchScenario(id: ShippedId, language: Promise<unknown>): Promise<void> {
  // As text: the text the tests validated is compiled without the schema pass (src/content/vouched.ts).
  const file = fetchText(SHIPPED_URLS[id]);
  await language;
  const lang = currentLanguage();
  const translations = shippedTranslations(id)
    .filter(([l]) => l === lang)
    .map(async ([l, url]) => provideShippedTranslation(id, l, await fetchJson(url)));
  const text = await file;
  // Not JSON: left to the boot scene's loader, which reports the file. (Whether it is the text the tests validated
  // is asked when it is compiled: the title compiles only the default scenario.)
  JSON.parse(text);
  provideShipped(id, text);
  await Promise.allSettled(translations);
  // The title's card: the default scenario compiled and its dates formatted (both cached), while the flags decode.
  // One that does not compile throws (prepareBootFiles lets it go): the title draws its card without it, and
  // the scenario's problems are listed when it is opened.
  if (id === DEFAULT_SCENARIO) titleCard(shippedScenario(DEFAULT_SCENARIO));
}

/**
 * Fetches and prepares the title's files once the page's language is settled (`language`). Never rejects: what
 * did not arrive is left to the boot scene.
 */
export async function prepareBootFiles(language: Promise<unknown>): Promise<void> {
  await Promise.allSettled([
    ...SHIPPED_IDS.map((id) => fetchScenario(id, language)),
    ...Object.values(SVG_ASSETS).map(fetchImage),
  ]);
}
