export type { Entity, EntityKind, Mention } from './types.ts';
export { AmbiguousAliasError, createMentionMatcher, type MentionMatcher } from './matcher.ts';
export { EntityFormatError, parseEntity } from './parse-entity.ts';
export { createEntityRegistry, DuplicateEntityError, type EntityRecord, type EntityRegistry } from './registry.ts';
