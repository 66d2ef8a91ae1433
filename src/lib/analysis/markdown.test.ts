import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownToBlocks, stripInlineMarkdown } from './markdown.ts';

describe('stripInlineMarkdown', () => {
  it.each([
    ['plain text, with “quotes” — and dashes', 'plain text, with “quotes” — and dashes'],
    ['**bold**, *em*, _em_ and ~~gone~~', 'bold, em, em and gone'],
    ['a [link](https://x.example/a_(b)) and ![alt text](i.png "t")', 'a link and alt text'],
    ['a [reference][ref] link', 'a reference link'],
    ['`code_span *x*` stays', 'code_span *x* stays'],
    ['snake_case_word and 5 * 3', 'snake_case_word and 5 * 3'],
    ['escaped \\*stars\\* and \\_under\\_', 'escaped *stars* and _under_'],
    ['AT&amp;T &ldquo;quoted&rdquo; &#8212; &#x41;', 'AT&T “quoted” — A'],
    ['<span class="x">tag</span> <!-- comment --> <https://a.example>', 'tag https://a.example'],
    ['footnote[^1] here', 'footnote here'],
    ['line one  \nline two\\\nline three', 'line one line two line three'],
  ])('%s', (input, expected) => {
    expect(stripInlineMarkdown(input)).toBe(expected);
  });
});

describe('markdownToBlocks', () => {
  it('separates paragraphs and headings and drops code, rules and definitions', () => {
    const blocks = markdownToBlocks(
      [
        '# Title',
        '',
        'First paragraph',
        'continues here.',
        '',
        '## Section ##',
        '',
        '```js',
        'const x = 1;',
        '```',
        '',
        '---',
        '',
        'Setext heading',
        '--------------',
        '',
        '> A quoted',
        '> paragraph.',
        '',
        '- item one',
        '- item two',
        '',
        '1. first',
        '2. second',
        '',
        '[ref]: https://example.org',
      ].join('\n'),
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Title', depth: 1 },
      { kind: 'paragraph', text: 'First paragraph continues here.' },
      { kind: 'heading', text: 'Section', depth: 2 },
      { kind: 'heading', text: 'Setext heading', depth: 2 },
      { kind: 'paragraph', text: 'A quoted paragraph.' },
      { kind: 'paragraph', text: 'item one' },
      { kind: 'paragraph', text: 'item two' },
      { kind: 'paragraph', text: 'first' },
      { kind: 'paragraph', text: 'second' },
    ]);
  });

  it('keeps a year at the start of a line inside a paragraph', () => {
    expect(markdownToBlocks('The war began in February\n2022. It has not ended.')).toEqual([
      { kind: 'paragraph', text: 'The war began in February 2022. It has not ended.' },
    ]);
  });

  it('agrees with mdast-util-from-markdown on typical article Markdown', () => {
    const markdown = [
      'Talks in **Miami** focused on [the border](https://example.org/x), _Axios_ reports.',
      '',
      '## Next Steps',
      '',
      '“It was tense. We appreciate it,” he said — after a long *five-hour* meeting.',
      '',
      '> “Our key goals remain unchanged,” Umerov wrote on `Telegram`.',
      '',
      '- One item with a ![photo](p.jpg) inside',
      '- Another & more',
      '',
      'AT&amp;T said so.',
    ].join('\n');
    const reference: Array<{ kind: string; text: string }> = [];
    const visit = (nodes: RootContent[]): void => {
      for (const node of nodes) {
        if (node.type === 'heading') reference.push({ kind: 'heading', text: toString(node) });
        else if (node.type === 'paragraph') reference.push({ kind: 'paragraph', text: toString(node) });
        else if ('children' in node) visit(node.children as RootContent[]);
      }
    };
    visit((fromMarkdown(markdown) as Root).children);
    const normalized = reference.map(({ kind, text }) => ({ kind, text: text.replace(/\s+/g, ' ').trim() }));
    expect(markdownToBlocks(markdown).map(({ kind, text }) => ({ kind, text }))).toEqual(normalized);
  });
});
