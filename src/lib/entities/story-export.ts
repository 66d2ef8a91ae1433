/**
 * What `/data/stories.json` gains per story from entities, quotes and events:
 * plain JSON with a fixed key order and a fixed element order, so the same
 * content always serializes to the same bytes.
 */
import { eventText } from '../events/timeline';
import type { EventGroup } from '../events/types';
import type { QuoteGroup } from '../quotes/types';
import type { EntityRegistry } from './registry';
import type { EntityKind } from './types';

/** An entity named in a story, with the story's articles that name it. */
export interface ExportedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Article ids, in the story's article order. */
  articles: string[];
}

/** One wording of a quotation in one article. */
export interface ExportedQuoteVariant {
  text: string;
  article: string;
}

/** One statement with every wording the story's articles give it. */
export interface ExportedQuote {
  /** The speaker's entity id, or an unnamed source's description as written ("one Ukrainian official"). */
  speaker: string;
  /** One per (wording, article) pair: wordings in order of first appearance, then articles in story order. */
  variants: ExportedQuoteVariant[];
}

/** A dated event told by the story's articles. */
export interface ExportedEvent {
  /** `YYYY-MM-DD` for a single day, else the span of days the text gives (a week, a month, a year). */
  date: string | { start: string; end: string };
  /** The sentence of the first article that reports it, as written. */
  text: string;
  /** Article ids, in order of first report. */
  articles: string[];
  /** True when the date was worked out only from inferred publication dates. */
  inferred: boolean;
}

export interface StoryExportExtras {
  entities: ExportedEntity[];
  quotes: ExportedQuote[];
  events: ExportedEvent[];
}

/**
 * Entities mentioned by a story's articles, sorted by id; each lists the
 * articles mentioning it in the order of `articleIds`. Ids the registry does
 * not know are skipped.
 */
export function exportEntities(
  articleIds: readonly string[],
  mentionsOf: (articleId: string) => readonly { id: string }[],
  registry: Pick<EntityRegistry, 'get'>,
): ExportedEntity[] {
  const articlesOf = new Map<string, string[]>();
  for (const articleId of articleIds) {
    for (const { id } of mentionsOf(articleId)) {
      const list = articlesOf.get(id) ?? [];
      if (!list.includes(articleId)) list.push(articleId);
      articlesOf.set(id, list);
    }
  }
  return [...articlesOf.keys()].sort().flatMap((id) => {
    const entity = registry.get(id);
    return entity === undefined ? [] : [{ id, kind: entity.kind, name: entity.name, articles: articlesOf.get(id) ?? [] }];
  });
}

/** Quote groups as exported: one variant object per (wording, article) pair. */
export function exportQuotes(groups: readonly QuoteGroup[]): ExportedQuote[] {
  return groups.map((group) => ({
    speaker: group.speaker.kind === 'entity' ? group.speaker.entityId : group.speaker.description,
    variants: group.variants.flatMap((variant) => variant.articleIds.map((article) => ({ text: variant.text, article }))),
  }));
}

/** Event groups as exported, in their (date) order. */
export function exportEvents(groups: readonly EventGroup[]): ExportedEvent[] {
  return groups.map((group) => ({
    date: group.date.start === group.date.end ? group.date.start : { start: group.date.start, end: group.date.end },
    text: eventText(group),
    articles: [...group.articleIds],
    inferred: group.inferred,
  }));
}
