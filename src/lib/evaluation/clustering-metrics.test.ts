import { describe, expect, it } from 'vitest';
import { bCubed, distinctCount, f1Score, pairwise } from './clustering-metrics.ts';

// Items 0–4: true classes a a a b b; predicted clusters {0, 1} and {2, 3, 4}.
const truth = ['a', 'a', 'a', 'b', 'b'];
const predicted = ['1', '1', '2', '2', '2'];

describe('B-cubed', () => {
  it('scores a clustering by hand-computed per-item shares', () => {
    // Precision per item: 2/2, 2/2, 1/3, 2/3, 2/3 → 11/15. Recall: 2/3, 2/3, 1/3, 2/2, 2/2 → 11/15.
    const score = bCubed(predicted, truth);
    expect(score.precision).toBeCloseTo(11 / 15, 12);
    expect(score.recall).toBeCloseTo(11 / 15, 12);
    expect(score.f1).toBeCloseTo(11 / 15, 12);
  });

  it('gives singletons full precision and one big cluster full recall', () => {
    const classes = ['a', 'a', 'b'];
    expect(bCubed(['x', 'y', 'z'], classes)).toMatchObject({ precision: 1, recall: 2 / 3 });
    const merged = bCubed(['x', 'x', 'x'], classes);
    expect(merged.precision).toBeCloseTo(5 / 9, 12);
    expect(merged.recall).toBe(1);
    expect(merged.f1).toBeCloseTo(f1Score(5 / 9, 1), 12);
  });

  it('is perfect when the clusters are the classes, whatever they are called', () => {
    expect(bCubed(['p', 'p', 'q'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('refuses arrays of different lengths', () => {
    expect(() => bCubed(['x'], ['a', 'b'])).toThrow(/differ in length/);
  });
});

describe('pairwise', () => {
  it('counts same-cluster and same-class pairs', () => {
    // Predicted pairs: 1 + 3 = 4; true pairs: 3 + 1 = 4; pairs in both: (0,1) and (3,4).
    expect(pairwise(predicted, truth)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('gives singletons precision 1 and recall 0', () => {
    expect(pairwise(['x', 'y', 'z'], ['a', 'a', 'b'])).toEqual({ precision: 1, recall: 0, f1: 0 });
  });
});

describe('distinctCount and f1Score', () => {
  it('count clusters and take the harmonic mean', () => {
    expect(distinctCount(predicted)).toBe(2);
    expect(f1Score(0.5, 1)).toBeCloseTo(2 / 3, 12);
    expect(f1Score(0, 0)).toBe(0);
  });
});
