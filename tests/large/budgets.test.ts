import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, exportedStories, readDist, resolveSitePath } from '../support/dist';
import { gzippedBytes, pageType } from '../support/dist-stats';
import { files, manifest, pages, internalLinks } from './large-site';

const KB = 1024;
const gzipOf = new Map(pages.map((page) => [page, gzippedBytes(readDist(page))]));
const cssGzip = new Map<string, number>();

describe(`page budgets at ${manifest.articleIds.length} articles`, () => {
  it('every HTML page is at most 100 KB gzipped', () => {
    const over = pages.filter((page) => gzipOf.get(page)! > 100 * KB).map((page) => `${page}: ${gzipOf.get(page)} B`);
    expect(over).toEqual([]);
  });

  it('the front page is at most 40 KB gzipped', () => {
    expect(gzipOf.get('index.html')).toBeLessThanOrEqual(40 * KB);
  });

  it('every article page with its CSS is at most 14 KB gzipped', () => {
    const over: string[] = [];
    for (const page of pages.filter((p) => pageType(p) === 'article')) {
      const css = internalLinks(page)
        .filter(({ link }) => link.tag === 'link' && link.rel === 'stylesheet')
        .map(({ path }) => {
          const file = resolveSitePath(path) ?? path;
          if (!cssGzip.has(file)) cssGzip.set(file, gzippedBytes(readDist(file)));
          return cssGzip.get(file)!;
        });
      const total = gzipOf.get(page)! + css.reduce((sum, bytes) => sum + bytes, 0);
      if (total > 14 * KB) over.push(`${page}: ${total} B`);
    }
    expect(over).toEqual([]);
  });

  it('the page of the largest story (300 articles) is at most 100 KB gzipped, and so are its subpages', () => {
    const stories = exportedStories();
    const largest = stories.reduce((a, b) => (b.articles.length > a.articles.length ? b : a));
    expect(largest.articles.length).toBeGreaterThanOrEqual(250);
    const page = `${new URL(largest.url).pathname.slice(1)}index.html`;
    for (const file of [page, page.replace(/index\.html$/, 'matrix/index.html'), page.replace(/index\.html$/, 'articles/index.html')]) {
      expect(gzipOf.get(file), file).toBeLessThanOrEqual(100 * KB);
    }
  });

  it('has no file a static host refuses: none over 25 MiB (Cloudflare Pages), no part of the stories export over 5 MB', () => {
    const sizes = [...files].map((file) => ({ file, bytes: statSync(join(DIST, file)).size }));
    expect(sizes.filter(({ bytes }) => bytes > 25 * 2 ** 20)).toEqual([]);
    const exportFiles = sizes.filter(({ file }) => file === 'data/stories.json' || file.startsWith('data/stories/'));
    expect(exportFiles.length).toBeGreaterThan(10);
    expect(exportFiles.filter(({ bytes }) => bytes > 5_000_000)).toEqual([]);
    // Every article in exactly one story of one part.
    const exported = exportedStories().flatMap((story) => story.articles.map((article) => article.id));
    expect(exported.length).toBe(manifest.articleIds.length);
    expect(new Set(exported)).toEqual(new Set(manifest.articleIds));
  });
});
