import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { rssResponse } from '../../../data/feeds';
import { routes } from '../../../data/routes';
import { storyPageData } from '../../../data/story-page';
import { storyPaths } from '../../../data/story-paths';
import type { Story } from '../../../lib/analysis/index.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** `/stories/<slug>/rss.xml`: the story's newest articles. */
export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) => {
  const { articles } = await storyPageData(story);
  return rssResponse({
    title: `${site.name} — ${story.headline}`,
    description: `Every outlet's coverage of “${story.headline}”, newest first.`,
    page: routes.story(story.slug),
    self: routes.storyFeed(story.slug),
    articles: [...articles].reverse(),
  });
};
