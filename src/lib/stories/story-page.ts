/**
 * Which stories get a page of their own. A story of one article has nothing to compare:
 * the article's page is its home, and nothing links to a story page for it.
 */
import type { Story } from '../analysis/types.ts';

/** A story needs this many articles for a page, a feed and a place in story lists. */
export const MIN_ARTICLES_FOR_STORY_PAGE = 2;

/** Whether the story has a page (`/stories/<slug>/`). */
export function hasStoryPage(story: Pick<Story, 'articleIds'>): boolean {
  return story.articleIds.length >= MIN_ARTICLES_FOR_STORY_PAGE;
}
