import { describe, expect, it } from 'vitest';
import { AmbiguousAliasError } from './matcher.ts';
import { EntityFormatError, parseEntity } from './parse-entity.ts';
import { createEntityRegistry, DuplicateEntityError } from './registry.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';

describe('parseEntity', () => {
  const valid = { kind: 'person', name: 'Marco Rubio', description: 'US Secretary of State.', aliases: ['Rubio', ' Rubio '] };

  it('returns a trimmed entity with de-duplicated aliases', () => {
    expect(parseEntity('marco-rubio', { ...valid, wikidata: 'Q324546' })).toEqual({
      id: 'marco-rubio',
      kind: 'person',
      name: 'Marco Rubio',
      description: 'US Secretary of State.',
      aliases: ['Rubio'],
      wikidata: 'Q324546',
    });
  });

  it('accepts a missing alias list and a country on places', () => {
    expect(parseEntity('paris', { kind: 'place', name: 'Paris', description: 'Capital of France.', country: 'FR' })).toMatchObject({
      aliases: [],
      country: 'FR',
    });
  });

  it.each([
    ['Marco_Rubio', valid, 'slug'],
    ['marco-rubio', 'text', 'mapping'],
    ['marco-rubio', { ...valid, kind: 'human' }, '"kind"'],
    ['marco-rubio', { ...valid, name: ' ' }, '"name"'],
    ['marco-rubio', { ...valid, description: undefined }, '"description"'],
    ['marco-rubio', { ...valid, aliases: 'Rubio' }, '"aliases"'],
    ['marco-rubio', { ...valid, aliases: ['Rubio', ''] }, '"aliases"'],
    ['marco-rubio', { ...valid, wikidata: '324546' }, '"wikidata"'],
    ['marco-rubio', { ...valid, country: 'US' }, 'places only'],
    ['paris', { kind: 'place', name: 'Paris', description: 'x', country: 'France' }, '"country"'],
  ])('rejects %s %j', (id, data, problem) => {
    expect(() => parseEntity(id, data)).toThrow(EntityFormatError);
    expect(() => parseEntity(id, data)).toThrow(problem);
  });
});

describe('createEntityRegistry', () => {
  const registry = createEntityRegistry(fixtureRecords());

  it('sorts entities by id and finds them by id', () => {
    const ids = registry.entities.map((entity) => entity.id);
    expect(ids).toEqual([...ids].sort());
    expect(registry.get('marco-rubio')?.name).toBe('Marco Rubio');
    expect(registry.get('nobody')).toBeUndefined();
  });

  it('looks up names as written, possessives included', () => {
    expect(registry.lookup('Zelenskyy')?.id).toBe('volodymyr-zelensky');
    expect(registry.lookup('Trump’s')?.id).toBe('donald-trump');
    expect(registry.lookup("Witkoff's")?.id).toBe('steve-witkoff');
    expect(registry.lookup('Kushner')).toBeUndefined();
  });

  it('finds mentions with the compiled matcher', () => {
    expect(registry.findMentions('Rubio and Umerov').map((mention) => mention.entityId)).toEqual(['marco-rubio', 'rustem-umerov']);
  });

  it('refuses duplicate ids and ambiguous aliases', () => {
    const [first] = fixtureRecords();
    expect(() => createEntityRegistry([...fixtureRecords(), first as { id: string; data: unknown }])).toThrow(DuplicateEntityError);
    const clash = { id: 'rubio-family', data: { kind: 'organization', name: 'Rubio family', description: 'x', aliases: ['Rubio'] } };
    expect(() => createEntityRegistry([...fixtureRecords(), clash])).toThrow(AmbiguousAliasError);
  });
});
