import type { APIRoute } from 'astro';
import { getStories } from '../../data/analysis';
import { getCorpus, toArticleInput } from '../../data/corpus';
import { storyExportExtras } from '../../data/entities';
import { absolute, routes } from '../../data/routes';
import { storiesExportJson, type StoryExportExtras } from '../../lib/export/stories-export.ts';
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
  const pieces = storiesExportJson(analysis, articles.map(toArticleInput), urls, (id) => extras.get(id)!);
  // Compact, and handed over as bytes a megabyte at a time, each made when Astro asks for it: at
  // 10,000 articles the text is 95 MB (135 MB indented), and as one string its copies (the
  // string, its bytes, the Response's own) took seconds of every build.
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let piece = pieces.next(); ; piece = pieces.next()) {
        if (piece.done) {
          controller.enqueue(encoder.encode(`${chunk}\n`));
          controller.close();
          return;
        }
        chunk += piece.value;
        if (chunk.length >= 2 ** 20) break;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
