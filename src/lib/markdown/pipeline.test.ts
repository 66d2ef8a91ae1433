import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleRehypePlugins } from './pipeline';

async function render(markdown: string): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(articleRehypePlugins('https://crosscheck.example.org') as PluggableList)
    .use(rehypeStringify);
  return String(await processor.process(markdown));
}

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
  it.each([
    ['//evil.example/x', 'https://evil.example/x'],
    ['/\\evil.example/x', 'https://evil.example/x'],
    ['\\\\evil.example/x', 'https://evil.example/x'],
    ['http:evil.example/x', 'http://evil.example/x'],
    [' //evil.example/x', 'https://evil.example/x'],
  ])('treat %j, which leaves the site, as the external link it is', async (href, target) => {
    const html = await render(`<a href="${href}">away</a>`);
    expect(html).toContain(`<a href="${target}" class="external" rel="noopener noreferrer">away`);
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
    expect(html).toBe('<p id="p-0">Hi</p>\n');
  });
  it('drops javascript: and data: URLs but keeps the link text', async () => {
    const html = await render('[click](javascript:alert(1)) <a href="data:text/html,x">data</a>');
    expect(html).not.toMatch(/javascript:|data:/);
    expect(html).toContain('click');
  });
  it('keeps the prose elements a news text needs', async () => {
    const html = await render('<blockquote cite="https://example.org">Quoted <em>text</em></blockquote>');
    expect(html).toContain('<blockquote cite="https://example.org">Quoted <em>text</em></blockquote>');
  });
});
