import { describe, expect, it } from 'vitest';
import { buildVariant } from '../support/alt-build';
import { openPage, useBrowser } from '../support/browser-session';

const session = useBrowser({
  root: () => buildVariant('base-news', { BASE_PATH: '/news/', SITE_URL: 'https://example.org' }),
  basePath: '/news/',
});

describe('a site built with BASE_PATH=/news/ and served under /news/', () => {
  it('crawls from the front page with zero broken links and nothing requested outside /news/', async () => {
    const broken: string[] = [];
    const { page, errors, close } = await openPage(session.browser);
    const requested = new Set<string>();
    page.on('request', (request) => requested.add(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) broken.push(`${response.url()} → ${response.status()}`);
    });
    const toVisit = [session.server.url()];
    const seen = new Set(toVisit);

    while (toVisit.length > 0) {
      const url = toVisit.shift() ?? '';
      // Check every target over HTTP; open only HTML pages in the tab (a browser tab showing
      // an XML file asks for /favicon.ico at the origin's root, which is the browser, not us).
      const head = await page.request.get(url);
      if (head.status() !== 200) {
        broken.push(`${url} → ${head.status()}`);
        continue;
      }
      if (!(head.headers()['content-type'] ?? '').includes('text/html')) continue;
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const links = await page.locator('a[href], link[href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
      for (const link of links) {
        const target = new URL(link);
        target.hash = '';
        if (target.origin !== session.server.origin || seen.has(target.href)) continue;
        seen.add(target.href);
        toVisit.push(target.href);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size).toBeGreaterThan(12);
    const outside = [...requested].filter((url) => {
      const parsed = new URL(url);
      return parsed.origin !== session.server.origin || !parsed.pathname.startsWith('/news/');
    });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await close();
    // It visits every page of the site (about 60, archive and feeds included), each until the network is idle.
  }, 180_000);

  it('emits absolute URLs with the site URL and base path in feeds and canonical links', async () => {
    const { page, close } = await openPage(session.browser);
    const rss = await (await page.goto(session.server.url('rss.xml')))?.text();
    expect(rss).toContain('<link>https://example.org/news/articles/');
    const robots = await (await page.goto(session.server.url('robots.txt')))?.text();
    expect(robots).toContain('Sitemap: https://example.org/news/sitemap-index.xml');
    await page.goto(session.server.url('timeline/'));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://example.org/news/timeline/');
    await close();
  });

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
