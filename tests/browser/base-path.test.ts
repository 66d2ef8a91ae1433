import { describe, expect, it } from 'vitest';
import { buildVariant } from '../support/alt-build';
import { openPage, useBrowser } from '../support/browser-session';

const session = useBrowser({ root: () => buildVariant('base-news', { BASE_PATH: '/news/', SITE_URL: 'https://example.org' }), basePath: '/news/' });

describe('a site built with BASE_PATH=/news/', () => {
  it('searches correctly under /news/ and its results open', async () => {
    const { page, errors, close } = await openPage(session.browser);
    await page.goto(session.server.url('search/?q=Yermak'));
    const link = page.locator('.search-hit__headline a').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/news/articles/imaya-news-rubio-talks-productive/');
    await link.click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Rubio calls/);
    expect(errors).toEqual([]);
    await close();
  });
});
