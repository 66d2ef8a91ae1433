import { describe, expect, it } from 'vitest';
import { canonicalForAmp, isTrackingParameter, normalizeArticleUrl, urlComparisonKey } from './urls';

describe('normalizeArticleUrl', () => {
  it('drops tracking parameters and the fragment, keeps parameters that name the page', () => {
    expect(normalizeArticleUrl('https://imayanews.com/?p=10599&utm_source=fb&fbclid=IwAR0#comments')).toBe(
      'https://imayanews.com/?p=10599',
    );
    expect(normalizeArticleUrl('https://x.example/a?wt_mc=rss.feed&gclid=1&mc_cid=2&_ga=3')).toBe('https://x.example/a');
  });
  it('maps AMP copies to the page they stand for', () => {
    expect(normalizeArticleUrl('https://www.x.example/news/story/amp')).toBe('https://www.x.example/news/story/');
    expect(normalizeArticleUrl('https://www.x.example/amp/news/story')).toBe('https://www.x.example/news/story');
    expect(normalizeArticleUrl('https://amp.x.example/news/story.amp.html')).toBe('https://x.example/news/story.html');
    expect(normalizeArticleUrl('https://www.x.example/news/story?amp=1')).toBe('https://www.x.example/news/story');
    expect(normalizeArticleUrl('https://www.x.example/news/story?outputType=amp')).toBe('https://www.x.example/news/story');
    expect(normalizeArticleUrl('https://www-x-example.cdn.ampproject.org/c/s/www.x.example/news/story')).toBe(
      'https://www.x.example/news/story',
    );
  });
  it('lower-cases the host, drops the default port, resolves relative addresses', () => {
    expect(normalizeArticleUrl('HTTPS://WWW.X.Example:443/News')).toBe('https://www.x.example/News');
    expect(normalizeArticleUrl('/news/a', 'https://x.example/feed/')).toBe('https://x.example/news/a');
  });
  it('refuses what is not an http(s) address', () => {
    expect(normalizeArticleUrl('javascript:alert(1)')).toBeUndefined();
    expect(normalizeArticleUrl('not a url')).toBeUndefined();
    expect(normalizeArticleUrl('ftp://x.example/a')).toBeUndefined();
  });
});

describe('urlComparisonKey', () => {
  it('is the same for every address of one page', () => {
    const key = urlComparisonKey('https://www.x.example/news/a/');
    for (const variant of [
      'http://x.example/news/a',
      'https://www.x.example/news/a?utm_medium=social#top',
      'https://www.x.example/news/a/amp',
      'https://amp.x.example/news/a',
    ]) {
      expect(urlComparisonKey(variant)).toBe(key);
    }
  });
  it('keeps pages apart that differ in path or a real parameter', () => {
    expect(urlComparisonKey('https://x.example/?p=1')).not.toBe(urlComparisonKey('https://x.example/?p=2'));
    expect(urlComparisonKey('https://x.example/a')).not.toBe(urlComparisonKey('https://x.example/b'));
    expect(urlComparisonKey('https://x.example/?a=1&b=2')).toBe(urlComparisonKey('https://x.example/?b=2&a=1'));
  });
});

describe('tracking parameters', () => {
  it('knows the families and leaves ordinary parameters alone', () => {
    expect(['utm_source', 'UTM_Campaign', 'fbclid', 'wt_mc', 'pk_kwd']).toSatisfy((names: string[]) => names.every(isTrackingParameter));
    expect(['p', 'id', 'page', 'amp_id', 'q']).toSatisfy((names: string[]) => !names.some(isTrackingParameter));
  });
  it('leaves non-AMP addresses as they are', () => {
    expect(canonicalForAmp(new URL('https://x.example/campaign/story')).href).toBe('https://x.example/campaign/story');
  });
});
