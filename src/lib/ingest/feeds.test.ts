import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './encoding.ts';
import { looksLikeFeed, parseFeed, siteNameFromFeedTitle, withoutFeedFooter } from './feeds.ts';

const feed = (file: string) =>
  decodeBytes(readFileSync(`tests/fixtures/ingest/feeds/${file}`), file.endsWith('.json') ? 'other' : 'xml').text;

describe('parseFeed', () => {
  it('reads RSS 2.0: content:encoded is the full text, a description alone is a summary', () => {
    const parsed = parseFeed(feed('northern-courier-rss2.xml'));
    expect(parsed).toMatchObject({ format: 'rss', title: 'Northern Courier – Latest news', language: 'en-gb' });
    expect(parsed.items.map((item) => [item.published, Boolean(item.contentHtml), Boolean(item.summaryHtml)])).toEqual([
      ['Sun, 30 Nov 2025 18:05:00 +0000', true, true],
      ['Mon, 01 Dec 2025 07:30:00 +0000', true, false],
      ['Mon, 01 Dec 2025 08:00:00 +0000', false, true],
    ]);
  });
  it('reads Atom: html titles as text, alternate links, published and updated apart', () => {
    const parsed = parseFeed(feed('lakeside-herald-atom.xml'));
    expect(parsed).toMatchObject({ format: 'atom', title: 'Lakeside Herald', link: 'https://lakesideherald.example/', language: 'en' });
    expect(parsed.items[0]).toMatchObject({
      title: 'Ice rink reopens after two-year refit',
      link: 'https://lakesideherald.example/local/ice-rink-reopens#comments',
      published: '2025-11-29T17:45:00+01:00',
    });
    expect(parsed.items[1]).toMatchObject({ published: undefined, updated: '2025-11-30T12:00:00+01:00', contentHtml: undefined });
  });
  it('reads RSS 1.0 (RDF) with Dublin Core dates and JSON Feed', () => {
    expect(parseFeed(feed('valley-post-rss1.rdf'))).toMatchObject({
      format: 'rdf',
      language: 'en',
      items: [{ published: '2025-11-30T15:20:00Z' }],
    });
    const json = parseFeed(feed('coastline-daily.json'));
    expect(json).toMatchObject({ format: 'json', title: 'Coastline Daily', language: 'en-AU' });
    expect(json.items.map((item) => Boolean(item.contentHtml))).toEqual([true, false]);
  });
  it('reads a Latin-1 feed without declaration once decoded', () => {
    expect(parseFeed(feed('courrier-du-port-latin1.xml')).items[0]?.title).toBe("Grève des dockers\u00a0: le port de commerce à l'arrêt");
  });
  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>no</body></html>')).toThrow();
    expect(looksLikeFeed('<!DOCTYPE html><html>')).toBe(false);
    expect(looksLikeFeed('{"version": "https://jsonfeed.org/version/1.1"}')).toBe(true);
  });
});

describe('feed chrome', () => {
  it('takes the outlet name from the feed title without its section', () => {
    expect(siteNameFromFeedTitle('Northern Courier – Latest news')).toBe('Northern Courier');
    expect(siteNameFromFeedTitle('Lakeside Herald')).toBe('Lakeside Herald');
  });
  it('drops the WordPress "appeared first on" footer, and only that', () => {
    expect(withoutFeedFooter('Text.\n\nThe post [A](https://x.example/a) appeared first on X.')).toBe('Text.');
    expect(withoutFeedFooter('Text.\n\nThe post office closed.')).toBe('Text.\n\nThe post office closed.');
  });
});
