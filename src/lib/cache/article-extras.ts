/**
 * What the build computes for one article alone, beyond its rendered page: its quotations, its
 * dated events and the spellings it uses for each entity it mentions. These depend only on the
 * article and the entity registry, so the build caches them by content hash (see keyed-cache.ts
 * and src/data/build-cache.ts); the corpus-wide steps (grouping quotes and events, stories)
 * run on every build from these.
 */
import type { ArticleInput } from '../article-input.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import { extractEvents } from '../events/index.ts';
import type { ArticleEvent } from '../events/index.ts';
import { extractQuotes, type Quote } from '../quotes/index.ts';
import { textDocument } from '../text/text-document.ts';
import { fingerprint } from './keyed-cache.ts';

/** The per-article results the entity data is built from. */
export interface ArticleExtras {
  /** Quotations in the article, in reading order (extractQuotes). */
  quotes: Quote[];
  /** Dated events the article tells (extractEvents). */
  events: ArticleEvent[];
  /** For each entity the article mentions, its spellings in order of first use (spellingsIn). */
  spellings: Record<string, string[]>;
}

/** Everything outside the article that its extras depend on; part of every key. */
export interface ExtrasContext {
  /**
   * Version of the code that computes the extras: a hash of the analysis sources (see
   * src/integrations/build-cache.ts), so any change to them invalidates every entry.
   */
  codeVersion: string;
  /** The site's IANA time zone: event dates resolve in it. */
  timeZone: string;
  /** Fingerprint of the entity registry (registryFingerprint): speakers, event entities, spellings. */
  registry: string;
}

/**
 * Fingerprint of an entity registry: every entity with its aliases, in id order. Adding,
 * removing or renaming an alias changes it, and so every article's key.
 */
export function registryFingerprint(registry: Pick<EntityRegistry, 'entities'>): string {
  return fingerprint(registry.entities);
}

/**
 * The cache key of an article's extras: a hash of the article as the analyses see it (headline,
 * outlet, date, text model, pins…), the mentions the page's remark plugin found, and the
 * context. Two builds give the same key exactly when the extras would come out the same.
 */
export function articleExtrasKey(
  article: ArticleInput,
  mentions: readonly { id: string; count: number }[],
  context: ExtrasContext,
): string {
  return fingerprint({ article, mentions, context });
}

/** Computes an article's extras (what a cache miss costs). */
export function computeArticleExtras(
  article: ArticleInput,
  mentions: readonly { id: string }[],
  registry: EntityRegistry,
  timeZone: string,
): ArticleExtras {
  const text = textDocument(article.text).plainText;
  const wanted = new Set(mentions.map(({ id }) => id));
  // One pass of the matcher for all entities (spellingsIn would scan the text once per entity).
  const found = new Map<string, string[]>();
  for (const mention of registry.findMentions(text)) {
    if (!wanted.has(mention.entityId)) continue;
    const spellings = found.get(mention.entityId) ?? [];
    if (!spellings.includes(mention.text)) spellings.push(mention.text);
    found.set(mention.entityId, spellings);
  }
  const spellings: Record<string, string[]> = {};
  for (const { id } of mentions) spellings[id] = found.get(id) ?? [];
  return {
    quotes: extractQuotes(article, registry),
    events: extractEvents(article, timeZone, { registry }),
    spellings,
  };
}

/** A loose shape check of a cached value: enough that a damaged entry is never used. */
export function isArticleExtras(value: unknown): value is ArticleExtras {
  if (value === null || typeof value !== 'object') return false;
  const { quotes, events, spellings } = value as Partial<Record<keyof ArticleExtras, unknown>>;
  return (
    Array.isArray(quotes) &&
    quotes.every(isRecordWith(['articleId', 'text', 'speaker', 'start', 'end'])) &&
    Array.isArray(events) &&
    events.every(isRecordWith(['articleId', 'date', 'precision', 'text', 'start', 'end', 'entityIds', 'line', 'who', 'where'])) &&
    spellings !== null &&
    typeof spellings === 'object' &&
    !Array.isArray(spellings) &&
    Object.values(spellings).every((list) => Array.isArray(list) && list.every((s) => typeof s === 'string'))
  );
}

function isRecordWith(fields: readonly string[]) {
  return (value: unknown): boolean =>
    value !== null && typeof value === 'object' && fields.every((field) => (value as Record<string, unknown>)[field] !== undefined);
}
