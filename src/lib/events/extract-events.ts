import type { EntityRegistry } from '../entities/registry.ts';
import type { ArticleText } from '../text/article-text.ts';
import { findQuoteSpans } from '../text/quote-spans.ts';
import { textDocument } from '../text/text-document.ts';
import { publicationDay } from './calendar.ts';
import { findDateExpressions, type FoundExpression } from './date-expressions.ts';
import { eventLineOf } from './event-line.ts';
import { resolveDate } from './resolve-date.ts';
import { tenseAt } from './tense.ts';
import type { ArticleEvent } from './types.ts';

/** What extractEvents needs to know about an article. */
export interface EventSource {
  id: string;
  /** `YYYY-MM-DD` or an ISO date-time with offset. */
  published: string;
  publishedInferred: boolean;
  /** The article's text model (see src/lib/text). */
  text: ArticleText;
}

/** Optional collaborators of extractEvents. */
export interface ExtractEventsOptions {
  /** When given, each event lists the entities named near its date. */
  registry?: EntityRegistry;
}

/**
 * The part of the sentence that belongs to each expression: a sentence with
 * two dates ("travel to Moscow on Monday and meet with Putin on Tuesday") is
 * cut halfway between them, so each date keeps the words nearest to it.
 */
function portions(sentence: string, found: readonly FoundExpression[]): { start: number; end: number }[] {
  // Cut at a space near the midpoint, so no word is split between two dates.
  const cut = (from: number, to: number): number => {
    const middle = Math.floor((from + to) / 2);
    const space = sentence.lastIndexOf(' ', middle);
    return space > from ? space : middle;
  };
  return found.map((expression, index) => {
    const previous = found[index - 1];
    const next = found[index + 1];
    return {
      start: previous === undefined ? 0 : cut(previous.end, expression.start),
      end: next === undefined ? sentence.length : cut(expression.end, next.start),
    };
  });
}

/**
 * Dated events of one article: one per date expression (explicit dates,
 * weekdays, today/tomorrow/yesterday, this/next/last week, month and year),
 * resolved against the publication day in `timeZone` (an IANA zone such as
 * "Europe/Kyiv"); see resolveDate for the rules. The event's text is its
 * sentence. Relative days (today, tomorrow) inside quotations are skipped: they
 * count from when the words were spoken, which the text does not say.
 * Output is in text order.
 */
export function extractEvents(article: EventSource, timeZone: string, options: ExtractEventsOptions = {}): ArticleEvent[] {
  const published = publicationDay(article.published, timeZone);
  const events: ArticleEvent[] = [];
  const document = textDocument(article.text);
  for (const sentence of document.attributedSentences) {
    const quotes = findQuoteSpans(sentence.text);
    const found = findDateExpressions(sentence.text).filter(
      (candidate) =>
        candidate.expression.type !== 'relative-day' ||
        !quotes.some((quote) => quote.start < candidate.start && candidate.end <= quote.end),
    );
    const parts = portions(sentence.text, found);
    found.forEach((candidate, index) => {
      const tense = tenseAt(sentence.text, candidate.start, candidate.end);
      const resolved = resolveDate(candidate.expression, published, tense);
      if (resolved === null) return;
      const part = parts[index] ?? { start: 0, end: sentence.text.length };
      const context = sentence.text.slice(part.start, part.end).trim();
      const line = eventLineOf(
        {
          sentence: sentence.text,
          expression: candidate,
          previous: found[index - 1],
          next: found[index + 1],
          // Its paragraph so far: where a pronoun subject's name is found.
          before: document.plainText.slice(document.blocks[sentence.block]?.start ?? sentence.start, sentence.start),
        },
        options.registry,
      );
      events.push({
        articleId: article.id,
        date: resolved.date,
        precision: resolved.precision,
        expression: candidate.text,
        text: sentence.text,
        context,
        start: sentence.start + candidate.start,
        end: sentence.start + candidate.end,
        tense,
        inferred: article.publishedInferred && resolved.dependsOnPublication,
        entityIds: entitiesIn(options.registry, line.text),
        line: line.text,
        who: line.who,
        where: line.where,
      });
    });
  }
  return events;
}

/** Sorted ids of the non-country entities named in `text`. */
function entitiesIn(registry: EntityRegistry | undefined, text: string): string[] {
  if (registry === undefined) return [];
  const ids = new Set<string>();
  for (const mention of registry.findMentions(text)) {
    const entity = registry.get(mention.entityId);
    const isCountry = entity?.kind === 'place' && entity.country === undefined;
    if (entity !== undefined && !isCountry) ids.add(entity.id);
  }
  return [...ids].sort();
}
