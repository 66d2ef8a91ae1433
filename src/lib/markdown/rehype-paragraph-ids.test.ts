import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type PluggableList, unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleRehypePlugins } from './pipeline';

const render = async (markdown: string) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(articleRehypePlugins('https://x.example') as PluggableList)
      .use(rehypeStringify)
      .process(markdown),
  );

describe('paragraph ids', () => {
  it('number top-level paragraphs, skipping headings, and survive sanitizing', async () => {
    expect(await render('One.\n\n## Head\n\nTwo.\n\n> Quoted.')).toBe(
      '<p id="p-0">One.</p>\n<h2>Head</h2>\n<p id="p-1">Two.</p>\n<blockquote>\n<p>Quoted.</p>\n</blockquote>',
    );
  });
  it('do not let raw HTML choose other ids', async () => {
    expect(await render('<p id="main">Hi</p>')).toBe('<p id="p-0">Hi</p>');
    expect(await render('<span id="main">Hi</span>')).toBe('<p id="p-0"><span>Hi</span></p>');
  });
});
