/**
 * One alignment per story: which sentences of its articles are the same statement, quote or
 * event. Every section of a story (the coverage matrix, "only in", quotes, events, the
 * article pages' margin notes, `/data/stories.json`) reads this one result, so no section
 * pairs what another keeps apart.
 *
 * Sentences are linked before the claims are aligned by similarity:
 * - the sentences of one quotation, within an article: a quotation split at its own full
 *   stops is one claim, so a claim never shows half a quotation;
 * - the sentences of one statement (quotes grouped by speaker and wording, groupQuotes);
 * - the sentences of one event (same date and happening, or a vaguer date that contains a
 *   more precise one and tells the same happening: "next week" with "December 2").
 * The claims are then aligned (claims.ts) with those links, and the statements and events
 * regrouped so that quotes and events in one claim are one statement or event too. An event's
 * articles are the articles of its claims: an article that tells the event without a date
 * still reports it.
 */
import type { ArticleEvent, EventGroup } from '../events/types.ts';
import { mergeEvents } from '../events/merge-events.ts';
import { groupQuotes } from '../quotes/group-quotes.ts';
import type { Quote, QuoteGroup } from '../quotes/types.ts';
import { textDocument } from '../text/text-document.ts';
import { words } from '../text/tokens.ts';
import { alignClaims, type ClaimOptions, type SentenceWeights } from './claims.ts';
import type { NamedPerson } from './claim-subject.ts';
import type { ArticleDoc, SentenceDoc } from './document.ts';
import type { Claim } from './types.ts';

/** The quotes and dated events of one article (from src/lib/quotes and src/lib/events). */
export interface ArticleFacts {
  quotes: readonly Quote[];
  events: readonly ArticleEvent[];
}

/** What the analysis knows beyond the text: each article's quotes and events, and entity names. */
export interface FactSource {
  /** The quotes and events of an article; undefined for none. */
  of(articleId: string): ArticleFacts | undefined;
  /** The display name of an entity, to name a speaker a claim calls "He" or "She". */
  nameOf(entityId: string): string | undefined;
  /** The people a text names (offsets in it), to tell whom a claim's "He" or "They" stands for. */
  peopleIn?(text: string): readonly NamedPerson[];
}

/** A story's claims, statements and events, aligned with one another. */
export interface StoryAlignment {
  claims: Claim[];
  /** Statements quoted in the story, in order of first appearance. */
  quotes: QuoteGroup[];
  /** Dated events, sorted by date. */
  events: EventGroup[];
}

/** The story's sentences in article order, with the member each comes from. */
interface StorySentences {
  sentences: SentenceDoc[];
  memberOf: number[];
  /** Index of each member's first sentence in `sentences`, and one past the last. */
  firstOf: number[];
}

function storySentences(members: readonly ArticleDoc[]): StorySentences {
  const sentences: SentenceDoc[] = [];
  const memberOf: number[] = [];
  const firstOf: number[] = [];
  members.forEach((doc, member) => {
    firstOf.push(sentences.length);
    for (const sentence of doc.sentences) {
      sentences.push(sentence);
      memberOf.push(member);
    }
  });
  firstOf.push(sentences.length);
  return { sentences, memberOf, firstOf };
}

/** Indexes of a member's sentences overlapping [start, end) of its plain text. */
function sentencesOverlapping(story: StorySentences, member: number, start: number, end: number): number[] {
  const found: number[] = [];
  for (let i = story.firstOf[member]!; i < story.firstOf[member + 1]!; i++) {
    const sentence = story.sentences[i]!;
    if (sentence.start < Math.max(end, start + 1) && start < sentence.end) found.push(i);
  }
  return found;
}

/** Links every sentence of `indexes` to the first. */
function linkAll(indexes: readonly number[], links: Array<[number, number]>): void {
  for (let k = 1; k < indexes.length; k++) links.push([indexes[0]!, indexes[k]!]);
}

/**
 * Aligns one story: `members` in publication order, `reportOfMember` their independent
 * reports; `facts` gives their quotes and events (without it, only quotations are kept whole).
 */
export function alignStory(
  members: readonly ArticleDoc[],
  reportOfMember: readonly number[],
  weights: SentenceWeights,
  options: ClaimOptions,
  facts?: FactSource,
): StoryAlignment {
  const story = storySentences(members);
  const memberById = new Map(members.map((doc, member) => [doc.article.id, member]));
  const quotations: Array<[number, number]> = [];
  const links: Array<[number, number]> = [];

  // A quotation's sentences, within each article.
  members.forEach((doc, member) => {
    for (const span of textDocument(doc.article.text).quotations)
      linkAll(sentencesOverlapping(story, member, span.start, span.end), quotations);
  });

  const quotes = members.flatMap((doc) => facts?.of(doc.article.id)?.quotes ?? []);
  const events = members.flatMap((doc) => facts?.of(doc.article.id)?.events ?? []);
  const quoteSentences = (quote: Quote) => sentencesOverlapping(story, memberById.get(quote.articleId)!, quote.start, quote.end);
  const eventSentences = (event: ArticleEvent) => sentencesOverlapping(story, memberById.get(event.articleId)!, event.start, event.end);

  // One statement's sentences, across articles: groups name their wordings, so find the quotes by wording.
  const quotesByWording = new Map<string, Quote[]>();
  for (const quote of quotes) {
    const key = `${quote.articleId} ${words(quote.text).join(' ')}`;
    quotesByWording.set(key, [...(quotesByWording.get(key) ?? []), quote]);
  }
  for (const group of groupQuotes(quotes)) {
    const grouped = group.variants.flatMap((variant) =>
      variant.articleIds.flatMap((id) => quotesByWording.get(`${id} ${words(variant.text).join(' ')}`) ?? []),
    );
    linkAll(
      grouped.flatMap((quote) => quoteSentences(quote).slice(0, 1)),
      links,
    );
  }
  // One event's sentences, across articles and precisions.
  for (const group of mergeEvents(events, { acrossPrecision: true })) {
    linkAll(
      group.reports.flatMap((event) => eventSentences(event).slice(0, 1)),
      links,
    );
  }

  const claims = alignClaims(members, reportOfMember, weights, options, { quotations, facts: links }, facts);

  const claimOfSentence = new Map<SentenceDoc, Claim>();
  for (const claim of claims) {
    for (const ref of claim.sentences) {
      const member = memberById.get(ref.articleId)!;
      for (let i = story.firstOf[member]!; i < story.firstOf[member + 1]!; i++) {
        const sentence = story.sentences[i]!;
        if (sentence.paragraph === ref.paragraph && sentence.index === ref.sentence) claimOfSentence.set(sentence, claim);
      }
    }
  }
  const claimAt = (indexes: readonly number[]) => (indexes.length === 0 ? undefined : claimOfSentence.get(story.sentences[indexes[0]!]!));

  const statements = groupQuotes(quotes, { claimOf: (quote) => claimAt(quoteSentences(quote))?.id });
  const order = new Map(members.map((doc, member) => [doc.article.id, member]));
  const dated = mergeEvents(events, { claimOf: (event) => claimAt(eventSentences(event))?.id, acrossPrecision: true }).map(
    (group): EventGroup => {
      const articleIds = new Set(group.articleIds);
      for (const report of group.reports) for (const id of claimAt(eventSentences(report))?.articleIds ?? []) articleIds.add(id);
      return { ...group, articleIds: [...articleIds].sort((a, b) => order.get(a)! - order.get(b)!) };
    },
  );
  return { claims, quotes: statements, events: dated };
}
