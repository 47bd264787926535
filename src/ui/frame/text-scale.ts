/**
 * The player's settings as the page sees them: the text scale as the CSS custom property `--tt-text-scale`
 * (every stylesheet of the scaled frame sizes its text with it) and reduced motion as `data-reduced-motion` on
 * <html>. Installed once, by the boot scene.
 *
 * The text scale is the Text size setting, grown where the 1280×720 frame is shrunk to fit a smaller window:
 * browser zoom (200% zoom makes the window half as wide in CSS pixels) and a laptop's short window (1366×657)
 * both shrink the frame, and the text grows by as much, so it is never drawn smaller than the setting says and
 * zooming the browser enlarges it as the setting does, up to the largest size the layouts are made for.
 * Text outside the frame (the save banner, the glossary) grows with browser zoom by itself and follows the
 * setting alone (`--tt-page-text-scale`).
 */
import { type AppSettings, getSettings, subscribeSettings, TEXT_SCALES } from '../../app/settings.ts';
import { DESIGN } from './layer.ts';

/** The largest text scale the scenes are laid out for: the largest Text size. */
export const MAX_TEXT_SCALE: number = Math.max(...TEXT_SCALES);

/** How long a window must keep its size before the text follows it (a drag resizes many times a second). */
const RESIZE_SETTLE_MS = 150;

/** The scale Phaser's Scale.FIT gives the frame in a window of this size (CSS pixels). */
export function frameFit(width: number, height: number): number {
  return Math.min(width / DESIGN.width, height / DESIGN.height);
}

/**
 * The text scale for a Text size `setting` in a frame drawn at `fit`: the setting, divided by the frame's
 * shrink (rounded up to a twentieth), at most MAX_TEXT_SCALE and never below the setting.
 */
export function effectiveTextScale(setting: number, fit: number): number {
  const shrink = Number.isFinite(fit) && fit > 0 ? Math.min(1, fit) : 1;
  const wanted = Math.ceil((setting / shrink) * 20 - 1e-6) / 20;
  return Math.max(setting, Math.min(MAX_TEXT_SCALE, wanted));
}

let installed = false;
let fit = 1;
const zoomListeners = new Set<() => void>();

function windowFit(): number {
  return typeof window === 'undefined' ? 1 : frameFit(window.innerWidth, window.innerHeight);
}

/** The text scale now: what canvas text and the frame's stylesheets size text with. */
export function textScale(): number {
  return effectiveTextScale(getSettings().textScale, installed ? fit : windowFit());
}

/**
 * Calls `listener` when the text scale changes because the window did (browser zoom, a resize). A change of
 * the setting itself reaches subscribers of the settings, as before.
 */
export function subscribeZoom(listener: () => void): () => void {
  zoomListeners.add(listener);
  return () => zoomListeners.delete(listener);
}

export function applySettingsToPage(settings: AppSettings): void {
  const root = document.documentElement;
  root.style.setProperty('--tt-text-scale', String(effectiveTextScale(settings.textScale, fit)));
  root.style.setProperty('--tt-page-text-scale', String(settings.textScale));
  root.dataset.reducedMotion = settings.reducedMotion ? 'true' : 'false';
}

function windowResized(): void {
  const before = textScale();
  fit = windowFit();
  if (textScale() === before) return;
  applySettingsToPage(getSettings());
  for (const listener of zoomListeners) listener();
}

export function installPageSettings(): void {
  if (installed) return;
  installed = true;
  fit = windowFit();
  applySettingsToPage(getSettings());
  subscribeSettings(applySettingsToPage);
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(windowResized, RESIZE_SETTLE_MS);
  });
}
