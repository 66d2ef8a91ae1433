/**
 * The stories that have a timeline of their own (a story page with dated events), for the
 * site-wide `/timeline/` to lead to: newest activity first, like `/stories/`.
 */
import type { Story } from '../lib/analysis/index.ts';
import { getStories } from './analysis';
import { oncePerBuild } from './build-memory';

/** A story's own timeline: the story and how many events its articles date. */
export interface StoryTimeline {
  story: Story;
  events: number;
}

async function loadTimelines(): Promise<StoryTimeline[]> {
  const { storiesWithPages } = await getStories();
  return storiesWithPages.filter((story) => story.events.length > 0).map((story) => ({ story, events: story.events.length }));
}

/** Every story with a timeline of its own, newest activity first (computed once per build). */
export const getStoryTimelines: () => Promise<StoryTimeline[]> = oncePerBuild(loadTimelines);
