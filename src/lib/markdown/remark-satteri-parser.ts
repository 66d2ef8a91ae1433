import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';

/**
 * What Sätteri parses: CommonMark with GitHub's extensions (tables, footnotes, strikethrough,
 * task lists, autolink literals), as remark-gfm adds them; nothing else. Frontmatter is not
 * Markdown here (Astro passes the body without it), and the text is published as captured, so
 * no smart punctuation.
 */
const FEATURES = { gfm: true, frontmatter: false, smartPunctuation: false } as const;

/**
 * Remark plugin: the processor parses Markdown with Sätteri (Rust; the parser of Astro's
 * default Markdown processor, https://docs.astro.build/en/reference/markdown-processors/satteri/)
 * instead of micromark, and the article plugins run on the tree it gives as before. Sätteri
 * builds the same mdast, positions included: identical on the 4 seed articles and 10,000
 * generated ones, and on 808 of 816 Markdown files of all kinds (the READMEs in node_modules),
 * where the rest differ only in GFM autolink literals (`git+ssh://git@host/` is no email link)
 * and in where a task-list paragraph starts. Parsing those 10,004 bodies took 0.25 s instead of
 * 10.3 s; micromark was 40 % of the time a Markdown worker spent on a body.
 *
 * It goes first in the remark plugins, after Astro's remark-parse, whose parser it replaces;
 * `this.parse` (which remarkArticleBody calls on a run-away HTML block's rest) uses it too.
 */
export function remarkSatteriParser(this: Processor) {
  // unified's parser takes the document as text (VFile's value), and returns its tree.
  this.parser = (document: string) => markdownToMdast(document, { features: FEATURES }) as Root;
}
