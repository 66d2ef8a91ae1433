import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../dates/calendar-value.ts';
import { buildCorpus } from '../document.ts';
import { syntheticCorpus } from '../../../../tests/support/synthetic.ts';
import { withText } from '../../../../tests/support/text.ts';
import { dot } from '../vectors.ts';
import { decayFactor, similarityGraph } from './similarity-graph.ts';
import { storyVectors } from './story-vectors.ts';

const decay = { fullMs: DAY_MS, halfLifeMs: 2 * DAY_MS };

describe('decayFactor', () => {
  it('is 1 within a day, then halves every half-life', () => {
    expect(decayFactor(0, decay)).toBe(1);
    expect(decayFactor(DAY_MS, decay)).toBe(1);
    expect(decayFactor(3 * DAY_MS, decay)).toBe(0.5);
    expect(decayFactor(7 * DAY_MS, decay)).toBe(0.125);
  });
});

describe('similarityGraph', () => {
  it('finds exactly the pairs that comparing every pair finds', () => {
    const corpus = buildCorpus(withText(syntheticCorpus(400, 7).articles));
    const { vectors, terms } = storyVectors(corpus);
    const times = corpus.docs.map((doc) => doc.time);
    const floor = 0.1;
    const expected: Array<[number, number, number]> = [];
    for (let a = 0; a < vectors.length; a++) {
      for (let b = a + 1; b < vectors.length; b++) {
        const similarity = dot(vectors[a]!, vectors[b]!) * decayFactor(Math.abs(times[a]! - times[b]!), decay);
        if (similarity >= floor + 1e-9) expected.push([a, b, similarity]);
      }
    }
    const edges = similarityGraph(vectors, times, terms, decay, floor);
    const found = edges.filter((edge) => edge.similarity >= floor + 1e-9);
    expect(found.map((edge) => [edge.a, edge.b])).toEqual(expected.map(([a, b]) => [a, b]));
    found.forEach((edge, k) => expect(edge.similarity).toBeCloseTo(expected[k]![2], 9));
    expect(expected.length).toBeGreaterThan(100);
  });
});
