/**
 * The HTTP headers every server of the game sends with its pages (`npm run preview`, and a school's own web
 * server: the README lists them). The pages carry their Content-Security-Policy as a meta tag too, so a file
 * share or a plain host still gets it; but a meta tag cannot set `frame-ancestors` (no other site may show the
 * game in a frame and click through it), nor the other headers.
 */

/** The policy of the pages' meta tag (index.html, teacher.html): scripts, styles and fonts only from the site. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${PAGE_CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
