import type { EntityRegistry } from './registry.ts';
import type { Entity, EntityKind } from './types.ts';

/** How often an article mentions an entity (the `mentions` the remark plugin records). */
export interface MentionCount {
  id: string;
  count: number;
}

/** An entity an article mentions, resolved through the registry. */
export interface MentionedEntity {
  entity: Entity;
  count: number;
}

/**
 * The entities of one kind among an article's mentions, in the mentions' order
 * (most mentioned first, ties in order of first mention). Unknown ids are skipped.
 */
export function mentionedOfKind(
  mentions: readonly MentionCount[],
  registry: Pick<EntityRegistry, 'get'>,
  kind: EntityKind,
): MentionedEntity[] {
  return mentions.flatMap(({ id, count }) => {
    const entity = registry.get(id);
    return entity?.kind === kind ? [{ entity, count }] : [];
  });
}

/** A search filter as the search record takes it (see SearchRecord.astro). */
export interface SearchFilter {
  name: string;
  values: string[];
}

/**
 * The `person` and `place` search filters of an article: the canonical names
 * of the people and places it mentions, most mentioned first. Both filters are
 * always present (possibly empty), so every record has the same shape.
 */
export function searchFilters(mentions: readonly MentionCount[], registry: Pick<EntityRegistry, 'get'>): SearchFilter[] {
  return [
    { name: 'person', values: mentionedOfKind(mentions, registry, 'person').map(({ entity }) => entity.name) },
    { name: 'place', values: mentionedOfKind(mentions, registry, 'place').map(({ entity }) => entity.name) },
  ];
}

/**
 * The distinct spellings a text uses for an entity, in order of first use
 * ("Skibitsky", "Vadym Skibitsky"): what a reader should look for in the article.
 */
export function spellingsIn(text: string, registry: Pick<EntityRegistry, 'findMentions'>, entityId: string): string[] {
  const spellings: string[] = [];
  for (const mention of registry.findMentions(text)) {
    if (mention.entityId === entityId && !spellings.includes(mention.text)) spellings.push(mention.text);
  }
  return spellings;
}

/** The aliases worth showing as "Also written as": every spelling but the canonical name, once each. */
export function otherSpellings(entity: Pick<Entity, 'name' | 'aliases'>): string[] {
  return [...new Set(entity.aliases)].filter((alias) => alias !== entity.name);
}

/**
 * Index order: people by family name (the last word of the name: "Hnatov",
 * "Zelenskyy"), then by full name; places and organisations by name.
 */
export function byIndexName(a: Pick<Entity, 'id' | 'kind' | 'name'>, b: Pick<Entity, 'id' | 'kind' | 'name'>): number {
  const key = (entity: Pick<Entity, 'kind' | 'name'>) =>
    entity.kind === 'person' ? (entity.name.trim().split(/\s+/u).at(-1) ?? entity.name) : entity.name;
  return key(a).localeCompare(key(b), 'en') || a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
