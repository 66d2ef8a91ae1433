import { describe, expect, it } from 'vitest';
import { exportedStories, readDist } from '../support/dist';
import { fileAt, files, internalLinks, outlineOf, pages } from './large-site';

describe('links on the large site', () => {
  it('every internal link and #anchor on every page points at something that exists', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const { link, path, hash } of internalLinks(page)) {
        if (link.rel === 'canonical') continue;
        const target = fileAt(path);
        if (target === undefined) broken.push(`${page} → ${link.href}`);
        else if (hash && target.endsWith('.html') && !outlineOf(target).ids.has(decodeURIComponent(hash.slice(1))))
          broken.push(`${page} → ${link.href} (no such anchor)`);
      }
    }
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('has a story page only for stories of two or more articles, and every story url of /data/stories.json exists', () => {
    const stories = exportedStories();
    const storyPages = new Set(pages.filter((page) => /^stories\/[^/]+\/index\.html$/.test(page) && !page.startsWith('stories/page/')));
    expect(stories.filter((story) => story.articles.length === 1).length).toBeGreaterThan(stories.length / 2);
    for (const story of stories) {
      const page = `stories/${story.id}/index.html`;
      expect(storyPages.has(page), page).toBe(story.articles.length >= 2);
      const target = fileAt(new URL(story.url).pathname);
      expect(target, story.url).toBeDefined();
      if (story.articles.length === 1) expect(target).toMatch(/^articles\//);
    }
  });

  it('has a story articles page exactly where the story page leaves out some of its articles, and links to it from there', () => {
    let withSubpage = 0;
    const storyPages = pages.filter((page) => /^stories\/[^/]+\/index\.html$/.test(page) && !page.startsWith('stories/page/'));
    for (const page of storyPages) {
      const slug = page.split('/')[1]!;
      const exists = files.has(`stories/${slug}/articles/index.html`);
      expect(readDist(page).includes(`href="/stories/${slug}/articles/"`), page).toBe(exists);
      if (exists) withSubpage++;
    }
    expect(withSubpage).toBeGreaterThan(0);
    expect(withSubpage).toBeLessThan(storyPages.length);
  });

  it('lists in the sitemap every page but 404, and nothing that does not exist', () => {
    const sitemaps = [...readDist('sitemap-index.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const urls = sitemaps.flatMap((sitemap) =>
      [...readDist(sitemap.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    );
    expect(urls.filter((url) => fileAt(url) === undefined)).toEqual([]);
    expect(new Set(urls.map((url) => fileAt(url)))).toEqual(new Set(pages.filter((page) => page !== '404.html')));
    expect(files.size).toBeGreaterThan(pages.length);
  });

  it('offers a story as a search filter only where the story has a page', () => {
    const stories = exportedStories();
    const withPages = new Set(stories.filter((story) => story.articles.length >= 2).map((story) => story.headline));
    const alone = new Set(stories.filter((story) => story.articles.length === 1).map((story) => story.articles[0]!.id));
    let checked = 0;
    for (const page of pages.filter((p) => p.startsWith('articles/'))) {
      const values = [...readDist(page).matchAll(/data-pagefind-filter="story">([^<]*)</g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      const id = page.split('/')[1]!;
      if (alone.has(id)) expect(values, page).toEqual([]);
      else for (const value of values) expect(withPages.has(value), `${page}: ${value}`).toBe(true);
      checked += values.length;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
