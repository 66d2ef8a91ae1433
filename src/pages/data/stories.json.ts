import type { APIRoute } from 'astro';
import { getStories } from '../../data/analysis';
import { getCorpus, toArticleInput } from '../../data/corpus';
import { storyExportExtras } from '../../data/entities';
import { absolute, routes } from '../../data/routes';
import { storiesExport } from '../../lib/analysis/export.ts';

/** `/data/stories.json`: every story with its articles, reports and claims (schema version 1, see README). */
export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  const { analysis } = await getStories();
  const data = storiesExport(analysis, articles.map(toArticleInput), {
    story: (slug) => absolute(routes.story(slug)),
    article: (id) => absolute(routes.article(id)),
  });
  const stories = await Promise.all(data.stories.map(async (story) => ({ ...story, ...(await storyExportExtras(story.id)) })));
  return new Response(`${JSON.stringify({ ...data, stories }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
