/**
 * Whether the live server is there: `GET /healthz` on the page's own origin must answer 200 with the protocol's
 * Health JSON (`ok: true`). A static host answers 404 or a page, an offline page nothing: both are "unreachable",
 * and the page says how to start the server. Never throws.
 */
import { HEALTH_PATH } from '../net/protocol.ts';

export type Fetcher = (
  url: string,
  init?: { signal?: AbortSignal },
) => Promise<{
  readonly ok: boolean;
  json(): Promise<unknown>;
}>;

/** The health address of the server that served a page at `origin`. */
export const healthUrl = (origin: string): string => new URL(HEALTH_PATH, origin).href;

/** True when the live server answers at `origin` within `timeoutMs`. */
export async function liveServerReachable(
  origin: string,
  fetcher: Fetcher,
  timeoutMs = 4000,
): Promise<boolean> {
  const abort = typeof AbortController === 'undefined' ? null : new AbortController();
  const timer = setTimeout(() => abort?.abort(), timeoutMs);
  try {
    const response = await fetcher(healthUrl(origin), abort ? { signal: abort.signal } : {});
    if (!response.ok) return false;
    const body = await response.json();
    return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
