/**
 * The largest generated story (300 articles) and the other page types of the large-corpus
 * build, in Chromium at 320, 390 and 1280 px: nothing scrolls sideways, the story page's
 * table of contents reaches every section, the matrix keeps its header row in view, and
 * the story page has no serious axe violations. Reads the one large build (no other build).
 */
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from '../support/browser-session';
import { exportedStories } from '../support/dist';
import { contentsLinksThatMiss, sidewaysOverflow, WIDTHS } from '../support/story-page-checks';
import { pages } from './large-site';

const session = useBrowser();
const stories = exportedStories();
const largest = stories.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
const story = new URL(largest.url).pathname.slice(1);
const firstOf = (prefix: string) =>
  pages.find((page) => page.startsWith(prefix) && page !== `${prefix}index.html`)!.replace(/index\.html$/, '');
const PAGE_TYPES = [
  '',
  story,
  `${story}matrix/`,
  `${story}articles/`,
  `articles/${largest.articles[0]!.id}/`,
  'timeline/',
  firstOf('people/'),
];

describe(`the largest story (${largest.articles.length} articles) and the other page types`, () => {
  it.each(WIDTHS)('do not scroll sideways at %i px', async (width) => {
    const overflow = await sidewaysOverflow(
      session.browser,
      PAGE_TYPES.map((path) => session.server.url(path)),
      width,
    );
    expect(Object.fromEntries(PAGE_TYPES.map((path, i) => [path, overflow[i]]))).toEqual(
      Object.fromEntries(PAGE_TYPES.map((path) => [path, 0])),
    );
  });

  it('has a table of contents that reaches every section, on a phone', async () => {
    const { page, errors, close } = await openPage(session.browser, { viewport: { width: 390, height: 800 } });
    await page.goto(session.server.url(story));
    expect(await page.locator('#contents a').count()).toBeGreaterThanOrEqual(5);
    expect(await contentsLinksThatMiss(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('has no serious axe violations, and its full matrix keeps the header row and claim column in view', async () => {
    const { page, close } = await openPage(session.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url(story));
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(session.server.url(`${story}matrix/`));
    const region = page.locator('.matrix').first();
    // The region's inner top-left corner, where the header row and claim column stick.
    const before = await region.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top + el.clientTop, left: box.left + el.clientLeft };
    });
    await region.evaluate((el) => el.scrollBy(600, 600));
    const after = await region.evaluate((el) => {
      const head = el.querySelector('thead th')!.getBoundingClientRect();
      const claim = el.querySelector('tbody th')!.getBoundingClientRect();
      return { top: head.top, left: head.left, claimLeft: claim.left, scrolled: el.scrollTop > 0 && el.scrollLeft > 0 };
    });
    expect(after.scrolled).toBe(true);
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.left - before.left)).toBeLessThanOrEqual(2);
    expect(Math.abs(after.claimLeft - before.left)).toBeLessThanOrEqual(2);
    await close();
  });
});
