import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSatteriParser } from './remark-satteri-parser.ts';

const cases = readFileSync(new URL('./__fixtures__/parser-cases.md', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../../content/articles/unn-post-war-borders-dominated-talks.md', import.meta.url), 'utf8');

/** The tree remark-parse with remark-gfm gives (the parser Astro's unified processor uses). */
const micromarkTree = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);
/** The tree the article processor parses with. */
const satteriTree = (markdown: string) => unified().use(remarkParse).use(remarkGfm).use(remarkSatteriParser).parse(markdown);

describe('remarkSatteriParser', () => {
  // What the article plugins read must not depend on which parser built it: same nodes, same
  // values, same positions, for every construct a captured news page brings.
  it.each([
    ['Markdown of every kind an article uses', cases],
    ['a seed article', seed.slice(seed.indexOf('\n---', 3) + 4)],
  ])('builds the tree remark builds, positions included, for %s', (_, markdown) => {
    expect(JSON.parse(JSON.stringify(satteriTree(markdown)))).toEqual(JSON.parse(JSON.stringify(micromarkTree(markdown))));
  });
  it('replaces the parser of the processor it is used on', () => {
    const processor = unified().use(remarkParse).use(remarkSatteriParser).freeze();
    // Without GitHub's extensions, remark reads `~~x~~` as text; Sätteri parses them.
    expect(JSON.stringify(processor.parse('~~struck~~'))).toContain('"type":"delete"');
  });
});
