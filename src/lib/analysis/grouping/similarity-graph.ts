/**
 * The similarity graph of a corpus: every pair of articles whose time-decayed cosine reaches
 * a floor, found with an inverted index (all pairs sharing a term, never all n² pairs).
 *
 * Articles are visited in time order; each term's postings hold the earlier articles, so a
 * pair is scored once, and only articles within the time window are reached.
 */
import type { SparseVector } from '../vectors.ts';

/** An edge of the graph: articles `a` < `b` and their decayed similarity. */
export interface SimilarityEdge {
  /** The smaller article index. */
  a: number;
  /** The larger article index. */
  b: number;
  /** Cosine of the two articles' vectors times the time decay. */
  similarity: number;
}

/** How similarity fades with the time between two articles. */
export interface TimeDecay {
  /** Articles this close in time (ms) compare at full similarity. */
  fullMs: number;
  /** Beyond that, similarity halves every `halfLifeMs`. */
  halfLifeMs: number;
}

/** The factor (0–1] by which the similarity of two articles `gap` ms apart is multiplied. */
export function decayFactor(gap: number, decay: TimeDecay): number {
  return gap <= decay.fullMs ? 1 : 0.5 ** ((gap - decay.fullMs) / decay.halfLifeMs);
}

/**
 * All pairs with decayed cosine ≥ `floor`, ordered by (a, b). Vectors must be unit length;
 * `terms` bounds their term ids. Pairs further apart than the gap at which even identical
 * articles fall below the floor are never visited.
 */
export function similarityGraph(
  vectors: readonly SparseVector[],
  times: readonly number[],
  terms: number,
  decay: TimeDecay,
  floor: number,
): SimilarityEdge[] {
  const window = decay.fullMs + decay.halfLifeMs * Math.log2(1 / floor);
  const order = vectors.map((_, i) => i).sort((x, y) => times[x]! - times[y]! || x - y);
  const postings: Array<{ docs: number[]; weights: number[] } | undefined> = new Array(terms);
  const scores = new Float64Array(vectors.length);
  const touched: number[] = [];
  const edges: SimilarityEdge[] = [];
  for (const a of order) {
    const { ids, weights } = vectors[a]!;
    const time = times[a]!;
    for (let k = 0; k < ids.length; k++) {
      const term = ids[k]!;
      let list = postings[term];
      if (list === undefined) postings[term] = list = { docs: [], weights: [] };
      const weight = weights[k]!;
      for (let p = list.docs.length - 1; p >= 0; p--) {
        const b = list.docs[p]!;
        if (time - times[b]! > window) break;
        if (scores[b] === 0) touched.push(b);
        scores[b] += weight * list.weights[p]!;
      }
      list.docs.push(a);
      list.weights.push(weight);
    }
    for (const b of touched) {
      const similarity = scores[b]! * decayFactor(time - times[b]!, decay);
      scores[b] = 0;
      if (similarity >= floor) edges.push(a < b ? { a, b, similarity } : { a: b, b: a, similarity });
    }
    touched.length = 0;
  }
  return edges.sort((x, y) => x.a - y.a || x.b - y.b);
}
