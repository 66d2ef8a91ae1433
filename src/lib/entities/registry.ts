import { createMentionMatcher, type MentionMatcher } from './matcher.ts';
import { parseEntity } from './parse-entity.ts';
import type { Entity, Mention } from './types.ts';

/**
 * One entity record as a loader hands it over: the shape of an Astro content
 * collection entry (`{ id, data }`), or of a YAML file read by a test.
 */
export interface EntityRecord {
  id: string;
  data: unknown;
}

/** All known entities, with lookups and a compiled mention matcher. */
export interface EntityRegistry {
  /** Every entity, sorted by id. */
  readonly entities: readonly Entity[];
  /** The entity with this id, if any. */
  get(id: string): Entity | undefined;
  /** The entity a name as written belongs to ("Zelenskyy", "Trump’s"), if any. */
  lookup(name: string): Entity | undefined;
  /**
   * All mentions in a plain text (see createMentionMatcher for the rules). The list is frozen:
   * the same list answers the same text asked for twice in a row.
   */
  findMentions(text: string): readonly Mention[];
  /** The compiled matcher, for callers that only need matching. */
  readonly matcher: MentionMatcher;
}

/** Raised when two records share an id. */
export class DuplicateEntityError extends Error {
  constructor(id: string) {
    super(`entity id "${id}" is defined twice`);
    this.name = 'DuplicateEntityError';
  }
}

/**
 * Validate records and build the registry. Accepts raw records (validated with
 * parseEntity) so the site can pass `getCollection('entities')` straight in.
 * @throws EntityFormatError, DuplicateEntityError or AmbiguousAliasError.
 */
export function createEntityRegistry(records: Iterable<EntityRecord>): EntityRegistry {
  const byId = new Map<string, Entity>();
  for (const record of records) {
    if (byId.has(record.id)) throw new DuplicateEntityError(record.id);
    byId.set(record.id, parseEntity(record.id, record.data));
  }
  const entities = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matcher = createMentionMatcher(entities);
  // The analyses often ask for the same text twice in a row (an event line's people and places,
  // then its entities; an article's spellings, then its quotes' speakers): at 10,000 generated
  // articles that was 1.1 s of the 2.2 s the matcher took on a cold build.
  let last: { text: string; mentions: readonly Mention[] } | undefined;
  return {
    entities,
    matcher,
    get: (id) => byId.get(id),
    lookup(name) {
      const bare = name.trim().replace(/['’]s?$/u, '');
      const id = matcher.entityIdForAlias(name) ?? matcher.entityIdForAlias(bare);
      return id === undefined ? undefined : byId.get(id);
    },
    findMentions(text) {
      if (last?.text !== text) last = { text, mentions: Object.freeze(matcher.find(text)) };
      return last.mentions;
    },
  };
}
