/**
 * Crosscheck's text analysis: stories, independent reports and claims.
 *
 *   const analysis = analyzeCorpus(articles, editorial);
 *
 * Pure and deterministic: the same articles (in any order) give the same result. No Astro
 * imports, so everything runs under plain Node and vitest. See the module files for the
 * methods: document.ts (text model), stories.ts, retellings.ts, claims.ts.
 */
import type { ArticleInput } from '../article-input.ts';
import { alignStory, type FactSource } from './alignment.ts';
import { DEFAULT_CLAIM_OPTIONS, sentenceWeights, type ClaimOptions } from './claims.ts';
import { buildCorpus, compareStrings, type ArticleDoc } from './document.ts';
import { OutletDirectory } from './outlets.ts';
import { groupReports } from './retellings.ts';
import { clusterStories, DEFAULT_STORY_OPTIONS, type StoryCluster, type StoryOptions } from './stories.ts';
import type { CorpusAnalysis, Story, StoryEditorial } from './types.ts';

export type { Claim, CorpusAnalysis, Report, ReportBasis, SentenceRef, Story, StoryArticle, StoryEditorial } from './types.ts';
export { claimsOnlyIn, sentencesWithClaims, sharedClaims, uniqueClaims, type SentenceWithClaim } from './queries.ts';
export type { ClaimOptions } from './claims.ts';
export type { ArticleFacts, FactSource } from './alignment.ts';
export type { StoryOptions } from './stories.ts';

/** Optional tuning, mainly for tests. */
export interface AnalysisOptions {
  stories?: Partial<StoryOptions>;
  claims?: Partial<ClaimOptions>;
  /**
   * Each article's quotes and events: with them, one alignment decides which sentences are
   * the same statement, quote or event (see alignment.ts), and stories carry their
   * statements and events. Without them, stories have claims only.
   */
  facts?: FactSource;
}

/** Analyses a corpus: clusters stories, groups reports, aligns claims. */
export function analyzeCorpus(
  articles: readonly ArticleInput[],
  editorial: readonly StoryEditorial[] = [],
  options: AnalysisOptions = {},
): CorpusAnalysis {
  const corpus = buildCorpus(articles);
  const clusters = clusterStories(corpus, { ...DEFAULT_STORY_OPTIONS, ...options.stories });
  const directory = new OutletDirectory(corpusOutlets(corpus.docs));
  const weights = sentenceWeights(corpus);
  const claimOptions = { ...DEFAULT_CLAIM_OPTIONS, ...options.claims };
  const editorialBySlug = new Map(editorial.map((entry) => [entry.slug, entry]));
  const ids = storyIds(clusters, corpus.docs);

  const stories = clusters.map((cluster, c): Story => {
    const members = cluster.members.map((i) => corpus.docs[i]!).sort(byPublication);
    const lead = members[0]!.article;
    const { reports, reportOfMember } = groupReports(members, directory);
    const id = ids[c]!;
    const entry = editorialBySlug.get(id);
    const aligned = alignStory(members, reportOfMember, weights, claimOptions, options.facts);
    const story: Story = {
      id,
      slug: id,
      headline: entry?.headline ?? lead.headline,
      headlineIsEditorial: entry !== undefined,
      articleIds: members.map((doc) => doc.article.id),
      leadArticleId: lead.id,
      start: lead.published,
      end: members[members.length - 1]!.article.published,
      outlets: [...new Set(members.map((doc) => doc.article.outlet))],
      articles: members.map((doc, m) => ({
        id: doc.article.id,
        outlet: doc.article.outlet,
        outletName: doc.article.outletName,
        published: doc.article.published,
        report: reportOfMember[m]!,
      })),
      reports,
      claims: aligned.claims,
      quotes: aligned.quotes,
      events: aligned.events,
    };
    if (entry?.summary !== undefined) story.summary = entry.summary;
    return story;
  });

  const lastTime = new Map(clusters.map((cluster, c) => [ids[c]!, Math.max(...cluster.members.map((i) => corpus.docs[i]!.time))]));
  stories.sort((a, b) => lastTime.get(b.id)! - lastTime.get(a.id)! || compareStrings(a.id, b.id));

  const storyOfArticle: Record<string, string> = {};
  for (const story of [...stories].sort((a, b) => compareStrings(a.id, b.id))) {
    for (const articleId of [...story.articleIds].sort(compareStrings)) storyOfArticle[articleId] = story.id;
  }
  return { stories, storyOfArticle: sortedRecord(storyOfArticle) };
}

/** Publication order; ties by article id. */
function byPublication(a: ArticleDoc, b: ArticleDoc): number {
  return a.time - b.time || compareStrings(a.article.id, b.article.id);
}

/**
 * Story ids: the pin, else the lead article's id. A lead id that collides with a pin
 * (possible only when that article is pinned elsewhere) gets a numeric suffix.
 */
function storyIds(clusters: readonly StoryCluster[], docs: readonly ArticleDoc[]): string[] {
  const taken = new Set(clusters.flatMap((cluster) => (cluster.pin === undefined ? [] : [cluster.pin])));
  return clusters.map((cluster) => {
    if (cluster.pin !== undefined) return cluster.pin;
    const lead = cluster.members.map((i) => docs[i]!).sort(byPublication)[0]!;
    let id = lead.article.id;
    for (let n = 2; taken.has(id); n++) id = `${lead.article.id}-${n}`;
    taken.add(id);
    return id;
  });
}

function corpusOutlets(docs: readonly ArticleDoc[]): Array<[string, string]> {
  const outlets = new Map<string, string>();
  for (const doc of docs) if (!outlets.has(doc.article.outlet)) outlets.set(doc.article.outlet, doc.article.outletName);
  return [...outlets].sort((a, b) => compareStrings(a[0], b[0]));
}

function sortedRecord(record: Record<string, string>): Record<string, string> {
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(record).sort(compareStrings)) sorted[key] = record[key]!;
  return sorted;
}
