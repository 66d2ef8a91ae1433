/**
 * Renders an article body with Astro's own Markdown renderer and the site's article pipeline,
 * configured as astro.config.mjs configures it: what the page would show, for unit tests.
 */
import type { Entity } from '../../src/lib/entities/types.ts';
import { createArticleRenderer } from '../../src/lib/markdown/article-processor.ts';
import type { ArticleText } from '../../src/lib/text/article-text.ts';

/** Where the test site lives (external-link detection and the base path depend on it). */
export interface RenderOptions {
  entities?: readonly Entity[];
  siteUrl?: string;
  basePath?: string;
}

/** The rendered HTML and the metadata remark plugins recorded (`remarkPluginFrontmatter`). */
export interface RenderedArticle {
  html: string;
  frontmatter: Record<string, unknown>;
  text: ArticleText;
}

/** Renders Markdown exactly as an article page does. */
export async function renderArticle(markdown: string, options: RenderOptions = {}): Promise<RenderedArticle> {
  const processor = await createArticleRenderer({
    entities: options.entities ?? [],
    siteUrl: options.siteUrl ?? 'https://crosscheck.example.org',
    basePath: options.basePath ?? '/',
    image: {},
  });
  const { code, metadata } = await processor.render(markdown);
  return { html: code, frontmatter: metadata.frontmatter, text: metadata.frontmatter.articleText as ArticleText };
}
