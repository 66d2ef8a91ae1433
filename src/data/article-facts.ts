/**
 * Each article's quotes and dated events, found once per build: the story alignment
 * (src/lib/analysis/alignment.ts), the entity pages and the timeline all read these.
 */
import { getCollection } from 'astro:content';
import { site } from '../config/site';
import type { FactSource } from '../lib/analysis/index.ts';
import { createEntityRegistry, type EntityRegistry } from '../lib/entities/registry';
import { extractEvents, type ArticleEvent } from '../lib/events/index';
import { extractQuotes, type Quote } from '../lib/quotes/index';
import { getCorpus, toArticleInput } from './corpus';

/** The entity registry and every article's quotes and events. */
export interface ArticleFactData {
  registry: EntityRegistry;
  quotesIn(articleId: string): Quote[];
  eventsIn(articleId: string): ArticleEvent[];
  /** The same, as the analysis takes it. */
  source: FactSource;
}

async function loadFacts(): Promise<ArticleFactData> {
  const { articles } = await getCorpus();
  const registry = createEntityRegistry(await getCollection('entities'));
  const quotes = new Map<string, Quote[]>();
  const events = new Map<string, ArticleEvent[]>();
  for (const article of articles) {
    const input = toArticleInput(article);
    quotes.set(article.id, extractQuotes(input, registry));
    events.set(article.id, extractEvents(input, site.timeZone, { registry }));
  }
  const quotesIn = (id: string) => quotes.get(id) ?? [];
  const eventsIn = (id: string) => events.get(id) ?? [];
  return {
    registry,
    quotesIn,
    eventsIn,
    source: {
      of: (id) => ({ quotes: quotesIn(id), events: eventsIn(id) }),
      nameOf: (id) => registry.get(id)?.name,
    },
  };
}

let facts: Promise<ArticleFactData> | undefined;

/** The quotes and events of every article, found on first use and shared by the build. */
export function getArticleFacts(): Promise<ArticleFactData> {
  facts ??= loadFacts();
  return facts;
}
