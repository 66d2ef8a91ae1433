import { describe, expect, it } from 'vitest';
import { articleUrlKey, canonicalForAmp, isTrackingParameter, normalizeArticleUrl } from './normalize.ts';

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

describe('articleUrlKey', () => {
  it('is the same for every address of one page', () => {
    const key = articleUrlKey('https://www.x.example/news/a/');
    for (const variant of [
      'http://x.example/news/a',
      'https://www.x.example/news/a?utm_medium=social#top',
      'https://www.x.example/news/a/amp',
      'https://amp.x.example/news/a',
    ]) {
      expect(articleUrlKey(variant)).toBe(key);
    }
  });
  it('keeps pages apart that differ in path or a real parameter', () => {
    expect(articleUrlKey('https://x.example/?p=1')).not.toBe(articleUrlKey('https://x.example/?p=2'));
    expect(articleUrlKey('https://x.example/a')).not.toBe(articleUrlKey('https://x.example/b'));
    expect(articleUrlKey('https://x.example/?a=1&b=2')).toBe(articleUrlKey('https://x.example/?b=2&a=1'));
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

const same = (a: string, b: string) => expect(articleUrlKey(a)).toBe(articleUrlKey(b));

describe('articleUrlKey', () => {
  it('gives a canonical https key', () => {
    expect(articleUrlKey('https://unn.ua/en/news/post-war-borders')).toBe('https://unn.ua/en/news/post-war-borders');
  });

  it('ignores scheme and host case, http vs https, www., default ports and a trailing dot', () => {
    same('HTTPS://Example.COM/news/a', 'https://example.com/news/a');
    same('http://example.com/news/a', 'https://example.com/news/a');
    same('https://www.example.com:443/news/a', 'https://example.com/news/a');
    same('http://example.com:80/news/a', 'https://example.com./news/a');
  });

  it('ignores a trailing slash and the fragment', () => {
    same('https://example.com/news/a/', 'https://example.com/news/a');
    same('https://example.com/news/a#comments', 'https://example.com/news/a');
    same('https://example.com/', 'https://example.com');
  });

  it('drops tracking parameters and sorts the rest', () => {
    same('https://example.com/a?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&id=7', 'https://example.com/a?id=7');
    same('https://example.com/a?b=2&a=1', 'https://example.com/a?a=1&b=2');
    same('https://example.com/a?utm_campaign=z', 'https://example.com/a');
  });

  it('compares percent-escapes and non-ASCII paths and hosts alike', () => {
    same('https://example.com/caf%c3%a9', 'https://example.com/café');
    same('https://пример.рф/новости', 'https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8');
  });

  it('keeps different articles apart', () => {
    expect(articleUrlKey('https://example.com/a?id=7')).not.toBe(articleUrlKey('https://example.com/a?id=8'));
    expect(articleUrlKey('https://example.com/news/a')).not.toBe(articleUrlKey('https://example.com/News/a'));
    expect(articleUrlKey('https://example.com/a')).not.toBe(articleUrlKey('https://example.org/a'));
  });

  it('is undefined for what is not an http(s) URL', () => {
    expect(articleUrlKey('not a url')).toBeUndefined();
    expect(articleUrlKey('ftp://example.com/a')).toBeUndefined();
    expect(articleUrlKey('javascript:alert(1)')).toBeUndefined();
  });
});
