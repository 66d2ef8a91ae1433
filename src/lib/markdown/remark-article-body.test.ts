import { describe, expect, it } from 'vitest';
import { paragraphsByAnchor } from '../../../tests/support/anchors.ts';
import { renderArticle } from '../../../tests/support/render-article.ts';

/** The page's paragraphs (by anchor) must be the text layer's paragraphs, always. */
async function render(markdown: string) {
  const { html, text } = await renderArticle(markdown);
  expect(paragraphsByAnchor(html)).toEqual(text.paragraphs);
  return { html, paragraphs: text.paragraphs };
}

/** Elements whose start tag, left open, used to swallow every paragraph after it. */
const SWALLOWERS = [
  '<iframe src="https://evil.example/frame">',
  '<script src="https://evil.example/x.js">',
  '<object data="https://evil.example/x.swf">',
  '<template>',
  '<noscript>',
  '<textarea>',
  '<title>',
  '<style>',
  '<xmp>',
  '<plaintext>',
  '<noembed>',
  '<select>',
  '<svg>',
];

describe('an unclosed raw HTML element never swallows the text after it', () => {
  it.each(SWALLOWERS)('%s on a line of its own', async (tag) => {
    const { html, paragraphs } = await render(`Before.\n\n${tag}\n\nAfter one.\n\nAfter *two*.`);
    expect(paragraphs).toEqual(['Before.', 'After one.', 'After two.']);
    expect(html).toContain('<p id="p-2">After <em>two</em>.</p>');
  });

  it.each(SWALLOWERS)('%s inside a paragraph', async (tag) => {
    const { paragraphs } = await render(`Before ${tag} the rest of the line.\n\nNext paragraph.`);
    expect(paragraphs).toEqual(['Before the rest of the line.', 'Next paragraph.']);
  });

  it.each(SWALLOWERS)('%s followed by text in the same HTML block', async (tag) => {
    const { paragraphs } = await render(`${tag}\nThe talks lasted five hours.\n\nNext paragraph.`);
    expect(paragraphs).toEqual(['The talks lasted five hours.', 'Next paragraph.']);
  });

  it.each([
    ['<script>', 'an unclosed script'],
    ['<pre>', 'an unclosed pre'],
    ['<!-- note', 'an unclosed comment'],
    ['<?php', 'an unclosed processing instruction'],
    ['<!DOCTYPE html', 'an unclosed declaration'],
    ['<![CDATA[', 'an unclosed CDATA section'],
  ])('%s, which Markdown would run to the end of the body (%s)', async (start) => {
    const { html, paragraphs } = await render(`Before.\n\n${start}\n\nAfter one.\n\n- a *list*\n- item`);
    expect(paragraphs).toEqual(['Before.', 'After one.', 'a list', 'item']);
    expect(html).toContain('<li id="p-2">a <em>list</em></li>');
  });
});

describe('what raw HTML may be', () => {
  it('drops scripts, styles and embedded content with their content, when closed', async () => {
    const { html, paragraphs } = await render(
      'Text <script>alert(1)</script> and <style>p{}</style> here.\n\n<iframe src="x">fallback</iframe>\n\n<video><p>no video</p></video>\n\nEnd.',
    );
    expect(paragraphs).toEqual(['Text and here.', 'End.']);
    expect(html).not.toMatch(/alert|fallback|no video|<script|<iframe|<video/);
  });

  it('keeps emphasis, strong, strikethrough, links and line breaks as formatting', async () => {
    const { html } = await render(
      '<em>a</em> <i>b</i> <strong>c</strong> <b>d</b> <s>e</s> <a href="https://x.example/" title="t">f</a> g<br>h',
    );
    expect(html).toContain(
      '<em>a</em> <em>b</em> <strong>c</strong> <strong>d</strong> <del>e</del> <a href="https://x.example/" title="t"',
    );
    expect(html).toContain('g<br>\nh');
  });

  it('keeps the text of every other element, without its tags or attributes', async () => {
    const { html, paragraphs } = await render(
      '<div class="caption" style="color:red">\nPhoto: <span lang="uk">Reuters</span>\n</div>\n\nSay <u>it</u> <mark>now</mark>.',
    );
    expect(paragraphs).toEqual(['Photo: Reuters', 'Say it now.']);
    expect(html).not.toMatch(/class=|style=|<span|<u>|<mark/);
  });

  it('pairs inline tags within their paragraph only; a tag left open is dropped', async () => {
    const { html, paragraphs } = await render('Text with <em>em <strong>both</em> dangling</strong> end and <b>open.\n\nNot bold.');
    expect(paragraphs).toEqual(['Text with em both dangling end and open.', 'Not bold.']);
    expect(html).toContain('<p id="p-1">Not bold.</p>');
    expect(html).toContain('<em>em both</em>');
  });

  it('never nests a link in a link', async () => {
    const { html } = await render('[see <a href="https://x.example/">inner</a> text](https://y.example/)');
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('see inner text');
  });

  it('reads block HTML as paragraphs, lists and headings', async () => {
    const { html, paragraphs } = await render('<p>One</p><p>Two</p><ul><li>three</li></ul><h2>Four</h2>');
    expect(paragraphs).toEqual(['One', 'Two', 'three']);
    expect(html).toContain('<h2 id="h-four">Four</h2>');
  });
});

describe('raw HTML cannot forge the page’s own markup', () => {
  it('a body’s mention link is a plain link', async () => {
    const { html } = await render('<a class="mention" data-entity="vladimir-putin" href="/people/vladimir-putin/">Putin</a>');
    expect(html).toBe('<p id="p-0"><a href="/people/vladimir-putin/">Putin</a></p>');
  });

  it('a body’s ids, classes and data attributes are dropped, so anchors stay unique', async () => {
    const { html } = await render(
      '<p id="p-0" class="lead" data-pagefind-ignore>Forged</p>\n\nReal <span id="p-1" data-entity="x">one</span>.\n\n<h2 id="main">Main</h2>',
    );
    expect(html.match(/id="p-0"/g)).toHaveLength(1);
    expect(html.match(/id="p-1"/g)).toHaveLength(1);
    expect(html).not.toMatch(/class=|data-|id="main"/);
    expect(html).toContain('<h2 id="h-main">Main</h2>');
  });
});

describe('images and code blocks', () => {
  it('drops images, and a paragraph that only held one', async () => {
    const { html, paragraphs } = await render('![Putin](x.png)\n\nText ![alt](y.png) here.');
    expect(paragraphs).toEqual(['Text here.']);
    expect(html).toBe('<p id="p-0">Text  here.</p>');
  });

  it('reads a code block as a paragraph of text', async () => {
    const { paragraphs } = await render('    An indented capture line.\n\n```\nfenced\ntext\n```');
    expect(paragraphs).toEqual(['An indented capture line.', 'fenced text']);
  });
});
