/**
 * What the story page shows of a story's claims: a matrix ordered so the facts
 * everyone carries come first and single-outlet claims last.
 */
import type { Claim, Story } from './types.ts';

/** One row of the coverage matrix: a claim and, per article column, whether it carries it. */
export interface CoverageRow {
  claim: Claim;
  carried: boolean[];
}

/** Claims most widely carried first (by independent reports, then articles); ties keep story order. */
export function coverageRows(story: Story): CoverageRow[] {
  return story.claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => b.claim.reports - a.claim.reports || b.claim.articleIds.length - a.claim.articleIds.length || a.index - b.index)
    .map(({ claim }) => ({ claim, carried: story.articleIds.map((id) => claim.articleIds.includes(id)) }));
}

/** “3 articles · 2 independent reports” */
export function coverageSummary(story: Story): string {
  const articles = story.articleIds.length;
  const reports = story.reports.length;
  return `${articles} ${articles === 1 ? 'article' : 'articles'} · ${reports} independent ${reports === 1 ? 'report' : 'reports'}`;
}
