import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist';
import { openPage, useBrowser } from '../support/browser-session';
import { netlifyHeadersFor } from '../support/host-headers';

// Serve dist/ with the headers a Netlify or Cloudflare Pages deploy would send, from the build's own _headers.
const session = useBrowser({
  headers: (root) => {
    const config = readFileSync(join(root, '_headers'), 'utf8');
    return (path) => netlifyHeadersFor(config, path);
  },
});

const pages = htmlPages()
  .filter((page) => page !== '404.html')
  .map((page) => page.replace(/index\.html$/, ''));

describe('with the strict headers applied', () => {
  it.each(pages)('/%s loads with no CSP violation or console error', async (path) => {
    const { page, errors, close } = await openPage(session.browser);
    const response = await page.goto(session.server.url(path));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    await close();
  });

  it('search still works', async () => {
    const { page, errors, close } = await openPage(session.browser);
    await page.goto(session.server.url('search/?q=Umerov'));
    await page
      .locator('#search-status')
      .filter({ hasText: /^3 articles found/ })
      .waitFor();
    expect(await page.locator('.search-hit').count()).toBe(3);
    expect(errors).toEqual([]);
    await close();
  });
});
