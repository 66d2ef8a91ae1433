import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analysis/index.ts';
import { storiesExport, storiesExportJson, type StoryExportExtras } from './stories-export.ts';
import { week } from '../../../tests/support/analysis-fixtures.ts';

const urls = {
  story: (slug: string) => `/stories/${slug}/`,
  article: (id: string) => `/articles/${id}/`,
  paragraph: (id: string, index: number) => `/articles/${id}/#p-${index}`,
};
const extras = (storyId: string): StoryExportExtras => ({
  events: [],
  quotes: [],
  entities: [{ id: storyId, kind: 'place', name: storyId, articles: [] }],
});

describe('storiesExport', () => {
  const editorial = [{ slug: 'fire-original', headline: 'Wildfire near Marseille', summary: 'One report, copied.' }];
  const exported = storiesExport(analyzeCorpus(week, editorial), week, urls, extras);

  it('has version 1 and the documented shape with a fixed key order', () => {
    expect(exported.version).toBe(1);
    expect(Object.keys(exported)).toEqual(['version', 'stories']);
    const fire = exported.stories.find((story) => story.id === 'fire-original')!;
    expect(Object.keys(fire)).toEqual([
      'id',
      'slug',
      'url',
      'headline',
      'summary',
      'start',
      'end',
      'articles',
      'reports',
      'claims',
      'entities',
      'quotes',
      'events',
    ]);
    expect(fire.entities).toEqual([{ id: 'fire-original', kind: 'place', name: 'fire-original', articles: [] }]);
    expect(fire).toMatchObject({
      slug: 'fire-original',
      url: '/stories/fire-original/',
      headline: 'Wildfire near Marseille',
      summary: 'One report, copied.',
      articles: [
        { id: 'fire-original', url: '/articles/fire-original/', outlet: 'riviera-info', published: '2025-03-04' },
        { id: 'fire-copy', url: '/articles/fire-copy/', outlet: 'sud-bulletin', published: '2025-03-05' },
      ],
      reports: [
        {
          origin: 'Riviera Info',
          articles: ['fire-original', 'fire-copy'],
          reason: 'Their texts overlap heavily (80% of sentences shared).',
        },
      ],
    });
    expect(Object.keys(fire.articles[0]!)).toEqual(['id', 'url', 'outlet', 'published']);
    expect(Object.keys(fire.reports[0]!)).toEqual(['origin', 'articles', 'reason']);
    expect(Object.keys(fire.claims[0]!)).toEqual(['text', 'articles', 'reports', 'sources']);
    // Each article's paragraph, linked by its anchor: the copy carries the fire's first sentence in its first paragraph too.
    expect(fire.claims[0]!.sources).toEqual([
      { article: 'fire-original', paragraph: 'p-0', url: '/articles/fire-original/#p-0' },
      { article: 'fire-copy', paragraph: 'p-0', url: '/articles/fire-copy/#p-0' },
    ]);
    const strike = exported.stories.find((story) => story.id === 'strike-gazette')!;
    expect('summary' in strike).toBe(false);
  });

  it('serializes byte-identically for the same input in any order', () => {
    const shuffled = [...week].reverse();
    const again = storiesExport(analyzeCorpus(shuffled, editorial), shuffled, urls, extras);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
  });
});

describe('storiesExportJson', () => {
  it('is the export as JSON, one story at a time', () => {
    const editorial = [{ slug: 'fire-original', headline: 'Wildfire near Marseille', summary: 'One report, copied.' }];
    const analysis = analyzeCorpus(week, editorial);
    const pieces = [...storiesExportJson(analysis, week, urls, extras)];
    expect(pieces.length).toBe(analysis.stories.length + 2);
    expect(pieces.join('')).toBe(JSON.stringify(storiesExport(analysis, week, urls, extras)));
  });
});
