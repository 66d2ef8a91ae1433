/**
 * The stories export (`/data/stories.json` and one part per day, src/lib/export/stories-export.ts),
 * grouped once per build.
 */
import { site } from '../config/site';
import {
  storiesByStartDay,
  storiesExportIndex,
  storiesExportPart,
  type StoriesExportIndex,
  type StoriesExportPart,
  type StoriesOfDay,
} from '../lib/export/stories-export.ts';
import { getStories } from './analysis';
import { oncePerBuild } from './build-memory';
import { getCorpus } from './corpus';
import { storyExportExtras } from './entities';
import { storiesExportPartKey } from './page-keys';
import { absolute, routes } from './routes';

/** Every story under the day its first article appeared, newest day first. */
const getExportDays: () => Promise<StoriesOfDay[]> = oncePerBuild(async () =>
  storiesByStartDay((await getStories()).stories, site.timeZone),
);

/** `/data/stories.json`: the parts, newest first. */
export async function storiesExportIndexData(): Promise<StoriesExportIndex> {
  return storiesExportIndex(await getExportDays(), (date) => absolute(routes.storiesDataPart(date)));
}

/** Static paths of the parts (`/data/stories/<date>.json`), each keyed by its stories. */
export async function storiesExportPartPaths(): Promise<{ params: { date: string }; props: { day: StoriesOfDay }; cacheKey: string }[]> {
  return Promise.all(
    (await getExportDays()).map(async (day) => ({
      params: { date: day.date },
      props: { day },
      cacheKey: await storiesExportPartKey(day.stories),
    })),
  );
}

/** One part of the export. */
export async function storiesExportPartData(day: StoriesOfDay): Promise<StoriesExportPart> {
  const { articleById } = await getCorpus();
  const { storyById } = await getStories();
  const extras = new Map(await Promise.all(day.stories.map(async (story) => [story.id, await storyExportExtras(story.id)] as const)));
  return storiesExportPart(
    day,
    (id) => {
      const article = articleById.get(id);
      return article && { outlet: article.outlet.id, published: article.published };
    },
    {
      story: (slug) => {
        const story = storyById.get(slug);
        return absolute(story ? routes.storyHome(story) : routes.story(slug));
      },
      article: (id) => absolute(routes.article(id)),
      paragraph: (id, index) => absolute(routes.paragraph(id, index)),
    },
    (id) => extras.get(id)!,
  );
}
