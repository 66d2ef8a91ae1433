import { describe, expect, it } from 'vitest';
import { fileAt, internalLinks, linksOf, pages, pathOf } from './large-site';

describe('the dated archive', () => {
  it('reaches every article from /archive/ through year, month and day pages', () => {
    const seen = new Set<string>(['archive/index.html']);
    const queue = ['archive/index.html'];
    const articles = new Set<string>();
    while (queue.length > 0) {
      const page = queue.shift()!;
      for (const { path } of internalLinks(page)) {
        const target = fileAt(path);
        if (target === undefined) continue;
        if (target.startsWith('articles/')) articles.add(target);
        else if (target.startsWith('archive/') && target.endsWith('.html') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    const all = pages.filter((page) => page.startsWith('articles/'));
    expect(all.length).toBeGreaterThan(1000);
    expect([...all].filter((page) => !articles.has(page))).toEqual([]);
  });

  it('links each day, month and year to the one before and after', () => {
    for (const level of [
      /^archive\/\d{4}\/index\.html$/,
      /^archive\/\d{4}\/\d{2}\/index\.html$/,
      /^archive\/\d{4}\/\d{2}\/\d{2}\/index\.html$/,
    ]) {
      const ordered = pages.filter((page) => level.test(page)).sort();
      expect(ordered.length).toBeGreaterThan(1);
      ordered.forEach((page, i) => {
        const neighbours = linksOf(page).filter((link) => link.nav?.includes('archive-neighbours'));
        expect(neighbours.find((link) => link.rel === 'prev')?.href, page).toBe(i === 0 ? undefined : pathOf(ordered[i - 1]!));
        expect(neighbours.find((link) => link.rel === 'next')?.href, page).toBe(
          i === ordered.length - 1 ? undefined : pathOf(ordered[i + 1]!),
        );
      });
    }
  });
});
