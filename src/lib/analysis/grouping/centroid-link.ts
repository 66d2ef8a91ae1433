/**
 * Centroid-linkage agglomerative clustering on a sparse similarity graph: repeatedly merge
 * the two adjacent clusters whose centroids (sums of their articles' unit vectors) are most
 * similar, times the time decay across the gap between the clusters' spans, until no
 * linked pair reaches the merge threshold. Linked means some article of one has an edge to
 * some article of the other. A merge also needs the clusters' articles to be similar on
 * average (sum of their links over the number of pairs): a large cluster's centroid gathers
 * the names that are always in the news, and this keeps it from absorbing an article that
 * shares only those.
 *
 * A cluster is compared as a whole, so one bridging article cannot chain two stories
 * together (single-link chaining is what merges unrelated stories at volume), and a story's
 * centroid gathers its varied headlines' words, so a new headline that shares a few of them
 * joins. The decay is measured between the nearest ends of the two spans: a story can go on
 * for days, one day after another, but next month's article on the same subject starts anew.
 *
 * Deterministic: ties go to the pair with the smaller cluster ids, and a merged cluster
 * keeps the smaller id (its smallest article index).
 */
import { Centroid, type SparseVector } from '../vectors.ts';
import { MergeHeap } from './merge-heap.ts';
import { decayFactor, type SimilarityEdge, type TimeDecay } from './similarity-graph.ts';

/** The articles to cluster: unit vectors and publication times, by article index. */
export interface LinkageInput {
  /** Unit vectors of the articles. */
  vectors: readonly SparseVector[];
  /** Publication times in ms. */
  times: readonly number[];
  /** The links: pairs of articles similar enough to compare their clusters. */
  edges: readonly SimilarityEdge[];
  /** How similarity fades between clusters apart in time. */
  decay: TimeDecay;
}

/** Constraints on merging (editor pins), consulted before every merge. */
export interface MergeRules {
  /** Groups of articles that start as one cluster. */
  initial: readonly number[][];
  /** True when the clusters with these ids may merge. */
  canMerge(a: number, b: number): boolean;
  /** Called after cluster `gone` merged into `kept`. */
  merged(kept: number, gone: number): void;
}

/** When two linked clusters merge. */
export interface MergeThresholds {
  /** Minimum decayed cosine of their centroids. */
  merge: number;
  /** Minimum average decayed similarity of their article pairs (pairs without a link count 0). */
  average: number;
}

/** The cluster id (its smallest article index) of every article. */
export function centroidLink(input: LinkageInput, thresholds: MergeThresholds, rules: MergeRules): Int32Array {
  const { vectors, times, edges, decay } = input;
  const count = vectors.length;
  const clusterOf = Int32Array.from({ length: count }, (_, i) => i);
  const version = new Int32Array(count);
  const centroids: Array<Centroid | undefined> = vectors.map((vector) => new Centroid(vector));
  const first = Float64Array.from(times);
  const last = Float64Array.from(times);
  const members: number[][] = Array.from({ length: count }, (_, i) => [i]);
  const neighbors: Array<Map<number, number>> = Array.from({ length: count }, () => new Map());
  for (const { a, b, similarity } of edges) {
    neighbors[a]!.set(b, similarity);
    neighbors[b]!.set(a, similarity);
  }

  const merge = (kept: number, gone: number): void => {
    for (const [other, sum] of neighbors[gone]!) {
      neighbors[other]!.delete(gone);
      if (other === kept) continue;
      const total = (neighbors[kept]!.get(other) ?? 0) + sum;
      neighbors[other]!.set(kept, total);
      neighbors[kept]!.set(other, total);
    }
    neighbors[kept]!.delete(gone);
    neighbors[gone]!.clear();
    centroids[kept]!.absorb(centroids[gone]!);
    centroids[gone] = undefined;
    first[kept] = Math.min(first[kept]!, first[gone]!);
    last[kept] = Math.max(last[kept]!, last[gone]!);
    for (const item of members[gone]!) clusterOf[item] = kept;
    members[kept]!.push(...members[gone]!);
    members[gone] = [];
    version[kept] += 1;
    version[gone] += 1;
    rules.merged(kept, gone);
  };

  for (const group of rules.initial) {
    for (const item of group.slice(1)) {
      const a = clusterOf[group[0]!]!;
      const b = clusterOf[item]!;
      if (a !== b) merge(Math.min(a, b), Math.max(a, b));
    }
  }

  const heap = new MergeHeap();
  const offer = (x: number, y: number): void => {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const gap = Math.max(0, Math.max(first[a]!, first[b]!) - Math.min(last[a]!, last[b]!));
    const score = centroids[a]!.cosine(centroids[b]!) * decayFactor(gap, decay);
    if (score < thresholds.merge) return;
    if (neighbors[a]!.get(b)! / (members[a]!.length * members[b]!.length) < thresholds.average) return;
    heap.push({ score, a, b, versionA: version[a]!, versionB: version[b]! });
  };
  for (let a = 0; a < count; a++) {
    if (centroids[a] === undefined) continue;
    for (const b of neighbors[a]!.keys()) if (a < b) offer(a, b);
  }

  for (let next = heap.pop(); next !== undefined; next = heap.pop()) {
    const { a, b } = next;
    if (version[a] !== next.versionA || version[b] !== next.versionB) continue;
    if (!rules.canMerge(a, b)) continue;
    merge(a, b);
    for (const other of neighbors[a]!.keys()) offer(a, other);
  }
  return clusterOf;
}
