import { describe, expect, it } from 'vitest';
import { PAGE_CSP, SECURITY_HEADERS } from '../../tools/lib/security-headers.ts';
import { readText } from '../helpers.ts';

describe('security headers', () => {
  it('send the pages’ own policy, and forbid framing, sniffing and referrers', () => {
    for (const page of ['index.html', 'teacher.html', 'designer.html']) {
      const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readText(page));
      expect(meta?.[1], page).toBe(PAGE_CSP);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(`${PAGE_CSP}; frame-ancestors 'none'`);
    expect(PAGE_CSP).not.toMatch(/unsafe-(inline|eval)/);
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
  });
});
