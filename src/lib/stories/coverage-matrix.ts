/**
 * The claims × outlets coverage matrix at any story size. A story of 300 articles has
 * thousands of claims and a hundred outlets; the story page shows the most widely reported
 * claims against the outlets that carry most of them, and the matrix page shows every claim
 * more than one article carries, up to a cell budget that keeps the page small.
 */
import type { Claim, Story } from '../analysis/types.ts';
import { outletCoverage, type OutletCoverage } from './outlet-coverage.ts';

/** How much of the matrix to show. */
export interface MatrixLimits {
  /** Rows at most. */
  claims: number;
  /** Columns at most. */
  outlets: number;
  /** Leave out claims carried by fewer articles than this (1 keeps every claim). */
  minArticles: number;
}

/** A matrix ready to render. */
export interface CoverageMatrix {
  /** Rows: most widely reported first (independent reports, then articles, then story order). */
  claims: Claim[];
  /** Columns: the outlets carrying most of the rows, those carrying most first (ties in the story's order). */
  outlets: OutletCoverage[];
  /** `carried[row][column]`: whether any of the outlet's articles carries the claim. */
  carried: boolean[][];
  /** `sources[row][column]`: where the outlet's first article carrying the claim says it, else null. */
  sources: Array<Array<{ articleId: string; paragraph: number } | null>>;
  /** `carries[column]`: how many of the rows the outlet carries. */
  carries: number[];
  /** How many claims and outlets the whole story has, to say what is left out. */
  totalClaims: number;
  totalOutlets: number;
  /** Claims that pass `minArticles`, whether shown or not. */
  eligibleClaims: number;
}

/** The story page's matrix: the 12 most widely reported claims × the 10 outlets carrying most. */
export const SUMMARY_MATRIX: MatrixLimits = { claims: 12, outlets: 10, minArticles: 1 };

/**
 * The matrix page: every claim two or more articles carry, × every outlet, up to about
 * 12,000 cells (150 × 80), which keeps it near 30 KB gzipped on a story of 300 articles.
 */
export const FULL_MATRIX: MatrixLimits = { claims: 150, outlets: 80, minArticles: 2 };

/** Builds the matrix of `story` within `limits`. */
export function coverageMatrix(story: Pick<Story, 'articles' | 'claims' | 'outlets'>, limits: MatrixLimits): CoverageMatrix {
  const eligible = story.claims
    .map((claim, index) => ({ claim, index }))
    .filter(({ claim }) => claim.articleIds.length >= limits.minArticles);
  const claims = eligible
    .sort((a, b) => b.claim.reports - a.claim.reports || b.claim.articleIds.length - a.claim.articleIds.length || a.index - b.index)
    .slice(0, limits.claims)
    .map(({ claim }) => claim);
  const outletOf = new Map(story.articles.map((article) => [article.id, article.outlet]));
  const rowOutlets = claims.map((claim) => new Set(claim.articleIds.map((id) => outletOf.get(id))));
  const firstArticle = new Map<string, number>();
  story.articles.forEach((article, index) => {
    if (!firstArticle.has(article.outlet)) firstArticle.set(article.outlet, index);
  });
  const coverage = outletCoverage(story).map((outlet, order) => ({
    outlet,
    order,
    carries: rowOutlets.filter((outlets) => outlets.has(outlet.outlet)).length,
  }));
  // Chosen and ordered by how much they carry (then the story's order): the fullest columns first.
  const chosen = coverage
    .sort((a, b) => b.carries - a.carries || firstArticle.get(a.outlet.outlet)! - firstArticle.get(b.outlet.outlet)!)
    .slice(0, limits.outlets);
  const outlets = chosen.map(({ outlet }) => outlet);
  return {
    claims,
    outlets,
    carried: rowOutlets.map((carriers) => outlets.map((outlet) => carriers.has(outlet.outlet))),
    sources: claims.map((claim) =>
      outlets.map((outlet) => {
        const ref = claim.sentences.find((sentence) => outletOf.get(sentence.articleId) === outlet.outlet);
        return ref === undefined ? null : { articleId: ref.articleId, paragraph: ref.paragraph };
      }),
    ),
    carries: chosen.map(({ carries }) => carries),
    totalClaims: story.claims.length,
    totalOutlets: story.outlets.length,
    eligibleClaims: eligible.length,
  };
}
