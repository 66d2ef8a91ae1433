import type { Entity, EntityKind } from './types.ts';

/** The URL folder of each kind of entity page. */
export const ENTITY_FOLDERS: Record<EntityKind, string> = {
  person: 'people',
  place: 'places',
  organization: 'organizations',
};

/** Site-relative path of an entity's page, without the base path: `people/rustem-umerov/`. */
export function entityPath(entity: Pick<Entity, 'id' | 'kind'>): string {
  return `${ENTITY_FOLDERS[entity.kind]}/${entity.id}/`;
}
