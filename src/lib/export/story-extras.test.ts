import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { extractEvents } from '../events/extract-events.ts';
import { mergeEvents } from '../events/merge-events.ts';
import { extractQuotes } from '../quotes/extract-quotes.ts';
import { groupQuotes } from '../quotes/group-quotes.ts';
import { exportEntities, exportEvents, exportQuotes } from './stories-export.ts';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';

const AXY = 'axy-media-miami-post-war-borders';
const IMAYA = 'imaya-news-rubio-talks-productive';
const UNN = 'unn-post-war-borders-dominated-talks';

describe('exportEntities', () => {
  it('lists the entities of the story’s articles by id, each with its articles in story order, skipping unknown ids', () => {
    const registry = createEntityRegistry(fixtureRecords());
    const mentions: Record<string, { id: string }[]> = {
      b: [{ id: 'rustem-umerov' }, { id: 'paris' }],
      a: [{ id: 'paris' }, { id: 'kremlin' }, { id: 'ghost' }],
      c: [],
    };
    expect(exportEntities(['a', 'b', 'c'], (id) => mentions[id] ?? [], registry)).toEqual([
      { id: 'kremlin', kind: 'organization', name: 'Kremlin', articles: ['a'] },
      { id: 'paris', kind: 'place', name: 'Paris', articles: ['a', 'b'] },
      { id: 'rustem-umerov', kind: 'person', name: 'Rustem Umerov', articles: ['b'] },
    ]);
  });

  it('has a fixed key order', () => {
    const registry = createEntityRegistry(fixtureRecords());
    const [first] = exportEntities(['a'], () => [{ id: 'paris' }], registry);
    expect(Object.keys(first ?? {})).toEqual(['id', 'kind', 'name', 'articles']);
  });
});

describe('exportQuotes and exportEvents on the seed articles', () => {
  const registry = createEntityRegistry(readEntityFiles());
  const articles = readSeedArticles();
  const quotes = exportQuotes(groupQuotes(articles.flatMap((article) => extractQuotes(article, registry))));
  const events = exportEvents(mergeEvents(articles.flatMap((article) => extractEvents(article, 'UTC', { registry }))));

  it('give the anonymous official’s statement as its description, with one variant per wording and article', () => {
    const official = quotes.find((quote) => quote.speaker === 'one Ukrainian official');
    expect(official?.variants.map((variant) => [variant.article, variant.text.slice(0, 30)])).toEqual([
      [AXY, 'It was tense but not negative.'],
      [UNN, 'They were intense but not nega'],
    ]);
    expect(Object.keys(official ?? {})).toEqual(['speaker', 'variants']);
  });

  it('give a named speaker as the entity id', () => {
    const umerov = quotes.filter((quote) => quote.speaker === 'rustem-umerov');
    expect(umerov.map((quote) => quote.variants.map((variant) => variant.article))).toEqual([[AXY, UNN], [IMAYA]]);
  });

  it('give a single day as an ISO date and a span as { start, end }, with text, line, who, where, articles and inferred', () => {
    const paris = events.find((event) => event.date === '2025-12-01' && /Paris/u.test(event.text));
    expect(paris).toEqual({
      date: '2025-12-01',
      text: 'According to Ukrainian officials, Umerov will meet Zelensky in Paris on December 1 to provide a more detailed report.',
      line: 'Umerov will meet Zelensky in Paris on December 1 to provide a more detailed report.',
      who: ['rustem-umerov', 'volodymyr-zelensky'],
      where: ['paris'],
      articles: [AXY, IMAYA, UNN],
      inferred: false,
    });
    const week = events.find((event) => typeof event.date === 'object' && event.date.start === '2025-12-01');
    expect(week).toMatchObject({ date: { start: '2025-12-01', end: '2025-12-07' }, articles: [IMAYA], inferred: true });
  });

  it('is the same JSON on every run', () => {
    const again = exportEvents(mergeEvents(readSeedArticles().flatMap((article) => extractEvents(article, 'UTC', { registry }))));
    expect(JSON.stringify(again)).toBe(JSON.stringify(events));
  });
});
