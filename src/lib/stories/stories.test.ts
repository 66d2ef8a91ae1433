import { describe, expect, it } from 'vitest';
import type { Claim, Story } from '../analysis/types.ts';
import { coverageMatrix, FULL_MATRIX } from './coverage-matrix.ts';
import { articlesFromOutlets, claimsOnlyInEachOutlet, outletCoverage } from './outlet-coverage.ts';
import { opening } from './brief.ts';
import { mostWidely } from './selection.ts';
import { hasStoryPage } from './story-page.ts';

const claim = (id: string, articleIds: string[], reports = articleIds.length): Claim => ({
  id,
  text: id,
  sentences: articleIds.map((articleId, k) => ({ articleId, paragraph: k, sentence: 0, text: id })),
  articleIds,
  reports,
});
const article = (id: string, outlet: string) => ({ id, outlet, outletName: outlet.toUpperCase(), published: '2025-12-01', report: 0 });

/** Articles a1 (X), b1 (Y), a2 (X), c1 (Z): X has two articles. */
const story = {
  articleIds: ['a1', 'b1', 'a2', 'c1'],
  outlets: ['x', 'y', 'z'],
  articles: [article('a1', 'x'), article('b1', 'y'), article('a2', 'x'), article('c1', 'z')],
  claims: [
    claim('only-x', ['a1', 'a2'], 1),
    claim('only-y', ['b1']),
    claim('x-and-z', ['a2', 'c1']),
    claim('everyone', ['a1', 'b1', 'c1']),
    claim('only-z', ['c1']),
  ],
} as unknown as Story;

describe('story pages', () => {
  it('exist only for stories of two or more articles', () => {
    expect(hasStoryPage({ articleIds: ['a'] })).toBe(false);
    expect(hasStoryPage({ articleIds: ['a', 'b'] })).toBe(true);
  });
});

describe('outletCoverage', () => {
  it('orders outlets by their articles in the story, ties by first appearance', () => {
    expect(outletCoverage(story).map((o) => [o.outlet, o.articleIds])).toEqual([
      ['x', ['a1', 'a2']],
      ['y', ['b1']],
      ['z', ['c1']],
    ]);
    expect(articlesFromOutlets(story)).toBe('4 articles from 3 outlets');
  });

  it('finds the claims only one outlet carries, even across its own articles', () => {
    const only = claimsOnlyInEachOutlet(story);
    expect(Object.fromEntries([...only].map(([outlet, claims]) => [outlet, claims.map((c) => c.id)]))).toEqual({
      x: ['only-x'],
      y: ['only-y'],
      z: ['only-z'],
    });
  });
});

describe('coverageMatrix', () => {
  it('shows the most widely reported claims, one column per outlet, those carrying most first', () => {
    const matrix = coverageMatrix(story, { claims: 2, outlets: 10, minArticles: 1 });
    expect(matrix.claims.map((c) => c.id)).toEqual(['everyone', 'x-and-z']);
    expect(matrix.outlets.map((o) => o.outlet)).toEqual(['x', 'z', 'y']);
    expect(matrix.carries).toEqual([2, 2, 1]);
    expect(matrix.carried).toEqual([
      [true, true, true],
      [true, true, false],
    ]);
    expect(matrix.sources[1]![2]).toBeNull();
    expect(matrix.sources[1]![0]).toMatchObject({ paragraph: expect.any(Number) });
    expect([matrix.totalClaims, matrix.totalOutlets, matrix.eligibleClaims]).toEqual([5, 3, 5]);
  });

  it('keeps the outlets that carry most of the shown claims when it must leave some out', () => {
    const matrix = coverageMatrix(story, { claims: 2, outlets: 2, minArticles: 1 });
    expect(matrix.outlets.map((o) => o.outlet)).toEqual(['x', 'z']);
  });

  it('on the matrix page, leaves out what only one article carries', () => {
    const matrix = coverageMatrix(story, FULL_MATRIX);
    expect(matrix.claims.map((c) => c.id)).toEqual(['everyone', 'x-and-z', 'only-x']);
    expect(matrix.eligibleClaims).toBe(3);
  });
});

describe('mostWidely', () => {
  it('keeps the heaviest items in their own order, the earlier one on a tie', () => {
    const items = [
      { id: 'a', n: 1 },
      { id: 'b', n: 5 },
      { id: 'c', n: 2 },
      { id: 'd', n: 5 },
      { id: 'e', n: 2 },
    ];
    expect(mostWidely(items, (item) => item.n, 3).map((item) => item.id)).toEqual(['b', 'c', 'd']);
    expect(mostWidely(items, (item) => item.n, 10)).toEqual(items);
  });
});

describe('opening', () => {
  it('keeps short text whole', () => {
    expect(opening('Both attribute their account to Axios.', 100)).toEqual({ text: 'Both attribute their account to Axios.', cut: false });
  });

  it('keeps whole sentences up to the limit', () => {
    const text = 'A and B attribute their account to Axios (“Axios reports”). C attributes its account to Reuters. D retells CNN.';
    expect(opening(text, 100)).toEqual({
      text: 'A and B attribute their account to Axios (“Axios reports”). C attributes its account to Reuters.',
      cut: true,
    });
  });

  it('cuts a single overlong sentence at a word', () => {
    expect(opening('One two three four five six.', 12)).toEqual({ text: 'One two …', cut: true });
  });
});
