import { describe, expect, it } from 'vitest';
import { absoluteUrl, sitePath } from './urls.ts';

describe('sitePath', () => {
  it('prefixes the base path exactly once', () => {
    expect(sitePath('/', 'articles/x/')).toBe('/articles/x/');
    expect(sitePath('/news/', '/articles/x/')).toBe('/news/articles/x/');
    expect(sitePath('/news/')).toBe('/news/');
  });
});

describe('absoluteUrl', () => {
  it('joins origin, base path and page', () => {
    expect(absoluteUrl('https://example.org', '/news/', 'rss.xml')).toBe('https://example.org/news/rss.xml');
    expect(absoluteUrl('https://example.org', '/', '')).toBe('https://example.org/');
  });
});
