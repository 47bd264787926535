/**
 * Dev server only: `designer.html?watch=src/content/scenarios/my.json` reads that file of the project from the
 * dev server and reads it again each time it is saved (tools/lib/designer-watch.ts, a Vite plugin, sends the
 * event). Only a relative path to a .json file inside the project is taken. In a built page nothing is watched.
 */

export const SAVED_EVENT = 'tariff-talks:file-saved';

/** The path to watch from the address, or null: none given, or not a relative .json path inside the project. */
export function watchedPath(search: string): string | null {
  const path = new URLSearchParams(search).get('watch');
  if (path === null || !/^[\w./-]+\.json$/.test(path)) return null;
  if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '')) return null;
  return path;
}

export type WatchResult = { readonly kind: 'read'; readonly text: string } | { readonly kind: 'failed' };

async function read(path: string): Promise<WatchResult> {
  try {
    const response = await fetch(`/${path}?t=${Date.now()}`, { cache: 'no-store' });
    if (!response.ok) return { kind: 'failed' };
    return { kind: 'read', text: await response.text() };
  } catch {
    return { kind: 'failed' };
  }
}

/** Reads the file now and after each save; does nothing outside the dev server. */
export function watchFile(path: string, onRead: (result: WatchResult) => void): void {
  const hot = import.meta.hot;
  if (!hot) return;
  void read(path).then(onRead);
  hot.on(SAVED_EVENT, (data: { path?: unknown }) => {
    if (data.path === path) void read(path).then(onRead);
  });
}
