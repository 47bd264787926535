/**
 * The title's language switch: a button naming the other language in itself ("日本語" on the English title,
 * "English" on the Japanese one), and the switch, from it or from Settings: the choice is kept, the catalog and
 * the shipped scenarios' texts in that language are loaded, and the title is drawn again in it (a saved game is
 * untouched, in its autosave), giving the focus back to where the player was.
 */
import type { Scene } from 'phaser';
import { LANGUAGE_NAMES, switchLanguage } from '../app/language.ts';
import { loadShippedTranslations } from '../app/scenarios.ts';
import { currentLanguage, type Language, t } from '../i18n/catalog.ts';
import { button } from '../ui/dom.ts';

/** Where a language switch was made from, so the title drawn again gives the focus back there. */
export type SwitchedFrom = 'settings' | 'switch';

/** After a language switch the title is drawn again; this says what to give the focus back to. */
let afterLanguage: SwitchedFrom | null = null;

/** Where the last switch was made from, once (null when the title was not drawn again for a switch). */
export function takeSwitchedFrom(): SwitchedFrom | null {
  const from = afterLanguage;
  afterLanguage = null;
  return from;
}

/** The switch button: the other language, named in itself, with a spoken name in the page's language. */
export function languageSwitch(onSwitch: (lang: Language) => void): HTMLButtonElement {
  const other: Language = currentLanguage() === 'ja' ? 'en' : 'ja';
  const switcher = button(LANGUAGE_NAMES[other], () => onSwitch(other), { className: 'tt-language' });
  switcher.lang = other;
  switcher.setAttribute('aria-label', t('title.switchLanguage', { name: LANGUAGE_NAMES[other] }));
  return switcher;
}

/** Switches to `lang` and draws the title again in it. */
export async function redrawInLanguage(scene: Scene, lang: Language, from: SwitchedFrom): Promise<void> {
  await Promise.all([switchLanguage(lang), loadShippedTranslations(lang)]);
  afterLanguage = from;
  scene.scene.restart();
}
