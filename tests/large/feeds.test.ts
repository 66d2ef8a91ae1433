import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readDist } from '../support/dist';
import { fileAt, linksOf, pages } from './large-site';

const parser = new XMLParser();
const rssItems = (file: string) => [parser.parse(readDist(file)).rss.channel.item ?? []].flat() as { link: string; pubDate: string }[];
const FEED_ITEMS = 50;

describe('feeds on the large site', () => {
  it('the main RSS and JSON feeds carry the newest 50 articles, newest first', () => {
    const rss = rssItems('rss.xml');
    expect(rss).toHaveLength(FEED_ITEMS);
    const dates = rss.map((item) => Date.parse(item.pubDate));
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    const json = JSON.parse(readDist('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((item: { url: string }) => item.url)).toEqual(rss.map((item) => item.link));
  });

  it('every story page and outlet page advertises its own RSS feed, of at most 50 of its articles', () => {
    const storyPages = pages.filter((page) => /^stories\/(?!page\/)[^/]+\/index\.html$/.test(page));
    const outletPages = pages.filter((page) => /^outlets\/(?!page\/)[^/]+\/index\.html$/.test(page));
    expect(storyPages.length).toBeGreaterThan(50);
    let full = 0;
    for (const page of [...storyPages, ...outletPages]) {
      const feeds = linksOf(page).filter((link) => link.tag === 'link' && link.rel === 'alternate' && /\/rss\.xml$/.test(link.href));
      const own = feeds.find((link) => link.href === `/${page.replace(/index\.html$/, 'rss.xml')}`);
      expect(own, page).toBeDefined();
      const items = rssItems(fileAt(own!.href)!);
      expect(items.length, page).toBeGreaterThan(0);
      expect(items.length, page).toBeLessThanOrEqual(FEED_ITEMS);
      if (items.length === FEED_ITEMS) full++;
    }
    expect(full).toBeGreaterThan(0);
  });
});
