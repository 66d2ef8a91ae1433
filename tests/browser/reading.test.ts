import { describe, expect, it } from 'vitest';
import { openPage, pageWidthAt320, seriousViolations, useBrowser } from '../support/browser-session';

const session = useBrowser();

const PAGE_TYPES = {
  home: '',
  story: 'stories/us-ukraine-talks-near-miami/',
  'story index': 'stories/',
  timeline: 'timeline/',
  article: 'articles/imaya-news-rubio-talks-productive/',
  'outlet index': 'outlets/',
  outlet: 'outlets/unn/',
  about: 'about/',
  'story matrix': 'stories/us-ukraine-talks-near-miami/matrix/',
  'archive day': 'archive/2025/11/30/',
  person: 'people/marco-rubio/',
  'not found': 'no-such-page/',
};

describe('a reader walking the site', () => {
  it('clicks home → article → outlet → timeline', async () => {
    const { page, errors, close } = await openPage(session.browser);
    await page.goto(session.server.url());
    await page
      .getByRole('link', { name: /^Post-war borders dominated US-Ukraine talks/ })
      .first()
      .click();
    await expect.poll(() => page.url()).toContain('/articles/unn-post-war-borders-dominated-talks/');
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Post-war borders dominated/);
    await page.locator('.article__facts').getByRole('link', { name: 'Ukrainian National News' }).click();
    await expect.poll(() => page.url()).toContain('/outlets/unn/');
    await expect.poll(() => page.locator('h1').textContent()).toBe('UNN (Ukrainian National News)');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    await expect.poll(() => page.url()).toMatch(/\/timeline\/$/);
    // The address changes when the navigation commits, before the new page has been parsed.
    await expect
      .poll(() => page.locator('.timeline__day h2').allTextContents())
      .toEqual(['Sunday 30 November 2025', 'Monday 1 December 2025', 'Tuesday 2 December 2025']);
    expect(errors).toEqual([]);
    await close();
  });

  it('reaches the content from the skip link by keyboard', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('timeline/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });
});

describe('the story page by keyboard', () => {
  it('reaches the coverage matrix by keyboard through the table of contents and shows every outlet column at 320 px', async () => {
    const { page, close } = await openPage(session.browser, { viewport: { width: 320, height: 640 } });
    await page.goto(session.server.url('stories/us-ukraine-talks-near-miami/'));
    // A keyboard user goes by the contents, not through every event's and report's links.
    const contentsLink = page.locator('#contents a[href="#matrix"]');
    const focused = (locator: typeof contentsLink) => locator.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 40 && !(await focused(contentsLink)); i++) await page.keyboard.press('Tab');
    expect(await focused(contentsLink)).toBe(true);
    await page.keyboard.press('Enter');
    const matrix = page.locator('.matrix');
    for (let i = 0; i < 6 && !(await focused(matrix)); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('matrix-caption');
    const headers = await matrix.locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right));
    for (const right of headers) expect(right).toBeLessThanOrEqual(320);
    await close();
  });
});

describe.each(Object.entries(PAGE_TYPES))('the %s page', (_name, path) => {
  // Every axe rule in light mode; in dark mode only what the colour scheme changes (contrast),
  // which keeps the run short without leaving the dark palette unchecked.
  it.each([
    ['light', undefined],
    ['dark', ['color-contrast']],
  ] as const)('has no serious or critical axe violations in %s mode, and no console errors', async (colorScheme, rules) => {
    const { page, errors, close } = await openPage(session.browser, { colorScheme });
    const response = await page.goto(session.server.url(path));
    expect(response?.status()).toBe(path === 'no-such-page/' ? 404 : 200);
    expect(await seriousViolations(page, rules ? [...rules] : undefined)).toEqual([]);
    expect(errors.filter((error) => !(path === 'no-such-page/' && /404/.test(error)))).toEqual([]);
    await close();
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    expect(await pageWidthAt320(session.browser, session.server.url(path))).toBeLessThanOrEqual(320);
  });
});

// Pages other than /search/ ship no script at all (tests/site/budgets.test.ts reads every page
// for that); here each type of page is read in Chromium with and without JavaScript.
describe('without JavaScript', () => {
  const pages = Object.values(PAGE_TYPES).filter((path) => path !== 'no-such-page/');
  it.each(pages)('/%s reads the same as with it', async (path) => {
    const withJs = await openPage(session.browser);
    const withoutJs = await openPage(session.browser, { javaScriptEnabled: false });
    await withJs.page.goto(session.server.url(path));
    await withoutJs.page.goto(session.server.url(path));
    const text = (p: typeof withJs.page) => p.locator('body').innerText();
    expect(await text(withoutJs.page)).toBe(await text(withJs.page));
    expect((await text(withoutJs.page)).length).toBeGreaterThan(200);
    await withJs.close();
    await withoutJs.close();
  });
});
