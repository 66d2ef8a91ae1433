/**
 * People, places and organisations, their quotes and the dated events the
 * articles tell, computed once per build and shared by every page.
 */
import type { Story } from '../lib/analysis/index.ts';
import { byIndexName, mentionedOfKind, searchFilters, type MentionedEntity, type SearchFilter } from '../lib/entities/article-entities';
import type { EntityRegistry } from '../lib/entities/registry';
import { exportEntities, exportEvents, exportQuotes, type StoryExportExtras } from '../lib/export/stories-export';
import type { Entity, EntityKind } from '../lib/entities/types';
import { mergeEvents, type ArticleEvent, type EventGroup } from '../lib/events/index';
import { groupQuotes, type Quote, type QuoteGroup } from '../lib/quotes/index';
import { getStories } from './analysis';
import { getArticleFacts } from './article-facts';
import { getCorpus, type Article } from './corpus';
import { returnFreedMemory } from '../lib/free-memory';
import { oncePerBuild } from './build-memory';

export type { Entity, EntityKind } from '../lib/entities/types';
export type { EventGroup } from '../lib/events/index';
export type { QuoteGroup } from '../lib/quotes/index';
export type { StoryExportExtras } from '../lib/export/stories-export';
export type { SearchFilter } from '../lib/entities/article-entities';

/** One article that mentions an entity. */
export interface EntityMention {
  article: Article;
  /** Mentions in the article's text. */
  count: number;
  /** The spellings the article uses for the entity, in order of first use. */
  spellings: string[];
}

/** Everything the entity pages, the timeline and the story and article pages need. */
export interface EntityData {
  registry: EntityRegistry;
  /** Every entity, sorted by id. */
  entities: readonly Entity[];
  /** Entities of one kind, in index order (people by family name, the rest by name). */
  ofKind(kind: EntityKind): Entity[];
  /** The articles mentioning an entity, in publication order (oldest first). */
  mentionsOf(entityId: string): EntityMention[];
  /** The stories with a page and at least one article mentioning the entity, in the analysis order. */
  storiesOf(entityId: string): Story[];
  /** Every statement in the corpus, grouped across all articles, in order of first appearance. */
  quoteGroups: QuoteGroup[];
  /** Statements whose speaker is this entity. */
  quotesBy(entityId: string): QuoteGroup[];
  /** Every dated event in the corpus, merged across all articles, sorted by date. */
  events: EventGroup[];
  /** Events whose reports name this entity. */
  eventsAbout(entityId: string): EventGroup[];
  /** Quotations and events of one article. */
  quotesIn(articleId: string): Quote[];
  eventsIn(articleId: string): ArticleEvent[];
}

async function loadEntityData(): Promise<EntityData> {
  const { articles } = await getCorpus();
  const { storiesWithPages, storyPageOf } = await getStories();
  const { registry, quotesIn, eventsIn, spellingsIn } = await getArticleFacts();

  const mentionsByEntity = new Map<string, EntityMention[]>();
  for (const article of articles) {
    for (const { id, count } of article.mentions) {
      const list = mentionsByEntity.get(id) ?? [];
      list.push({ article, count, spellings: spellingsIn(article.id, id) });
      mentionsByEntity.set(id, list);
    }
  }

  const quoteGroups = groupQuotes(articles.flatMap((article) => quotesIn(article.id)));
  const events = mergeEvents(articles.flatMap((article) => eventsIn(article.id)));

  // Per-entity lookups, built once: entity pages must not each scan every story, quote and event.
  const storyOrder = new Map(storiesWithPages.map((story, index) => [story.id, index]));
  const storiesByEntity = new Map<string, Story[]>();
  for (const [entityId, mentions] of mentionsByEntity) {
    const found = new Map<string, Story>();
    for (const { article } of mentions) {
      const story = storyPageOf(article.id);
      if (story) found.set(story.id, story);
    }
    storiesByEntity.set(
      entityId,
      [...found.values()].sort((a, b) => storyOrder.get(a.id)! - storyOrder.get(b.id)!),
    );
  }
  const quotesBySpeaker = groupBy(quoteGroups, ({ speaker }) => (speaker.kind === 'entity' ? [speaker.entityId] : []));
  const eventsByEntity = groupBy(events, (event) => event.entityIds);

  return {
    registry,
    entities: registry.entities,
    ofKind: (kind) => registry.entities.filter((entity) => entity.kind === kind).sort(byIndexName),
    mentionsOf: (entityId) => mentionsByEntity.get(entityId) ?? [],
    storiesOf: (entityId) => storiesByEntity.get(entityId) ?? [],
    quoteGroups,
    quotesBy: (entityId) => quotesBySpeaker.get(entityId) ?? [],
    events,
    eventsAbout: (entityId) => eventsByEntity.get(entityId) ?? [],
    quotesIn,
    eventsIn,
  };
}

/** Items under each key `keysOf` gives them, in input order. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The entity data, computed on first use and shared by every page of the build. It is the last
 * corpus-wide analysis (it reads the stories), so the garbage of both is handed back after it.
 */
export const getEntityData: () => Promise<EntityData> = oncePerBuild(async () => {
  const data = await loadEntityData();
  returnFreedMemory();
  return data;
});

/** The people an article mentions, most mentioned first, with how often. */
export async function peopleInArticle(articleId: string): Promise<MentionedEntity[]> {
  const [{ registry }, { articleById }] = await Promise.all([getEntityData(), getCorpus()]);
  return mentionedOfKind(articleById.get(articleId)?.mentions ?? [], registry, 'person');
}

/** The `person` and `place` search filters of an article (canonical names, most mentioned first). */
export async function searchFiltersForArticle(articleId: string): Promise<SearchFilter[]> {
  const [{ registry }, { articleById }] = await Promise.all([getEntityData(), getCorpus()]);
  return searchFilters(articleById.get(articleId)?.mentions ?? [], registry);
}

interface StoryExtras {
  quoteGroups: QuoteGroup[];
  events: EventGroup[];
  export: StoryExportExtras;
}
const storyExtras = new Map<string, Promise<StoryExtras>>();

async function loadStoryExtras(storyId: string): Promise<StoryExtras> {
  const [data, { storyById }, { articleById }] = await Promise.all([getEntityData(), getStories(), getCorpus()]);
  const story = storyById.get(storyId);
  if (story === undefined) throw new Error(`no story "${storyId}"`);
  // The story's own alignment (src/lib/analysis/alignment.ts): statements and events agree with its claims.
  const quoteGroups = story.quotes;
  const events = story.events;
  return {
    quoteGroups,
    events,
    export: {
      entities: exportEntities(story.articleIds, (id) => articleById.get(id)?.mentions ?? [], data.registry),
      quotes: exportQuotes(quoteGroups),
      events: exportEvents(events),
    },
  };
}

function extrasFor(storyId: string): Promise<StoryExtras> {
  let extras = storyExtras.get(storyId);
  if (extras === undefined) {
    extras = loadStoryExtras(storyId);
    storyExtras.set(storyId, extras);
  }
  return extras;
}

/** The statements quoted in a story's articles, each with its wordings (for QuoteLedger). */
export async function quoteGroupsForStory(storyId: string): Promise<QuoteGroup[]> {
  return (await extrasFor(storyId)).quoteGroups;
}

/** The dated events a story's articles tell, sorted by date (for EventTimeline). */
export async function eventsForStory(storyId: string): Promise<EventGroup[]> {
  return (await extrasFor(storyId)).events;
}

/** Every dated event in the corpus, sorted by date. */
export async function allEvents(): Promise<EventGroup[]> {
  return (await getEntityData()).events;
}

/** The `entities`, `quotes` and `events` a story gains in `/data/stories.json`. Throws for an unknown story. */
export async function storyExportExtras(storyId: string): Promise<StoryExportExtras> {
  return (await extrasFor(storyId)).export;
}
