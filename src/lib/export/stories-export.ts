/**
 * The public stories export (`/data/stories.json`, schema in the README): every story with its
 * articles, reports and claims from the analysis, and the entities, quotes and events its
 * articles carry. Plain JSON with a fixed key order and a fixed element order, so the same
 * content always serializes to the same bytes.
 */
import type { CorpusAnalysis } from '../analysis/types.ts';
import type { ArticleInput } from '../article-input.ts';
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

/** Version 1 of the stories export. */
export interface StoriesExport {
  version: 1;
  stories: ExportedStory[];
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

/**
 * Builds the export; stories in the analysis order (newest activity first). `extrasOf` gives a
 * story's entities, quotes and events (see exportEntities, exportQuotes, exportEvents).
 */
export function storiesExport(
  analysis: CorpusAnalysis,
  articles: readonly ArticleInput[],
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): StoriesExport {
  const exportOne = storyExporter(articles, urlFor, extrasOf);
  return { version: 1, stories: analysis.stories.map(exportOne) };
}

/**
 * The export as JSON text, in pieces: together exactly `JSON.stringify(storiesExport(…))`, but
 * one story at a time. At 10,000 articles the whole text is ~95 MB, which as one string (and
 * the copies a Response makes of it) cost seconds of every build and ~0.3 GB at its peak.
 */
export function* storiesExportJson(
  analysis: CorpusAnalysis,
  articles: readonly ArticleInput[],
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): Generator<string> {
  const exportOne = storyExporter(articles, urlFor, extrasOf);
  yield '{"version":1,"stories":[';
  for (const [index, story] of analysis.stories.entries()) yield `${index === 0 ? '' : ','}${JSON.stringify(exportOne(story))}`;
  yield ']}';
}

/** One story as exported, by the rules of `storiesExport`. */
function storyExporter(
  articles: readonly ArticleInput[],
  urlFor: ExportUrls,
  extrasOf: (storyId: string) => StoryExportExtras,
): (story: CorpusAnalysis['stories'][number]) => ExportedStory {
  const byId = new Map(articles.map((article) => [article.id, article]));
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
        const article = byId.get(id);
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
