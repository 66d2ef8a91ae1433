/**
 * The public stories export (`/data/stories.json` and its parts, schema in the README): every
 * story with its articles, reports and claims from the analysis, and the entities, quotes and
 * events its articles carry. Plain JSON with a fixed key order and a fixed element order, so
 * the same content always serializes to the same bytes.
 *
 * In parts, one per day: at 10,000 articles the whole export is 95 MB, over the 25 MiB a file
 * may have on Cloudflare Pages, and one file that size cost the build ~0.4 GB while Astro held
 * it. A story is in the part of the day its first article appeared, which changes only when an
 * earlier article joins it, so a new article rewrites one part and the index.
 */
import type { Story } from '../analysis/types.ts';
import type { ArticleInput } from '../article-input.ts';
import { groupByDay } from '../articles/group-by-day.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import type { EntityKind } from '../entities/types.ts';
import { datingReport, eventLine, eventText } from '../events/timeline.ts';
import type { EventGroup } from '../events/types.ts';
import type { QuoteGroup } from '../quotes/types.ts';
import { paragraphAnchor } from '../text/article-text.ts';

/** How the site builds URLs for stories and articles. */
export interface ExportUrls {
  story(slug: string): string;
  article(id: string): string;
  /** Paragraph `index` of an article: its page with the `#p-N` anchor. */
  paragraph(articleId: string, index: number): string;
}

/** The schema version of the export's files. */
export const STORIES_EXPORT_VERSION = 2;

/** `/data/stories.json`: the export's parts, newest day first. */
export interface StoriesExportIndex {
  version: typeof STORIES_EXPORT_VERSION;
  parts: StoriesExportPartRef[];
}

/** One part as the index lists it. */
export interface StoriesExportPartRef {
  /** `YYYY-MM-DD`: the stories whose first article appeared that day, in the site's time zone. */
  date: string;
  url: string;
  /** How many stories the part holds. */
  stories: number;
}

/** One part: the stories that began on `date`, newest activity first. */
export interface StoriesExportPart {
  version: typeof STORIES_EXPORT_VERSION;
  date: string;
  stories: ExportedStory[];
}

/** The stories of one day of the export. */
export interface StoriesOfDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** In the order they were given (the analysis order: newest activity first). */
  stories: Story[];
}

/** One story of the export. */
export interface ExportedStory extends StoryExportExtras {
  id: string;
  slug: string;
  url: string;
  headline: string;
  /** Present only when an editor wrote one. */
  summary?: string;
  start: string;
  end: string;
  articles: ExportedArticle[];
  reports: ExportedReport[];
  claims: ExportedClaim[];
}

/** An article of a story. */
export interface ExportedArticle {
  id: string;
  url: string;
  /** Outlet id. */
  outlet: string;
  published: string;
}

/** One independent report of a story. */
export interface ExportedReport {
  origin: string;
  articles: string[];
  reason: string;
}

/** A claim and the articles that carry it. */
export interface ExportedClaim {
  /** The claim as the story page shows it: quotation marks balanced, a pronoun subject named ("[Rustem Umerov] then called…"). */
  text: string;
  /** Present only when the page shows the claim with the sentence before it (a subject the text does not name). */
  context?: string;
  /** Article ids, in the story's article order. */
  articles: string[];
  /** Number of independent reports carrying the claim. */
  reports: number;
  /** Where each article carries the claim, one per article, in the order of `articles`. */
  sources: ExportedClaimSource[];
}

/** The paragraph of one article that carries a claim. */
export interface ExportedClaimSource {
  article: string;
  /** The paragraph's anchor on the article page: `p-4`. */
  paragraph: string;
  /** The article page at that paragraph. */
  url: string;
}

/** What the export needs of an article besides its id. */
export type ExportArticleInput = Pick<ArticleInput, 'outlet' | 'published'>;

/**
 * The stories grouped by the day their first article appeared in `timeZone` (`Story.start`),
 * newest day first; each day keeps the stories in the order given.
 */
export function storiesByStartDay(stories: readonly Story[], timeZone: string): StoriesOfDay[] {
  const dated = stories.map((story, order) => ({ id: story.id, published: story.start, story, order }));
  return groupByDay(dated, timeZone)
    .reverse()
    .map(({ day, items }) => ({ date: day, stories: items.sort((a, b) => a.order - b.order).map((item) => item.story) }));
}

/** The index of the parts, in the order of `days`; `partUrl` gives a part's URL from its date. */
export function storiesExportIndex(days: readonly StoriesOfDay[], partUrl: (date: string) => string): StoriesExportIndex {
  return {
    version: STORIES_EXPORT_VERSION,
    parts: days.map(({ date, stories }) => ({ date, url: partUrl(date), stories: stories.length })),
  };
}

/** The part of one day. `articleOf` gives each story article's outlet and date; `extrasOf` a story's entities, quotes and events. */
export function storiesExportPart(
  day: StoriesOfDay,
  articleOf: (id: string) => ExportArticleInput | undefined,
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): StoriesExportPart {
  return { version: STORIES_EXPORT_VERSION, date: day.date, stories: exportStories(day.stories, articleOf, urlFor, extrasOf) };
}

/** The stories as exported, in the order given. */
export function exportStories(
  stories: readonly Story[],
  articleOf: (id: string) => ExportArticleInput | undefined,
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): ExportedStory[] {
  const exportOne = storyExporter(articleOf, urlFor, extrasOf);
  return stories.map(exportOne);
}

/** One story as exported. */
function storyExporter(
  articleOf: (id: string) => ExportArticleInput | undefined,
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): (story: Story) => ExportedStory {
  return (story) => {
    // Keys are assigned in a fixed order; `summary` only when present.
    const exported: ExportedStory = {
      id: story.id,
      slug: story.slug,
      url: urlFor.story(story.slug),
      headline: story.headline,
      ...(story.summary === undefined ? {} : { summary: story.summary }),
      start: story.start,
      end: story.end,
      articles: story.articleIds.map((id): ExportedArticle => {
        const article = articleOf(id);
        if (article === undefined) throw new Error(`Article ${id} of story ${story.id} is missing from the export input`);
        return { id, url: urlFor.article(id), outlet: article.outlet, published: article.published };
      }),
      reports: story.reports.map((report): ExportedReport => ({
        origin: report.origin,
        articles: [...report.articleIds],
        reason: report.reason,
      })),
      claims: story.claims.map((claim): ExportedClaim => ({
        text: claim.text,
        ...(claim.context === undefined ? {} : { context: claim.context }),
        articles: [...claim.articleIds],
        reports: claim.reports,
        sources: claim.articleIds.map((id): ExportedClaimSource => {
          // A claim's sentences are in reading order: the first in an article is where it starts.
          const paragraph = claim.sentences.find((sentence) => sentence.articleId === id)!.paragraph;
          return { article: id, paragraph: paragraphAnchor(paragraph), url: urlFor.paragraph(id, paragraph) };
        }),
      })),
      ...pickExtras(extrasOf(story.id)),
    };
    return exported;
  };
}

/** The extras in their fixed key order. */
function pickExtras(extras: StoryExportExtras): StoryExportExtras {
  return { entities: extras.entities, quotes: extras.quotes, events: extras.events };
}

/** An entity named in a story, with the story's articles that name it. */
export interface ExportedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Article ids, in the story's article order. */
  articles: string[];
}

/** One wording of a quotation in one article. */
export interface ExportedQuoteVariant {
  text: string;
  article: string;
}

/** One statement with every wording the story's articles give it. */
export interface ExportedQuote {
  /** The speaker's entity id, or an unnamed source's description as written ("one Ukrainian official"). */
  speaker: string;
  /** One per (wording, article) pair: wordings in order of first appearance, then articles in story order. */
  variants: ExportedQuoteVariant[];
}

/** A dated event told by the story's articles. */
export interface ExportedEvent {
  /** `YYYY-MM-DD` for a single day, else the span of days the text gives (a week, a month, a year). */
  date: string | { start: string; end: string };
  /** The sentence of the first article that reports it, as written. */
  text: string;
  /** The event as a short line from that sentence: its words, "…" where cut (see src/lib/events/event-line.ts). */
  line: string;
  /** People and organisations the line names, as entity ids. */
  who: string[];
  /** Places the line names (a country only when no narrower place is named), as entity ids. */
  where: string[];
  /** Article ids, in order of first report. */
  articles: string[];
  /** True when the date was worked out only from inferred publication dates. */
  inferred: boolean;
}

/** What a story gains from the people registry, quotations and dated events. */
export interface StoryExportExtras {
  entities: ExportedEntity[];
  quotes: ExportedQuote[];
  events: ExportedEvent[];
}

/**
 * Entities mentioned by a story's articles, sorted by id; each lists the
 * articles mentioning it in the order of `articleIds`. Ids the registry does
 * not know are skipped.
 */
export function exportEntities(
  articleIds: readonly string[],
  mentionsOf: (articleId: string) => readonly { id: string }[],
  registry: Pick<EntityRegistry, 'get'>,
): ExportedEntity[] {
  const articlesOf = new Map<string, string[]>();
  for (const articleId of articleIds) {
    for (const { id } of mentionsOf(articleId)) {
      const list = articlesOf.get(id) ?? [];
      if (!list.includes(articleId)) list.push(articleId);
      articlesOf.set(id, list);
    }
  }
  return [...articlesOf.keys()].sort().flatMap((id) => {
    const entity = registry.get(id);
    return entity === undefined ? [] : [{ id, kind: entity.kind, name: entity.name, articles: articlesOf.get(id) ?? [] }];
  });
}

/** Quote groups as exported: one variant object per (wording, article) pair. */
export function exportQuotes(groups: readonly QuoteGroup[]): ExportedQuote[] {
  return groups.map((group) => ({
    speaker: group.speaker.kind === 'entity' ? group.speaker.entityId : group.speaker.description,
    variants: group.variants.flatMap((variant) => variant.articleIds.map((article) => ({ text: variant.text, article }))),
  }));
}

/** Event groups as exported, in their (date) order. */
export function exportEvents(groups: readonly EventGroup[]): ExportedEvent[] {
  return groups.map((group) => ({
    date: group.date.start === group.date.end ? group.date.start : { start: group.date.start, end: group.date.end },
    text: eventText(group),
    line: eventLine(group),
    who: [...(datingReport(group)?.who ?? [])],
    where: [...(datingReport(group)?.where ?? [])],
    articles: [...group.articleIds],
    inferred: group.inferred,
  }));
}
