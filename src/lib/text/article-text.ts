/**
 * An article's text as its page shows it: the one text model every analysis reads.
 *
 * It is built from the very Markdown tree the page is rendered from (see
 * `collectArticleText`, run by the article pipeline's remark plugin), and it is plain,
 * serializable data, so Astro's content layer stores it with the rendered page and no body is
 * ever parsed twice.
 */

/** A heading of the body. Headings are kept apart from paragraphs: they state no claim. */
export interface TextHeading {
  /** Plain text, whitespace collapsed. */
  text: string;
  /** Heading level, 1–6. */
  depth: number;
  /** Index of the paragraph that follows the heading (= number of paragraphs before it). */
  beforeParagraph: number;
}

/** The text of an article body. */
export interface ArticleText {
  /**
   * The body's text blocks in reading order: paragraphs, list items, paragraphs of quoted
   * blocks and footnotes; plain text with whitespace collapsed, never empty. Paragraph `N` is the
   * element with the page's anchor `#p-N` (see `paragraphAnchor`).
   */
  paragraphs: string[];
  /** Headings of the body, in reading order. */
  headings: TextHeading[];
}

/** The id of paragraph `index` on the article page: `p-0`, `p-1`, … */
export function paragraphAnchor(index: number): string {
  return `p-${index}`;
}

/** The id of a body heading on the article page, from its slug: `h-next-steps`. */
export function headingAnchor(slug: string): string {
  return `h-${slug}`;
}

/**
 * Ids an article body may carry: its paragraph and heading anchors. The page's own ids never
 * take these forms, so nothing in a body can clash with them (see sanitize-schema.ts).
 */
export const BODY_ID = { paragraph: /^p-\d+$/, heading: /^h-[\p{L}\p{N}_-]*$/u } as const;
