/**
 * Each article's quotes, dated events and spellings of the names it mentions, found once per
 * build (an unchanged article's come from the previous build's cache): the story alignment
 * (src/lib/analysis/alignment.ts), the entity pages and the timeline all read these.
 */
import { getCollection } from 'astro:content';
import { codeVersion } from 'virtual:crosscheck/build-cache';
import { site } from '../config/site';
import type { FactSource } from '../lib/analysis/index.ts';
import { peopleFinder } from '../lib/analysis/claim-subject.ts';
import {
  articleExtrasKey,
  computeArticleExtras,
  isArticleExtras,
  registryFingerprint,
  type ArticleExtras,
} from '../lib/cache/article-extras';
import { createEntityRegistry, type EntityRegistry } from '../lib/entities/registry';
import type { ArticleEvent } from '../lib/events/index';
import type { Quote } from '../lib/quotes/index';
import { openCache, saveCache } from './build-cache';
import { getCorpus, toArticleInput } from './corpus';
import { oncePerBuild } from './build-memory';

/** The cache of per-article quotes, events and spellings (src/lib/cache/article-extras.ts). */
const ARTICLE_EXTRAS_CACHE = 'article-extras';

/** The entity registry and every article's quotes and events. */
export interface ArticleFactData {
  registry: EntityRegistry;
  quotesIn(articleId: string): Quote[];
  eventsIn(articleId: string): ArticleEvent[];
  /** How an article spells an entity it mentions, in order of first use. */
  spellingsIn(articleId: string, entityId: string): string[];
  /** The same, as the analysis takes it. */
  source: FactSource;
}

async function loadFacts(): Promise<ArticleFactData> {
  const { articles } = await getCorpus();
  const registry = createEntityRegistry(await getCollection('entities'));
  const cache = openCache<ArticleExtras>(ARTICLE_EXTRAS_CACHE, isArticleExtras);
  const context = { codeVersion, timeZone: site.timeZone, registry: registryFingerprint(registry) };
  const extras = new Map<string, ArticleExtras>();
  for (const article of articles) {
    const input = toArticleInput(article);
    const key = articleExtrasKey(input, article.mentions, context);
    extras.set(
      article.id,
      cache.get(key, () => computeArticleExtras(input, article.mentions, registry, site.timeZone)),
    );
  }
  saveCache(ARTICLE_EXTRAS_CACHE, cache);
  const quotesIn = (id: string) => extras.get(id)?.quotes ?? [];
  const eventsIn = (id: string) => extras.get(id)?.events ?? [];
  return {
    registry,
    quotesIn,
    eventsIn,
    spellingsIn: (articleId, entityId) => extras.get(articleId)?.spellings[entityId] ?? [],
    source: {
      of: (id) => ({ quotes: quotesIn(id), events: eventsIn(id) }),
      nameOf: (id) => registry.get(id)?.name,
      peopleIn: peopleFinder(registry),
    },
  };
}

/** The quotes and events of every article, found on first use and shared by the build. */
export const getArticleFacts: () => Promise<ArticleFactData> = oncePerBuild(loadFacts);
