import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, loadPage, readDist, SEED_ARTICLES } from '../support/dist';

const parser = new XMLParser({ ignoreAttributes: false });
/** Parse XML after checking it is well-formed (the validator throws or returns an error otherwise). */
const xml = {
  parse(source: string) {
    expect(SyntaxValidator.validate(source)).toBe(true);
    return parser.parse(source);
  },
};

describe('every XML file', () => {
  it.each(distFiles().filter((file) => file.endsWith('.xml')))('%s is well-formed XML 1.0 with only legal characters', (file) => {
    const errors: string[] = [];
    const strict = new SaxesParser();
    strict.on('error', (error) => errors.push(error.message));
    strict.write(readDist(file)).close();
    expect(errors).toEqual([]);
  });
});

describe('RSS', () => {
  it('is valid XML listing every article newest first with absolute links', () => {
    const source = readDist('rss.xml');
    const channel = xml.parse(source).rss.channel;
    expect(channel.title).toBe('Crosscheck');
    const items = [channel.item].flat();
    expect(items).toHaveLength(Object.keys(SEED_ARTICLES).length);
    expect(items[0].title).toMatch(/^Post-war borders dominated/);
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\/crosscheck\.example\.org\/articles\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item.description.length).toBeGreaterThan(20);
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('has a sitemap index pointing at a sitemap of every page but 404', () => {
    const index = xml.parse(readDist('sitemap-index.xml'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((loc: string) => {
      const file = new URL(loc).pathname.slice(1);
      expect(distFiles()).toContain(file);
      return [xml.parse(readDist(file)).urlset.url].flat().map((u: { loc: string }) => u.loc);
    });
    const pages = htmlPages()
      .filter((p) => p !== '404.html')
      .map((p) => `https://crosscheck.example.org/${p.replace(/index\.html$/, '')}`);
    expect([...urls].sort()).toEqual(expect.arrayContaining(pages));
    expect(urls.some((u: string) => u.includes('404'))).toBe(false);
  });

  it('robots.txt names the sitemap', () => {
    expect(readDist('robots.txt')).toContain('Sitemap: https://crosscheck.example.org/sitemap-index.xml');
  });
});

describe('JSON-LD', () => {
  it.each(htmlPages())('every JSON-LD block on %s parses', (file) => {
    for (const script of loadPage(file).querySelectorAll('script[type="application/ld+json"]')) {
      expect(() => JSON.parse(script.textContent ?? '')).not.toThrow();
    }
  });

  it('article pages describe a NewsArticle published by the outlet, based on the retold report', () => {
    for (const id of Object.keys(SEED_ARTICLES)) {
      const block = loadPage(`articles/${id}/index.html`).querySelector('script[type="application/ld+json"]');
      const ld = JSON.parse(block?.textContent ?? '{}');
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.url).toBe(`https://crosscheck.example.org/articles/${id}/`);
      expect(ld.publisher['@type']).toBe('NewsMediaOrganization');
    }
    const unn = JSON.parse(
      loadPage('articles/unn-post-war-borders-dominated-talks/index.html').querySelector('script[type="application/ld+json"]')
        ?.textContent ?? '{}',
    );
    expect(unn.publisher.name).toBe('UNN');
    expect(unn.datePublished).toBe('2025-12-01');
    expect(unn.isBasedOn.publisher.name).toBe('Axios');
    const imaya = JSON.parse(
      loadPage('articles/imaya-news-rubio-talks-productive/index.html').querySelector('script[type="application/ld+json"]')?.textContent ??
        '{}',
    );
    expect(imaya).not.toHaveProperty('isBasedOn');
  });
});
