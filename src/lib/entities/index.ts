export type { Entity, EntityKind, Mention } from './types';
export { AmbiguousAliasError, createMentionMatcher, type MentionMatcher } from './matcher';
export { EntityFormatError, parseEntity } from './parse-entity';
export { createEntityRegistry, DuplicateEntityError, type EntityRecord, type EntityRegistry } from './registry';
