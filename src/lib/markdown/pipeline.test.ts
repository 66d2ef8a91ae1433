import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../../tests/support/render-article.ts';

const render = async (markdown: string) => (await renderArticle(markdown)).html;

describe('external links', () => {
  it('get rel, a class and a visible marker explained to screen readers', async () => {
    const html = await render('Read [Axios](https://www.axios.com/story).');
    expect(html).toContain('<a href="https://www.axios.com/story" class="external" rel="noopener noreferrer">Axios');
    expect(html).toContain('<span class="external-marker" aria-hidden="true">↗</span>');
    expect(html).toContain('<span class="visually-hidden"> (external link)</span>');
  });
  it('leave links to this site and relative links alone', async () => {
    const html = await render('[home](https://crosscheck.example.org/) and [timeline](/timeline/)');
    expect(html).not.toContain('external');
    expect(html).toContain('<a href="/timeline/">timeline</a>');
  });
});

describe('sanitizing raw HTML', () => {
  it('drops scripts, styles, event handlers and iframes', async () => {
    const html = await render(
      '<p onclick="alert(1)">Hi<script>alert(2)</script><style>p{}</style></p>\n\n<iframe src="https://evil.example"></iframe><img src=x onerror="alert(3)">',
    );
    expect(html).toBe('<p id="p-0">Hi</p>');
  });
  it('drops javascript: and data: URLs but keeps the link text', async () => {
    const html = await render('[click](javascript:alert(1)) <a href="data:text/html,x">data</a>');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('click');
  });
  it('keeps the prose elements a news text needs', async () => {
    const html = await render('<blockquote cite="https://example.org">Quoted <em>text</em></blockquote>');
    expect(html).toContain('<blockquote>\n<p id="p-0">Quoted <em>text</em></p>\n</blockquote>');
  });
});
