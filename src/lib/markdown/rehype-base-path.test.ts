import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBasePath } from './rehype-base-path.ts';

const run = (html: string, basePath: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeBasePath, { basePath }).use(rehypeStringify).processSync(html));

describe('rehypeBasePath', () => {
  it('prefixes root-relative links with the base path once', () => {
    expect(run('<a href="/timeline/">t</a><a href="/news/about/">a</a>', '/news/')).toBe(
      '<a href="/news/timeline/">t</a><a href="/news/about/">a</a>',
    );
  });
  it('leaves absolute, protocol-relative, relative and anchor links alone', () => {
    const html = '<a href="https://x.example/">x</a><a href="//cdn.example/">c</a><a href="other/">o</a><a href="#top">t</a>';
    expect(run(html, '/news/')).toBe(html);
  });
  it('changes nothing for a site at the root', () => {
    expect(run('<a href="/timeline/">t</a>', '/')).toBe('<a href="/timeline/">t</a>');
  });
});
