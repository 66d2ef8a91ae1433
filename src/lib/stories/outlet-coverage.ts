/**
 * A story's outlets by how much of it they carry, for the "229 articles from 170 outlets"
 * line, the matrix columns and "what each outlet adds".
 */
import type { Claim, Story } from '../analysis/types.ts';

/** One outlet's part in a story. */
export interface OutletCoverage {
  /** Outlet id. */
  outlet: string;
  outletName: string;
  /** The outlet's articles in the story, in story order. */
  articleIds: string[];
}

/** The story's outlets, most articles first; ties in order of first appearance. */
export function outletCoverage(story: Pick<Story, 'articles'>): OutletCoverage[] {
  const byOutlet = new Map<string, OutletCoverage>();
  for (const article of story.articles) {
    let entry = byOutlet.get(article.outlet);
    if (entry === undefined) {
      entry = { outlet: article.outlet, outletName: article.outletName, articleIds: [] };
      byOutlet.set(article.outlet, entry);
    }
    entry.articleIds.push(article.id);
  }
  // Map order is first appearance; a stable sort keeps it among equals.
  return [...byOutlet.values()].sort((a, b) => b.articleIds.length - a.articleIds.length);
}

/** Claims that only one outlet carries (in one or more of its articles), by outlet id, in story order. */
export function claimsOnlyInEachOutlet(story: Pick<Story, 'articles' | 'claims'>): Map<string, Claim[]> {
  const outletOf = new Map(story.articles.map((article) => [article.id, article.outlet]));
  const only = new Map<string, Claim[]>();
  for (const claim of story.claims) {
    const outlet = outletOf.get(claim.articleIds[0] ?? '');
    if (outlet === undefined || !claim.articleIds.every((id) => outletOf.get(id) === outlet)) continue;
    only.set(outlet, [...(only.get(outlet) ?? []), claim]);
  }
  return only;
}

/** "229 articles from 170 outlets" */
export function articlesFromOutlets(story: Pick<Story, 'articleIds' | 'outlets'>): string {
  const articles = story.articleIds.length;
  const outlets = story.outlets.length;
  return `${articles} ${articles === 1 ? 'article' : 'articles'} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`;
}
