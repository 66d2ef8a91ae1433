/**
 * What a reader checks on a story page in Chromium, shared by the seed-site browser test and
 * the large-corpus test: the page never scrolls sideways, the table of contents reaches
 * every section, and a keyboard gets to any section in a few Tab presses.
 */
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser-session';

/** The widths a reader's screen has: a small phone, a common phone, a laptop. */
export const WIDTHS = [320, 390, 1280] as const;

/** How much wider than the viewport each page is, in px (0 when it does not scroll sideways), in one browser tab. */
export async function sidewaysOverflow(browser: Browser, urls: readonly string[], width: number): Promise<number[]> {
  const { page, close } = await openPage(browser, { viewport: { width, height: 800 } });
  const overflow: number[] = [];
  for (const url of urls) {
    await page.goto(url);
    overflow.push(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
  }
  await close();
  return overflow;
}

/** The table of contents' targets that a click does not bring into view, as "#id" strings. */
export async function contentsLinksThatMiss(page: Page): Promise<string[]> {
  const hrefs = await page.locator('#contents a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const missed: string[] = [];
  for (const href of hrefs) {
    await page.locator(`#contents a[href="${href}"]`).click();
    const inView = await page.evaluate((id) => {
      const target = document.getElementById(id.slice(1));
      if (target === null) return false;
      const box = target.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight;
    }, href);
    if (!inView || !page.url().endsWith(href)) missed.push(href);
  }
  return missed;
}

/** Tab presses from the top of the page until focus is on the link to `href`, or null past `limit`. */
export async function tabsToReach(page: Page, href: string, limit: number): Promise<number | null> {
  await page.locator('body').focus();
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (focused === href) return presses;
  }
  return null;
}
