import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, serializeJsonLd } from './json-ld.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element, and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('newsArticleJsonLd', () => {
  const base = {
    headline: 'Talks',
    url: 'https://crosscheck.example.org/articles/x/',
    originalUrl: 'https://unn.ua/en/news/x',
    published: '2025-12-01',
    language: 'en',
    publisher: { name: 'UNN', url: 'https://unn.ua/en' },
  };
  it('names the outlet as publisher and the retold report as isBasedOn', () => {
    const ld = newsArticleJsonLd({ ...base, retells: { outlet: 'Axios', published: '2025-11-30' } });
    expect(ld.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: 'UNN', url: 'https://unn.ua/en' });
    expect(ld.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      publisher: { '@type': 'NewsMediaOrganization', name: 'Axios' },
      datePublished: '2025-11-30',
    });
  });
  it('leaves out what is not known', () => {
    const ld = newsArticleJsonLd(base);
    expect(ld).not.toHaveProperty('isBasedOn');
    expect(ld).not.toHaveProperty('locationCreated');
  });
});
