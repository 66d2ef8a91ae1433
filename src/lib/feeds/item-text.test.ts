import { describe, expect, it } from 'vitest';
import { feedHtml, safeFeedItem, xmlSafe } from './item-text.ts';

describe('feed text', () => {
  it('strips what XML 1.0 forbids and keeps every script and emoji', () => {
    expect(xmlSafe('Talks\u0001\u000B\u001B resume\uFFFE\uFFFF \uD800')).toBe('Talks resume ');
    expect(xmlSafe('Київ 北京 ❤\uFE0F 𝔸\tok\n')).toBe('Київ 北京 ❤\uFE0F 𝔸\tok\n');
  });

  it('escapes for HTML, so markup and escaped markup stay text in a reader', () => {
    expect(feedHtml('Talks <img src=x onerror=alert(1)> resume')).toBe('Talks &lt;img src=x onerror=alert(1)&gt; resume');
    expect(feedHtml('Body &lt;img src=x&gt; & "quotes"')).toBe('Body &amp;lt;img src=x&amp;gt; &amp; &quot;quotes&quot;');
  });

  it('treats every text field of an item and leaves the rest alone', () => {
    const item = safeFeedItem({
      title: '<b>T</b>',
      description: 'a < b',
      author: 'UNN\u0007',
      categories: ['UNN\u0000'],
      link: 'https://x/',
    });
    expect(item).toEqual({
      title: '&lt;b&gt;T&lt;/b&gt;',
      description: 'a &lt; b',
      author: 'UNN',
      categories: ['UNN'],
      link: 'https://x/',
    });
  });
});
