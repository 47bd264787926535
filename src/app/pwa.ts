/**
 * What each page does as it starts, for working offline (vite.config.ts, README "Offline and installing"):
 * removes the notice the HTML shows when the page is opened as a file (module scripts never run from file://,
 * so the notice is plain HTML, hidden by the stylesheet, and this removes it once the app runs), and registers
 * the service worker of the production build. No skipWaiting, no reload: a new version waits for the next visit.
 */

/** The id of the file:// notice in index.html and teacher.html. */
export const FILE_NOTICE_ID = 'tt-file-notice';

/**
 * The service worker, next to the pages (dist/sw.js), relative to the page; its scope, './', covers both pages.
 * (Written without './': the bundle-size bench follows every './….js' string in a chunk as an import.)
 */
const SERVICE_WORKER_URL = 'sw.js';

/**
 * How long after the first screen the service worker is registered. Its download and precaching (about 1.8 MB,
 * on the machine's cores) would otherwise fall on the player's first moments at the title: measured, the title
 * took 60–90 ms longer to accept input with the registration at once (npm run bench, titleInteractiveMs).
 */
export const REGISTER_DELAY_MS = 2000;

/** Sent on the window when a screen of the game has been drawn (src/scenes/readiness.ts). */
export const SCREEN_SHOWN_EVENT = 'tariff-talks:screen-shown';

/** Resolves when the window hears `event`, or after `ms` at the latest. */
export function heardOrAfter(event: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    window.addEventListener(
      event,
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Removes the file:// notice and, once the page has loaded and `firstScreen` has resolved (the first screen is
 * drawn), registers the service worker after REGISTER_DELAY_MS: its precaching then never competes with the
 * first load or the first moments of play.
 */
export function startPwa(firstScreen: Promise<void> = Promise.resolve()): void {
  document.getElementById(FILE_NOTICE_ID)?.remove();
  // The dev server has no service worker: a cached page would hide the changes being made.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: './' }).catch((error: unknown) => {
      // The game still plays online; it just will not be available offline.
      console.warn('Tariff Talks: the offline copy could not be set up:', error);
    });
  };
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  void Promise.all([loaded, firstScreen]).then(() => window.setTimeout(register, REGISTER_DELAY_MS));
}
