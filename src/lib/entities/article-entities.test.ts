import { describe, expect, it } from 'vitest';
import { byIndexName, mentionedOfKind, otherSpellings, searchFilters, spellingsIn } from './article-entities.ts';
import { createEntityRegistry } from './registry.ts';
import { readEntityFiles, seedArticle } from '../../../tests/support/seeds.ts';
import { plainTextOf } from '../../../tests/support/text.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';

const registry = createEntityRegistry(fixtureRecords());
const mentions = [
  { id: 'rustem-umerov', count: 4 },
  { id: 'paris', count: 2 },
  { id: 'kremlin', count: 2 },
  { id: 'no-such-entity', count: 1 },
  { id: 'volodymyr-zelensky', count: 1 },
];

describe('mentionedOfKind and searchFilters', () => {
  it('keep the mentions’ order, resolve names and skip unknown ids', () => {
    expect(mentionedOfKind(mentions, registry, 'person').map(({ entity, count }) => [entity.id, count])).toEqual([
      ['rustem-umerov', 4],
      ['volodymyr-zelensky', 1],
    ]);
    expect(searchFilters(mentions, registry)).toEqual([
      { name: 'person', values: ['Rustem Umerov', 'Volodymyr Zelenskyy'] },
      { name: 'place', values: ['Paris'] },
    ]);
  });

  it('always give both filters, empty when nothing is mentioned', () => {
    expect(searchFilters([], registry)).toEqual([
      { name: 'person', values: [] },
      { name: 'place', values: [] },
    ]);
  });
});

describe('spellingsIn', () => {
  it('lists the spellings a text uses for one entity, in order of first use', () => {
    expect(spellingsIn('Zelenskyy met Umerov. Zelensky’s aide said Zelenskyy was tired.', registry, 'volodymyr-zelensky')).toEqual([
      'Zelenskyy',
      'Zelensky',
    ]);
    expect(spellingsIn('Nobody here.', registry, 'volodymyr-zelensky')).toEqual([]);
  });

  it('tells Skibitskyi (AXY Media) from Skibitsky (UNN) in the seeds', () => {
    const seeds = createEntityRegistry(readEntityFiles());
    expect(spellingsIn(plainTextOf(seedArticle('axy-media-miami-post-war-borders').text), seeds, 'vadym-skibitskyi')).toEqual([
      'Vadym Skibitskyi',
    ]);
    expect(spellingsIn(plainTextOf(seedArticle('unn-post-war-borders-dominated-talks').text), seeds, 'vadym-skibitskyi')).toEqual([
      'Vadym Skibitsky',
    ]);
  });
});

describe('otherSpellings and byIndexName', () => {
  it('show every alias but the name, once', () => {
    expect(otherSpellings({ name: 'Volodymyr Zelenskyy', aliases: ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Zelensky'] })).toEqual([
      'Zelensky',
      'Zelenskyy',
    ]);
  });

  it('sort people by family name, everything else by name', () => {
    const people = registry.entities.filter((entity) => entity.kind === 'person').sort(byIndexName);
    expect(people.map((entity) => entity.name)).toEqual([
      'Vladimir Putin',
      'Marco Rubio',
      'Donald Trump',
      'Rustem Umerov',
      'Steve Witkoff',
      'Volodymyr Zelenskyy',
    ]);
    const places = registry.entities.filter((entity) => entity.kind === 'place').sort(byIndexName);
    expect(places.map((entity) => entity.name)).toEqual(['Moscow', 'Paris', 'Ukraine', 'United States', 'Washington']);
  });
});
