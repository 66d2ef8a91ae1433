import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../analysis/index.ts';
import type { Story } from '../analysis/types.ts';
import type { ArticleInput } from '../article-input.ts';
import {
  exportStories,
  storiesByStartDay,
  storiesExportIndex,
  storiesExportPart,
  STORIES_EXPORT_VERSION,
  type StoryExportExtras,
} from './stories-export.ts';
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

const articleOf = (articles: readonly ArticleInput[]) => {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return (id: string) => byId.get(id);
};

describe('exportStories', () => {
  const editorial = [{ slug: 'fire-original', headline: 'Wildfire near Marseille', summary: 'One report, copied.' }];
  const stories = exportStories(analyzeCorpus(week, editorial).stories, articleOf(week), urls, extras);

  it('has the documented shape with a fixed key order', () => {
    const fire = stories.find((story) => story.id === 'fire-original')!;
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
    const strike = stories.find((story) => story.id === 'strike-gazette')!;
    expect('summary' in strike).toBe(false);
  });

  it('serializes byte-identically for the same input in any order', () => {
    const shuffled = [...week].reverse();
    const again = exportStories(analyzeCorpus(shuffled, editorial).stories, articleOf(shuffled), urls, extras);
    expect(JSON.stringify(again)).toBe(JSON.stringify(stories));
  });

  it('names the story and article that cannot be exported', () => {
    const [story] = analyzeCorpus(week).stories;
    expect(() => exportStories([story!], () => undefined, urls, extras)).toThrow(`Article ${story!.articleIds[0]} of story ${story!.id}`);
  });
});

describe('the export in parts, one per day', () => {
  const story = (id: string, start: string) => ({ id, start }) as Story;
  // 23:30 UTC on 4 March is already 5 March in Paris.
  const stories = [
    story('late', '2025-03-05T09:00:00Z'),
    story('evening', '2025-03-04T23:30:00Z'),
    story('early', '2025-03-04'),
    story('noon', '2025-03-04T12:00:00Z'),
  ];

  it('puts each story under the day its first article appeared in the site zone, newest day first, in the order given', () => {
    const days = storiesByStartDay(stories, 'Europe/Paris');
    expect(days.map((day) => [day.date, day.stories.map((s) => s.id)])).toEqual([
      ['2025-03-05', ['late', 'evening']],
      ['2025-03-04', ['early', 'noon']],
    ]);
    expect(storiesByStartDay(stories, 'UTC').map((day) => [day.date, day.stories.map((s) => s.id)])).toEqual([
      ['2025-03-05', ['late']],
      ['2025-03-04', ['evening', 'early', 'noon']],
    ]);
  });

  it('lists the parts in the index with their url and how many stories each holds', () => {
    const index = storiesExportIndex(storiesByStartDay(stories, 'Europe/Paris'), (date) => `/data/stories/${date}.json`);
    expect(index).toEqual({
      version: STORIES_EXPORT_VERSION,
      parts: [
        { date: '2025-03-05', url: '/data/stories/2025-03-05.json', stories: 2 },
        { date: '2025-03-04', url: '/data/stories/2025-03-04.json', stories: 2 },
      ],
    });
    expect(Object.keys(index.parts[0]!)).toEqual(['date', 'url', 'stories']);
  });

  it('holds every story of the corpus exactly once across the parts', () => {
    const analysis = analyzeCorpus(week);
    const parts = storiesByStartDay(analysis.stories, 'UTC').map((day) => storiesExportPart(day, articleOf(week), urls, extras));
    expect(parts.every((part) => part.version === STORIES_EXPORT_VERSION && Object.keys(part).join() === 'version,date,stories')).toBe(
      true,
    );
    expect(parts.flatMap((part) => part.stories.map((s) => s.id)).sort()).toEqual(analysis.stories.map((s) => s.id).sort());
    for (const part of parts) for (const s of part.stories) expect(s.start.slice(0, 10)).toBe(part.date);
  });
});
