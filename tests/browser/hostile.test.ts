import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildVariant } from '../support/alt-build';
import { openPage, useBrowser } from '../support/browser-session';

const ID = 'hostile-article';
const INTENDED_HEADLINE = '</script><script>window.__xss=1</script><img src=x onerror="window.__xss=2"> Talks end in Miami gnp.exe';

/** The real content plus an adversarial article and outlet, built like the real site. */
function buildHostileSite(): string {
  const content = join('.tmp', 'hostile-content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/hostile/hostile-article.md', join(content, 'articles', `${ID}.md`));
  cpSync('tests/fixtures/hostile/hostile-outlet.yaml', join(content, 'outlets', 'hostile-outlet.yaml'));
  return buildVariant('hostile', { CROSSCHECK_CONTENT_DIR: content });
}

const session = useBrowser({ root: buildHostileSite });

async function visit(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(session.server.url(path));
  await page.waitForLoadState('networkidle');
  await page
    .locator('a, b, img')
    .evaluateAll((elements) => elements.forEach((el) => el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))));
  return { dialogs, xss: await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null) };
}

describe('an adversarial article', () => {
  it.each(['', 'timeline/', `articles/${ID}/`, 'outlets/hostile-outlet/', 'outlets/', 'search/?q=Xylograph'])(
    'executes nothing on /%s',
    async (path) => {
      const { page, close } = await openPage(session.browser);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const { dialogs, xss } = await visit(page, path);
      expect(xss).toBeNull();
      expect(dialogs).toEqual([]);
      expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
      await close();
    },
  );

  it('keeps only safe markup from the body', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url(`articles/${ID}/`));
    const body = page.locator('.article__body');
    expect(await body.locator('script, iframe, svg, style, form, input, img').count()).toBe(0);
    const hrefs = await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => href && /^(javascript|data):/i.test(href))).toEqual([]);
    const handlers = await page
      .locator('*')
      .evaluateAll((all) => all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)));
    expect(handlers).toEqual([]);
    expect(await body.textContent()).toContain('Xylograph marker paragraph.');
    await close();
  });

  it('shows its metadata as text, with no right-to-left overrides, and its JSON-LD parses to the intended values', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url(`articles/${ID}/`));
    expect(await page.locator('h1 [data-pagefind-meta="title"]').textContent()).toBe(INTENDED_HEADLINE);
    expect(await page.content()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0] ?? '');
    expect(ld.headline).toBe(INTENDED_HEADLINE);
    expect(ld.publisher.name).toBe('Evil <script>window.__xss=12</script> News');
    expect(ld.isBasedOn.publisher.name).toBe('Аxios</script><script>window.__xss=14</script>');
    expect(ld.locationCreated.name).toBe('<b onmouseover=window.__xss=5>Kyiv</b>');
    await close();
  });

  it('appears in search results as plain text', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('search/?q=Xylograph'));
    const link = page.locator('.search-hit__headline a');
    await link.waitFor();
    expect(await link.textContent()).toBe(INTENDED_HEADLINE);
    expect(await page.locator('.search-hit .meta__outlet').textContent()).toBe('Evil <script>window.__xss=12</script> News');
    await close();
  });

  it('is escaped in the RSS feed', async () => {
    const { page, close } = await openPage(session.browser);
    const response = await page.goto(session.server.url('rss.xml'));
    const xml = (await response?.text()) ?? '';
    expect(xml).not.toContain('<script>');
    // Escaped for HTML, then for XML: feed readers render titles as HTML, and must show this one as text.
    expect(xml).toContain('<title>&amp;lt;/script&amp;gt;&amp;lt;script&amp;gt;window.__xss=1');
    await close();
  });
});
