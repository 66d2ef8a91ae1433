/**
 * The one Markdown → text path outside the site build: the benchmark and unit tests read
 * Markdown through exactly the processor the site renders with (remark-parse, GFM, our article
 * plugins), so their text models equal what Astro stores for the page.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { type PluggableList, unified } from 'unified';
import { VFile } from 'vfile';
import type { Entity } from '../entities/types.ts';
import type { ArticleText } from '../text/article-text.ts';
import { articleRemarkPlugins } from './pipeline.ts';

/** A Markdown processor as the site configures it (astro.config.mjs: `unified({ gfm: true })`). */
export function articleProcessor(entities: readonly Entity[] = []) {
  // Our plugins are functions and [function, options] pairs, never Astro's plugin names.
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(articleRemarkPlugins(entities) as PluggableList);
}

/** The text model of a Markdown body, as the article pipeline builds it. */
export function articleTextFromMarkdown(markdown: string, processor = articleProcessor()): ArticleText {
  const file = new VFile(markdown);
  processor.runSync(processor.parse(file) as Root, file);
  return file.data.astro?.frontmatter?.articleText as ArticleText;
}
