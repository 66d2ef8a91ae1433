import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from './registry.ts';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { plainTextOf } from '../../../tests/support/text.ts';

const registry = createEntityRegistry(readEntityFiles());
const articles = readSeedArticles();
const AXY = 'axy-media-miami-post-war-borders';
const IMAYA = 'imaya-news-rubio-talks-productive';
const UNN = 'unn-post-war-borders-dominated-talks';

function mentionsIn(id: string) {
  const article = articles.find((candidate) => candidate.id === id);
  if (article === undefined) throw new Error(`missing seed ${id}`);
  return registry.findMentions(plainTextOf(article.text));
}
const entityIds = (id: string) => new Set(mentionsIn(id).map((mention) => mention.entityId));
const spellings = (id: string, entityId: string) =>
  [
    ...new Set(
      mentionsIn(id)
        .filter((mention) => mention.entityId === entityId)
        .map((mention) => mention.text),
    ),
  ].sort();

describe('content/entities', () => {
  it('loads as a valid, unambiguous registry', () => {
    expect(registry.entities.length).toBeGreaterThanOrEqual(30);
    for (const entity of registry.entities) {
      expect(entity.description.length, entity.id).toBeGreaterThan(10);
      if (entity.country !== undefined) expect(entity.kind).toBe('place');
    }
  });

  it('keeps the Wikidata ids that are certain', () => {
    const wikidata = Object.fromEntries(
      registry.entities.filter((entity) => entity.wikidata).map((entity) => [entity.id, entity.wikidata]),
    );
    expect(wikidata).toMatchObject({
      'donald-trump': 'Q22686',
      'vladimir-putin': 'Q7747',
      'volodymyr-zelensky': 'Q3874799',
      'marco-rubio': 'Q324546',
      miami: 'Q8652',
      ukraine: 'Q212',
      russia: 'Q159',
      'united-states': 'Q30',
      moscow: 'Q649',
      paris: 'Q90',
    });
  });

  it('has no descriptive phrases as aliases', () => {
    for (const entity of registry.entities) {
      for (const alias of entity.aliases) expect(alias, entity.id).not.toMatch(/^(?:the|a|an)\s/iu);
    }
  });
});

describe('mentions in the seed articles', () => {
  it('finds every person named in each article', () => {
    const people = (id: string) => [...entityIds(id)].filter((entityId) => registry.get(entityId)?.kind === 'person').sort();
    expect(people(AXY)).toEqual([
      'andriy-hnatov',
      'donald-trump',
      'jared-kushner',
      'marco-rubio',
      'rustem-umerov',
      'steve-witkoff',
      'vadym-skibitskyi',
      'vladimir-putin',
      'volodymyr-zelensky',
    ]);
    expect(people(UNN)).toEqual([
      'andriy-hnatov',
      'donald-trump',
      'jared-kushner',
      'marco-rubio',
      'rustem-umerov',
      'steve-witkoff',
      'vadym-skibitskyi',
      'vladimir-putin',
      'volodymyr-zelensky',
    ]);
    expect(people(IMAYA)).toEqual([
      'andriy-yermak',
      'donald-trump',
      'emmanuel-macron',
      'jared-kushner',
      'marco-rubio',
      'rustem-umerov',
      'steve-witkoff',
      'vladimir-putin',
      'volodymyr-zelensky',
    ]);
  });

  it('resolves different spellings to one person', () => {
    expect(spellings(AXY, 'vadym-skibitskyi')).toEqual(['Vadym Skibitskyi']);
    expect(spellings(UNN, 'vadym-skibitskyi')).toEqual(['Vadym Skibitsky']);
    expect(spellings(AXY, 'volodymyr-zelensky')).toEqual(['Volodymyr Zelensky', 'Zelensky']);
    expect(spellings(UNN, 'volodymyr-zelensky')).toEqual(['Volodymyr Zelenskyy', 'Zelenskyy']);
  });

  it('finds Yermak, Macron, Hallandale Beach and Crimea only in Imaya News', () => {
    for (const entityId of ['andriy-yermak', 'emmanuel-macron', 'hallandale-beach', 'crimea']) {
      expect(entityIds(IMAYA).has(entityId), entityId).toBe(true);
      expect(entityIds(AXY).has(entityId), entityId).toBe(false);
      expect(entityIds(UNN).has(entityId), entityId).toBe(false);
    }
  });

  it('finds places and organisations', () => {
    for (const entityId of [
      'miami',
      'florida',
      'washington',
      'moscow',
      'paris',
      'donbas',
      'axios',
      'kremlin',
      'nsdc',
      'general-staff-of-ukraine',
      'defence-intelligence-of-ukraine',
    ]) {
      expect(entityIds(AXY).has(entityId), entityId).toBe(true);
    }
    expect(entityIds(UNN).has('shell-bay-club')).toBe(true);
    expect(entityIds(UNN).has('unn')).toBe(true);
  });

  it('reads "US-Ukraine" and "Russia-Ukraine" as both countries, and never "us" as the US', () => {
    const imaya = plainTextOf(articles.find((article) => article.id === IMAYA)!.text);
    const russiaUkraine = imaya.indexOf('Russia-Ukraine');
    const near = registry.findMentions(imaya).filter((mention) => mention.start >= russiaUkraine && mention.start < russiaUkraine + 14);
    expect(near.map((mention) => mention.entityId)).toEqual(['russia', 'ukraine']);
    expect(
      mentionsIn(IMAYA)
        .filter((mention) => mention.entityId === 'united-states')
        .map((mention) => mention.text),
    ).toEqual(['US', 'US', 'US']);
  });

  it('matches possessives as the entity', () => {
    const trump = mentionsIn(IMAYA).filter((mention) => mention.entityId === 'donald-trump');
    expect(trump.map((mention) => [mention.text, mention.possessive])).toEqual([
      ['Donald Trump', true],
      ['Trump', true],
      ['Trump', false],
    ]);
  });
});
