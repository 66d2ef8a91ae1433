import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from './index.ts';
import { syntheticCorpus } from '../../../tests/support/synthetic.ts';
import {
  article,
  fireCopy,
  fireOriginal,
  gridCourier,
  gridDispatch,
  rateFinance,
  rateLedger,
  strikeGazette,
  strikeWire,
  swapCourier,
  swapLedger,
  week,
} from './test-fixtures.ts';

const storyIds = (articles = week) => analyzeCorpus(articles).stories.map((story) => [story.id, story.articleIds]);

describe('story clustering', () => {
  it('groups the week into its five events', () => {
    expect(storyIds()).toEqual([
      ['swap-courier', ['swap-courier', 'swap-ledger']],
      ['grid-courier', ['grid-courier', 'grid-dispatch']],
      ['rate-finance', ['rate-finance', 'rate-ledger']],
      ['fire-original', ['fire-original', 'fire-copy']],
      ['strike-gazette', ['strike-gazette', 'strike-delta', 'strike-wire', 'strike-cargo']],
    ]);
  });

  it('keeps two unrelated stories of the same days apart even when they share names', () => {
    const { storyOfArticle } = analyzeCorpus([gridCourier, gridDispatch, swapCourier, swapLedger]);
    expect(storyOfArticle['grid-dispatch']).toBe(storyOfArticle['grid-courier']);
    expect(storyOfArticle['swap-ledger']).toBe(storyOfArticle['swap-courier']);
    expect(storyOfArticle['swap-courier']).not.toBe(storyOfArticle['grid-courier']);
  });

  it('does not link similar articles published more than three days apart', () => {
    const late = { ...rateLedger, published: '2025-03-10' };
    const { storyOfArticle } = analyzeCorpus([rateFinance, late]);
    expect(storyOfArticle['rate-finance']).not.toBe(storyOfArticle['rate-ledger']);
  });

  it('describes a story: lead, dates, outlets, headline, newest first', () => {
    const { stories } = analyzeCorpus(week);
    const strike = stories.find((story) => story.id === 'strike-gazette')!;
    expect(strike).toMatchObject({
      slug: 'strike-gazette',
      leadArticleId: 'strike-gazette',
      headline: strikeGazette.headline,
      headlineIsEditorial: false,
      start: '2025-03-03',
      end: '2025-03-05',
      outlets: ['harbor-gazette', 'delta-post', 'lowlands-wire', 'cargo-today'],
    });
    expect(strike.summary).toBeUndefined();
    // Ties in publication time go by article id: strike-delta before strike-wire.
    expect(strike.articles.map((a) => [a.id, a.published])).toEqual([
      ['strike-gazette', '2025-03-03'],
      ['strike-delta', '2025-03-04'],
      ['strike-wire', '2025-03-04'],
      ['strike-cargo', '2025-03-05'],
    ]);
    const ends = stories.map((story) => story.end);
    expect([...ends].sort().reverse()).toEqual(ends);
  });

  it('uses editorial headline and summary when given for the story slug', () => {
    const editorial = [{ slug: 'fire-original', headline: 'Marseille wildfire', summary: 'A fire north of the city.' }];
    const fire = analyzeCorpus([fireOriginal, fireCopy], editorial).stories[0]!;
    expect(fire).toMatchObject({
      headline: 'Marseille wildfire',
      headlineIsEditorial: true,
      summary: 'A fire north of the city.',
    });
  });
});

describe('story ids', () => {
  it('stay the same when an unrelated article is added, even an earlier one', () => {
    const before = storyIds([strikeGazette, strikeWire, rateFinance, rateLedger]);
    const unrelated = article(
      'aaa-first',
      'metro-ledger',
      '2025-03-01',
      'Museum reopens after renovation',
      'The city museum reopened on Saturday after a two-year renovation. Visitors queued for hours to see the restored frescoes.',
    );
    const after = storyIds([unrelated, strikeGazette, strikeWire, rateFinance, rateLedger]);
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toContainEqual(['aaa-first', ['aaa-first']]);
  });

  it('follow an editor pin regardless of similarity', () => {
    const pinned = analyzeCorpus([
      { ...fireOriginal, story: 'southern-fires' },
      fireCopy,
      { ...rateLedger, story: 'southern-fires' },
      rateFinance,
    ]);
    expect(pinned.storyOfArticle).toEqual({
      'fire-copy': 'southern-fires',
      'fire-original': 'southern-fires',
      'rate-finance': 'rate-finance',
      'rate-ledger': 'southern-fires',
    });
  });

  it('treat a pin naming another article as that article’s story', () => {
    const { storyOfArticle } = analyzeCorpus([strikeGazette, { ...rateFinance, story: 'strike-gazette' }]);
    expect(storyOfArticle).toEqual({ 'rate-finance': 'strike-gazette', 'strike-gazette': 'strike-gazette' });
  });

  it('never merge two different pins', () => {
    const { storyOfArticle } = analyzeCorpus([
      { ...gridCourier, story: 'grid' },
      { ...gridDispatch, story: 'blackouts' },
    ]);
    expect(storyOfArticle).toEqual({ 'grid-courier': 'grid', 'grid-dispatch': 'blackouts' });
  });
});

describe('candidate generation at scale', () => {
  it('finds the same stories as comparing all pairs, on 1,500 synthetic articles', () => {
    const { articles, eventOf } = syntheticCorpus(1500, 11);
    const indexed = analyzeCorpus(articles).storyOfArticle;
    const exhaustive = analyzeCorpus(articles, [], { stories: { allPairs: true } }).storyOfArticle;
    expect(indexed).toEqual(exhaustive);
    // And the stories are the generator's events.
    const storiesOfEvent = new Map<number, Set<string>>();
    for (const [id, story] of Object.entries(indexed)) {
      const event = eventOf.get(id)!;
      storiesOfEvent.set(event, (storiesOfEvent.get(event) ?? new Set()).add(story));
    }
    expect([...storiesOfEvent.values()].every((stories) => stories.size === 1)).toBe(true);
  }, 20_000);
});
