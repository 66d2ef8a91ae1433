import { describe, expect, it } from 'vitest';
import { coverageRows, coverageSummary } from './coverage.ts';
import type { Claim, Story } from './types.ts';

const claim = (id: string, articleIds: string[], reports: number): Claim => ({ id, text: id, sentences: [], articleIds, reports });

const story = {
  articleIds: ['a', 'b', 'c'],
  reports: [
    { origin: 'Axios', articleIds: ['a', 'b'], reason: '', basis: [] },
    { origin: 'C', articleIds: ['c'], reason: '', basis: [] },
  ],
  claims: [claim('only-a', ['a'], 1), claim('a-and-b', ['a', 'b'], 1), claim('everyone', ['a', 'b', 'c'], 2)],
} as unknown as Story;

describe('coverageRows', () => {
  it('puts the most widely carried claims first, with one cell per article', () => {
    const rows = coverageRows(story);
    expect(rows.map((row) => row.claim.id)).toEqual(['everyone', 'a-and-b', 'only-a']);
    expect(rows[1]?.carried).toEqual([true, true, false]);
  });
});

describe('coverageSummary', () => {
  it('counts articles and independent reports', () => {
    expect(coverageSummary(story)).toBe('3 articles · 2 independent reports');
  });
});
