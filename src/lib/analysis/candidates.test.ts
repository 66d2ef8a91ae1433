import { describe, expect, it } from 'vitest';
import { candidatePairs, forEachCandidatePair, type CandidateItem } from './candidates.ts';
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

  it('never pairs items of one group, and finds every pair across groups (vs. brute force)', () => {
    const random = seededRandom(11);
    // Contiguous groups of uneven size, like the sentences of a long article and two short ones.
    const groups = [...Array(150).fill(0), ...Array(20).fill(1), ...Array(30).fill(2)];
    const items: CandidateItem[] = groups.map((group) => ({
      keys: [...new Set(Array.from({ length: 5 }, () => Math.floor(random() * 60)))],
      time: 0,
      group,
    }));
    const expected: Array<[number, number]> = [];
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const keysA = new Set(Array.from(items[a]!.keys));
        const shared = Array.from(items[b]!.keys).filter((key) => keysA.has(key)).length;
        if (shared >= 2 && groups[a] !== groups[b]) expected.push([a, b]);
      }
    }
    expect(expected.length).toBeGreaterThan(50);
    expect(candidatePairs(items, { minShared: 2, window: Infinity, maxPostings: Infinity })).toEqual(expected);
  });

  // Each item's partners come out in order either by sorting the few it touched or by sweeping
  // every later item when it touched many: both must give exactly the brute-force pairs.
  it.each([
    ['dense (every item touches most others: the sweep)', 8],
    ['sparse (each item touches a few: the sort)', 2000],
  ])('finds every pair across groups when the keys are %s', (_, vocabulary) => {
    const random = seededRandom(vocabulary);
    const items: CandidateItem[] = Array.from({ length: 400 }, (_, i) => ({
      keys: [...new Set(Array.from({ length: 6 }, () => Math.floor(random() * vocabulary)))].sort((a, b) => a - b),
      time: 0,
      group: Math.floor(i / 7),
    }));
    const expected: Array<[number, number]> = [];
    for (let a = 0; a < items.length; a++) {
      for (let b = a + 1; b < items.length; b++) {
        const keysA = new Set(Array.from(items[a]!.keys));
        const shared = Array.from(items[b]!.keys).filter((key) => keysA.has(key)).length;
        if (shared >= 2 && items[a]!.group !== items[b]!.group) expected.push([a, b]);
      }
    }
    expect(expected.length).toBeGreaterThan(vocabulary === 8 ? 50_000 : 0);
    const options = { minShared: 2, window: Infinity, maxPostings: Infinity };
    expect(candidatePairs(items, options)).toEqual(expected);
    const visited: Array<[number, number]> = [];
    forEachCandidatePair(items, options, (a, b) => visited.push([a, b]));
    expect(visited).toEqual(expected);
  });
});
