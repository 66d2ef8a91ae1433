/**
 * The public stories export (e.g. /stories.json): plain JSON with a fixed key order, so that
 * `JSON.stringify` of the same analysis is byte-identical on every build.
 */
import type { ArticleInput } from '../article-input.ts';
import type { CorpusAnalysis } from './types.ts';

/** How the site builds URLs for stories and articles. */
export interface ExportUrls {
  story(slug: string): string;
  article(id: string): string;
}

/** Version 1 of the stories export. */
export interface StoriesExport {
  version: 1;
  stories: ExportedStory[];
}

export interface ExportedStory {
  id: string;
  slug: string;
  url: string;
  headline: string;
  /** Present only when an editor wrote one. */
  summary?: string;
  start: string;
  end: string;
  articles: ExportedArticle[];
  reports: ExportedReport[];
  claims: ExportedClaim[];
}

export interface ExportedArticle {
  id: string;
  url: string;
  /** Outlet id. */
  outlet: string;
  published: string;
}

export interface ExportedReport {
  origin: string;
  articles: string[];
  reason: string;
}

export interface ExportedClaim {
  text: string;
  articles: string[];
  /** Number of independent reports carrying the claim. */
  reports: number;
}

/** Builds the export; stories in the analysis order (newest activity first). */
export function storiesExport(analysis: CorpusAnalysis, articles: readonly ArticleInput[], urlFor: ExportUrls): StoriesExport {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return {
    version: 1,
    stories: analysis.stories.map((story): ExportedStory => {
      // Keys are assigned in a fixed order; `summary` only when present.
      const exported: ExportedStory = {
        id: story.id,
        slug: story.slug,
        url: urlFor.story(story.slug),
        headline: story.headline,
        ...(story.summary === undefined ? {} : { summary: story.summary }),
        start: story.start,
        end: story.end,
        articles: story.articleIds.map((id): ExportedArticle => {
          const article = byId.get(id);
          if (article === undefined) throw new Error(`Article ${id} of story ${story.id} is missing from the export input`);
          return { id, url: urlFor.article(id), outlet: article.outlet, published: article.published };
        }),
        reports: story.reports.map((report): ExportedReport => ({
          origin: report.origin,
          articles: [...report.articleIds],
          reason: report.reason,
        })),
        claims: story.claims.map((claim): ExportedClaim => ({
          text: claim.text,
          articles: [...claim.articleIds],
          reports: claim.reports,
        })),
      };
      return exported;
    }),
  };
}
