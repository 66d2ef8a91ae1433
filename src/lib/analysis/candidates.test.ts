import { describe, expect, it } from 'vitest';
import { candidatePairs, type CandidateItem } from './candidates.ts';
import { seededRandom } from '../../../tests/support/synthetic.ts';

describe('candidatePairs', () => {
  it('finds exactly the pairs sharing enough keys within the window (vs. brute force)', () => {
    const random = seededRandom(7);
    const items: CandidateItem[] = Array.from({ length: 300 }, () => ({
      keys: [...new Set(Array.from({ length: 6 }, () => Math.floor(random() * 120)))],
      time: Math.floor(random() * 10),
    }));
    const options = { minShared: 2, window: 3, maxPostings: Infinity };
    const expected: Array<[number, number]> = [];
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const keysA = new Set(Array.from(items[a]!.keys));
        const shared = Array.from(items[b]!.keys).filter((key) => keysA.has(key)).length;
        if (shared >= 2 && Math.abs(items[a]!.time - items[b]!.time) <= 3) expected.push([a, b]);
      }
    }
    expect(expected.length).toBeGreaterThan(50);
    expect(candidatePairs(items, options)).toEqual(expected);
  });

  it('ignores keys held by more items than maxPostings', () => {
    const items = [
      { keys: [1, 2], time: 0 },
      { keys: [1, 2], time: 0 },
      { keys: [1, 3], time: 0 },
    ];
    expect(candidatePairs(items, { minShared: 1, window: Infinity, maxPostings: 2 })).toEqual([[0, 1]]);
  });
});
