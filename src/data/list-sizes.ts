/**
 * How much each listing shows at once. Pages must not grow with the corpus: at 10,000
 * articles every HTML page stays under 100 KB gzipped and the front page under 40 KB
 * (sizes measured with `npm run bench:site`, see the README).
 */
export const LIST_SIZES = {
  /** Front page: the lead story and the next ones (stories with a page only). */
  homeStories: 10,
  /** Front page: the newest articles. */
  homeArticles: 20,
  /** Story teasers per page of /stories/. */
  stories: 20,
  /** Outlet cards per page of /outlets/. */
  outlets: 60,
  /** Article teasers per page of an outlet. */
  outletArticles: 30,
  /** Article teasers per page of a person, place or organization. */
  entityArticles: 30,
  /** Entities per page of /people/, /places/, /organizations/. */
  entityIndex: 100,
  /** Days with publications per page of /timeline/ (event-only days and spans join them), newest page first. */
  timelineDays: 7,
  /** Publications shown under one timeline day; the rest are on the day's archive page. */
  timelineArticlesPerDay: 12,
  /** Stories whose own timeline the first page of /timeline/ links to (newest first; /stories/ has them all). */
  timelineStories: 8,
  /** Stories per page of /timeline/stories/, the index of every story's own timeline. */
  timelineStoryIndex: 50,
  /** Events shown under one timeline day or span. */
  timelineEventsPerDay: 8,
  /** Article teasers per page of an archive day. */
  archiveDay: 100,
  /** Items of every feed (RSS and JSON Feed). */
  feedItems: 50,
} as const;
