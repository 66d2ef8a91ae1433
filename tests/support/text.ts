/**
 * Text models for unit tests, built the one way the site builds them: Markdown through the
 * article pipeline (src/lib/markdown/article-text.ts). Plain prose is Markdown too.
 */
import type { ArticleText } from '../../src/lib/text/article-text.ts';
import { articleProcessor, articleTextFromMarkdown } from '../../src/lib/markdown/article-text.ts';
import { textDocument } from '../../src/lib/text/text-document.ts';

const processor = articleProcessor();

/** The text model of a Markdown body. */
export function articleText(markdown: string): ArticleText {
  return articleTextFromMarkdown(markdown, processor);
}

/** The plain text (blocks separated by blank lines) a Markdown body reads as. */
export function plainTextOf(text: ArticleText): string {
  return textDocument(text).plainText;
}

/** Articles with the text model of their Markdown body added, as the site's corpus has it. */
export function withText<T extends { body: string }>(articles: readonly T[]): Array<T & { text: ArticleText }> {
  return articles.map((article) => ({ ...article, text: articleText(article.body) }));
}
