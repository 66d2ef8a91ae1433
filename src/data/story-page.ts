/**
 * What a story page and its subpages show, gathered once per story: its outlets by how
 * much they carry, its quotes and events, and what only one outlet carries. The limits
 * keep a story of 300 articles near 30 KB gzipped (measured with `npm run bench:site`).
 */
import type { Claim, Story } from '../lib/analysis/index.ts';
import { claimsOnlyInEachOutlet, outletCoverage, type OutletCoverage } from '../lib/stories/outlet-coverage.ts';
import { getCorpus, type Article } from './corpus';
import { eventsForStory, quoteGroupsForStory, type EventGroup, type QuoteGroup } from './entities';

/** How much of each section the story page shows before "more". */
export const STORY_PAGE_LIMITS = {
  /** Outlets named in the header before the full list (behind a disclosure). */
  namedOutlets: 8,
  /** Reports shown open; the next ones sit behind a disclosure. */
  openReports: 5,
  /** Reports behind the disclosure; beyond that, the articles subpage has them all. */
  moreReports: 25,
  /** Articles listed under one report. */
  articlesPerReport: 5,
  /** Characters of a report's reason shown (a report of 276 articles can have a reason of 150 KB). */
  reasonChars: 400,
  /** Outlets with a "what only it carries" list, those adding most first. */
  onlyInOutlets: 8,
  /** Claims listed open per outlet, and at most behind its disclosure. */
  onlyInOpen: 5,
  onlyInMore: 15,
  /** Statements shown (most quoted), each with at most three wordings. */
  quotes: 8,
  quoteWordings: 3,
  /** Events shown (most reported), in date order. */
  events: 12,
  /** The story's first articles, in order; the subpage lists them all. */
  articles: 10,
} as const;

/**
 * Whether the story has an articles page (`/stories/<slug>/articles/`): only where its page
 * leaves something out (more articles than it lists, more reports than it shows, a report with
 * more articles than it names or a longer reason than it quotes). Elsewhere the story page
 * already lists every report and article, and nothing links to an articles page: at 10,000
 * generated articles, 220 of 1,293 stories need one.
 */
export function hasArticlesPage(story: Pick<Story, 'articleIds' | 'reports'>): boolean {
  const { articles, openReports, moreReports, articlesPerReport, reasonChars } = STORY_PAGE_LIMITS;
  return (
    story.articleIds.length > articles ||
    story.reports.length > openReports + moreReports ||
    story.reports.some((report) => report.articleIds.length > articlesPerReport || report.reason.length > reasonChars)
  );
}

/** Everything a story page renders, beyond the story itself. */
export interface StoryPageData {
  story: Story;
  /** The earliest article. */
  lead: Article | undefined;
  /** The story's articles in story order (publication order). */
  articles: Article[];
  outlets: OutletCoverage[];
  /** Claims only one outlet carries, by outlet id. */
  onlyIn: Map<string, Claim[]>;
  quoteGroups: QuoteGroup[];
  events: EventGroup[];
}

const cache = new Map<string, Promise<StoryPageData>>();

async function load(story: Story): Promise<StoryPageData> {
  const { articleById } = await getCorpus();
  const articles = story.articleIds.flatMap((id) => articleById.get(id) ?? []);
  return {
    story,
    lead: articleById.get(story.leadArticleId),
    articles,
    outlets: outletCoverage(story),
    onlyIn: claimsOnlyInEachOutlet(story),
    quoteGroups: await quoteGroupsForStory(story.id),
    events: await eventsForStory(story.id),
  };
}

/** The page data of a story, computed once and shared by its page, subpages and feed. */
export function storyPageData(story: Story): Promise<StoryPageData> {
  let data = cache.get(story.id);
  if (data === undefined) {
    data = load(story);
    cache.set(story.id, data);
  }
  return data;
}
