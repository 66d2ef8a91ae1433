import type { Entity, EntityKind } from './types.ts';

const KINDS: readonly EntityKind[] = ['person', 'place', 'organization'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WIKIDATA = /^Q[1-9]\d*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Raised when an entity file does not have the documented shape. */
export class EntityFormatError extends Error {
  constructor(id: string, problem: string) {
    super(`content/entities/${id}.yaml: ${problem}`);
    this.name = 'EntityFormatError';
  }
}

function requireString(id: string, data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value.trim() === '') throw new EntityFormatError(id, `"${field}" must be a non-empty string`);
  return value.trim();
}

function optionalString(id: string, data: Record<string, unknown>, field: string, pattern: RegExp): string | undefined {
  const value = data[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !pattern.test(value)) throw new EntityFormatError(id, `"${field}" must match ${pattern}`);
  return value;
}

/**
 * Validate one parsed entity record (YAML already turned into data) and return
 * it as an Entity. Kept free of a schema library so that the Astro content
 * collection (with its own zod schema) and plain tests can share it.
 * Aliases are trimmed and de-duplicated; order is kept.
 * @throws EntityFormatError naming the file and the field at fault.
 */
export function parseEntity(id: string, data: unknown): Entity {
  if (!ID.test(id)) throw new EntityFormatError(id, 'file name must be a lower-case slug');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new EntityFormatError(id, 'must be a mapping');
  const record = data as Record<string, unknown>;
  const kind = record.kind;
  if (typeof kind !== 'string' || !KINDS.includes(kind as EntityKind)) {
    throw new EntityFormatError(id, `"kind" must be one of ${KINDS.join(', ')}`);
  }
  const rawAliases = record.aliases ?? [];
  if (!Array.isArray(rawAliases) || rawAliases.some((alias) => typeof alias !== 'string' || alias.trim() === '')) {
    throw new EntityFormatError(id, '"aliases" must be a list of non-empty strings');
  }
  const country = optionalString(id, record, 'country', COUNTRY);
  if (country !== undefined && kind !== 'place') throw new EntityFormatError(id, '"country" is for places only');
  const entity: Entity = {
    id,
    kind: kind as EntityKind,
    name: requireString(id, record, 'name'),
    description: requireString(id, record, 'description'),
    aliases: [...new Set((rawAliases as string[]).map((alias) => alias.trim()))],
  };
  const wikidata = optionalString(id, record, 'wikidata', WIKIDATA);
  if (wikidata !== undefined) entity.wikidata = wikidata;
  if (country !== undefined) entity.country = country;
  return entity;
}
