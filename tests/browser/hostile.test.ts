import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildVariant } from '../support/alt-build';
import { paragraphsByAnchor } from '../support/anchors';
import { FORGED_MARKUP, UNTRUSTED_HTML_CASES, untrustedHtmlArticle } from '../support/untrusted-html-cases';
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
  for (const { id, markdown } of RAW_HTML_ARTICLES) writeFileSync(join(content, 'articles', `${id}.md`), markdown);
  hostileDist = buildVariant('hostile', { CROSSCHECK_CONTENT_DIR: content });
  return hostileDist;
}

/** The raw-HTML articles the hostile build also publishes, with the paragraphs each must show. */
const RAW_HTML_ARTICLES = [
  ...UNTRUSTED_HTML_CASES.map((testCase) => ({ id: testCase.id, ...untrustedHtmlArticle(testCase) })),
  FORGED_MARKUP,
];
let hostileDist = '';

const parsedPages = new Map<string, Document>();

/** A page of the hostile build, parsed (once). */
function builtPage(path: string): Document {
  let page = parsedPages.get(path);
  if (page === undefined) {
    page = parseHTML(readFileSync(join(hostileDist, path), 'utf8')).document as unknown as Document;
    parsedPages.set(path, page);
  }
  return page;
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

describe('raw HTML in article bodies', () => {
  it.each(RAW_HTML_ARTICLES.map((article) => [article.id, article] as const))(
    '%s: every paragraph is published, under its own anchor',
    (id, article) => {
      const page = builtPage(`articles/${id}/index.html`);
      expect(paragraphsByAnchor(page.querySelector('.article__body')?.innerHTML ?? '')).toEqual(article.paragraphs);
      const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);
      expect(ids.length).toBe(new Set(ids).size);
    },
  );

  it('cannot forge a mention, an anchor or the page’s own ids', () => {
    const body = builtPage(`articles/${FORGED_MARKUP.id}/index.html`).querySelector('.article__body');
    expect(body?.querySelectorAll('a.mention, [data-entity], [class="lead"], [data-pagefind-ignore]')).toHaveLength(0);
    expect(body?.querySelector('h2')?.id).toBe('h-main');
  });

  it('every paragraph link of the analysis lands on a paragraph of its article', () => {
    const pages = readdirSync(hostileDist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    // Each link resolved against the page it is on: `#p-3` on an article page is that article's.
    const links = pages.flatMap((file) =>
      [...builtPage(file).querySelectorAll('a[href*="#p-"]')].map(
        (link) => new URL(link.getAttribute('href') ?? '', `https://site.example/${file}`),
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) {
      const target = `${url.pathname.replace(/^\//, '').replace(/(?:index\.html)?$/, '')}index.html`;
      expect(builtPage(target).getElementById(url.hash.slice(1)), url.href).not.toBeNull();
    }
  });

  it('search finds the text after every unclosed element', async () => {
    const { page, close } = await openPage(session.browser);
    await page.goto(session.server.url('search/?q=Quillwort'));
    const hits = page.locator('.search-hit__headline a');
    await hits.first().waitFor();
    // Results come ten at a time: show them all.
    while (await page.locator('#search-more').isVisible()) {
      const shown = await hits.count();
      await page.getByRole('button', { name: 'More results' }).click();
      await expect.poll(() => hits.count()).toBeGreaterThan(shown);
    }
    const found = (await hits.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) => href.split('/').at(-2));
    expect(found.sort()).toEqual(RAW_HTML_ARTICLES.map((article) => article.id).sort());
    await close();
  });
});
