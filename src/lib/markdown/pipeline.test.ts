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
  // Written as raw HTML or as Markdown, such a link either leaves the site, and is then marked
  // external, or is percent-encoded on its way into the tree (`\` as %5C, a space as %20), and
  // then a browser resolves it to a page of this site.
  it.each(['//evil.example/x', '/\\evil.example/x', '\\\\evil.example/x', 'http:evil.example/x', ' //evil.example/x'])(
    'never let %j leave the site unmarked',
    async (href) => {
      for (const html of [await render(`<a href="${href}">away</a>`), await render(`[away](<${href.trim()}>)`)]) {
        const written = /<a href="([^"]*)"([^>]*)>away/.exec(html);
        expect(written, html).not.toBeNull();
        const target = new URL(written![1]!.replaceAll('&#x26;', '&'), 'https://crosscheck.example.org/articles/a/');
        if (target.host === 'crosscheck.example.org') expect(written![2]).not.toContain('external');
        else expect(written![2]).toBe(' class="external" rel="noopener noreferrer"');
      }
    },
  );
  it('marks the protocol-relative and scheme-only forms external', async () => {
    expect(await render('<a href="//evil.example/x">away</a>')).toContain('<a href="https://evil.example/x" class="external"');
    expect(await render('<a href="http:evil.example/x">away</a>')).toContain('<a href="http://evil.example/x" class="external"');
  });
  it('keep links that stay on the site relative, as a browser resolves them', async () => {
    const html = await render('<a href="https:timeline/">same scheme</a> <a href="evil.example/x">relative</a>');
    expect(html).not.toContain('external');
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
