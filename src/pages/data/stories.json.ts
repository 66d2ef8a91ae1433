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
  // Compact, and handed over as bytes: at 10,000 articles the indented text was 135 MB (95 MB
  // without indentation), and a string body is checked and encoded again by the Response.
  return new Response(Buffer.from(`${JSON.stringify(data)}\n`), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
