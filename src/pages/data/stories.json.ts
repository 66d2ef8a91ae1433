import type { APIRoute } from 'astro';
import { getStories } from '../../data/analysis';
import { getCorpus, toArticleInput } from '../../data/corpus';
import { storyExportExtras } from '../../data/entities';
import { absolute, routes } from '../../data/routes';
import { storiesExport, type StoryExportExtras } from '../../lib/export/stories-export.ts';
import { hasStoryPage } from '../../lib/stories/story-page.ts';

/** `/data/stories.json`: every story with its articles, reports and claims (schema version 1, see README). */
export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  const { analysis, storyById } = await getStories();
  const extras = new Map<string, StoryExportExtras>();
  for (const story of analysis.stories) extras.set(story.id, await storyExportExtras(story.id));
  const urls = {
    // A story of one article has no page: its url is the article's page.
    story: (slug: string) => {
      const story = storyById.get(slug);
      return absolute(story && !hasStoryPage(story) ? routes.article(story.leadArticleId) : routes.story(slug));
    },
    article: (id: string) => absolute(routes.article(id)),
    paragraph: (id: string, index: number) => absolute(routes.paragraph(id, index)),
  };
  const data = storiesExport(analysis, articles.map(toArticleInput), urls, (id) => extras.get(id)!);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
