/** Static paths of a story's pages and feed: one per story with two or more articles. */
import type { Story } from '../lib/analysis/index.ts';
import { getStories } from './analysis';
import { storyPageKey } from './page-keys';
import { hasArticlesPage } from './story-page';

/**
 * `{ params: { slug }, props: { story }, cacheKey }` for every story that has a page; the key
 * lets an unchanged story's pages be copied from the previous build (src/data/page-keys.ts).
 */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { story: Story }; cacheKey: string }[]> {
  const { storiesWithPages } = await getStories();
  return Promise.all(
    storiesWithPages.map(async (story) => ({ params: { slug: story.slug }, props: { story }, cacheKey: await storyPageKey(story) })),
  );
}

/** Static paths of the stories that have an articles page (see `hasArticlesPage`). */
export async function storyArticlesPaths(): ReturnType<typeof storyPaths> {
  return (await storyPaths()).filter(({ props }) => hasArticlesPage(props.story));
}
