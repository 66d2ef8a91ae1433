import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, seriousViolations, useBrowser } from '../support/browser-session';
import { firstScreen, layoutShiftUnderThrottling, settledResults } from '../support/search-page';

const session = useBrowser();

const AXY = '/articles/axy-media-miami-post-war-borders/';
const UNN = '/articles/unn-post-war-borders-dominated-talks/';
const IMAYA = '/articles/imaya-news-rubio-talks-productive/';

const resultLinks = settledResults;

async function search(page: Page, params: string) {
  await page.goto(session.server.url(`search/?${params}`));
  return resultLinks(page);
}

describe('search finds the expected articles', () => {
  it.each([
    ['a name in all three', 'q=Rubio', [AXY, UNN, IMAYA]],
    ['a name in one', 'q=Yermak', [IMAYA]],
    ['a multi-word query', 'q=Shell+Bay+golf+club', [UNN]],
    ['a phrase carried by the two Axios retellings', 'q=five-hour+meeting', [AXY, UNN]],
    ['another spelling of a name (Zelenskyy also finds Zelensky)', 'q=Zelenskyy', [AXY, UNN, IMAYA]],
    ['another spelling of a name (Gnatov finds Hnatov)', 'q=Gnatov', [AXY, UNN]],
    ['a spelling known only to the people registry (Steven Witkoff finds Witkoff)', 'q=Steven+Witkoff', [AXY, UNN, IMAYA]],
    ['a word only in page chrome', 'q=Complain', []],
    ['a word only in navigation and footers', 'q=Outlets', []],
    ['a word only in the footer', 'q=RSS', []],
  ])('%s', async (_what, params, expected) => {
    const { page, errors, close } = await openPage(session.browser);
    expect((await search(page, params)).sort()).toEqual([...expected].sort());
    expect(errors).toEqual([]);
    await close();
  });

  it('highlights the matched words and shows headline, outlet and date', async () => {
    const { page, close } = await openPage(session.browser);
    await search(page, 'q=Yermak');
    const hit = page.locator('.search-hit').first();
    expect(await hit.locator('mark').first().textContent()).toBe('Yermak');
    expect(await hit.locator('.meta__outlet').textContent()).toBe('Imaya News');
    expect(await hit.locator('time').textContent()).toBe('30 November or 1 December 2025 (inferred)');
    expect(await hit.locator('time').getAttribute('datetime')).toBe('2025-11-30');
    expect(await page.locator('#search-status').textContent()).toBe('1 article found for “Yermak”.');
    await close();
  });

  it('says plainly when nothing matches', async () => {
    const { page, close } = await openPage(session.browser);
    await search(page, 'q=xylophone');
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty').getByRole('link', { name: 'timeline' }).count()).toBe(1);
    await close();
  });
});

describe('filters and sorting', () => {
  it('narrow results, combine with the query, and show counts', async () => {
    const { page, close } = await openPage(session.browser);
    expect(await search(page, 'q=Rubio&outlet=UNN')).toEqual([UNN]);
    const outlet = page.locator('fieldset[data-filter="outlet"]');
    expect(await outlet.locator('legend').textContent()).toBe('Outlet');
    const labels = await outlet.locator('label').allInnerTexts();
    expect(labels.map((label) => label.replace(/\s+/g, ' ').trim())).toEqual(['AXY Media 1', 'Imaya News 1', 'UNN 1']);
    await outlet.getByLabel('Imaya News').check();
    await expect.poll(() => page.url()).toContain('outlet=Imaya+News&outlet=UNN');
    expect((await resultLinks(page)).sort()).toEqual([IMAYA, UNN].sort());
    expect(await search(page, 'outlet=AXY+Media')).toEqual([AXY]);
    await close();
  });

  it('offer a story filter, one button away, without any change to the search page', async () => {
    const { page, close } = await openPage(session.browser);
    await search(page, 'q=Kushner');
    // A first search loads no filter (each is a file that grows with the corpus); they are one button away.
    expect(await page.locator('fieldset.search-filter').count()).toBe(0);
    await page.getByRole('button', { name: 'Show filters' }).click();
    const story = page.locator('fieldset[data-filter="story"]');
    await story.waitFor();
    expect(await page.locator('fieldset[data-filter="person"]').count()).toBe(1);
    expect(await page.locator('fieldset[data-filter="outlet"]').count()).toBe(1);
    // The reader is taken to the filters that just appeared.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    expect(await story.locator('legend').textContent()).toBe('Story');
    await story.getByLabel('US and Ukrainian delegations hold talks near Miami').check();
    await expect.poll(() => page.url()).toContain('story=US+and+Ukrainian');
    expect((await resultLinks(page)).length).toBe(3);
    await close();
  });

  it('sorts by date, newest first', async () => {
    const { page, close } = await openPage(session.browser);
    const links = await search(page, 'q=Rubio&sort=date');
    expect(links[0]).toBe(UNN);
    expect(await page.locator('#search-sort').inputValue()).toBe('date');
    const datetimes = await page.locator('.search-hit time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(datetimes).toEqual([...datetimes].sort().reverse());
    await close();
  });
});

describe('the search page as a reader uses it', () => {
  it('updates the URL while typing without adding history entries, and the back button leaves the page', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('timeline/'));
    await page.locator('header input[name="q"]').fill('Kushner');
    await page.locator('header input[name="q"]').press('Enter');
    await expect.poll(() => page.url()).toContain('/search/?q=Kushner');
    expect((await resultLinks(page)).length).toBe(3);
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#search-query').fill('Yermak');
    await expect.poll(() => page.url()).toContain('q=Yermak');
    expect(await resultLinks(page)).toEqual([IMAYA]);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    await page.goBack();
    await expect.poll(() => page.url()).toMatch(/\/timeline\/$/);
    await close();
  });

  it('is operable by keyboard in the order query, results, filters, and keeps focus when results update', async () => {
    const { page, close } = await openPage(session.browser);
    await search(page, 'q=Rubio');
    await page.locator('#search-query').focus();
    await page.keyboard.press('Tab'); // search button
    await page.keyboard.press('Tab'); // sort
    await page.keyboard.press('Tab'); // first result
    expect(await page.evaluate(() => document.activeElement?.closest('.search-hit') !== null)).toBe(true);
    await page.keyboard.press('Tab'); // second result
    await page.keyboard.press('Tab'); // third result
    await page.keyboard.press('Tab'); // "Show filters"
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show filters');
    await page.keyboard.press('Enter'); // the filters load and the first one takes focus
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('AXY Media');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('outlet=AXY+Media');
    expect(await resultLinks(page)).toEqual([AXY]);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('AXY Media');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await close();
  });

  it.each(['light', 'dark'] as const)('has no serious axe violations with results shown (%s)', async (colorScheme) => {
    const { page, errors, close } = await openPage(session.browser, { colorScheme });
    await search(page, 'q=Umerov');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('says plainly without JavaScript that search needs it, and links to the timeline and outlets', async () => {
    const { page, close } = await openPage(session.browser, { javaScriptEnabled: false });
    await page.goto(session.server.url('search/?q=Rubio'));
    const notice = page.locator('.search-noscript');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/needs JavaScript/);
    expect(await notice.getByRole('link').allTextContents()).toEqual(['timeline', 'outlet']);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await close();
  });
});

describe('search cost', () => {
  it('pages other than /search/ load nothing from Pagefind', async () => {
    const { page, close } = await openPage(session.browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['', 'timeline/', 'articles/imaya-news-rubio-talks-productive/', 'outlets/unn/'])
      await page.goto(session.server.url(path));
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await close();
  });

  it('the search page loads Pagefind only once used, and a first query transfers at most 150 KB', async () => {
    const { page, close } = await openPage(session.browser);
    const responses: { url: string; bytes: Promise<number> }[] = [];
    page.on('response', (response) => {
      responses.push({
        url: response.url(),
        bytes: response
          .request()
          .sizes()
          .then((s) => s.responseBodySize + s.responseHeadersSize),
      });
    });
    await page.goto(session.server.url('search/'));
    await page.waitForLoadState('networkidle');
    expect(responses.filter((r) => r.url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#search-query').fill('Witkoff');
    expect((await resultLinks(page)).length).toBe(3);
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(responses.map((r) => r.bytes))).reduce((a, b) => a + b, 0);
    expect(responses.some((r) => r.url.includes('/pagefind/'))).toBe(true);
    expect(total).toBeLessThanOrEqual(150 * 1024);
    await close();
  });

  it('shows no layout shift as results arrive', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('search/'));
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = log;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
        }[]) {
          const what = entry.sources.map(
            (s) => `${(s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? s.node?.nodeName} ${s.previousRect.y}→${s.currentRect.y}`,
          );
          log.push(`${entry.value.toFixed(4)}: ${what.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: false });
    });
    await page.locator('#search-query').fill('Umerov');
    await resultLinks(page);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    await close();
  });
});

describe('near-misses of names', () => {
  it('find the name, and say so: Yermack, Umerow, Rustam', async () => {
    const { page, errors, close } = await openPage(session.browser);
    for (const [typed, name, expected] of [
      ['Yermack', 'Yermak', [IMAYA]],
      ['Umerow', 'Umerov', [AXY, UNN, IMAYA]],
      ['Rustam', 'Rustem', [AXY, UNN, IMAYA]],
    ] as const) {
      expect((await search(page, `q=${typed}`)).sort()).toEqual([...expected].sort());
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(`^No articles match “${typed}”\\. Showing \\d+ articles? for “${name}”\\.$`),
      );
      expect(await page.locator('#search-empty').isVisible()).toBe(false);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('a search that finds nothing says so at the top, suggests close names, and shows no filters', async () => {
    const { page, close } = await openPage(session.browser, { viewport: { width: 390, height: 844 } });
    expect(await search(page, 'q=Yirmack')).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe('No articles found for “Yirmack”.');
    const suggestions = page.locator('#search-suggestions');
    expect(await suggestions.getByRole('link').allTextContents()).toContain('Andriy Yermak');
    const box = await suggestions.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await suggestions.getByRole('link', { name: 'Yermak', exact: true }).click();
    expect(await resultLinks(page)).toEqual([IMAYA]);
    await search(page, 'q=xylophone');
    expect(await page.locator('#search-suggestions').isVisible()).toBe(false);
    expect(await page.locator('fieldset.search-filter').count()).toBe(0);
    await close();
  });
});

describe('search on a phone and on paper', () => {
  it.each([
    [390, 844],
    [320, 568],
  ])('at %i×%i px the first result’s headline starts on the first screen and nothing scrolls sideways', async (width, height) => {
    const { headline, scrollWidth, errors } = await firstScreen(session.browser, session.server.url('search/?q=Rubio'), { width, height });
    expect(headline).not.toBeNull();
    expect(headline!.y + headline!.height).toBeLessThanOrEqual(height);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
  });

  it('prints the results without the form and the filters', async () => {
    const { page, close } = await openPage(session.browser);
    await search(page, 'q=Rubio');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.search-hit').first().isVisible()).toBe(true);
    expect(await page.locator('#search-status').isVisible()).toBe(true);
    expect(await page.locator('.search-filters').isVisible()).toBe(false);
    expect(await page.locator('#search-form').isVisible()).toBe(false);
    await close();
  });

  // The large-corpus tests measure a phone; here a wide screen, where the filters sit beside the results.
  it('at 1280×800 px nothing shifts on a slow network with a slow CPU', async () => {
    const { total, shifts } = await layoutShiftUnderThrottling(session.browser, session.server.url('search/?q=Rubio'), 'Yermak', {
      width: 1280,
      height: 800,
    });
    expect(shifts).toEqual([]);
    expect(total).toBe(0);
  });
});
