import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from './html-to-markdown.ts';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, subheadings, lists, block quotes and links', () => {
    const { markdown, text } = htmlToMarkdown(
      '<h2>Sub</h2><p>One <strong>bold</strong> <a href="https://x.example/a">link</a>.</p><ul><li>a</li><li>b</li></ul><blockquote><p>Quoted.</p></blockquote>',
    );
    expect(markdown).toBe('## Sub\n\nOne **bold** [link](https://x.example/a).\n\n- a\n- b\n\n> Quoted.');
    expect(text).toBe('Sub\n\nOne bold link.\n\na\n\nb\n\nQuoted.');
  });
  it('drops images with their captions, scripts, styles, forms and unsafe links', () => {
    const { markdown } = htmlToMarkdown(
      '<figure><img src="a.jpg"><figcaption>Photo: X</figcaption></figure><p>Text<script>alert(1)</script><img src="b.jpg"></p><style>p{}</style><form><input></form><p><a href="javascript:alert(1)">bad</a></p>',
    );
    expect(markdown).toBe('Text\n\nbad');
  });
  it('demotes <h1> (the page has its own) and makes relative links absolute', () => {
    expect(htmlToMarkdown('<h1>Title</h1><p><a href="/b">b</a></p>', 'https://x.example/news/a').markdown).toBe(
      '## Title\n\n[b](https://x.example/b)',
    );
  });
});
