/**
 * The game's pages as a server of several processes sends them: the pages' Content-Security-Policy (header and
 * meta tag) allows connections to the page's own address only, so a student whose process dies could not rejoin
 * through another address the server names (`servers`). Here its `connect-src` also lists the event's addresses
 * (each as http(s) and as ws(s)), and nothing else of the policy changes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A page of dist/ by request path: `/` is index.html; only plain names (no folders, no dots before .html). */
export function pageName(path: string): string | null {
  if (path === '/') return 'index.html';
  return /^\/[a-z0-9-]+\.html$/.test(path) ? path.slice(1) : null;
}

/** A page origin and its WebSocket form (`http://h:p` → `ws://h:p`). */
function sources(origin: string): string[] {
  return [origin, origin.replace(/^http/, 'ws')];
}

/** The policy with `connect-src 'self'` widened to the event's origins (a policy without it is unchanged). */
export function widenConnectSrc(csp: string, origins: readonly string[]): string {
  const extra = [...new Set(origins.flatMap(sources))].filter((s) => /^(https?|wss?):\/\/[^\s;'"]+$/.test(s));
  if (extra.length === 0) return csp;
  return csp.replace(/connect-src 'self'(?=;|$)/, `connect-src 'self' ${extra.join(' ')}`);
}

/** The page's HTML with its meta tag's policy widened the same way. */
export function widenPage(html: string, origins: readonly string[]): string {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
    (_all, head: string, csp: string) => `${head}${widenConnectSrc(csp, origins)}"`,
  );
}

/** Reads dist/ pages once each (as sirv reads dist/ once: a new build is served after a restart). */
export function pageReader(distDir: string): (name: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  return (name) => {
    let page = cache.get(name);
    if (!page) {
      page = readFile(join(distDir, name), 'utf8').catch(() => null);
      cache.set(name, page);
    }
    return page;
  };
}
