/**
 * Questions the pages ask of a story's claims.
 */
import type { Claim, Story } from './types.ts';

/** Claims carried by this article alone. */
export function uniqueClaims(story: Story, articleId: string): Claim[] {
  return story.claims.filter((claim) => claim.articleIds.length === 1 && claim.articleIds[0] === articleId);
}

/** Claims carried by one or more articles, all from this outlet (by outlet id). */
export function claimsOnlyIn(story: Story, outletId: string): Claim[] {
  const outletOf = new Map(story.articles.map((article) => [article.id, article.outlet]));
  return story.claims.filter((claim) => claim.articleIds.every((id) => outletOf.get(id) === outletId));
}

/** Claims carried by this article and at least one other. */
export function sharedClaims(story: Story, articleId: string): Claim[] {
  return story.claims.filter((claim) => claim.articleIds.length > 1 && claim.articleIds.includes(articleId));
}

/** A sentence of an article with its claim and the other articles that carry it. */
export interface SentenceWithClaim {
  paragraph: number;
  sentence: number;
  text: string;
  claim: Claim;
  /** Other articles carrying the claim, in story order (empty when unique). */
  otherArticleIds: string[];
}

/** Every sentence of one article in reading order, each with its claim. */
export function sentencesWithClaims(story: Story, articleId: string): SentenceWithClaim[] {
  const result: SentenceWithClaim[] = [];
  for (const claim of story.claims) {
    const ref = claim.sentences.find((sentence) => sentence.articleId === articleId);
    if (ref === undefined) continue;
    result.push({
      paragraph: ref.paragraph,
      sentence: ref.sentence,
      text: ref.text,
      claim,
      otherArticleIds: claim.articleIds.filter((id) => id !== articleId),
    });
  }
  return result.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
}
