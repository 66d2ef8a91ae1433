import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, htmlPages, loadPage, readDist } from '../support/dist';

describe('what the search index is built from', () => {
  it('indexes article pages only, each with its headline weighted above the body', () => {
    const indexed = htmlPages().filter((page) => loadPage(page).querySelector('[data-pagefind-body]'));
    expect(indexed.sort()).toEqual(
      htmlPages()
        .filter((page) => page.startsWith('articles/'))
        .sort(),
    );
    for (const page of indexed) {
      const headline = loadPage(page).querySelector('[data-pagefind-body] h1 [data-pagefind-meta="title"]');
      expect(headline?.getAttribute('data-pagefind-weight')).toBe('10');
    }
  });

  it('leaves navigation, facts and related boxes out of the indexed body', () => {
    for (const page of htmlPages().filter((p) => p.startsWith('articles/'))) {
      const body = loadPage(page).querySelector('[data-pagefind-body]');
      expect(body?.querySelector('nav, footer, .compare, #other-coverage')).toBeNull();
      for (const ignored of ['.kicker', '.article__facts', '.original-link']) {
        expect(body?.querySelector(ignored)?.closest('[data-pagefind-ignore]'), `${page} ${ignored}`).not.toBeNull();
      }
    }
  });

  it('holds exactly the article pages', () => {
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(htmlPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page)).length);
  });

  it('is written into dist/pagefind by the build', () => {
    const files = distFiles();
    expect(files).toContain('pagefind/pagefind.js');
    expect(files).toContain('pagefind/pagefind-entry.json');
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it("gives each result's fragment the article's text once: no paragraph anchors repeating it", () => {
    const fragments = distFiles().filter((file) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBe(htmlPages().filter((page) => /^articles\/[^/]+\/index\.html$/.test(page)).length);
    for (const file of fragments) {
      const text = gunzipSync(readFileSync(join(DIST, file))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{')));
      expect(fragment.content.length, file).toBeGreaterThan(200);
      expect(fragment.anchors, file).toEqual([]);
    }
  });
});
