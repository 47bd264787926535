/**
 * The class code of a live class's join link, read from the page's address. Apart from the live client, so that
 * the title, which checks every page's address for one, does not load the connection and its schemas.
 */
import { LIVE_PARAM, normalizeClassCode } from '../net/sections.ts';

/** The class code of a join link in a page address (`?live=CODE`): normalised, or null (none, or not a code). */
export function readLiveCode(
  search: string,
):
  | { readonly kind: 'none' }
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'invalid'; readonly typed: string } {
  let typed: string | null;
  try {
    typed = new URLSearchParams(search).get(LIVE_PARAM);
  } catch {
    return { kind: 'none' };
  }
  if (typed === null) return { kind: 'none' };
  const code = normalizeClassCode(typed);
  return code ? { kind: 'code', code } : { kind: 'invalid', typed: typed.slice(0, 20) };
}
