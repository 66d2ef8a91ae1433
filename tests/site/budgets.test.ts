import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, loadPage, readDist, resolveSitePath } from '../support/dist';

/** Bytes of a text once gzipped, as a host would send it. */
const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;

describe('byte budgets', () => {
  it.each(htmlPages().filter((page) => page.startsWith('articles/')))('%s with its CSS is at most 14 KB gzipped', (page) => {
    const doc = loadPage(page);
    const css = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
      readDist(resolveSitePath(link.getAttribute('href') ?? '') ?? ''),
    );
    const total = gzipped(readDist(page)) + css.reduce((sum, sheet) => sum + gzipped(sheet), 0);
    expect(total).toBeLessThanOrEqual(14 * 1024);
  });
});

describe('no JavaScript', () => {
  it.each(htmlPages().filter((page) => !page.startsWith('search/')))('%s loads and runs no script', (page) => {
    const doc = loadPage(page);
    const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.outerHTML)).toEqual([]);
    expect(doc.querySelector('link[rel="modulepreload"]')).toBeNull();
    expect(readDist(page)).not.toMatch(/\son[a-z]+=/i);
  });

  it('ships no JavaScript files except Pagefind’s and the search page’s', () => {
    const searchPage = readDist('search/index.html');
    const scripts = distFiles().filter((file) => /\.m?js$/.test(file) && !file.startsWith('pagefind/'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(searchPage, script).toContain(`/${script}`);
  });
});
