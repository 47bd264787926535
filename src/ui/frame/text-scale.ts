/**
 * The player's settings as the page sees them: the text scale as the CSS custom property `--tt-text-scale`
 * (every stylesheet sizes its text with it) and reduced motion as `data-reduced-motion` on <html>.
 * Installed once, by the boot scene.
 */
import { type AppSettings, getSettings, subscribeSettings } from '../../app/settings.ts';

let installed = false;

export function applySettingsToPage(settings: AppSettings): void {
  const root = document.documentElement;
  root.style.setProperty('--tt-text-scale', String(settings.textScale));
  root.dataset.reducedMotion = settings.reducedMotion ? 'true' : 'false';
}

export function installPageSettings(): void {
  if (installed) return;
  installed = true;
  applySettingsToPage(getSettings());
  subscribeSettings(applySettingsToPage);
}
