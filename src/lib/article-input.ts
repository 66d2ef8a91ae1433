import type { ArticleText } from './text/article-text.ts';

/**
 * An article as the analysis modules see it: plain data with no Astro types, so that
 * everything in src/lib can be unit-tested on hand-written fixtures.
 */
export interface ArticleInput {
  /** Collection id, also the URL slug: `/articles/<id>/`. */
  id: string;
  /** Headline as displayed (may be editorial). */
  headline: string;
  /** Outlet id (a key of the outlets collection). */
  outlet: string;
  /** Outlet display name, e.g. "UNN". */
  outletName: string;
  /** Publication date: `YYYY-MM-DD`, or an ISO date-time with offset. */
  published: string;
  /** True when the publication date is inferred rather than stated by the outlet. */
  publishedInferred: boolean;
  /**
   * The body's text as the page shows it, built from the rendered Markdown tree (see
   * `collectArticleText`); the analyses never parse Markdown themselves.
   */
  text: ArticleText;
  /** URL of the article at its outlet. */
  url: string;
  /** The report this article says it retells, when known from its metadata. */
  retells?: { outlet: string; url?: string };
  /** An editor's pin: the slug of the story this article belongs to. */
  story?: string;
}
