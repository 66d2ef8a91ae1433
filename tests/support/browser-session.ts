import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { DIST } from './dist';

interface Server {
  origin: string;
  url: (path?: string) => string;
  close: () => Promise<void>;
}

/**
 * A Chromium and a static server, shared by the tests of one file. Serves dist/
 * at `/` unless given another build (`root`, computed in beforeAll) and base path.
 */
export function useBrowser(
  options: { root?: () => string; basePath?: string; headers?: (root: string) => (path: string) => Record<string, string> } = {},
) {
  const session = { browser: undefined as unknown as Browser, server: undefined as unknown as Server };
  beforeAll(async () => {
    const root = options.root?.() ?? DIST;
    session.server = await startStaticServer({ root, basePath: options.basePath ?? '/', headers: options.headers?.(root) });
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/** A page that records console errors and failed requests, for asserting a clean load. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    // A navigation cancels what the previous page was still loading (e.g. its favicon): not an error.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  // Record CSP violations from inside the page (Playwright's injected script is exempt from CSP).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return { page, errors, close: () => context.close() };
}

/** axe-core violations a user would be hurt by (serious or critical); only `rules` when given. */
export async function seriousViolations(page: Page, rules?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (
    rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
  ).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** How wide the page is at a 320 px viewport: more than 320 means sideways scrolling. */
export async function pageWidthAt320(browser: Browser, url: string): Promise<number> {
  const { page, close } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  await page.goto(url);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await close();
  return width;
}
