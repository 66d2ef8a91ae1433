/** Static paths of a story's pages and feed: one per story with two or more articles. */
import type { Story } from '../lib/analysis/index.ts';
import { getStories } from './analysis';

/** `{ params: { slug }, props: { story } }` for every story that has a page. */
export async function storyPaths(): Promise<{ params: { slug: string }; props: { story: Story } }[]> {
  const { storiesWithPages } = await getStories();
  return storiesWithPages.map((story) => ({ params: { slug: story.slug }, props: { story } }));
}
