import type { APIRoute } from 'astro';
import { getStories } from '../../data/analysis';
import { getCorpus, toArticleInput } from '../../data/corpus';
import { storyExportExtras } from '../../data/entities';
import { absolute, routes } from '../../data/routes';
import { storiesExport } from '../../lib/analysis/export.ts';
import { hasStoryPage } from '../../lib/stories/story-page.ts';

/** `/data/stories.json`: every story with its articles, reports and claims (schema version 1, see README). */
export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  const { analysis, storyById } = await getStories();
  const data = storiesExport(analysis, articles.map(toArticleInput), {
    // A story of one article has no page: its url is the article's page.
    story: (slug) => {
      const story = storyById.get(slug);
      return absolute(story && !hasStoryPage(story) ? routes.article(story.leadArticleId) : routes.story(slug));
    },
    article: (id) => absolute(routes.article(id)),
  });
  const stories = await Promise.all(data.stories.map(async (story) => ({ ...story, ...(await storyExportExtras(story.id)) })));
  return new Response(`${JSON.stringify({ ...data, stories }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
