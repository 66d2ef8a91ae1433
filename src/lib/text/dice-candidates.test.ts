import { describe, expect, it } from 'vitest';
import { diceCandidatePairs } from './dice-candidates.ts';
import { diceSimilarity } from './similarity.ts';

/** A small deterministic generator (mulberry32), so the comparison below is repeatable. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Token lists from a skewed vocabulary (a few very common words, many rare), with near-copies. */
function lists(seed: number, count: number): string[][] {
  const next = random(seed);
  const word = () => `w${Math.floor(next() ** 3 * 60)}`;
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const base = out.length > 0 && next() < 0.4 ? out[Math.floor(next() * out.length)]! : [];
    const list = base.filter(() => next() < 0.8);
    const length = Math.floor(next() * 12);
    while (list.length < length) list.push(word());
    out.push(list);
  }
  return out;
}

describe('diceCandidatePairs', () => {
  it.each([0.2, 0.5, 0.8, 1])('finds every pair whose Dice similarity reaches %s, and fewer than all pairs', (threshold) => {
    for (const seed of [1, 2, 3]) {
      const input = lists(seed, 150);
      const candidates = new Set(diceCandidatePairs(input, threshold).map(([i, j]) => `${i} ${j}`));
      let similar = 0;
      for (let i = 0; i < input.length; i++) {
        for (let j = i + 1; j < input.length; j++) {
          if (diceSimilarity(input[i]!, input[j]!) >= threshold) {
            similar++;
            expect(candidates.has(`${i} ${j}`), `pair ${i} ${j}`).toBe(true);
          }
        }
      }
      expect(similar).toBeGreaterThan(0);
      expect(candidates.size).toBeLessThan((input.length * (input.length - 1)) / 2);
    }
  });

  it('counts a repeated word as often as both lists have it (multisets)', () => {
    // Dice of [a, a, b] and [a, a, c] is 2·2/6 ≈ 0.67: only the two a's are shared.
    expect(diceCandidatePairs([['a', 'a', 'b'], ['a', 'a', 'c'], ['d']], 0.6)).toEqual([[0, 1]]);
  });

  it('returns pairs once, in ascending order, and none for empty lists', () => {
    const pairs = diceCandidatePairs([['x', 'y'], [], ['x', 'y'], ['y', 'x', 'x']], 0.5);
    expect(pairs).toEqual([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
    expect(new Set(pairs.map(String)).size).toBe(pairs.length);
    expect(pairs.some(([i, j]) => i === 1 || j === 1)).toBe(false);
    expect(pairs).toContainEqual([0, 2]);
  });
});
