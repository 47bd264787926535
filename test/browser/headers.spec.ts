/** The built game is served with the security headers a host should send (README: "Hosting"). */

// Playwright's own test: the framing check expects the browser's console error that the shared fixture forbids.
import { expect, test } from '@playwright/test';
import { SECURITY_HEADERS } from '../../tools/lib/security-headers';

test('the game and the teacher’s page come with the security headers, and refuse to be framed', async ({
  page,
  request,
  baseURL,
}) => {
  for (const path of ['./', './index.html', './teacher.html', './designer.html']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
  // A page that frames the game gets an empty frame: the browser refuses to show it.
  const refused = page.waitForEvent('console', (m) => /frame-ancestors|X-Frame-Options/i.test(m.text()));
  await page.setContent(`<iframe src="${new URL('./index.html', baseURL).href}"></iframe>`);
  await refused;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(await frame?.locator('#game').count()).toBeFalsy();
});
