/**
 * Hostile or messy content that is valid publishes, and every output stays
 * correct for whatever reads it: XML parsers, feed readers that render HTML,
 * browsers, JSON consumers, link previews. `tests/fixtures/bad-content/accepted/`
 * is laid over a copy of the real content and built for real, once. A second,
 * small build has no articles at all: search must then index nothing.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { parseFragment } from 'parse5';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, scratchContent } from '../support/content-build';
import { readStoriesExport } from '../support/stories-export';

const HEADLINES = {
  markup: 'Quarry talks <img src=x onerror=alert(1)> resume & "continue"',
  controls: 'Quarry talks end in Quarrytown gnp.exe',
  decomposed: 'Quarrytown caf\u00e9 reopens',
  bom: 'Quarrytown opens its byte order',
};
const OUTLET_NAME = 'Quarry <b>Gazette</b> & Co';
/** What no output may contain: controls other than tab and line breaks, bidi overrides and isolates, lone surrogates, noncharacters. */
const FORBIDDEN = /[[\p{Cc}--[\t\n\r]]\p{Cs}\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/v;

let dist: string;

function files(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const page = (file: string) => parseHTML(read(file)).document;

/** Errors a strict XML 1.0 parser (well-formedness and legal characters) finds. */
function xmlErrors(source: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(source).close();
  return errors;
}

/** The text a feed reader shows for an HTML field: parsed as HTML, it must be text only. */
function asReaderSees(html: string): { elements: number; text: string } {
  const nodes = parseFragment(html).childNodes;
  return { elements: nodes.filter((node) => node.nodeName !== '#text').length, text: nodes.map((node) => ('value' in node ? node.value : '')).join('') };
}

beforeAll(() => {
  const build = buildContent(scratchContent('accepted', { overlays: ['tests/fixtures/bad-content/accepted'] }));
  expect(build.status, build.output).toBe(0);
  dist = build.dist;
}, 600_000);

describe('a build with hostile but valid content', () => {
  it('writes XML that a strict parser accepts, every file of it', () => {
    const xml = files(dist, ['.xml']);
    expect(xml).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml']));
    for (const file of xml) expect(xmlErrors(read(file)), file).toEqual([]);
  });

  it('escapes feed titles and descriptions for HTML, then XML: a reader shows the text, never markup', () => {
    const items = [new XMLParser({ processEntities: true, htmlEntities: false }).parse(read('rss.xml')).rss.channel.item].flat();
    expect(items).toHaveLength(8);
    for (const item of items) {
      for (const field of ['title', 'description'] as const) expect(asReaderSees(String(item[field])).elements, `${field} of ${item.link}`).toBe(0);
    }
    const markup = items.find((item) => item.link.endsWith('/articles/markup-headline/'));
    expect(asReaderSees(markup.title).text).toBe(HEADLINES.markup);
    expect(asReaderSees(markup.description).text).toBe('Officials in Quarrytown wrote <img src=x onerror=alert(2)> and bold in a statement on Thursday.');
    expect(items.find((item) => item.link.endsWith('/articles/control-characters/')).title).toBe(HEADLINES.controls);
  });

  it('keeps control and direction characters out of every page, feed and JSON file', () => {
    for (const file of files(dist, ['.html', '.xml', '.json', '.txt'])) expect(FORBIDDEN.test(read(file)), file).toBe(false);
  });

  it('shows metadata markup as text on the page, in its meta tags and in its JSON-LD', () => {
    const document = page('articles/markup-headline/index.html');
    expect(document.querySelector('h1')?.textContent).toBe(HEADLINES.markup);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HEADLINES.markup);
    expect(document.querySelector('title')?.textContent).toContain(HEADLINES.markup);
    const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld.headline).toBe(HEADLINES.markup);
    expect(ld.publisher.name).toBe(OUTLET_NAME);
    expect(ld.locationCreated.name).toBe('<script>alert(4)</script>Quarrytown');
    expect(document.querySelectorAll('img, b[onclick], script:not([type="application/ld+json"]):not([src])').length).toBe(0);
    expect(document.body.textContent).toContain('Zanzibarquartz');
  });

  it('publishes normalized text: controls and overrides stripped, accents composed, a byte-order mark dropped', () => {
    const controls = page('articles/control-characters/index.html');
    expect(controls.querySelector('h1')?.textContent).toBe(HEADLINES.controls);
    expect(controls.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(HEADLINES.controls);
    expect(controls.body.textContent).toContain('Photo: Quarry Press');
    expect(page('articles/decomposed-accents/index.html').querySelector('h1')?.textContent).toBe(HEADLINES.decomposed);
    expect(page('articles/byte-order-mark/index.html').querySelector('h1')?.textContent).toBe(HEADLINES.bom);
    const outlet = page('outlets/markup-outlet/index.html');
    expect(outlet.querySelector('h1')?.textContent).toBe(OUTLET_NAME);
  });

  it('marks every link that leaves the site as external, however it is written', () => {
    const links = [...page('articles/offsite-links/index.html').querySelectorAll('.article__body a')];
    // Where a browser on the article page goes: a link either leaves the site, and is marked
    // external, or was percent-encoded into a path of this site (`/\evil…` → `/%5Cevil…`).
    const base = 'https://crosscheck.example.org/articles/offsite-links/';
    const leaving = links.filter((link) => new URL(link.getAttribute('href') ?? '', base).host !== 'crosscheck.example.org');
    expect(leaving.map((link) => link.getAttribute('href'))).toEqual(['https://evil.example/one', 'http://evil.example/four']);
    for (const link of leaving) {
      expect(link.getAttribute('class')).toBe('external');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    for (const link of links.filter((link) => !leaving.includes(link))) expect(link.hasAttribute('class')).toBe(false);
    const own = links.find((link) => link.textContent === 'timeline');
    expect(own?.getAttribute('href')).toBe('/timeline/');
  });

  it('writes JSON that parses, with plain text in it', () => {
    for (const file of files(dist, ['.json'])) expect(() => JSON.parse(read(file)), file).not.toThrow();
    const stories = readStoriesExport(dist).map((story) => story.headline);
    expect(stories).toEqual(expect.arrayContaining([HEADLINES.markup]));
  });

  it('indexes every article page for search, and nothing else', () => {
    const articles = files(join(dist, 'articles'), ['index.html']);
    expect(JSON.parse(read('pagefind/pagefind-entry.json')).languages.en.page_count).toBe(articles.length);
  });
});

describe('a build with no articles at all', () => {
  let empty: string;
  beforeAll(() => {
    const content = scratchContent('no-articles', { real: false });
    for (const folder of ['outlets', 'entities']) cpSync(join('content', folder), join(content, folder), { recursive: true });
    const build = buildContent(content);
    expect(build.status, build.output).toBe(0);
    empty = build.dist;
  }, 600_000);

  it('indexes nothing for search: people, places and other pages are never indexed', () => {
    const entry = JSON.parse(readFileSync(join(empty, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.values(entry.languages).map((language) => (language as { page_count: number }).page_count)).toEqual([]);
    expect(files(join(empty, 'pagefind'), ['.pf_fragment'])).toEqual([]);
    expect(files(empty, ['.html'])).toEqual(expect.arrayContaining(['people/marco-rubio/index.html', 'search/index.html']));
  });
});
