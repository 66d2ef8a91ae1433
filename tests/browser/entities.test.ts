import { describe, expect, it } from 'vitest';
import { openPage, pageWidthAt320, seriousViolations, useBrowser } from '../support/browser-session';

const session = useBrowser();

const PAGES = {
  'person (with a quote ledger)': 'people/rustem-umerov/',
  place: 'places/paris/',
  organization: 'organizations/kremlin/',
  'people index': 'people/',
  'places index': 'places/',
  'organizations index': 'organizations/',
  timeline: 'timeline/',
};

describe.each(Object.entries(PAGES))('the %s page', (_name, path) => {
  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe violations in %s mode, and no console errors',
    async (colorScheme) => {
      const { page, errors, close } = await openPage(session.browser, { colorScheme });
      const response = await page.goto(session.server.url(path));
      expect(response?.status()).toBe(200);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('fits a 320 px screen without sideways scrolling', async () => {
    expect(await pageWidthAt320(session.browser, session.server.url(path))).toBeLessThanOrEqual(320);
  });

  it('loads no JavaScript', async () => {
    const { page, close } = await openPage(session.browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(session.server.url(path));
    expect(scripts).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await close();
  });
});

describe('a keyboard reader', () => {
  it('goes from the skip link into the people index, reaches the first person and follows the link with Enter', async () => {
    const { page, errors, close } = await openPage(session.browser);
    await page.goto(session.server.url('people/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const active = document.activeElement as HTMLAnchorElement | null;
      return { className: active?.className, name: active?.textContent, href: active?.getAttribute('href') };
    });
    expect(first.className).toBe('entity-list__name');
    expect(first.href).toMatch(/^\/people\/[a-z-]+\/$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(first.href);
    await expect.poll(() => page.locator('h1').textContent()).toBe(first.name);
    expect(errors).toEqual([]);
    await close();
  });

  it('moves from a person page to the article a quote comes from', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('people/rustem-umerov/'));
    const source = page.locator('.quote-variant figcaption a', { hasText: 'UNN' }).first();
    await source.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/articles/unn-post-war-borders-dominated-talks/');
    await close();
  });
});

describe('side by side', () => {
  it('shows two wordings of one statement next to each other on a wide screen and stacked on a phone', async () => {
    const positions = async (width: number) => {
      const { page, close } = await openPage(session.browser, { viewport: { width, height: 900 } });
      await page.goto(session.server.url('people/rustem-umerov/'));
      const boxes = await page
        .locator('.quote-variants--compare')
        .first()
        .locator('.quote-variant')
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
      await close();
      return boxes;
    };
    const [wideA, wideB] = await positions(1280);
    expect(wideA).toBe(wideB);
    const [narrowA, narrowB] = await positions(375);
    expect(narrowB).toBeGreaterThan(narrowA ?? 0);
  });
});
