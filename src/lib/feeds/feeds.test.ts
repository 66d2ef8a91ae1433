import { describe, expect, it } from 'vitest';
import { feedItem, type FeedArticle } from './feed-item.ts';
import { jsonFeed } from './json-feed.ts';

const article: FeedArticle = {
  link: 'https://example.org/articles/a/',
  originalUrl: 'https://outlet.example/a',
  headline: 'Talks “tense” but productive',
  outletName: 'UNN',
  published: '2025-12-01T14:30:00+02:00',
  publishedInferred: true,
  firstSentence: 'Talks went on for five hours.',
};

describe('feedItem', () => {
  it('makes one item from an article: headline, first sentence, outlet, date, and an inferred date marked', () => {
    const item = feedItem(article);
    expect(item).toMatchObject({
      title: article.headline,
      description: article.firstSentence,
      author: 'UNN',
      externalUrl: article.originalUrl,
    });
    expect(item.categories).toEqual(['UNN', 'date inferred']);
    expect(item.published.toISOString()).toBe('2025-12-01T12:30:00.000Z');
  });

  it('falls back to the headline when there is no first sentence (a headline-only feed item)', () => {
    expect(feedItem({ ...article, firstSentence: '' }).description).toBe(article.headline);
  });
});

describe('jsonFeed', () => {
  it('writes JSON Feed 1.1 with the items in the given order', () => {
    const meta = {
      title: 'Crosscheck',
      homePageUrl: 'https://example.org/',
      feedUrl: 'https://example.org/feed.json',
      description: 'd',
      language: 'en',
    };
    const feed = jsonFeed(meta, [feedItem(article), feedItem({ ...article, link: 'https://example.org/articles/b/' })]);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((item) => item.id)).toEqual(['https://example.org/articles/a/', 'https://example.org/articles/b/']);
    expect(feed.items[0]).toEqual({
      id: 'https://example.org/articles/a/',
      url: 'https://example.org/articles/a/',
      external_url: 'https://outlet.example/a',
      title: article.headline,
      content_text: article.firstSentence,
      date_published: '2025-12-01T12:30:00.000Z',
      authors: [{ name: 'UNN' }],
      tags: ['UNN', 'date inferred'],
    });
  });
});
