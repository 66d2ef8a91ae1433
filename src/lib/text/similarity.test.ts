import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/synthetic.ts';
import { diceBound, diceOfBags, diceSimilarity, TokenInterner } from './similarity.ts';

describe('diceOfBags', () => {
  it('gives exactly diceSimilarity of the tokens, repeats counted as a multiset', () => {
    const random = seededRandom(3);
    const vocabulary = ['talks', 'said', 'the', 'umerov', 'miami', 'peace', 'plan', 'on', 'sunday', 'we'];
    const interner = new TokenInterner();
    const texts = Array.from({ length: 60 }, () =>
      Array.from({ length: Math.floor(random() * 12) }, () => vocabulary[Math.floor(random() * vocabulary.length)]!),
    );
    const bags = texts.map((tokens) => interner.bag(tokens));
    let compared = 0;
    for (let a = 0; a < texts.length; a++) {
      for (let b = 0; b < texts.length; b++) {
        const expected = diceSimilarity(texts[a]!, texts[b]!);
        expect(diceOfBags(bags[a]!, bags[b]!)).toBe(expected);
        expect(diceBound(bags[a]!.length, bags[b]!.length)).toBeGreaterThanOrEqual(expected);
        compared++;
      }
    }
    expect(compared).toBe(3600);
    expect(diceOfBags(interner.bag(['said', 'said', 'talks']), interner.bag(['said', 'talks', 'talks']))).toBeCloseTo(2 / 3);
  });
});
