/**
 * Integration test on the three real articles in content/articles. Facts asserted here were
 * checked by reading the articles: AXY Media and UNN both retell the same Axios report
 * (“Axios reports, citing two Ukrainian officials”); Imaya News reports on its own.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../article-input.ts';
import { analyzeCorpus, uniqueClaims, type Claim } from './index.ts';
import { readSeedArticles } from '../../../tests/support/seeds.ts';

const AXY = 'axy-media-miami-post-war-borders';
const UNN = 'unn-post-war-borders-dominated-talks';
const IMAYA = 'imaya-news-rubio-talks-productive';

/** The seeds as the analysis sees them, without editor pins and, unless asked, without `retells`. */
const seeds = (withRetells = false): ArticleInput[] =>
  readSeedArticles().map(({ retells, story: _pin, ...article }) => (withRetells && retells ? { ...article, retells } : article));

const claimWith = (claims: Claim[], articleId: string, start: string): Claim | undefined =>
  claims.find((claim) => claim.sentences.some((s) => s.articleId === articleId && s.text.startsWith(start)));

describe('the seed articles', () => {
  const articles = seeds();
  const analysis = analyzeCorpus(articles);
  const story = analysis.stories[0]!;

  it('form one story led by the earliest article', () => {
    expect(articles).toHaveLength(3);
    expect(analysis.stories).toHaveLength(1);
    expect(story).toMatchObject({
      id: AXY,
      leadArticleId: AXY,
      headline: 'At tense Miami meeting, US and Ukraine discussed post-war borders — Axios',
      headlineIsEditorial: false,
      articleIds: [AXY, IMAYA, UNN],
      start: '2025-11-30',
      end: '2025-12-01',
      outlets: ['axy-media', 'imaya-news', 'unn'],
    });
  });

  it('have two independent reports: the Axios retellings and Imaya News', () => {
    expect(story.reports).toEqual([
      {
        origin: 'Axios',
        articleIds: [AXY, UNN],
        reason: 'Both attribute their account to Axios (“Axios reports, citing two Ukrainian officials”).',
        basis: ['attribution'],
      },
      {
        origin: 'Imaya News',
        articleIds: [IMAYA],
        reason: 'It credits no other outlet for its account and shares no large part of its text with the other articles.',
        basis: [],
      },
    ]);
  });

  it('group the same way from the metadata’s retells', () => {
    const withMetadata = analyzeCorpus(seeds(true)).stories[0]!;
    expect(withMetadata.reports.map((r) => [r.origin, r.articleIds, r.basis])).toEqual([
      ['Axios', [AXY, UNN], ['metadata']],
      ['Imaya News', [IMAYA], []],
    ]);
  });

  it('align the five-hour meeting across both Axios retellings', () => {
    const claim = claimWith(story.claims, UNN, 'As noted, sources called the five-hour meeting')!;
    expect(claim.articleIds).toEqual([AXY, UNN]);
    expect(claim.text).toBe('They described the five-hour meeting as “difficult” and “tense,” but productive.');
    expect(claim.reports).toBe(1);
  });

  it('align Umerov’s Telegram statement across AXY Media and UNN', () => {
    const progress = claimWith(story.claims, AXY, '“We made significant progress')!;
    expect(progress.articleIds).toEqual([AXY, UNN]);
    expect(progress.sentences.find((s) => s.articleId === UNN)!.text).toMatch(/^"We have made significant progress/);
    // The quotation is split at its full stops, but it is one claim, shown whole with its marks.
    expect(claimWith(story.claims, AXY, 'Our key goals')).toBe(progress);
    expect(progress.text).toMatch(/^“We made significant progress .* Our key goals .*,” Umerov wrote on Telegram after the meetings\.$/);
  });

  it('align the delegations, which all three articles name', () => {
    const delegation = claimWith(story.claims, AXY, 'The US side included special envoy Steve Witkoff')!;
    expect(delegation.articleIds).toEqual([AXY, IMAYA, UNN]);
    expect(delegation.reports).toBe(2);
  });

  it('keep claims only Imaya News carries, such as Yermak’s resignation', () => {
    const yermak = claimWith(story.claims, IMAYA, 'The talks, held in Hallandale Beach')!;
    expect(yermak.text).toContain('following the resignation of Andriy Yermak');
    expect(yermak.articleIds).toEqual([IMAYA]);
    expect(uniqueClaims(story, IMAYA).length).toBeGreaterThan(8);
    // Headings are not claims.
    expect(story.claims.some((claim) => claim.text === 'Next Steps' || claim.text === 'Ukrainian Perspective')).toBe(false);
  });

  it('put every sentence in exactly one claim', () => {
    const refs = story.claims.flatMap((claim) => claim.sentences.map((s) => `${s.articleId}#${s.paragraph}.${s.sentence}`));
    expect(new Set(refs).size).toBe(refs.length);
    expect(story.claims.every((claim) => new Set(claim.articleIds).size === claim.articleIds.length)).toBe(true);
  });
});
