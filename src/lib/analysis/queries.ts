/**
 * Questions the pages ask of a story's claims.
 */
import { balanceQuotationMarks } from '../text/quote-marks.ts';
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

/** A passage of an article (its sentences of one claim) with the claim and the other articles that carry it. */
export interface SentenceWithClaim {
  /** Where the passage starts. */
  paragraph: number;
  sentence: number;
  /** The article's own words for the claim: its sentences of the claim, quotation marks balanced. */
  text: string;
  claim: Claim;
  /** Other articles carrying the claim, in story order (empty when unique). */
  otherArticleIds: string[];
}

/** Every claim one article carries, once, in reading order of where the article says it. */
export function sentencesWithClaims(story: Story, articleId: string): SentenceWithClaim[] {
  const result: SentenceWithClaim[] = [];
  for (const claim of story.claims) {
    const own = claim.sentences.filter((ref) => ref.articleId === articleId);
    const first = own[0];
    if (first === undefined) continue;
    let text = '';
    own.forEach((ref, k) => {
      const previous = own[k - 1];
      const consecutive = previous !== undefined && previous.paragraph === ref.paragraph && previous.sentence + 1 === ref.sentence;
      text += k === 0 ? ref.text : consecutive ? ` ${ref.text}` : ` … ${ref.text}`;
    });
    result.push({
      paragraph: first.paragraph,
      sentence: first.sentence,
      text: balanceQuotationMarks(text),
      claim,
      otherArticleIds: claim.articleIds.filter((id) => id !== articleId),
    });
  }
  return result.sort((a, b) => a.paragraph - b.paragraph || a.sentence - b.sentence);
}
