import { describe, expect, it } from 'vitest';
import { articleUrlKey } from './normalize';

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
