/**
 * One alignment drives every section of a story: what the claims pair, the quotes and the
 * events pair too, and the other way round. Checked on the seed articles (the four
 * contradictions a reader found) and on generated retellings.
 */
import { describe, expect, it } from 'vitest';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { syntheticCorpus } from '../../../tests/support/synthetic.ts';
import { withText } from '../../../tests/support/text.ts';
import type { ArticleInput } from '../article-input.ts';
import { createEntityRegistry, type EntityRegistry } from '../entities/registry.ts';
import { extractEvents, type ArticleEvent } from '../events/index.ts';
import { extractQuotes, type Quote, type QuoteGroup } from '../quotes/index.ts';
import { words } from '../text/tokens.ts';
import { claimsOnlyInEachOutlet } from '../stories/outlet-coverage.ts';
import { textDocument } from '../text/text-document.ts';
import { hasBalancedQuotationMarks } from '../text/quote-marks.ts';
import { peopleFinder } from './claim-subject.ts';
import { analyzeCorpus, sentencesWithClaims, type ArticleFacts, type Claim, type FactSource, type Story } from './index.ts';

const AXY = 'axy-media-miami-post-war-borders';
const UNN = 'unn-post-war-borders-dominated-talks';
const IMAYA = 'imaya-news-rubio-talks-productive';

function factsOf(articles: readonly ArticleInput[], registry: EntityRegistry): FactSource {
  const facts = new Map<string, ArticleFacts>(
    articles.map((article) => [
      article.id,
      { quotes: extractQuotes(article, registry), events: extractEvents(article, 'UTC', { registry }) },
    ]),
  );
  return { of: (id) => facts.get(id), nameOf: (id) => registry.get(id)?.name, peopleIn: peopleFinder(registry) };
}

/** The claim of the sentence at `offset` of an article's plain text. */
function claimAt(story: Story, articles: Map<string, ArticleInput>, articleId: string, offset: number): Claim | undefined {
  const sentences = textDocument(articles.get(articleId)!.text).sentences;
  const sentence = sentences.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (sentence === undefined) return undefined;
  return story.claims.find((claim) =>
    claim.sentences.some((ref) => ref.articleId === articleId && ref.paragraph === sentence.paragraph && ref.sentence === sentence.index),
  );
}

/** Every way two sections could disagree, as readable lines (empty when they all agree). */
function disagreements(story: Story, articles: Map<string, ArticleInput>, facts: FactSource): string[] {
  const problems: string[] = [];
  const wording = (text: string) => words(text).join(' ');
  // A statement's quotes, found by article and wording.
  const quotesOf = (group: QuoteGroup) =>
    group.variants.flatMap((variant) =>
      variant.articleIds.flatMap((id) => (facts.of(id)?.quotes ?? []).filter((quote) => wording(quote.text) === wording(variant.text))),
    );
  const outletOf = new Map(story.articles.map((article) => [article.id, article.outlet]));
  const claimOfQuote = (quote: Quote) => claimAt(story, articles, quote.articleId, quote.start);
  const claimOfEvent = (event: ArticleEvent) => claimAt(story, articles, event.articleId, event.start);

  // "Only in <outlet>" lists nothing a statement or an event shares with another outlet.
  for (const [outlet, claims] of claimsOnlyInEachOutlet(story)) {
    for (const claim of claims) {
      for (const group of story.quotes) {
        const inClaim = quotesOf(group).some((quote) => claimOfQuote(quote) === claim);
        if (inClaim && group.articleIds.some((id) => outletOf.get(id) !== outlet)) {
          problems.push(`only in ${outlet}, but quoted by others: ${claim.text}`);
        }
      }
      for (const event of story.events) {
        if (event.reports.some((report) => claimOfEvent(report) === claim) && event.articleIds.some((id) => outletOf.get(id) !== outlet)) {
          problems.push(`only in ${outlet}, but an event others report: ${claim.text}`);
        }
      }
    }
  }
  // An event is reported by every article whose claim tells it (the matrix's dots).
  for (const event of story.events) {
    for (const report of event.reports) {
      for (const id of claimOfEvent(report)?.articleIds ?? []) {
        if (!event.articleIds.includes(id)) problems.push(`event ${event.id} misses ${id}, which carries its claim`);
      }
    }
  }
  // Margin notes: an article's passages name exactly the other articles of their claims.
  for (const articleId of story.articleIds) {
    for (const passage of sentencesWithClaims(story, articleId)) {
      const others = passage.claim.articleIds.filter((id) => id !== articleId);
      if (others.join() !== passage.otherArticleIds.join()) problems.push(`margin note of ${articleId} disagrees with its claim`);
    }
  }
  return problems;
}

describe('one alignment per story, on the seed articles', () => {
  const seeds = readSeedArticles().map(({ story: _pin, ...article }) => article);
  const registry = createEntityRegistry(readEntityFiles());
  const facts = factsOf(seeds, registry);
  const story = analyzeCorpus(seeds, [], { facts }).stories[0]!;
  const byId = new Map<string, ArticleInput>(seeds.map((article) => [article.id, article]));
  const claimWith = (articleId: string, start: string) =>
    story.claims.find((claim) => claim.sentences.some((s) => s.articleId === articleId && s.text.startsWith(start)))!;

  it('has sections that never contradict one another', () => {
    expect(disagreements(story, byId, facts)).toEqual([]);
  });

  it('marks Imaya News as carrying the Paris meeting, as the events section says', () => {
    const paris = claimWith(AXY, 'According to Ukrainian officials, Umerov will meet Zelensky in Paris');
    expect(paris.articleIds).toEqual([AXY, IMAYA, UNN]);
    const event = story.events.find((candidate) =>
      candidate.reports.some((report) => report.text.startsWith('According to Ukrainian officials')),
    )!;
    expect(event.articleIds).toEqual(paris.articleIds);
  });

  it('pairs “It was tense but not negative” with “They were intense but not negative” everywhere', () => {
    const tense = claimWith(AXY, '“It was tense but not negative.');
    expect(tense.articleIds).toEqual([AXY, UNN]);
    expect(
      claimsOnlyInEachOutlet(story)
        .get('axy-media')
        ?.some((claim) => claim.text.includes('tense but not negative')),
    ).toBeFalsy();
    expect(
      claimsOnlyInEachOutlet(story)
        .get('unn')
        ?.some((claim) => claim.text.includes('intense but not negative')),
    ).toBeFalsy();
    const quote = story.quotes.find((group) => group.variants.some((variant) => variant.text.startsWith('It was tense')))!;
    expect(quote.variants.map((variant) => variant.articleIds)).toEqual([[AXY], [UNN]]);
  });

  it('says AXY Media and UNN both report the Air Force One remarks', () => {
    const event = story.events.find((candidate) => candidate.reports.some((report) => report.text.includes('Air Force One')))!;
    expect(event.articleIds).toEqual([AXY, UNN]);
    expect(claimWith(AXY, 'Flying back from Florida').articleIds).toEqual([AXY, UNN]);
  });

  it('makes Witkoff’s meeting in Moscow one claim and one event, dated by the most precise wording', () => {
    const moscow = claimWith(AXY, 'Meanwhile, Witkoff plans to travel to Moscow');
    expect(moscow.articleIds).toEqual([AXY, IMAYA, UNN]);
    const meetings = story.events.filter((event) =>
      event.reports.some((report) => report.text.includes('Witkoff is scheduled to travel to Moscow')),
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      date: { start: '2025-12-02', end: '2025-12-02' },
      precision: 'day',
      articleIds: [AXY, IMAYA, UNN],
    });
    // "next week" and "this week" stay as the vaguer wordings of that one event.
    expect(meetings[0]!.reports.filter((report) => report.precision === 'week').map((report) => report.expression)).toEqual([
      'next week',
      'this week',
    ]);
    expect(story.events.some((event) => event.precision === 'week')).toBe(false);
  });

  it('shows claims a reader can read on their own', () => {
    for (const claim of story.claims) expect(hasBalancedQuotationMarks(claim.text), claim.text).toBe(true);
    // Every pronoun subject of the seed story is named from the text around it…
    const named = story.claims
      .filter((claim) => claim.text.startsWith('['))
      .map((claim) => claim.text.slice(0, claim.text.indexOf(']') + 1));
    expect(named).toEqual(['[The two Ukrainian officials]', '[Rustem Umerov]', '[Marco Rubio]', '[Rustem Umerov]']);
    expect(claimWith(IMAYA, 'He stressed that').text).toMatch(/^\[Marco Rubio\] stressed that/);
    // …and not by the nearest name: "He later described…, while Rubio called them…" is Umerov.
    expect(claimWith(IMAYA, 'He later described').text).toMatch(/^\[Rustem Umerov\] later described/);
    expect(claimWith(AXY, 'He then called President').text).toMatch(/^\[Rustem Umerov\] then called President/);
    // None is left opening with a pronoun, and a quotation with no attribution goes with the sentence naming its speaker.
    const opensWithPronoun = /^(?:He|She|They|We|Our|His|Her|Their|It|Its|This|These|Those|I|My)\b/u;
    expect(story.claims.filter((claim) => opensWithPronoun.test(claim.text)).map((claim) => claim.text)).toEqual([]);
    const continued = claimWith(IMAYA, '“They are also about the terms');
    expect(continued.context).toBe('“These talks are not just about ending the fighting,” Rubio said.');
    expect(story.claims.filter((claim) => claim.context !== undefined)).toEqual([continued]);
  });
});

describe('one alignment per story, on generated retellings', () => {
  const { articles: generated } = syntheticCorpus(240, 7);
  const articles = withText(generated);
  const registry = createEntityRegistry([]);
  const facts = factsOf(articles, registry);
  const analysis = analyzeCorpus(articles, [], { facts });
  const byId = new Map<string, ArticleInput>(articles.map((article) => [article.id, article]));
  const stories = analysis.stories.filter((story) => story.articleIds.length > 1);

  it('has stories with events to align', () => {
    expect(stories.length).toBeGreaterThan(20);
    expect(stories.filter((story) => story.events.some((event) => event.articleIds.length > 1)).length).toBeGreaterThan(5);
  });

  it('has sections that never contradict one another', () => {
    expect(stories.flatMap((story) => disagreements(story, byId, facts))).toEqual([]);
  });

  it('dates every event by its most precise report and gives every claim balanced quotation marks', () => {
    const rank = { day: 0, week: 1, month: 2, year: 3 } as const;
    for (const story of stories) {
      for (const event of story.events) {
        expect(Math.min(...event.reports.map((report) => rank[report.precision]))).toBe(rank[event.precision]);
      }
      for (const claim of story.claims) expect(hasBalancedQuotationMarks(claim.text), claim.text).toBe(true);
    }
  });
});
