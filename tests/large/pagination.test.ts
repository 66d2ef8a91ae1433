import { describe, expect, it } from 'vitest';
import { fileAt, linksOf, pages, pathOf } from './large-site';
import type { PageLink } from '../support/page-links';

/** The pager of a page, read from its links: current page, the numbered pages, previous and next. */
function pagerOf(file: string) {
  const links = linksOf(file).filter((link) => link.nav?.split(' ').includes('pagination'));
  if (links.length === 0) return undefined;
  const numbers = links.filter((link) => link.className.includes('pagination__page'));
  const current = numbers.find((link) => link.current === 'page');
  return {
    current: Number(current?.text),
    currentHref: current?.href,
    numbers: numbers.map((link) => ({ n: Number(link.text), href: link.href })),
    last: Math.max(...numbers.map((link) => Number(link.text))),
    prev: links.find((link: PageLink) => link.rel === 'prev')?.href,
    next: links.find((link: PageLink) => link.rel === 'next')?.href,
  };
}

/** First pages of paginated lists: a pager, and not itself a `page/N/` page. */
const listRoots = pages.filter((page) => !/\/page\/\d+\/index\.html$/.test(page) && pagerOf(page) !== undefined);

describe('paginated lists', () => {
  it('paginate the lists that outgrow a page: stories, timeline, outlets, people and archive days', () => {
    const roots = listRoots.map(pathOf);
    for (const expected of ['/stories/', '/timeline/']) expect(roots).toContain(expected);
    expect(roots.some((root) => root.startsWith('/outlets/') && root !== '/outlets/')).toBe(true);
    expect(roots.some((root) => root.startsWith('/people/') && root !== '/people/')).toBe(true);
  });

  it.each(listRoots)('%s: rel prev/next and page numbers lead through pages 1…N in order', (root) => {
    const first = pagerOf(root)!;
    const chain = [root];
    for (let file = root; ;) {
      const pager = pagerOf(file)!;
      const n = chain.length;
      expect(pager.current, file).toBe(n);
      expect(pager.currentHref, file).toBe(pathOf(file));
      expect(pager.last, file).toBe(first.last);
      expect(pager.numbers.find((slot) => slot.n === 1)?.href, file).toBe(pathOf(root));
      for (const slot of pager.numbers) expect(fileAt(slot.href), `${file} → ${slot.href}`).toBeDefined();
      if (n === 1) expect(pager.prev).toBeUndefined();
      else expect(pager.prev).toBe(pathOf(chain[n - 2]!));
      if (pager.next === undefined) break;
      const next = fileAt(pager.next);
      expect(next, pager.next).toBeDefined();
      file = next!;
      chain.push(file);
    }
    expect(chain).toHaveLength(first.last);
    expect(chain.slice(1).every((file) => file === `${root.replace(/index\.html$/, '')}page/${chain.indexOf(file) + 1}/index.html`)).toBe(
      true,
    );
  });
});
