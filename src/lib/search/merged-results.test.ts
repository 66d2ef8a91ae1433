import { describe, expect, it } from 'vitest';
import { distinctCount, mergeByScore, SortedMerge } from './merged-results.ts';

const match = (id: string, score = 1) => ({ id, score });

describe('mergeByScore', () => {
  it('keeps each article once with its best score, best first', () => {
    const merged = mergeByScore([
      [match('a', 3), match('b', 1)],
      [match('b', 5), match('c', 2)],
    ]);
    expect(merged.map((m) => [m.id, m.score])).toEqual([
      ['b', 5],
      ['a', 3],
      ['c', 2],
    ]);
  });
  it('orders ties by id, the same on every run', () => {
    expect(mergeByScore([[match('z'), match('y')], [match('x')]]).map((m) => m.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('distinctCount', () => {
  it('counts an article found by two spellings once', () => {
    expect(distinctCount([[match('a'), match('b')], [match('b')], []])).toBe(2);
  });
});

describe('SortedMerge', () => {
  const dates: Record<string, string> = { a: '2025-12-03', b: '2025-12-02', c: '2025-12-01', d: '2025-11-30', e: '2025-12-04' };

  function counting() {
    const read: string[] = [];
    return { read, keyOf: async (m: { id: string }) => (read.push(m.id), dates[m.id]!) };
  }

  it('reads one list in its own order without loading any key', async () => {
    const { read, keyOf } = counting();
    const merge = new SortedMerge([[match('a'), match('b'), match('c')]], keyOf);
    expect((await merge.next(2)).map((m) => m.id)).toEqual(['a', 'b']);
    expect(merge.hasMore).toBe(true);
    expect((await merge.next(2)).map((m) => m.id)).toEqual(['c']);
    expect(merge.hasMore).toBe(false);
    expect(read).toEqual([]);
  });

  it('merges sorted lists newest first, each article once, a page at a time', async () => {
    const { keyOf } = counting();
    const merge = new SortedMerge(
      [
        [match('a'), match('c'), match('d')],
        [match('e'), match('b'), match('c')],
      ],
      keyOf,
    );
    expect((await merge.next(3)).map((m) => m.id)).toEqual(['e', 'a', 'b']);
    expect((await merge.next(3)).map((m) => m.id)).toEqual(['c', 'd']);
    expect(merge.hasMore).toBe(false);
  });

  it('loads keys only for list heads, not for every match', async () => {
    const { read, keyOf } = counting();
    const long = Array.from({ length: 100 }, (_, i) => match(`x${i}`));
    const merge = new SortedMerge([[match('a'), ...long], [match('b')]], keyOf);
    (dates as Record<string, string>)['x0'] = '2025-01-01';
    expect((await merge.next(2)).map((m) => m.id)).toEqual(['a', 'b']);
    expect(new Set(read).size).toBeLessThanOrEqual(3);
  });
});
