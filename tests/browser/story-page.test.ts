/**
 * The story page as a reader moves around in it, at a small phone's, a common phone's and a
 * laptop's width: nothing scrolls sideways on any page type, the table of contents reaches
 * every section, a keyboard gets there in a few Tab presses, and the sections fold.
 */
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from '../support/browser-session';
import { contentsLinksThatMiss, sidewaysOverflow, tabsToReach, WIDTHS } from '../support/story-page-checks';

const session = useBrowser();
const STORY = 'stories/us-ukraine-talks-near-miami/';

const PAGE_TYPES = [
  '',
  STORY,
  `${STORY}matrix/`,
  `${STORY}articles/`,
  'stories/',
  'timeline/',
  'articles/unn-post-war-borders-dominated-talks/',
  'articles/axy-media-miami-post-war-borders/',
  'people/rustem-umerov/',
  'organizations/',
  'outlets/unn/',
  'archive/2025/12/01/',
  'search/',
];

describe.each(WIDTHS)('at %i px', (width) => {
  it('no page type scrolls sideways', async () => {
    const overflow = await sidewaysOverflow(
      session.browser,
      PAGE_TYPES.map((path) => session.server.url(path)),
      width,
    );
    expect(overflow).toEqual(PAGE_TYPES.map(() => 0));
  });

  it('the story page’s table of contents brings every section into view', async () => {
    const { page, errors, close } = await openPage(session.browser, { viewport: { width, height: 800 } });
    await page.goto(session.server.url(STORY));
    expect(await page.locator('#contents a').count()).toBe(6);
    expect(await contentsLinksThatMiss(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the story page', () => {
  it('lets a keyboard reach the last section’s link in the table of contents in a few Tab presses', async () => {
    const { page, close } = await openPage(session.browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(session.server.url(STORY));
    const last = await page.locator('#contents a').last().getAttribute('href');
    const presses = await tabsToReach(page, last!, 25);
    expect(presses).not.toBeNull();
    expect(presses!).toBeLessThanOrEqual(25);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(last);
    await close();
  });

  it('folds a section without JavaScript, and unfolds it again', async () => {
    const { page, close } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(session.server.url(STORY));
    const matrix = page.locator('#matrix table');
    expect(await matrix.isVisible()).toBe(true);
    await page.locator('#matrix-heading').click();
    expect(await matrix.isVisible()).toBe(false);
    await page.locator('#matrix-heading').click();
    expect(await matrix.isVisible()).toBe(true);
    await close();
  });

  it('keeps the matrix header row in view while the matrix scrolls, and stays axe clean in dark mode', async () => {
    const { page, close } = await openPage(session.browser, { viewport: { width: 390, height: 600 }, colorScheme: 'dark' });
    await page.goto(session.server.url(`${STORY}matrix/`));
    const region = page.locator('.matrix');
    const headTop = () =>
      page
        .locator('.matrix thead th')
        .first()
        .evaluate((th) => th.getBoundingClientRect().top);
    const regionTop = await region.evaluate((el) => el.getBoundingClientRect().top);
    await region.evaluate((el) => el.scrollBy(0, 200));
    expect(Math.abs((await headTop()) - regionTop)).toBeLessThanOrEqual(2);
    expect(await seriousViolations(page)).toEqual([]);
    await close();
  });
});
