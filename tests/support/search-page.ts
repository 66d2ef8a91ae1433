/**
 * What the search-page browser tests share (seed site and large corpus): waiting for a
 * search to settle, where the first result sits on screen, and layout shift measured in
 * Chromium on a slow network with a throttled CPU.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './browser-session';

/** Waits until the status line reports a count (or none) and the page is no longer busy; returns the result paths. */
export async function settledResults(page: Page): Promise<string[]> {
  await page
    .locator('#search-status')
    .filter({ hasText: /^(\d[\d,]*|No) articles?\b/ })
    .waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator('.search-page').getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
  return page.locator('.search-hit__headline a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The number the status line starts with ("1,234 articles found…" → 1234; "No articles…" → 0). */
export async function statusCount(page: Page): Promise<number> {
  const text = (await page.locator('#search-status').textContent()) ?? '';
  const match = /^(\d[\d,]*)/.exec(text.trim());
  return match ? Number(match[1]!.replace(/,/g, '')) : 0;
}

/** Where a phone reader stands after a search: the first line of the first result's headline (page coordinates), and the page's width. */
export async function firstScreen(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const { page, errors, close } = await openPage(browser, { viewport, isMobile: true, hasTouch: true });
  await page.goto(url);
  await settledResults(page);
  // The first line of the first headline: what the reader must see without scrolling.
  const headline = await page
    .locator('.search-hit__headline a')
    .first()
    .evaluate((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      const line = range.getClientRects()[0];
      return line ? { y: line.y + scrollY, height: line.height } : null;
    });
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await close();
  return { headline, scrollWidth, errors };
}

/** Slow 3G as Chrome's DevTools defines it, and a CPU four times slower: a mid-range phone on a poor connection. */
const SLOW_NETWORK = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

/**
 * The layout shift of opening `url` (a search deep link) and then typing `typed`, on a
 * throttled network and CPU: every `layout-shift` entry from the first paint on, summed,
 * including those right after typing (which CLS itself forgives) — stricter than CLS.
 */
export async function layoutShiftUnderThrottling(
  browser: Browser,
  url: string,
  typed: string,
  viewport: { width: number; height: number },
): Promise<{ total: number; shifts: string[] }> {
  const { page, close } = await openPage(browser, { viewport });
  await page.addInitScript(() => {
    const log: string[] = [];
    const record = { total: 0, log };
    (window as unknown as { shiftRecord: typeof record }).shiftRecord = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        record.total += entry.value;
        log.push(
          `${entry.value.toFixed(4)} ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60) ?? s.node?.nodeName).join('; ')}`,
        );
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url, { timeout: 120_000 });
  await settledResults(page);
  await page.locator('#search-query').fill(typed);
  await expect.poll(() => page.url(), { timeout: 60_000 }).toContain(`q=${encodeURIComponent(typed).replace(/%20/g, '+')}`);
  await settledResults(page);
  await page.waitForTimeout(500);
  const record = await page.evaluate(() => (window as unknown as { shiftRecord: { total: number; log: string[] } }).shiftRecord);
  await close();
  return { total: record.total, shifts: record.log };
}
